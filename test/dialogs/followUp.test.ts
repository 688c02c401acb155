// Follow-up after a referral (issue 18), whole conversations through the real bot on SQLite with
// the real follow-up store: "Zal ik over 2 weken vragen hoe het ging?" after "Hoe ga ik verder?"
// (a row with the chosen due date; "nee" and "weet niet" store nothing; no question without consent
// to keep answers, and not twice for one subject); the answer by a button's value and by typed
// words; "Het lukte niet" offers an advisor and starts the handoff with the follow-up as context;
// a seeker who comes back after the due date is asked first, in a new conversation or the next turn.
import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { PrismaFollowUpStore } from '../../src/db/followUpStore';
import { MediationStore } from '../../src/db/mediationStore';
import { searchOccupations } from '../../src/matching';
import { VacancyDataSchema } from '../../src/mediation/vacancy';
import type { HandoffStarter } from '../../src/dialogs/services';
import { buttons, Conversation, sharedCatalogue, TODAY, useSqliteDatabase, type Step } from '../helpers/conversation';
import { TO_KLOPT_DIT } from './intakeScript';

const DAY = 86_400_000;
const joined = (replies: Partial<Activity>[]) => replies.map((r) => r.text ?? '').join('\n');
const OFFER = /Zal ik over 2 weken vragen hoe het ging\?/;
const OFFER_BUTTONS = ['Over 1 week', 'Over 2 weken', 'Over 4 weken', 'Nee, liever niet'];
const TO_NEXT_STEP: Step[] = [...TO_KLOPT_DIT, ['ja', /Wat wil je nu doen\?/]];

/** Records each handoff request (reason and detail) instead of starting one. */
function handoffRecorder(): HandoffStarter & { requests: { reason: string; detail?: string }[] } {
  const requests: { reason: string; detail?: string }[] = [];
  return { requests, start: async (_context, request) => void requests.push({ reason: request.reason, detail: request.detail }) };
}

