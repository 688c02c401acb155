// A Direct Line turn is stored as one unit: the bot's replies (chat history), the transcript and the
// dialog state in one transaction, or none of them; and a resent message is answered once.
import { expect } from 'chai';
import { WebSocket } from 'ws';
import type { Db } from '../../src/db/client';
import { useTestApp } from '../helpers/app';
import { bothProviders } from '../helpers/databases';
import { DirectLineClient, type Activity } from '../helpers/directLine';

type Provider = 'sqlite' | 'postgresql';

/** A database trigger that refuses one kind of write of the bot: the fault the transaction must undo. */
const FAULTS: Record<string, { what: string; sql: Record<Provider, string[]>; drop: Record<Provider, string[]> }> = {
  transcript: {
    what: "the transcript of the bot's replies",
    sql: {
      sqlite: [`CREATE TRIGGER boom BEFORE INSERT ON "TranscriptEntry" WHEN NEW."sender" = 'bot' BEGIN SELECT RAISE(ABORT, 'boom'); END`],
      postgresql: [
        `CREATE FUNCTION boom() RETURNS trigger AS $$ BEGIN IF NEW."sender" = 'bot' THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
        `CREATE TRIGGER boom BEFORE INSERT ON "TranscriptEntry" FOR EACH ROW EXECUTE FUNCTION boom()`,
      ],
    },
    drop: { sqlite: ['DROP TRIGGER boom'], postgresql: ['DROP TRIGGER boom ON "TranscriptEntry"', 'DROP FUNCTION boom()'] },
  },
  history: {
    what: "the chat history of the bot's replies",
    sql: {
      // The seeker's own message is stored before the turn, as not yet answered: it passes.
      sqlite: [`CREATE TRIGGER boom BEFORE INSERT ON "DirectLineActivity" WHEN NEW."answered" = 1 BEGIN SELECT RAISE(ABORT, 'boom'); END`],
      postgresql: [
        `CREATE FUNCTION boom() RETURNS trigger AS $$ BEGIN IF NEW."answered" THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
        `CREATE TRIGGER boom BEFORE INSERT ON "DirectLineActivity" FOR EACH ROW EXECUTE FUNCTION boom()`,
      ],
    },
    drop: { sqlite: ['DROP TRIGGER boom'], postgresql: ['DROP TRIGGER boom ON "DirectLineActivity"', 'DROP FUNCTION boom()'] },
  },
};

const STATE_FAULT = {
  sqlite: [`CREATE TRIGGER boom BEFORE UPDATE ON "BotState" BEGIN SELECT RAISE(ABORT, 'boom'); END`],
  postgresql: [
    `CREATE FUNCTION boom() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'boom'; END $$ LANGUAGE plpgsql`,
    `CREATE TRIGGER boom BEFORE UPDATE ON "BotState" FOR EACH ROW EXECUTE FUNCTION boom()`,
  ],
};
const STATE_FAULT_DROP = { sqlite: ['DROP TRIGGER boom'], postgresql: ['DROP TRIGGER boom ON "BotState"', 'DROP FUNCTION boom()'] };

const TRY_AGAIN = /Probeer het zo opnieuw/;

/** Everything a turn could change, to compare before and after. */
async function snapshot(db: Db, conversationId: string) {
  const [state, transcript, history] = await Promise.all([
    db.botState.findUnique({ where: { key: `directline/conversations/${conversationId}/` }, select: { data: true, eTag: true } }),
    db.transcriptEntry.findMany({ where: { conversationId }, orderBy: { id: 'asc' }, select: { activityId: true, sender: true, text: true } }),
    db.directLineActivity.findMany({ where: { conversationId }, orderBy: { id: 'asc' }, select: { activityId: true, activity: true, answered: true } }),
  ]);
  return { state, transcript, history: history.map((h) => ({ ...h, text: (JSON.parse(h.activity) as { text?: string }).text })) };
}

async function openStream(streamUrl: string): Promise<{ pushed: { activity: Activity; stored: boolean }[]; close(): void }> {
  const pushed: { activity: Activity; stored: boolean }[] = [];
  const ws = new WebSocket(streamUrl);
  ws.on('message', (data) => {
    const payload = JSON.parse(String(data)) as { activities: Activity[]; watermark?: string };
    for (const activity of payload.activities) pushed.push({ activity, stored: payload.watermark !== undefined });
  });
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  return { pushed, close: () => ws.close() };
}

