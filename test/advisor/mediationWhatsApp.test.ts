// An introduction reaches a seeker who chats on WhatsApp on that channel (a local mock of Meta's
// Graph API), as a message from Werkloket, with nothing about the employer's identity.
import crypto from 'node:crypto';
import { expect } from 'chai';
import type { App } from '../../src/app';
import { storedProfile } from '../../src/matching/intakeRecord';
import { textOf, type MockGraph } from '../channels/helpers/mockGraph';
import { WhatsAppSeeker } from '../channels/helpers/whatsapp';
import { useWhatsAppServer } from '../channels/helpers/whatsappServer';
import { ALWAYS_OPEN, waitUntil } from './helpers';
import { CONTACT, KOK, clientFor, publishedVacancy } from './mediationFixtures';

describe('bemiddeling API: the seeker hears of an introduction on WhatsApp (sqlite)', function () {
  this.timeout(120_000);
  const server = useWhatsAppServer(ALWAYS_OPEN);
  let graph: MockGraph;
  let app: App;
  before(() => ({ graph, app } = server));

  it('tells the seeker in their WhatsApp chat and records it in the transcript', async () => {
    const phone = '31677778888';
    const chat = new WhatsAppSeeker(app.url, graph, phone);
    await chat.say('hallo');
    const conversation = await app.db.conversation.findFirstOrThrow({ where: { channel: 'whatsapp' }, orderBy: { createdAt: 'desc' } });
    const seeker = await app.db.seeker.create({ data: { channel: 'whatsapp', userKey: crypto.randomBytes(16).toString('hex') } });
    await app.db.conversation.update({ where: { id: conversation.id }, data: { seekerId: seeker.id } });
    const answers = { situation: 'ww', education: 'mbo-2', dutchLevel: 'B2', jobs: [{ text: 'kok', years: 8, occupation: { uri: KOK, label: 'kok' }, confirmed: true }], postcode: '3511', hours: { min: 24, max: 40 } };
    await app.db.profile.create({ data: { seekerId: seeker.id, data: storedProfile(answers, true) } });
    await app.db.consent.create({ data: { seekerId: seeker.id, purpose: 'matching', granted: true, textVersion: '1' } });

    const mediator = await clientFor(app, 'Wendy', 'werkgeversadviseur');
    const { vacancyId } = await publishedVacancy(app, mediator, 'contact');
    const before = graph.requests.length;
    const res = await mediator.request('POST', '/advisor/api/introductions', { vacancyId, seekerId: seeker.id, why: 'ervaren kok' });
    expect(res.status).to.equal(201);
    expect(JSON.parse(await res.text()).notified).to.deep.equal({ seeker: true, employer: 'task' });
    let sent: string[] = [];
    await waitUntil(() => (sent = graph.requests.slice(before).filter((r) => r.status === 200 && r.body.to === phone).map((r) => textOf(r.body))).length > 0, 10_000, 'a WhatsApp message');
    expect(sent.join('\n')).to.include('Goed nieuws').and.include('Kok in Utrecht').and.not.include('Restaurant De Boog').and.not.include(CONTACT.name);
    const out = await app.db.transcriptEntry.findMany({ where: { conversationId: conversation.id, direction: 'out' } });
    expect(out.map((t) => t.text ?? '').join('\n')).to.include('Een adviseur heeft je voorgesteld aan een werkgever');
  });
});
