// Bemiddeling on the seeker's side, whole conversations with the real bot on both databases: the
// consent to be matched is asked when a published vacancy fits, before it is shown; the vacancy is
// shown without who the employer is; "ja" is one mediation request (also when said twice); "nee"
// is kept and not asked again; closed, expired and draft vacancies never appear; a group member
// sees the employer's arrangement; "niet meer voorgesteld worden" and the erase take it all away.
import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { cardOf } from '../../src/channels/renderers/neutral';
import type { Db } from '../../src/db/client';
import { MediationStore } from '../../src/db/mediationStore';
import { searchOccupations } from '../../src/matching';
import { VacancyDataSchema } from '../../src/mediation/vacancy';
import { buttons, Conversation, openDatabase, sharedCatalogue, TODAY, type Step } from '../helpers/conversation';
import { bothProviders, type TestDatabase } from '../helpers/databases';
import { TO_KLOPT_DIT } from './intakeScript';

const EMPLOYER = 'Jansen Logistiek BV';
const CONTACT = { name: 'Petra de Vries', email: 'petra@jansen-logistiek.example', phone: '030 123 45 67' };
const day = 86_400_000;
/** Anything that would tell the seeker who the employer is. */
const IDENTITY = /Jansen|Petra|Vries|jansen-logistiek|030 123/i;

const joined = (replies: Partial<Activity>[]) => replies.map((r) => r.text ?? '').join('\n');