async function waitUntil(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

for (const { name, make } of bothProviders) {
  describe(`a Direct Line turn is stored as one unit (${name})`, function () {
    this.timeout(60_000);
    const server = useTestApp(make);
    const exec = async (sql: string[]) => {
      for (const statement of sql) await server.app.db.$executeRawUnsafe(statement);
    };

    /** A seeker at the question "Heb je op dit moment werk?" (after "Ik zoek werk"). */
    async function seekerAtQuestion() {
      const seeker = await new DirectLineClient(server.app.url).generate();
      const { streamUrl } = await seeker.start();
      expect((await seeker.say('Ik zoek werk')).status).to.equal(200);
      await seeker.poll();
      return { seeker, streamUrl };
    }

    for (const [fault, { what, sql, drop }] of Object.entries(FAULTS)) {
      it(`stores nothing of the turn when storing ${what} fails; the resend is answered once`, async () => {
        const { seeker, streamUrl } = await seekerAtQuestion();
        const stream = await openStream(streamUrl);
        const before = await snapshot(server.app.db, seeker.conversationId);
        await exec(sql[name]);
        let id: string;
        try {
          const res = await seeker.say('ja', { channelData: { clientActivityID: `${fault}-1` } });
          expect(res.status).to.equal(200);
          id = ((await res.json()) as { id: string }).id;
          // The seeker is told, though that apology could not be kept.
          await waitUntil(() => stream.pushed.some((p) => !p.stored && TRY_AGAIN.test(p.activity.text ?? '')), 'the apology');
          const after = await snapshot(server.app.db, seeker.conversationId);
          expect(after.state, 'dialog state').to.deep.equal(before.state);
          // Only the seeker's message, kept as it arrived (before the turn), still waiting for its answer.
          expect(after.transcript.slice(0, -1), 'transcript').to.deep.equal(before.transcript);
          expect(after.transcript.at(-1)).to.deep.equal({ activityId: id, sender: 'seeker', text: 'ja' });
          expect(after.history.slice(0, -1), 'chat history').to.deep.equal(before.history);
          expect(after.history.at(-1)).to.include({ activityId: id, text: 'ja', answered: false });
        } finally {
          await exec(drop[name]);
        }

        // Web Chat sends the same message again (same clientActivityID): now it is answered, once.
        const again = await seeker.say('ja', { channelData: { clientActivityID: `${fault}-1` } });
        expect(again.status).to.equal(200);
        expect(((await again.json()) as { id: string }).id).to.equal(id);
        const replies = await seeker.botReplies();
        expect(replies.map((a) => a.text).join('\n')).to.match(/Stap 1 van 7/);
        const answered = await snapshot(server.app.db, seeker.conversationId);
        expect(before.state).to.not.equal(null);
        expect(answered.state?.eTag).to.not.equal(before.state?.eTag);
        expect(answered.history.filter((h) => h.text === 'ja')).to.have.length(1);
        expect(answered.history.find((h) => h.activityId === id)?.answered).to.equal(true);
        expect(answered.transcript.filter((t) => t.activityId === id)).to.have.length(1);

        // A third time: the same id, and no second turn.
        const third = await seeker.say('ja', { channelData: { clientActivityID: `${fault}-1` } });
        expect(((await third.json()) as { id: string }).id).to.equal(id);
        expect(await snapshot(server.app.db, seeker.conversationId)).to.deep.equal(answered);
        stream.close();
      });
    }

    it('when saving the dialog state fails, no reply of that turn is kept or shown: only the apology, as for any turn error', async () => {
      const { seeker, streamUrl } = await seekerAtQuestion();
      const stream = await openStream(streamUrl);
      const before = await snapshot(server.app.db, seeker.conversationId);
      await exec(STATE_FAULT[name]);
      try {
        expect((await seeker.say('ja')).status).to.equal(200);
      } finally {
        await exec(STATE_FAULT_DROP[name]);
      }
      const after = await snapshot(server.app.db, seeker.conversationId);
      expect(before.state).to.not.equal(null);
      expect(after.state).to.deep.equal(before.state);
      const added = after.history.slice(before.history.length);
      expect(added.map((h) => h.text)).to.have.length(2);
      expect(added[0]).to.include({ text: 'ja', answered: true });
      expect(added[1].text).to.match(TRY_AGAIN);
      expect(after.transcript.slice(before.transcript.length).map((t) => t.sender)).to.deep.equal(['seeker', 'bot']);
      await waitUntil(() => stream.pushed.some((p) => p.stored && TRY_AGAIN.test(p.activity.text ?? '')), 'the stored apology');
      expect(stream.pushed.map((p) => p.activity.text).join('\n')).to.not.match(/Stap 1 van 7/);
      // The dialog is where it was: the same answer again is understood.
      expect((await seeker.say('ja')).status).to.equal(200);
      expect((await seeker.botReplies()).map((a) => a.text).join('\n')).to.match(/Stap 1 van 7/);
      stream.close();
    });

    it('two concurrent POSTs of one message (same clientActivityID) store it once and run one turn', async () => {
      const { seeker } = await seekerAtQuestion();
      const before = await snapshot(server.app.db, seeker.conversationId);
      const responses = await Promise.all([1, 2, 3].map(() => seeker.say('ja', { channelData: { clientActivityID: 'same-1' } })));
      expect(responses.map((r) => r.status)).to.deep.equal([200, 200, 200]);
      const ids = await Promise.all(responses.map(async (r) => ((await r.json()) as { id: string }).id));
      expect(new Set(ids).size).to.equal(1);
      const after = await snapshot(server.app.db, seeker.conversationId);
      const added = after.history.slice(before.history.length);
      expect(added.filter((h) => h.text === 'ja')).to.have.length(1);
      const texts = added.map((h) => h.text);
      expect(new Set(texts).size, texts.join(' | ')).to.equal(texts.length);
      expect(texts.join('\n')).to.match(/Stap 1 van 7/);
      expect(after.transcript.filter((t) => t.activityId === ids[0])).to.have.length(1);
    });

    it('/healthz reports the link between instances', async () => {
      const body = (await (await fetch(`${server.app.url}/healthz`)).json()) as { status: string; events: { status: string } };
      expect(body.status).to.equal('ok');
      expect(body.events.status).to.equal(name === 'sqlite' ? 'local' : 'up');
    });
  });
}
