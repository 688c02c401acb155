// Applying for the region's scholingsbudget in the chat (issue 18), whole conversations with the
// real bot, the real budget store and SQLite: from the scheme's proposal ("Aanvragen") or in the
// seeker's own words; several facts in one answer; corrections at "Klopt dit?"; "weet niet" is never
// stored; a cost above the maximum is said honestly; without consent nothing is stored.
import { expect } from 'chai';
import type { Db } from '../../src/db/client';
import { buttons, Conversation, openDatabase, type Step, useSqliteDatabase } from '../helpers/conversation';
import { postgresDatabase, type TestDatabase } from '../helpers/databases';
import { TO_END, TO_JOB } from './intakeScript';

const SCHEME = { regionId: 'midden-utrecht', schemeId: 'scholingsbudget' };

/** A WW seeker in Utrecht (3511), orderpicker, who wants a short training: up to the proposals. */
const TO_PROPOSALS: Step[] = [
  ...TO_JOB,
  ['20 jaar orderpicker', /beroep/],
  ['orderpicker', /orderpicker/],
  ['nee', /diploma/],
  ...TO_END,
  ['ja', /Hoe lang mag een opleiding duren/],
  ['tot een half jaar', /Klopt dit\?/],
  ['Ja, dit klopt', /Dit zijn mijn voorstellen/],
];