for (const { name, make } of bothProviders) {
  describe(`vacancies for the seeker, in the chat (${name})`, function () {
    this.timeout(120_000);
    let database: TestDatabase;
    let db: Db;
    let store: MediationStore;
    let open: string;

    const seekerIdOf = async (c: Conversation) => (await db.seeker.findUniqueOrThrow({ where: { userKey: c.parts.seekers.userKey('test', c.userId) } })).id;
    /** Up to "Klopt dit?" and "ja": the turn with the proposals (and what follows them). */
    const toProposals = async (c: Conversation, extra: Step[] = []) => {
      await c.start();
      await c.run([...TO_KLOPT_DIT, ...extra]);
      return c.say('ja');
    };

    before(async () => {
      database = await make();
      db = await openDatabase(database.url);
      store = new MediationStore(db);
      const catalogue = await sharedCatalogue();
      const orderpicker = searchOccupations(catalogue, 'orderpicker', { limit: 1 })[0].uri;
      const employer = await store.createEmployer({ organisation: EMPLOYER, contact: CONTACT, consentVersion: 'v1' });
      const vacancy = async (place: string, hours: number, title = `Orderpicker bij ${EMPLOYER}`) =>
        store.createVacancy({ employerId: employer.id, title, source: 'console', data: VacancyDataSchema.parse({ words: 'orderpicker in ons magazijn', occupationUri: orderpicker, postcode: '3542', place, hoursPerWeek: { min: hours, max: hours }, description: `Bel ${CONTACT.name}` }) });
      const now = new Date();
      const a = await vacancy('Utrecht', 32);
      expect(await store.publish(a.id, 'Anna', now)).to.equal(true);
      open = a.id;
      const closed = await vacancy('Nieuwegein', 24);
      await store.publish(closed.id, 'Anna', now);
      await store.close(closed.id, 'Anna', 'vervuld');
      const expired = await vacancy('Zeist', 20);
      await store.publish(expired.id, 'Anna', now);
      await db.vacancy.update({ where: { id: expired.id }, data: { closesAt: new Date(TODAY.getTime() - day) } });
      await vacancy('Houten', 16); // a draft
    });
    after(async () => {
      await db.$disconnect();
      await database.drop();
    });

    it('asks consent before showing; "ja" shows the open vacancy without the employer; "ja, stel me voor" is one request, also the second time', async () => {
      const c = await Conversation.open(db);
      const replies = await toProposals(c);
      const text = joined(replies);
      expect(text).to.match(/Dit zijn mijn voorstellen/);
      expect(text).to.match(/De werkgever ziet je naam niet/);
      expect(text).to.match(/niet meer voorgesteld worden/);
      expect(text).to.match(/Mag ik je profiel gebruiken/);
      expect(text, 'no vacancy before the consent').to.not.match(/Vacature:/);
      expect(buttons(replies)).to.deep.equal(['Ja, dat mag', 'Nee, liever niet']);

      const shown = await c.say('Ja hoor, prima');
      const shownText = joined(shown);
      expect(shownText).to.match(/Vacature: orderpicker/);
      expect(shownText).to.match(/Een werkgever bij jou in de buurt zoekt een orderpicker, 32 uur per week\.\nWil je dat een adviseur je voorstelt\?/);
      expect(shownText).to.match(/Utrecht/);
      expect(shownText, 'closed, expired and draft vacancies are not shown').to.not.match(/Nieuwegein|Zeist|Houten|24 uur|20 uur|16 uur/);
      expect(shownText, 'nothing that names the employer').to.not.match(IDENTITY);
      const card = shown.map(cardOf).find(Boolean);
      expect(card?.title, 'shown as a card').to.equal('Vacature: orderpicker');
      expect(card?.subtitle).to.equal('Een werkgever bij jou in de buurt');
      expect(JSON.stringify(card)).to.not.match(IDENTITY);
      expect(buttons(shown)).to.deep.equal(['Ja, stel me voor', 'Nee, deze niet']);
      const seekerId = await seekerIdOf(c);
      const consent = await db.consent.findMany({ where: { seekerId, purpose: 'matching' } });
      expect(consent.map((r) => [r.granted, r.withdrawnAt])).to.deep.equal([[true, null]]);
      expect(await db.mediationRequest.count({ where: { seekerId } }), 'no request before "ja"').to.equal(0);

      const yes = joined(await c.say('ja graag'));
      expect(yes).to.match(/geef het door aan een adviseur/);
      expect(yes).to.match(/Pas dan hoort de werkgever je naam/);
      expect(yes, 'then the next steps of the summary').to.match(/Wat wil je nu doen\?/);
      expect(yes, 'no other vacancy: the closed, expired and draft ones are not offered').to.not.match(/Vacature:|Nieuwegein|Zeist|Houten/);
      const requests = await db.mediationRequest.findMany({ where: { seekerId } });
      expect(requests.map((r) => [r.vacancyId, r.status])).to.deep.equal([[open, 'open']]);

      // Back another day: the proposals again, no second consent question, "ja" again is still one request.
      const again = await Conversation.open(db, { userId: c.userId });
      await again.run([['Ik zoek werk', /Welkom terug/]]);
      const back = joined(await again.say('Mijn voorstellen bekijken'));
      expect(back).to.not.match(/Mag ik je profiel gebruiken/);
      expect(back).to.match(/bij jou in de buurt zoekt een orderpicker/);
      expect(joined(await again.say('Ja, stel me voor'))).to.match(/Dat had je al gevraagd/);
      expect(await db.mediationRequest.count({ where: { seekerId } })).to.equal(1);

      // Withdrawn at any moment: the consent and the open request go; nothing is shown any more.
      expect(joined(await again.say('Ik wil eigenlijk niet meer aan werkgevers voorgesteld worden'))).to.match(/Ik stel je niet meer voor aan werkgevers/);
      expect(await db.mediationRequest.count({ where: { seekerId } })).to.equal(0);
      const after = await db.consent.findMany({ where: { seekerId, purpose: 'matching', withdrawnAt: null } });
      expect(after.map((r) => r.granted)).to.deep.equal([false]);
      const later = await Conversation.open(db, { userId: c.userId });
      await later.run([['Ik zoek werk', /Welkom terug/]]);
      const none = joined(await later.say('Mijn voorstellen bekijken'));
      expect(none).to.match(/Dit zijn mijn voorstellen/);
      expect(none).to.not.match(/Vacature:|Mag ik je profiel gebruiken/);
    });

    it('"nee" to matching is kept: nothing shown, no request, not asked again', async () => {
      const c = await Conversation.open(db);
      expect(joined(await toProposals(c))).to.match(/Mag ik je profiel gebruiken/);
      const no = joined(await c.say('nee, dat wil ik niet'));
      expect(no).to.match(/ik vraag het niet opnieuw/);
      expect(no).to.not.match(/Vacature:/);
      expect(no).to.match(/Wat wil je nu doen\?/);
      const seekerId = await seekerIdOf(c);
      expect(await db.mediationRequest.count({ where: { seekerId } })).to.equal(0);
      expect((await db.consent.findMany({ where: { seekerId, purpose: 'matching' } })).map((r) => r.granted)).to.deep.equal([false]);
      const again = await Conversation.open(db, { userId: c.userId });
      await again.run([['Ik zoek werk', /Welkom terug/]]);
      expect(joined(await again.say('Mijn voorstellen bekijken'))).to.not.match(/Vacature:|Mag ik je profiel gebruiken/);

      // Changed their mind: said in their own words, the vacancies come with the proposals, no question first.
      expect(joined(await again.say('stel me toch maar voor aan werkgevers'))).to.match(/Vanaf nu laat ik vacatures/);
      const later = await Conversation.open(db, { userId: c.userId });
      await later.run([['Ik zoek werk', /Welkom terug/]]);
      const shown = joined(await later.say('Mijn voorstellen bekijken'));
      expect(shown).to.match(/Vacature: orderpicker/).and.not.match(/Mag ik je profiel gebruiken/);
      expect(await db.mediationRequest.count({ where: { seekerId } }), 'shown is not asked for').to.equal(0);
    });

    it('a seeker who did not let their answers be kept is never asked or shown vacancies', async () => {
      const c = await Conversation.open(db);
      await c.start();
      const steps = TO_KLOPT_DIT.map(([input, expected], i): Step => (i === 1 ? ['nee', /Stap 1 van 7/] : [input, expected]));
      await c.run(steps);
      const text = joined(await c.say('ja'));
      expect(text).to.match(/Dit zijn mijn voorstellen/);
      expect(text).to.not.match(/Vacature:|Mag ik je profiel gebruiken|voorgesteld/);
      expect(await db.seeker.count({ where: { userKey: c.parts.seekers.userKey('test', c.userId) } })).to.equal(0);
    });

    it('a member of a van-werk-naar-werk group sees the arrangement among the proposals, with whom to ask', async () => {
      const employer = await store.createEmployer({ organisation: 'Fabriek Noord', contact: { name: 'Jan', email: 'jan@noord.example' }, consentVersion: 'v1' });
      const group = await store.createGroup({ employerId: employer.id, headcount: 40, work: 'productiemedewerker', arrangement: { trainingBudgetEuro: 2500, transitievergoedingForTraining: true, timeOffForApplying: true, askWho: 'de afdeling HR' } });
      const c = await Conversation.open(db);
      await c.start();
      // Tagged after the consent, as starting with the employer's code does.
      await c.run(TO_KLOPT_DIT.slice(0, 4));
      await store.joinGroup(await seekerIdOf(c), group.id);
      await c.run(TO_KLOPT_DIT.slice(4));
      const text = joined(await c.say('ja'));
      expect(text).to.match(/De regeling van je werkgever/);
      expect(text).to.match(/Je werkgever betaalt tot €\s2\.500 voor een opleiding/);
      expect(text).to.match(/transitievergoeding/);
      expect(text).to.match(/Vraag ernaar bij de afdeling HR/);
      const stored = await db.proposal.findMany({ where: { seekerId: await seekerIdOf(c) } });
      expect(stored.map((p) => p.kind)).to.include('arrangement');
    });

    it('"verwijder mijn gegevens" removes the requests, introductions and the matching consent', async () => {
      const c = await Conversation.open(db);
      await toProposals(c);
      await c.say('ja');
      await c.say('ja');
      const seekerId = await seekerIdOf(c);
      expect(await db.mediationRequest.count({ where: { seekerId } })).to.equal(1);
      await store.introduce({ vacancyId: open, seekerId, advisorId: 'adv-1', advisorName: 'Anna', why: 'Past goed' }, TODAY);
      expect(await db.introduction.count({ where: { seekerId } })).to.equal(1);
      await c.run([['verwijder mijn gegevens', /verwijder/i], ['ja', /zijn verwijderd/]]);
      expect(await db.mediationRequest.count({ where: { seekerId } })).to.equal(0);
      expect(await db.introduction.count({ where: { seekerId } })).to.equal(0);
      expect(await db.consent.count({ where: { seekerId } })).to.equal(0);
      expect(await store.vacancy(open), 'the vacancy stays').to.not.equal(undefined);
    });

    it('withdrawing works at any moment: in the middle of the intake (the question comes again) and at the vacancy question (it ends)', async () => {
      const c = await Conversation.open(db);
      await c.start();
      const hours = TO_KLOPT_DIT.findIndex(([input]) => input === '32 uur');
      await c.run(TO_KLOPT_DIT.slice(0, hours));
      const mid = joined(await c.say('ik wil eigenlijk toch niet aan een werkgever voorgesteld worden'));
      expect(mid).to.match(/Ik gebruik je profiel niet voor vacatures/);
      expect(mid, 'the question again').to.match(/Hoeveel uur/);
      await c.run(TO_KLOPT_DIT.slice(hours));
      const text = joined(await c.say('ja'));
      expect(text, 'kept as a "nee": not asked').to.not.match(/Mag ik je profiel gebruiken|Vacature:/);

      const d = await Conversation.open(db);
      await toProposals(d);
      expect(joined(await d.say('ja'))).to.match(/Wil je dat een adviseur je voorstelt\?/);
      const stop = joined(await d.say('stop maar met die vacatures'));
      expect(stop).to.match(/Ik stel je niet meer voor aan werkgevers/);
      expect(stop, 'the vacancy question ends; the next steps follow').to.match(/Wat wil je nu doen\?/).and.not.match(/Wil je dat een adviseur je voorstelt/);
      const seekerId = await seekerIdOf(d);
      expect(await db.mediationRequest.count({ where: { seekerId } })).to.equal(0);
      expect((await db.consent.findMany({ where: { seekerId, purpose: 'matching', withdrawnAt: null } })).map((r) => r.granted)).to.deep.equal([false]);
    });

    it('in the employer route, words about vacancies are the employer\'s: no seeker withdrawal', async () => {
      const c = await Conversation.open(db);
      await c.start();
      expect(joined(await c.say('Wij zoeken personeel voor ons magazijn'))).to.not.match(/Ik gebruik je profiel/);
      expect(joined(await c.say('stop maar met die vacatures'))).to.not.match(/Ik gebruik je profiel|voorgesteld/);
    });

    it('a vacancy closed after it was shown: "ja" makes no request and says so', async () => {
      const c = await Conversation.open(db);
      await toProposals(c);
      await c.say('ja');
      await store.close(open, 'Anna', 'vervuld');
      const text = joined(await c.say('ja, stel me voor'));
      expect(text).to.match(/deze vacature is net gesloten/);
      expect(await db.mediationRequest.count({ where: { seekerId: await seekerIdOf(c) } })).to.equal(0);
    });
  });
}
