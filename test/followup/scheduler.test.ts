// Follow-up delivery over the real server: a due WhatsApp follow-up goes out as the approved
// template (provider and subject filled in, one payload per answer button) through a fake Graph
// API, and the seeker's button press comes back as the answer; a refused send is tried again later
// and logged without the number; a Teams follow-up arrives proactively as a card whose buttons bring
// the answer back, through the real CloudAdapter and a fake connector.
import { expect } from 'chai';
import type { Activity, Attachment } from 'botbuilder';
import type { App } from '../../src/app';
import { PhoneVault } from '../../src/channels/whatsapp/phone';
import { PrismaFollowUpStore } from '../../src/db/followUpStore';
import type { ScheduleInput } from '../../src/followup/ports';
import { nl } from '../../src/texts/nl';
import { leaks, startLoggedApp } from '../helpers/logCapture';
import { sqliteDatabase, type TestDatabase } from '../helpers/databases';
import { ALWAYS_OPEN } from '../advisor/helpers';
import { FakeConnector } from '../channels/helpers/fakeConnector';
import { MockGraph } from '../channels/helpers/mockGraph';
import { payloads, WhatsAppSeeker, whatsAppEnv } from '../channels/helpers/whatsapp';

const TEMPLATE = 'werkloket_opvolging';
const subject = (seekerId: string, conversationId: string, channel: string, n: number): ScheduleInput => ({
  seekerId,
  conversationId,
  channel,
  referralType: 'schooling',
  subjectId: `instrument:leerwerkloket-${n}`,
  subject: 'Praktijkleren\nmet een   erkenning',
  regionId: 'midden-utrecht',
  providerId: 'leerwerkloket-midden-utrecht',
  providerName: 'Leerwerkloket Midden-Utrecht',
  dueAt: new Date(Date.now() - 60_000),
});

type Card = { body: { type: string; text?: string }[]; actions: { type: string; title: string; data: { outcome: string; msteams: { type: string; text: string; value: string } } }[] };
const cardsOf = (activities: Partial<Activity>[]): Card[] =>
  activities.flatMap((a) => (a.attachments ?? []) as Attachment[]).filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive').map((a) => a.content as Card);

interface TemplateBody {
  to: string;
  type: string;
  template?: { name: string; language: { code: string }; components: { type: string; sub_type?: string; index?: string; parameters: { type: string; text?: string; payload?: string }[] }[] };
}