describe('applying for the regional scholingsbudget in the chat (SQLite, the real budget store)', function () {
  this.timeout(120_000);
  const db = useSqliteDatabase();

  it('from the proposal: several facts at once, a correction at "Klopt dit?", consent → the application is in the database', async () => {
    const chat = await Conversation.open(db());
    await chat.start();
    await chat.run(TO_PROPOSALS);
    const more = await chat.say('Meer voorstellen');
    const shown = more.map((r) => r.text ?? '').join('\n');
    expect(shown).to.match(/Regionaal scholingsbudget Midden-Utrecht \(Werkcentrum Midden-Utrecht\)/);
    expect(shown).to.match(/Je kunt het hier in de chat aanvragen/).and.match(/Het Werkcentrum beslist of je dit krijgt, en hoeveel\. Je krijgt hoogstens €\s2\.500\./);
    expect(buttons(more)).to.include('Aanvragen');

    await chat.run([
      ['Aanvragen', /we vragen samen het Regionaal scholingsbudget Midden-Utrecht aan[\s\S]*Welke opleiding of cursus wil je doen\?/],
      // Training, school and cost in one answer: only the start is asked.
      ['Ik wil de cursus heftruckchauffeur doen bij ROC Midden Nederland, die kost 1.850 euro', /^Wanneer begint de opleiding\?$/],
      ['1 maart', (_r, text) => {
        expect(text).to.match(/Opleiding: cursus heftruckchauffeur\n- School: ROC Midden Nederland\n- Kosten: €\s1\.850\n- Begint: 1 maart 2027/);
        expect(text).to.match(/Klopt dit\?$/);
      }],
      // A field named: its question again, then the check again; a new value said at once: changed.
      ['de school klopt niet', /^Bij welke school of welk opleidingsbedrijf\?$/],
      ['NCOI', /School: NCOI[\s\S]*Klopt dit\?/],
      ['nee, het kost 2.100 euro', /Ik heb het aangepast\.[\s\S]*Kosten: €\s2\.100[\s\S]*Klopt dit\?/],
      ['Ja, dit klopt', /naar het Werkcentrum Midden-Utrecht[\s\S]*"verwijder mijn gegevens"[\s\S]*Mag ik je aanvraag bewaren en naar het Werkcentrum Midden-Utrecht sturen\?$/],
    ]);
    expect(await db().budgetApplication.count(), 'nothing before consent').to.equal(0);
    await chat.run([['Ja, dat mag', /Je aanvraag is binnen\.\nEen adviseur beslist binnen 10 werkdagen\. Je hoort het hier in deze chat\.[\s\S]*Wat wil je nu doen\?/]]);

    const [application] = await db().budgetApplication.findMany();
    expect(application).to.deep.include({ ...SCHEME, status: 'requested', costCents: 210000 });
    expect(application.data).to.deep.equal({ training: 'cursus heftruckchauffeur', provider: 'NCOI', costEuros: 2100, start: '2027-03-01' });
    const seeker = await db().conversation.findUniqueOrThrow({ where: { id: chat.conversationId } });
    expect(application.seekerId).to.equal(seeker.seekerId);
    const consents = await db().consent.findMany({ where: { seekerId: application.seekerId, purpose: 'budget' } });
    expect(consents.map((c) => ({ granted: c.granted, textVersion: c.textVersion }))).to.deep.equal([{ granted: true, textVersion: 'budget-v1' }]);

    // Asking again while it waits for an advisor: no second application.
    await chat.run([['ik wil het scholingsbudget aanvragen', /al aangevraagd\. Een adviseur kijkt ernaar[\s\S]*Wat wil je nu doen\?/]]);
    expect(await db().budgetApplication.count()).to.equal(1);
    // "verwijder mijn gegevens" takes the application with it.
    await chat.run([['verwijder mijn gegevens', /verwijder/i], ['ja', /zijn verwijderd/]]);
    expect(await db().budgetApplication.count()).to.equal(0);
  });

  it('in own words, in the installation\'s region: "weet niet" for the cost is not stored, a cost above the maximum is said honestly; no consent = nothing stored', async () => {
    const chat = await Conversation.open(db(), { bot: { regionId: 'midden-utrecht' } });
    await chat.start();
    await chat.run([
      ['ik wil het scholingsbudget aanvragen', /Welke opleiding of cursus wil je doen\?/],
      ['een cursus boekhouden', /Bij welke school/],
      ['bij NCOI', /Hoeveel kost de opleiding\?/],
      ['weet ik niet', (_r, text) => {
        expect(text).to.match(/Het Werkcentrum moet weten wat de opleiding kost[\s\S]*Hoeveel kost de opleiding\?/);
        expect(text).to.not.match(/Kosten:/);
      }],
      ['3200', /meer dan het scholingsbudget betaalt: dat is hoogstens €\s2\.500 per persoon[\s\S]*Een adviseur beslist\.[\s\S]*Wil je het toch aanvragen\?/],
      ['Ja, toch aanvragen', /Wanneer begint de opleiding\?/],
      ['september', /Opleiding: cursus boekhouden\n- School: NCOI\n- Kosten: €\s3\.200\n- Begint: september 2027[\s\S]*Klopt dit\?/],
      ['iets aanpassen', /Wat wil je aanpassen\?/],
      ['de begindatum', /Wanneer begint de opleiding\?/],
      ['1 oktober', /Begint: 1 oktober 2027[\s\S]*Klopt dit\?/],
      ['ja', /Mag ik je aanvraag bewaren/],
      ['nee', /niet bewaard en niet verstuurd/],
    ]);
    expect(await db().budgetApplication.count()).to.equal(0);
    expect(await db().consent.count({ where: { purpose: 'budget' } })).to.equal(0);
    expect(await db().conversation.findUnique({ where: { id: chat.conversationId } }).then((c) => c?.seekerId ?? null)).to.equal(null);
  });

  it('above the maximum the seeker may stop, and "Ik zoek het eerst uit" stops too: nothing stored', async () => {
    const chat = await Conversation.open(db(), { bot: { regionId: 'midden-utrecht' } });
    await chat.start();
    await chat.run([
      ['scholingsbudget aanvragen', /Welke opleiding/],
      ['opleiding tot verzorgende IG bij ROC Midden Nederland, kost 4.000 euro', /meer dan het scholingsbudget betaalt[\s\S]*Wil je het toch aanvragen\?/],
      ['Nee, stoppen', /ik stop met de aanvraag\. Ik heb niets bewaard/],
      ['ik wil het scholingsbudget aanvragen', /Welke opleiding/],
      ['Ik zoek het eerst uit', /Zoek het eerst rustig uit[\s\S]*Ik heb niets bewaard/],
    ]);
    expect(await db().budgetApplication.count()).to.equal(0);
  });

  it('in English too; without a known region, or with a postcode outside it, the seeker hears why, and nothing starts', async () => {
    const english = await Conversation.open(db(), { bot: { regionId: 'midden-utrecht' } });
    await english.start();
    await english.run([
      ['English please', /English/],
      ['I want to apply for the training budget', /Which training or course do you want to do\?/],
      ['forklift driver course at ROC Midden Nederland, costs 1,200 euros, starts in March', /Training: forklift driver course\n- School: ROC Midden Nederland\n- Cost: €1,200\n- Starts: March 2027[\s\S]*Is this right\?/],
    ]);
    const nowhere = await Conversation.open(db());
    await nowhere.start();
    await nowhere.run([['ik wil het scholingsbudget aanvragen', /Ik weet nog niet waar je woont/]]);
    // A saved postcode in Amsterdam: not the installation's region's money.
    const outside = await Conversation.open(db(), { bot: { regionId: 'midden-utrecht' } });
    const seekerId = await outside.parts.seekers.giveConsent({ channel: 'test', userId: outside.userId, conversationId: outside.conversationId }, 'nl', 'consent-v1');
    await outside.parts.seekers.saveAnswers(seekerId, { consent: true, postcode: '1012' });
    await outside.start();
    await outside.run([['ik wil het scholingsbudget aanvragen', /Voor postcode 1012 ken ik het niet/]]);
    expect(await db().budgetApplication.count()).to.equal(0);
  });
});