describe('follow-up after a referral, whole conversations (SQLite)', function () {
  this.timeout(120_000);
  const db = useSqliteDatabase();
  let clock = TODAY;
  const now = () => clock;
  const store = () => new PrismaFollowUpStore(db());

  const open = (o: { userId?: string; handoff?: HandoffStarter } = {}) => Conversation.open(db(), { ...o, now, followUps: store() });
  const seekerIdOf = async (c: Conversation) => (await db().seeker.findUniqueOrThrow({ where: { userKey: c.parts.seekers.userKey('test', c.userId) } })).id;
  /** The intake (with consent) to the next steps; `next` is the answer to "Wat wil je nu doen?". */
  async function toOffer(next = 'Hoe ga ik verder?'): Promise<{ c: Conversation; replies: Partial<Activity>[] }> {
    const c = await open();
    await c.start();
    await c.run(TO_NEXT_STEP);
    return { c, replies: await c.say(next) };
  }
  /** Sends a button press as a channel brings it: the title as text, the follow-up in the value. */
  async function press(c: Conversation, text: string, value: object): Promise<Partial<Activity>[]> {
    c.adapter.activeQueue.splice(0);
    await c.adapter.receiveActivity({ type: 'message', text, value });
    return c.adapter.activeQueue.splice(0);
  }

  beforeEach(() => (clock = TODAY));
  /** The seeker's stored proposals, best first (the order they were shown in). */
  const rankedTitles = async (seekerId: string) => (await db().proposal.findMany({ where: { seekerId }, orderBy: { score: 'desc' } })).map((p) => p.title);

  it('"Hoe ga ik verder?" → the question with four buttons; "Over 2 weken" stores one follow-up due in 14 days; not asked again for that proposal', async () => {
    const { c, replies } = await toOffer();
    const text = joined(replies);
    expect(text).to.match(/Neem contact op[\s\S]*Je gaat verder met: [^\n]+ \([^\n]+\)\.[\s\S]*Zal ik over 2 weken vragen hoe het ging\?/);
    expect(buttons(replies)).to.deep.equal(OFFER_BUTTONS);
    const seekerId = await seekerIdOf(c);
    expect(await db().followUp.count({ where: { seekerId } }), 'nothing before the answer').to.equal(0);

    expect(joined(await c.say('Over 2 weken'))).to.match(/Over 2 weken vraag ik hoe het ging[\s\S]*Heb je nog een vraag\?/);
    const rows = await db().followUp.findMany({ where: { seekerId } });
    expect(rows).to.have.length(1);
    const [row] = rows;
    expect(row.dueAt.toISOString()).to.equal(new Date(TODAY.getTime() + 14 * DAY).toISOString());
    expect([row.status, row.channel, row.conversationId]).to.deep.equal(['scheduled', 'test', c.conversationId]);
    expect(row.subjectId).to.match(/^[a-z-]+:/);
    // The first (best) proposal, named as the seeker saw it.
    expect(row.subject).to.equal((await rankedTitles(seekerId))[0]);
    expect(text).to.include(`Je gaat verder met: ${row.subject} (${row.providerName}).`);
    expect(row.referralType).to.equal(row.subjectId.startsWith('instrument:') ? row.subjectId.slice('instrument:'.length) : row.referralType);

    // Back another day: the same proposal's next step does not ask again.
    const again = await open({ userId: c.userId });
    await again.run([['Ik zoek werk', /Welkom terug/], ['Mijn voorstellen bekijken', /Wat wil je nu doen\?/]]);
    const second = joined(await again.say('Hoe ga ik verder?'));
    expect(second).to.match(/Neem contact op/);
    expect(second).to.not.match(OFFER);
    expect(await db().followUp.count({ where: { seekerId } })).to.equal(1);
  });

  it('"Meer uitleg 2" first: the follow-up is about that proposal; typed "ja, over een week" is 7 days', async () => {
    const c = await open();
    await c.start();
    await c.run(TO_NEXT_STEP);
    await c.say('Meer uitleg 2');
    const offer = joined(await c.say('Hoe ga ik verder?'));
    expect(offer).to.match(OFFER);
    await c.say('ja, over een week');
    const [row] = await db().followUp.findMany({ where: { seekerId: await seekerIdOf(c) } });
    expect(row.dueAt.getTime() - TODAY.getTime()).to.equal(7 * DAY);
    const titles = await rankedTitles(await seekerIdOf(c));
    expect(row.subject, 'the second proposal, not the first').to.equal(titles[1]).and.not.equal(titles[0]);
    expect(offer).to.include(`Je gaat verder met: ${row.subject}`);
  });

  for (const answer of ['Nee, liever niet', 'weet ik niet']) {
    it(`"${answer}" stores no follow-up`, async () => {
      const { c } = await toOffer();
      expect(joined(await c.say(answer))).to.match(/Dan vraag ik het niet/);
      expect(await db().followUp.count({ where: { seekerId: await seekerIdOf(c) } })).to.equal(0);
    });
  }

  it('a seeker who did not agree to keeping their answers gets no follow-up question', async () => {
    const c = await open();
    await c.start();
    const steps = TO_NEXT_STEP.map(([input, expected], i): Step => (i === 1 ? ['nee', /Stap 1 van 7/] : [input, expected]));
    await c.run(steps);
    const text = joined(await c.say('Hoe ga ik verder?'));
    expect(text).to.match(/Neem contact op/);
    expect(text).to.not.match(OFFER);
    expect(await db().seeker.count({ where: { userKey: c.parts.seekers.userKey('test', c.userId) } })).to.equal(0);
  });

  it('answered with a WhatsApp/Teams button (value): one outcome, a warm reply; pressed again: already known', async () => {
    const { c } = await toOffer();
    await c.say('Over 1 week');
    const [row] = await db().followUp.findMany({ where: { seekerId: await seekerIdOf(c) } });
    clock = new Date(TODAY.getTime() + 8 * DAY);
    expect(await store().markAsked(row.id, clock)).to.equal(true);
    const text = joined(await press(c, 'Gelukt', { followUp: row.id, outcome: 'done' }));
    expect(text).to.match(/Wat fijn! Goed gedaan/);
    expect(text).to.not.match(/Is het gelukt/);
    const after = await db().followUp.findUniqueOrThrow({ where: { id: row.id } });
    expect([after.status, after.outcome]).to.deep.equal(['answered', 'done']);
    const outcomes = await db().followUpOutcome.findMany({ where: { referralType: row.referralType, providerName: row.providerName } });
    expect(outcomes.map((o) => o.outcome)).to.deep.equal(['done']);
    expect(joined(await press(c, 'Gelukt', { followUp: row.id, outcome: 'done' }))).to.match(/Dat had je me al laten weten/);
    expect(await db().followUpOutcome.count({ where: { referralType: row.referralType, providerName: row.providerName } })).to.equal(1);
  });

  it('another seeker\'s follow-up id in a value is not answered', async () => {
    const { c: first } = await toOffer();
    await first.say('Over 1 week');
    const [row] = await db().followUp.findMany({ where: { seekerId: await seekerIdOf(first) } });
    await store().markAsked(row.id, TODAY);
    const { c: other } = await toOffer('Opnieuw beginnen');
    await press(other, 'Het lukte niet', { followUp: row.id, outcome: 'failed' });
    expect((await db().followUp.findUniqueOrThrow({ where: { id: row.id } })).status).to.equal('asked');
  });

  it('typed after the question: "nee het is niet gelukt" → an advisor is offered; "ja" starts the handoff with the follow-up as context', async () => {
    const handoff = handoffRecorder();
    const c = await open({ handoff });
    await c.start();
    await c.run(TO_NEXT_STEP);
    await c.say('Hoe ga ik verder?');
    await c.say('Over 2 weken');
    const [row] = await db().followUp.findMany({ where: { seekerId: await seekerIdOf(c) } });
    clock = new Date(TODAY.getTime() + 15 * DAY);
    await store().markAsked(row.id, clock); // the template went out on WhatsApp
    const failed = await c.say('nee het is niet gelukt');
    expect(joined(failed)).to.match(/Wat jammer dat het niet lukte[\s\S]*Wil je dat een adviseur met je meekijkt/);
    expect(buttons(failed)).to.deep.equal(['Ja, graag', 'Nee, nu niet']);
    expect((await db().followUp.findUniqueOrThrow({ where: { id: row.id } })).outcome).to.equal('failed');
    expect(handoff.requests).to.deep.equal([]);
    await c.say('ja');
    expect(handoff.requests).to.deep.equal([{ reason: 'asked', detail: `Opvolging: "${row.subject}" bij ${row.providerName} is niet gelukt. De werkzoekende wil hulp van een adviseur.` }]);
  });

  it('a seeker back after the due date (new conversation) is asked first; "nog niet" asks once more in 2 weeks, the second "nog niet" not again', async () => {
    const { c } = await toOffer();
    await c.say('Over 1 week');
    const seekerId = await seekerIdOf(c);
    const [row] = await db().followUp.findMany({ where: { seekerId } });

    clock = new Date(TODAY.getTime() + 3 * DAY);
    const early = await open({ userId: c.userId });
    expect(joined(await early.start()), 'not due yet').to.not.match(/Is het gelukt/);

    clock = new Date(TODAY.getTime() + 9 * DAY);
    const back = await open({ userId: c.userId });
    const asked = await back.start();
    expect(joined(asked)).to.match(new RegExp(`Fijn dat je er weer bent[\\s\\S]*Het ging om: ${escape(row.subject)}\\.\\nIs het gelukt bij ${escape(row.providerName)}\\?`));
    expect(buttons(asked)).to.deep.equal(['Gelukt', 'Nog niet', 'Het lukte niet']);
    expect((await db().followUp.findUniqueOrThrow({ where: { id: row.id } })).status).to.equal('asked');
    const notYet = joined(await back.say('nog niet'));
    expect(notYet).to.match(/Over 2 weken vraag ik het nog een keer[\s\S]*Zoek je werk, of ben je werkgever\?/);
    const rows = await db().followUp.findMany({ where: { seekerId }, orderBy: { createdAt: 'asc' } });
    expect(rows.map((r) => [r.status, r.outcome])).to.deep.equal([['answered', 'not-yet'], ['scheduled', null]]);
    expect(rows[1].dueAt.getTime() - clock.getTime()).to.equal(14 * DAY);

    clock = new Date(TODAY.getTime() + 24 * DAY);
    const third = await open({ userId: c.userId });
    expect(joined(await third.start())).to.match(/Is het gelukt bij/);
    expect(joined(await third.say('Nog niet'))).to.match(/Typ dan "adviseur"/);
    expect(await db().followUp.count({ where: { seekerId, status: 'scheduled' } }), 'not a third time').to.equal(0);
  });

  it('the next turn of a running conversation: asked first, then the question the seeker was at; "weet ik niet" asks later and keeps nothing', async () => {
    const { c } = await toOffer();
    await c.say('Over 1 week');
    const seekerId = await seekerIdOf(c);
    await c.say('Ik zoek werk');
    clock = new Date(TODAY.getTime() + 8 * DAY);
    const turn = joined(await c.say('Mijn voorstellen bekijken'));
    expect(turn).to.match(/Is het gelukt bij/);
    const later = joined(await c.say('weet ik niet'));
    expect(later).to.match(/Ik vraag het later nog een keer[\s\S]*Welkom terug/);
    const [row] = await db().followUp.findMany({ where: { seekerId } });
    expect([row.status, row.outcome]).to.deep.equal(['scheduled', null]);
    expect(row.dueAt.getTime() - clock.getTime()).to.equal(7 * DAY);
    expect(await db().followUpOutcome.count({ where: { referralType: row.referralType, providerName: row.providerName, outcome: { notIn: ['done', 'failed', 'not-yet'] } } })).to.equal(0);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('follow-up after "ja, stel me voor" (SQLite)', function () {
  this.timeout(120_000);
  const db = useSqliteDatabase();
  let vacancyId: string;
  let vacancyData: ReturnType<typeof VacancyDataSchema.parse>;

  before(async () => {
    const mediation = new MediationStore(db());
    const orderpicker = searchOccupations(await sharedCatalogue(), 'orderpicker', { limit: 1 })[0].uri;
    const employer = await mediation.createEmployer({ organisation: 'Jansen Logistiek BV', contact: { name: 'Petra de Vries', email: 'petra@jansen.example' }, consentVersion: 'v1' });
    const data = (vacancyData = VacancyDataSchema.parse({ words: 'orderpicker in ons magazijn', occupationUri: orderpicker, postcode: '3542', place: 'Utrecht', hoursPerWeek: { min: 32, max: 32 } }));
    const vacancy = await mediation.createVacancy({ employerId: employer.id, title: 'Orderpicker bij Jansen Logistiek BV', source: 'console', data });
    expect(await mediation.publish(vacancy.id, 'Anna', new Date())).to.equal(true);
    vacancyId = vacancy.id;
  });

  it('the request is made, then the follow-up question; "Over 4 weken" stores an introduction follow-up without the employer\'s name', async () => {
    const c = await Conversation.open(db(), { followUps: new PrismaFollowUpStore(db()) });
    await c.start();
    await c.run([...TO_KLOPT_DIT, ['ja', /Mag ik je profiel gebruiken/], ['ja', /Wil je dat een adviseur je voorstelt\?/]]);
    const requested = await c.say('Ja, stel me voor');
    const text = joined(requested);
    expect(text).to.match(/geef het door aan een adviseur[\s\S]*voorgesteld kunt worden voor de vacature orderpicker\.[\s\S]*Zal ik over 2 weken vragen hoe het ging\?/);
    expect(text, 'the next steps come after the follow-up question').to.not.match(/Wat wil je nu doen\?/);
    expect(buttons(requested)).to.deep.equal(OFFER_BUTTONS);
    expect(joined(await c.say('Over 4 weken'))).to.match(/Over 4 weken vraag ik hoe het ging[\s\S]*Wat wil je nu doen\?/);
    const rows = await db().followUp.findMany();
    expect(rows.map((r) => [r.referralType, r.subjectId, r.subject, r.providerName, r.dueAt.getTime() - TODAY.getTime()])).to.deep.equal([['introduction', `vacancy:${vacancyId}`, 'orderpicker', 'Werkcentrum', 28 * DAY]]);
    expect(JSON.stringify(rows)).to.not.match(/Jansen|Petra/);
    // Later the question names the vacancy, never the employer.
    const back = await Conversation.open(db(), { userId: c.userId, followUps: new PrismaFollowUpStore(db()), now: () => new Date(TODAY.getTime() + 29 * DAY) });
    const asked = joined(await back.start());
    expect(asked).to.match(/Is het gelukt met de vacature orderpicker\?/);
    expect(asked).to.not.match(/Jansen|Petra/);
  });

  it('"nee" to the follow-up of one introduction: not asked again for the next vacancy of that summary', async () => {
    const mediation = new MediationStore(db());
    const [employer] = await db().employer.findMany();
    const second = await mediation.createVacancy({ employerId: employer.id, title: 'Orderpicker Nieuwegein', source: 'console', data: { ...vacancyData, place: 'Nieuwegein', hoursPerWeek: { min: 24, max: 24 } } });
    expect(await mediation.publish(second.id, 'Anna', new Date())).to.equal(true);
    const c = await Conversation.open(db(), { followUps: new PrismaFollowUpStore(db()) });
    await c.start();
    await c.run([...TO_KLOPT_DIT, ['ja', /Mag ik je profiel gebruiken/], ['ja', /Wil je dat een adviseur je voorstelt\?/]]);
    expect(joined(await c.say('Ja, stel me voor'))).to.match(OFFER);
    const next = joined(await c.say('Nee, liever niet'));
    expect(next).to.match(/Dan vraag ik het niet[\s\S]*Wil je dat een adviseur je voorstelt\?/);
    const last = joined(await c.say('Ja, stel me voor'));
    expect(last).to.match(/geef het door aan een adviseur[\s\S]*Wat wil je nu doen\?/);
    expect(last).to.not.match(OFFER);
    const seeker = await db().seeker.findUniqueOrThrow({ where: { userKey: c.parts.seekers.userKey('test', c.userId) } });
    expect(await db().mediationRequest.count({ where: { seekerId: seeker.id } })).to.equal(2);
    expect(await db().followUp.count({ where: { seekerId: seeker.id } })).to.equal(0);
  });
});