describe('Follow-up delivery (one app: WhatsApp with a fake Graph API, Teams with a fake connector)', function () {
  this.timeout(60_000);
  let graph: MockGraph;
  let connector: FakeConnector;
  let database: TestDatabase;
  let app: App;
  let lines: string[];
  let store: PrismaFollowUpStore;

  before(async () => {
    graph = await MockGraph.start();
    connector = await FakeConnector.start();
    database = sqliteDatabase();
    // EMULATOR_MODE (no app id): loopback service URLs are allowed, so the fake connector is Teams.
    const env = { ...whatsAppEnv(graph), ...ALWAYS_OPEN, EMULATOR_MODE: 'true', WHATSAPP_FOLLOW_UP_TEMPLATE: TEMPLATE, FOLLOW_UP_INTERVAL_MS: '0', FOLLOW_UP_HOURS: '00:00-24:00' };
    ({ app, lines } = await startLoggedApp(database.url, env));
    store = new PrismaFollowUpStore(app.db);
  });
  after(async () => {
    await app.close();
    await database.drop();
    await graph.close();
    await connector.close();
  });

  describe('on WhatsApp: the template out, the button press back', () => {
    const phone = '31612345678';

    /** A WhatsApp seeker who gave consent (so there is a Seeker row) and is in the intake. */
    async function consentedSeeker(number: string): Promise<{ seekerId: string; conversationId: string; seeker: WhatsAppSeeker }> {
      const seeker = new WhatsAppSeeker(app.url, graph, number);
      await seeker.say('hallo');
      await seeker.tap('Ik zoek werk');
      await seeker.tap('Ja');
      const vault = new PhoneVault((await app.db.setting.findUniqueOrThrow({ where: { key: 'whatsapp.key' } })).value);
      const conversationId = vault.userId(number);
      const { seekerId } = await app.db.conversation.findUniqueOrThrow({ where: { id: conversationId } });
      expect(seekerId, 'the consent made a seeker').to.be.a('string');
      return { seekerId: seekerId!, conversationId, seeker };
    }

    it('sends a due follow-up as the template with the provider, the subject and one payload per button, once', async () => {
      const { seekerId, conversationId } = await consentedSeeker(phone);
      const { id } = await store.schedule(subject(seekerId, conversationId, 'whatsapp', 1));
      const later = await store.schedule({ ...subject(seekerId, conversationId, 'whatsapp', 2), dueAt: new Date(Date.now() + 86_400_000) });
      const before = graph.requests.length;
      expect(await app.followUps.tick()).to.deep.equal({ asked: 1, retry: 0, failed: 0 });
      const sent = graph.requests.slice(before).map((r) => r.body as unknown as TemplateBody);
      expect(sent).to.have.length(1);
      expect(sent[0]).to.include({ to: phone, type: 'template' });
      expect(sent[0].template).to.deep.equal({
        name: TEMPLATE,
        language: { code: 'nl' },
        components: [
          // Meta refuses newlines and runs of spaces in a parameter.
          { type: 'body', parameters: [{ type: 'text', text: 'Leerwerkloket Midden-Utrecht' }, { type: 'text', text: 'Praktijkleren met een erkenning' }] },
          { type: 'button', sub_type: 'quick_reply', index: '0', parameters: [{ type: 'payload', payload: `followup:${id}:done` }] },
          { type: 'button', sub_type: 'quick_reply', index: '1', parameters: [{ type: 'payload', payload: `followup:${id}:not-yet` }] },
          { type: 'button', sub_type: 'quick_reply', index: '2', parameters: [{ type: 'payload', payload: `followup:${id}:failed` }] },
        ],
      });
      expect(await store.get(id)).to.include({ status: 'asked', attempts: 1 });
      expect((await store.get(later.id))?.status, 'not due yet').to.equal('scheduled');
      // The transcript keeps the question as Werkloket's message, as the seeker reads it.
      const out = await app.db.transcriptEntry.findFirst({ where: { conversationId, direction: 'out' }, orderBy: { id: 'desc' } });
      expect(out?.text).to.equal(`${nl.followUp.questionAbout('Praktijkleren\nmet een   erkenning')}\n${nl.followUp.question('Leerwerkloket Midden-Utrecht')}`);
      expect(await app.followUps.tick(), 'sent once').to.deep.equal({ asked: 0, retry: 0, failed: 0 });
    });

    it('the seeker’s button press answers it: one outcome row, and the answer dialog replies', async () => {
      const row = (await app.db.followUp.findFirstOrThrow({ where: { status: 'asked' } }))!;
      const seeker = new WhatsAppSeeker(app.url, graph, phone);
      const replies = await seeker.send({ ...payloads.text(phone, ''), type: 'button', text: undefined, button: { text: nl.followUp.done, payload: `followup:${row.id}:done` } });
      expect(await store.get(row.id)).to.include({ status: 'answered', outcome: 'done' });
      const outcomes = await app.db.followUpOutcome.findMany();
      expect(outcomes.map((o) => [o.referralType, o.providerName, o.outcome])).to.deep.equal([['schooling', 'Leerwerkloket Midden-Utrecht', 'done']]);
      expect(replies.map((r) => r.text?.body ?? r.interactive?.body.text ?? '').join('\n')).to.contain(nl.followUp.doneReply);
      // The same press again (Meta redelivers, or a second tap) answers nothing twice.
      await seeker.send({ ...payloads.text(phone, ''), type: 'button', text: undefined, button: { text: nl.followUp.done, payload: `followup:${row.id}:done` } });
      expect(await app.db.followUpOutcome.count()).to.equal(1);
    });

    it('a refused send is tried again later and logged without the number; a seeker without an address fails at once', async () => {
      const number = '31687654321';
      const { seekerId, conversationId } = await consentedSeeker(number);
      const { id } = await store.schedule(subject(seekerId, conversationId, 'whatsapp', 3));
      graph.failures.push(400);
      expect(await app.followUps.tick()).to.deep.equal({ asked: 0, retry: 1, failed: 0 });
      const row = (await store.get(id))!;
      expect(row).to.include({ status: 'scheduled', attempts: 1 });
      expect(row.dueAt.getTime(), 'backed off').to.be.greaterThan(Date.now() + 10 * 60_000);
      const warned = lines.filter((l) => l.includes('follow-up not delivered'));
      expect(warned).to.have.length(1);
      expect(JSON.parse(warned[0])).to.include({ followUpId: id, channel: 'whatsapp', outcome: 'retry' });
      expect(leaks(lines, ['87654321', '12345678', 'Leerwerkloket', 'Praktijkleren'])).to.deep.equal([]);

      const gone = await store.schedule({ ...subject(seekerId, 'no-such-conversation', 'whatsapp', 4) });
      expect(await app.followUps.tick()).to.deep.equal({ asked: 0, retry: 0, failed: 1 });
      expect((await store.get(gone.id))?.status).to.equal('failed');
    });
  });

  describe('on Teams: proactively, as a card whose buttons bring the answer back', () => {
    const conversationId = 'a:follow-up-seeker';

    const post = async (activity: Record<string, unknown>) => {
      const res = await fetch(`http://127.0.0.1:${app.port}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message',
          id: `m-${Math.random().toString(36).slice(2)}`,
          channelId: 'msteams',
          serviceUrl: connector.url,
          conversation: { id: conversationId, conversationType: 'personal', tenantId: 'tenant-1' },
          from: { id: '29:follow-up-seeker', name: 'Seeker', aadObjectId: 'aad-9' },
          recipient: { id: '28:bot', name: 'Werkloket' },
          channelData: { tenant: { id: 'tenant-1' } },
          locale: 'nl-NL',
          ...activity,
        }),
      });
      expect(res.status).to.be.within(200, 202);
    };

    it('asks through the stored reference with three messageBack buttons, and takes the answer', async () => {
      await post({ text: 'hallo' });
      await post({ text: nl.menu.work });
      await post({ text: 'Ja' });
      const { seekerId } = await app.db.conversation.findUniqueOrThrow({ where: { id: conversationId } });
      expect(seekerId).to.be.a('string');
      const { id } = await store.schedule(subject(seekerId!, conversationId, 'msteams', 11));
      const before = connector.to(conversationId).length;
      expect(await app.followUps.tick()).to.deep.equal({ asked: 1, retry: 0, failed: 0 });
      const sent = connector.to(conversationId).slice(before);
      expect(sent).to.have.length(1);
      expect(sent[0].replyToId, 'a proactive message answers nothing').to.equal(undefined);
      expect(sent[0].text, 'the question lives in the card').to.equal(undefined);
      expect(sent[0].recipient).to.deep.equal({ id: '29:follow-up-seeker' });
      const [card] = cardsOf(sent);
      expect(card.body.map((b) => b.text).join('\n')).to.contain(nl.followUp.question('Leerwerkloket Midden-Utrecht'));
      const answers = [
        ['done', nl.followUp.done],
        ['not-yet', nl.followUp.notYet],
        ['failed', nl.followUp.failed],
      ];
      expect(card.actions.map((a) => [a.data.outcome, a.title, a.data.msteams.type, a.data.msteams.text, JSON.parse(a.data.msteams.value)])).to.deep.equal(
        answers.map(([outcome, title]) => [outcome, title, 'messageBack', title, { followUp: id, outcome }]),
      );
      expect(await store.get(id)).to.include({ status: 'asked' });

      // Teams posts the button's title as text and the value as value.
      await post({ text: nl.followUp.notYet, value: { followUp: id, outcome: 'not-yet' } });
      expect(await store.get(id)).to.include({ status: 'answered', outcome: 'not-yet' });
      expect(await app.db.followUpOutcome.count({ where: { outcome: 'not-yet' } })).to.equal(1);
    });
  });
});