describe('applying for the scholingsbudget in the chat (PostgreSQL)', function () {
  this.timeout(60_000);
  let database: TestDatabase | undefined;
  let db: Db | undefined;
  before(async () => {
    database = await postgresDatabase();
    db = await openDatabase(database.url);
  });
  after(async () => {
    await db?.$disconnect();
    await database?.drop();
  });

  it('consent stores the application with its consent; a second seeker who says no leaves nothing', async () => {
    const yes = await Conversation.open(db!, { bot: { regionId: 'midden-utrecht' } });
    await yes.start();
    await yes.run([
      ['scholingsbudget aanvragen', /Welke opleiding/],
      ['cursus Excel bij NCOI, 450 euro, begint 15 januari', /Opleiding: cursus Excel\n- School: NCOI\n- Kosten: €\s450\n- Begint: 15 januari 2027[\s\S]*Klopt dit\?/],
      ['ja', /Mag ik je aanvraag bewaren/],
      ['ja', /Je aanvraag is binnen/],
    ]);
    const no = await Conversation.open(db!, { bot: { regionId: 'midden-utrecht' } });
    await no.start();
    await no.run([
      ['scholingsbudget aanvragen', /Welke opleiding/],
      ['cursus Excel bij NCOI, 450 euro, begint 15 januari', /Klopt dit\?/],
      ['ja', /Mag ik je aanvraag bewaren/],
      ['liever niet', /niet bewaard en niet verstuurd/],
    ]);
    const rows = await db!.budgetApplication.findMany();
    expect(rows.map((r) => ({ ...SCHEME, regionId: r.regionId, schemeId: r.schemeId, costCents: r.costCents, data: r.data }))).to.deep.equal([
      { ...SCHEME, costCents: 45000, data: { training: 'cursus Excel', provider: 'NCOI', costEuros: 450, start: '2027-01-15' } },
    ]);
    expect(await db!.consent.count({ where: { purpose: 'budget' } })).to.equal(1);
    expect(await db!.seeker.count()).to.equal(1);
  });
});
