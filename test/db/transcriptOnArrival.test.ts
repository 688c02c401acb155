// The seeker's transcript row written with the message as the Direct Line stores it (issue 16: one
// commit less per turn): the very row the transcript middleware writes, written once, and the old
// path whenever the conversation needs a write first (its first message, a changed reference).
import { expect } from 'chai';
import { bothProviders } from '../helpers/databases';
import { useTestApp } from '../helpers/app';
import { DirectLineClient } from '../helpers/directLine';
import { TranscriptStore, type TranscriptRecord } from '../../src/db/transcriptStore';
import { DirectLineStore } from '../../src/db/directLineStore';

const TEXT = 'Mijn bsn is 111222333, ik zoek werk als kok';
const EXTRA = { locale: 'nl-NL', attachments: [{ contentType: 'application/pdf', name: 'cv.pdf' }] };

for (const { name, make } of bothProviders) {
  describe(`the seeker's transcript row written on arrival (${name})`, () => {
    const server = useTestApp(make, { DIRECTLINE_MESSAGES_PER_MINUTE: '1000' });
    /** The seeker's messages the middleware appended itself (the old path). */
    let appended: string[] = [];
    const original = TranscriptStore.prototype.append;
    before(() => {
      TranscriptStore.prototype.append = function (this: TranscriptStore, record: TranscriptRecord, retry?: boolean) {
        if (record.direction === 'in' && retry !== false) appended.push(record.activityId); // not its own retry
        return original.call(this, record, retry);
      };
    });
    after(() => (TranscriptStore.prototype.append = original));

    async function say(seeker: DirectLineClient, text: string, extra: Record<string, unknown> = EXTRA): Promise<string> {
      const res = await seeker.say(text, extra);
      expect(res.status).to.equal(200);
      await seeker.botReplies();
      return ((await res.json()) as { id: string }).id;
    }

    /** A new visitor with a started conversation (the greeting turn done). */
    async function newSeeker(): Promise<DirectLineClient> {
      const seeker = new DirectLineClient(server.app.url);
      await seeker.generate();
      await seeker.start();
      return seeker;
    }

    const inRows = (conversationId: string) => server.app.db.transcriptEntry.findMany({ where: { conversationId, direction: 'in' }, orderBy: { id: 'asc' } });

    it('is the row the middleware writes, field by field, written once and with the message', async () => {
      const seeker = await newSeeker();
      appended = [];
      const first = await say(seeker, TEXT); // the conversation's first reference: the old path
      const second = await say(seeker, TEXT); // known with the same reference: on arrival
      expect(appended, 'appended by the middleware').to.deep.equal([first]);

      const rows = await inRows(seeker.conversationId);
      expect(rows.map((r) => r.activityId)).to.deep.equal([first, second]);
      const [old, fast] = rows;
      for (const field of ['conversationId', 'direction', 'sender', 'type', 'text', 'attachments'] as const) expect(fast[field], field).to.deep.equal(old[field]);
      expect(fast.text).to.not.include('111222333');
      expect(fast.text).to.include('ik zoek werk als kok');
      expect(fast.attachments).to.deep.equal(EXTRA.attachments);
      expect([fast.direction, fast.sender, fast.type]).to.deep.equal(['in', 'seeker', 'message']);
      // Written when the message was stored: the same moment as its row in the chat history.
      const stored = await server.app.db.directLineActivity.findFirstOrThrow({ where: { conversationId: seeker.conversationId, activityId: second } });
      expect(fast.createdAt.getTime()).to.equal(stored.createdAt.getTime());
      // The stored echo and the transcript hold the same masked text.
      expect((JSON.parse(stored.activity) as { text: string }).text).to.equal(fast.text);
    });

    it('takes the old path when the reference changes, and stores the new reference', async () => {
      const seeker = await newSeeker();
      await say(seeker, 'Ik zoek werk');
      await say(seeker, 'ja');
      appended = [];
      const english = await say(seeker, 'I am looking for work', { locale: 'en-GB' });
      expect(appended).to.deep.equal([english]);
      const conversation = await server.app.db.conversation.findUniqueOrThrow({ where: { id: seeker.conversationId } });
      expect((conversation.reference as { locale?: string }).locale).to.equal('en-GB');
      const again = await say(seeker, 'yes', { locale: 'en-GB' });
      expect(appended, 'the new reference known: on arrival').to.deep.equal([english]);
      expect((await inRows(seeker.conversationId)).map((r) => r.activityId).slice(-2)).to.deep.equal([english, again]);
    });

    it('stores the message alone (not recorded) when its conversation is gone', async () => {
      const store = new DirectLineStore(server.app.db);
      await store.createConversation('gone-1', 'seeker-1');
      const record: TranscriptRecord = { conversationId: 'gone-1', channel: 'directline', activityId: 'gone-1|a', direction: 'in', sender: 'seeker', type: 'message', text: 'hallo' };
      const stored = await store.receive('gone-1', { id: 'gone-1|a', type: 'message', text: 'hallo' }, undefined, record);
      expect([stored.fresh, stored.recorded]).to.deep.equal([true, false]);
      expect(await store.since('gone-1', 0)).to.have.length(1);
      expect(await server.app.db.transcriptEntry.count({ where: { conversationId: 'gone-1' } })).to.equal(0);
    });

    it('takes the old path when the conversation was erased behind its back (another instance): created again, row written', async () => {
      const seeker = await newSeeker();
      await say(seeker, 'Ik zoek werk');
      await say(seeker, 'ja');
      await server.app.db.conversation.delete({ where: { id: seeker.conversationId } });
      appended = [];
      const after = await say(seeker, 'ik zit in de ww');
      expect(appended).to.deep.equal([after]);
      expect((await inRows(seeker.conversationId)).map((r) => r.activityId)).to.deep.equal([after]);
    });

    it('writes a resent message (same client activity id) once', async () => {
      const seeker = await newSeeker();
      await say(seeker, 'Ik zoek werk');
      const extra = { ...EXTRA, channelData: { clientActivityID: 'resend-1' } };
      const id = await say(seeker, 'ja', extra);
      expect(await say(seeker, 'ja', extra)).to.equal(id);
      expect((await inRows(seeker.conversationId)).filter((r) => r.activityId === id)).to.have.length(1);
    });
  });
}
