// A fitting vacancy on WhatsApp against the real server and a fake Graph API: the consent question
// and the vacancy question as reply buttons, the vacancy as a text card without the employer, and
// a tap on "Ja, stel me voor" as one mediation request, then the follow-up question (issue 18).
import { expect } from 'chai';
import type { App } from '../../src/app';
import { createDb, type Db } from '../../src/db/client';
import { MediationStore } from '../../src/db/mediationStore';
import { searchOccupations } from '../../src/matching';
import { VacancyDataSchema } from '../../src/mediation/vacancy';
import { sharedCatalogue } from '../helpers/conversation';
import { optionsOf, textOf, type GraphBody, type MockGraph } from './helpers/mockGraph';
import { WhatsAppSeeker } from './helpers/whatsapp';
import { useWhatsAppServer } from './helpers/whatsappServer';
import { TO_END, TO_JOB } from '../dialogs/intakeScript';

const PHONE = '31611223344';
const joined = (bodies: GraphBody[]) => bodies.map(textOf).join('\n');

describe('WhatsApp: a fitting vacancy and "stel me voor" (SQLite)', function () {
  this.timeout(120_000);
  const server = useWhatsAppServer();
  let graph: MockGraph;
  let app: App;
  let db: Db;
  let vacancyId: string;

  before(async () => {
    ({ graph, app } = server);
    db = createDb(server.database.url);
    const store = new MediationStore(db);
    const uri = searchOccupations(await sharedCatalogue(), 'orderpicker', { limit: 1 })[0].uri;
    const employer = await store.createEmployer({ organisation: 'Distributiecentrum Oost', contact: { name: 'Karin Smit', phone: '06 12345678' }, consentVersion: 'v1' });
    const vacancy = await store.createVacancy({ employerId: employer.id, title: 'Orderpicker', source: 'import', externalId: 'ats-77', data: VacancyDataSchema.parse({ words: 'orderpicker', occupationUri: uri, postcode: '3526', hoursPerWeek: { min: 24, max: 36 } }) });
    expect(await store.publish(vacancy.id, 'Anna')).to.equal(true);
    vacancyId = vacancy.id;
  });
  after(async () => {
    await db.$disconnect();
  });

  it('asks consent with buttons, shows the vacancy without the employer, and a tap on "Ja, stel me voor" is one request', async () => {
    const seeker = new WhatsAppSeeker(app.url, graph, PHONE);
    await seeker.say('hallo');
    const steps = [...TO_JOB, ['20 jaar orderpicker', /Welk beroep/], ['orderpicker', /orderpicker/], ['nee', /hoogste diploma/], ...TO_END, ['nee', /Klopt dit\?/]] as [string, RegExp][];
    for (const [input, expected] of steps) expect(joined(await seeker.say(input)), input).to.match(expected);

    const proposals = await seeker.say('ja');
    const consent = proposals.at(-1)!;
    expect(consent.interactive?.type).to.equal('button');
    expect(textOf(consent)).to.equal('Mag ik je profiel gebruiken om vacatures voor je te zoeken?');
    expect(optionsOf(consent)).to.deep.equal(['Ja, dat mag', 'Nee, liever niet']);
    expect(joined(proposals)).to.match(/De werkgever ziet je naam niet/).and.not.match(/Vacature:/);

    const shown = await seeker.tap('Ja, dat mag');
    const all = JSON.stringify(shown);
    expect(all).to.not.match(/Distributiecentrum|Karin|Smit|06 12345678/);
    const card = shown.find((b) => /Vacature: orderpicker/.test(textOf(b)));
    expect(card, joined(shown)).to.not.equal(undefined);
    expect(textOf(card!)).to.match(/Een werkgever bij jou in de buurt/).and.match(/24 tot 36 uur per week/);
    const question = shown.at(-1)!;
    expect(question.interactive?.type).to.equal('button');
    expect(textOf(question)).to.equal('Een werkgever bij jou in de buurt zoekt een orderpicker, 24 tot 36 uur per week.\nWil je dat een adviseur je voorstelt?');
    expect(optionsOf(question)).to.deep.equal(['Ja, stel me voor', 'Nee, deze niet']);

    const answered = joined(await seeker.tap('Ja, stel me voor'));
    expect(answered).to.match(/ik geef het door aan een adviseur/).and.match(/Zal ik over 2 weken vragen hoe het ging\?/);
    const requests = await db.mediationRequest.findMany();
    expect(requests.map((r) => [r.vacancyId, r.status])).to.deep.equal([[vacancyId, 'open']]);
    // Issue 18: the follow-up question comes next (four choices: a list on WhatsApp), then the next steps.
    expect(joined(await seeker.tap('Over 2 weken'))).to.match(/Over 2 weken vraag ik hoe het ging[\s\S]*Wat wil je nu doen\?/);
    const followUps = await db.followUp.findMany();
    expect(followUps.map((r) => [r.referralType, r.subjectId, r.channel])).to.deep.equal([['introduction', `vacancy:${vacancyId}`, 'whatsapp']]);
  });
});
