// A signed WhatsApp delivery, message by message, over the real server with a fake Graph API:
// odd messages are skipped and only counted, stale and repeated ones are not processed again
// (not even after "verwijder mijn gegevens"), and no log line holds a number or a message.
import { expect } from 'chai';
import type { App } from '../../src/app';
import { leaks, startLoggedApp } from '../helpers/logCapture';
import { PhoneVault } from '../../src/channels/whatsapp/phone';
import { bothProviders, type TestDatabase } from '../helpers/databases';
import { ALWAYS_OPEN } from '../advisor/helpers';
import { MockGraph, textOf } from './helpers/mockGraph';
import { payloads, postWebhook, webhookBody, WhatsAppSeeker, whatsAppEnv } from './helpers/whatsapp';

const DAY = 86_400;
const secondsAgo = (s: number) => String(Math.floor(Date.now() / 1000) - s);

/** The app's phone vault (its key was generated into the database). */
async function vaultOf(app: App): Promise<PhoneVault> {
  return new PhoneVault((await app.db.setting.findUniqueOrThrow({ where: { key: 'whatsapp.key' } })).value);
}

for (const { name, make } of bothProviders) {
  describe(`WhatsApp deliveries, message by message (${name})`, function () {
    this.timeout(60_000);
    let graph: MockGraph;
    let database: TestDatabase;
    let app: App;
    let lines: string[];
    const sentTo = (phone: string) => graph.requests.filter((r) => r.body.to === phone);

    before(async () => {
      graph = await MockGraph.start();
      database = await make();
      ({ app, lines } = await startLoggedApp(database.url, { ...whatsAppEnv(graph), ...ALWAYS_OPEN }));
    });
    after(async () => {
      await app.close();
      await database.drop();
      await graph.close();
    });

    it('a valid and an odd message in one delivery: the valid one is answered, the odd one only counted', async () => {
      const phone = '31620000001';
      const valid = payloads.text(phone, 'hallo');
      // Zod rejects it (type is a number) and it is full of personal data.
      const odd = { from: '31699998888', id: 'wamid.ODD1', timestamp: secondsAgo(0), type: 42, text: { body: 'mijn geheime tekst Jansen' } };
      const missingText = { ...payloads.text(phone, 'x'), text: undefined };
      const res = await postWebhook(app.url, webhookBody([odd as never, valid, missingText]));
      expect(res.status).to.equal(200);
      expect(await res.json()).to.include({ processed: 1, malformed: 2, failed: 0 });
      expect(textOf(sentTo(phone)[0].body)).to.match(/Ik ben Werkloket/);
      expect(sentTo('31699998888')).to.have.length(0);

      const counted = lines.filter((l) => l.includes('not understood'));
      expect(counted, 'one log line counts what was skipped').to.have.length(1);
      expect(JSON.parse(counted[0])).to.include({ malformed: 2, processed: 1 });
      expect(leaks(lines, ['99998888', '20000001', 'geheime', 'Jansen', 'hallo', 'wamid.'])).to.deep.equal([]);
    });

    it('an unknown message type is answered kindly and logged by its type name only', async () => {
      const phone = '31620000002';
      const res = await postWebhook(app.url, webhookBody([{ from: phone, id: 'wamid.HOLO', timestamp: secondsAgo(0), type: 'hologram', hologram: { caption: 'vakantiefoto Texel' } }]));
      expect(await res.json()).to.include({ processed: 1, malformed: 0 });
      expect(textOf(sentTo(phone)[0].body)).to.match(/kan .* niet lezen|nog niet lezen|niet lezen/i);
      const counted = lines.filter((l) => l.includes('not understood')).at(-1)!;
      expect(JSON.parse(counted).unknownTypes).to.deep.equal({ hologram: 1 });
      expect(leaks(lines, ['Texel', '20000002'])).to.deep.equal([]);
    });

    it('the same delivery again is not processed again; its id is kept as a keyed hash, not as the wamid', async () => {
      const phone = '31620000003';
      const body = webhookBody([payloads.text(phone, 'hallo')]);
      expect((await postWebhook(app.url, body)).status).to.equal(200);
      const answered = sentTo(phone).length;
      expect(answered).to.be.greaterThan(0);
      const again = await postWebhook(app.url, body);
      expect(await again.json()).to.include({ processed: 0, duplicates: 1 });
      expect(sentTo(phone)).to.have.length(answered);
      const seen = (await app.db.inboundSeen.findMany()).map((r) => r.id);
      expect(seen.length).to.be.greaterThan(0);
      const wamid = body.entry[0].changes[0].value.messages[0].id;
      expect(seen.join()).not.to.include(wamid.slice(5)).and.not.include(phone.slice(2));
      const vault = await vaultOf(app);
      expect(seen).to.include(vault.messageId(wamid));
    });

    it('a message 5 days old is not processed (Meta redelivering after a long outage)', async () => {
      const phone = '31620000004';
      const old = { ...payloads.text(phone, 'hallo'), timestamp: secondsAgo(5 * DAY) };
      const res = await postWebhook(app.url, webhookBody([old]));
      expect(res.status).to.equal(200);
      expect(await res.json()).to.include({ processed: 0, stale: 1 });
      expect(sentTo(phone)).to.have.length(0);
      expect(await app.db.conversation.count({ where: { id: (await vaultOf(app)).userId(phone) } })).to.equal(0);
      // Two days old is still answered (our own outage over a weekend).
      const recent = { ...payloads.text(phone, 'hallo'), timestamp: secondsAgo(2 * DAY) };
      expect(await (await postWebhook(app.url, webhookBody([recent]))).json()).to.include({ processed: 1 });
    });

    it('after "verwijder mijn gegevens", a redelivery of an old message does not re-open the conversation', async () => {
      const phone = '31620000005';
      const seeker = new WhatsAppSeeker(app.url, graph, phone);
      const first = payloads.text(phone, 'hallo');
      await seeker.send(first);
      await seeker.say('verwijder mijn gegevens');
      const done = await seeker.tap('Ja, verwijder alles');
      expect(done.map(textOf).join('\n')).to.match(/zijn verwijderd/);
      const vault = await vaultOf(app);
      const conversationId = vault.userId(phone);
      const transcriptBefore = await app.db.transcriptEntry.count({ where: { conversationId } });
      const answered = sentTo(phone).length;

      const redelivered = await postWebhook(app.url, webhookBody([first]));
      expect(await redelivered.json()).to.include({ processed: 0, duplicates: 1 });
      expect(sentTo(phone)).to.have.length(answered);
      expect(await app.db.transcriptEntry.count({ where: { conversationId } })).to.equal(transcriptBefore);
    });

    it('no log line of any of this holds a phone number or a message text', () => {
      const digits = ['20000001', '20000002', '20000003', '20000004', '20000005', '99998888'];
      expect(leaks(lines, [...digits, 'hallo', 'verwijder mijn', 'geheime', 'Werkloket, de'])).to.deep.equal([]);
      expect(lines.filter((l) => l.includes('Discarded returned value')), 'restify logs what a handler returns').to.deep.equal([]);
      expect(lines.length).to.be.greaterThan(5);
    });
  });
}
