// Bemiddeling in the employer route (issue 17), whole conversations through the real bot on a real
// database: an employer leaves a vacancy (several facts in one answer, "weet niet", corrections at
// "Klopt dit?"), no consent stores nothing, a van werk naar werk group gets a working code, employees
// join by the typed code and by the website link, a wrong code, and the employer's erase.
import { expect } from 'chai';
import type { Db } from '../../src/db/client';
import { Conversation, openDatabase, type Step, buttons } from '../helpers/conversation';
import { bothProviders, sqliteDatabase, type TestDatabase } from '../helpers/databases';
import { expectStoredVacancy, VACANCY_STEPS } from '../helpers/employerVacancy';

const codeIn = (text: string) => /code voor je medewerkers is: ([A-Z0-9]{4}-[A-Z0-9]{4})/.exec(text)?.[1];

for (const provider of bothProviders) {
  describe(`employer leaves a vacancy in the chat (${provider.name})`, function () {
    this.timeout(120_000);
    let database: TestDatabase;
    let db: Db;
    before(async () => {
      database = await provider.make();
      db = await openDatabase(database.url);
    });
    after(async () => {
      await db.$disconnect();
      await database.drop();
    });

    it('a whole vacancy: several facts in one answer, "weet niet" skipped, two corrections, stored as a draft', async () => {
      const conversation = await Conversation.open(db);
      await conversation.start();
      await conversation.run(VACANCY_STEPS);
      await expectStoredVacancy(db, conversation.parts.seekers.userKey('test', conversation.userId));
      // The employer is no seeker.
      expect(await db.seeker.count()).to.equal(0);
    });
  });
}

describe('bemiddeling in the chat (SQLite)', function () {
  this.timeout(120_000);
  let database: TestDatabase;
  let db: Db;
  beforeEach(async () => {
    database = sqliteDatabase();
    db = await openDatabase(database.url);
  });
  afterEach(async () => {
    await db.$disconnect();
    await database.drop();
  });

  it('from the employer questions: "Vacature achterlaten" at the summary, the company postcode taken along', async () => {
    const c = await Conversation.open(db);
    await c.start();
    await c.run([
      ['wij hebben een vacature', /sector/],
      ['magazijn', /postcode/],
      ['3511', /Hoeveel mensen/],
      ['12', /Voor welk werk/],
      ['heftruckchauffeur', (replies) => expect(buttons(replies)).to.include('Vacature achterlaten')],
      ['Vacature achterlaten', /Welk werk is het\?/],
      ['schoonmaker in een kantoor', /Welk beroep past het best\?/],
      // Asked what it does not know; the postcode was given with the company.
      ['geen van deze', /eigen woorden[\s\S]*Hoeveel uur per week/],
    ]);
  });

  it('"weet niet" at the work is no description; without consent nothing is stored', async () => {
    const c = await Conversation.open(db);
    await c.start();
    const steps: Step[] = [
      ['ik wil een vacature achterlaten', /Welk werk is het\?/],
      ['weet ik niet', /beschrijving van het werk nodig[\s\S]*Welk werk is het\?/],
      ['schoonmaker in een kantoor', /Welk beroep past het best\?/],
      ['geen van deze', /Hoeveel uur per week/],
      ['geen idee', /sla ik over[\s\S]*postcode/],
      ['weet niet', /sla ik over[\s\S]*Wanneer kan iemand beginnen\?/],
      ['Binnen 3 maanden', /diploma/],
      ['geen diploma nodig', /Nederlands/],
      ['een beetje', /nog iets nodig/],
      ['nee, niets', /leren/],
      ['nee', /extra steun/],
      ['nee', /Mag ik dit bewaren/],
      ['nee', /Ik heb niets bewaard/],
    ];
    await c.run(steps);
    expect(await db.employer.count()).to.equal(0);
    expect(await db.vacancy.count()).to.equal(0);
  });

  it('a group gets a working code: employees join by the typed code and by the link, a wrong code starts normally, the employer sees counts, erase untags', async () => {
    const employer = await Conversation.open(db);
    await employer.start();
    let code: string | undefined;
    await employer.run([
      ['we willen een groep aanmelden voor van werk naar werk', /Hoeveel medewerkers gaan hun baan verliezen\?/],
      ['Jan de Vries en Piet van Dijk', /Deel geen namen/],
      ['25', /Wat voor werk doen deze medewerkers nu\?/],
      ['productiemedewerkers en monteurs', /Wanneer stopt hun werk\?/],
      ['1 maart 2027', /Wat bied je de medewerkers aan\?/],
      ['wij betalen een opleiding en ze krijgen vrij om te solliciteren', /Mag ik dit bewaren/],
      ['ja', /organisatie/],
      ['Fabriek Oost', /contactpersoon/],
      ['Piet Jansen', /e-mailadres of telefoonnummer/],
      ['030 123 4567', /Aantal medewerkers: 25\n- Werk: productiemedewerkers en monteurs\n- Werk stopt: 1 maart 2027\n- Aanbod: Opleiding betaald, Vrij om te solliciteren\n- Organisatie: Fabriek Oost\n- Contactpersoon: Piet Jansen \(0301234567\)[\s\S]*Klopt dit\?/],
      ['ja', (_r, text) => {
        code = codeIn(text);
        expect(code, text).to.match(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
        expect(text).to.include(`http://localhost/?code=${code}`);
        expect(text).to.match(/alleen aantallen/);
      }],
    ]);
    const group = await db.transitionGroup.findUniqueOrThrow({ where: { code: code! } });
    expect(group).to.include({ headcount: 25, work: 'productiemedewerkers en monteurs' });
    expect(group.endsAt?.toISOString()).to.equal('2027-03-01T00:00:00.000Z');
    expect(group.arrangement).to.deep.equal({ trainingPaid: true, timeOffForApplying: true });

    // Typed, in another form than printed.
    const typed = await Conversation.open(db);
    await typed.start();
    await typed.run([
      [`mijn code is ${code!.toLowerCase().replace('-', ' ')}`, /Je werkgever gaf je deze code\.[\s\S]*Mag ik je antwoorden bewaren\?/],
      ['ja', /Stap 1 van 7/],
    ]);
    // The website link: the code comes with the conversation's start.
    const linked = await Conversation.open(db);
    linked.adapter.activeQueue.splice(0);
    await linked.adapter.receiveActivity({ type: 'conversationUpdate', membersAdded: [{ id: linked.userId, name: 'seeker' }], value: { groupCode: code } });
    expect(linked.adapter.activeQueue.map((a) => a.text).join('\n')).to.match(/Je werkgever gaf je deze code[\s\S]*Mag ik je antwoorden bewaren\?/);
    await linked.run([['ja', /Stap 1 van 7/]]);
    // No consent: not tagged.
    const refusing = await Conversation.open(db);
    await refusing.start();
    await refusing.run([[`code ${code}`, /Je werkgever gaf je deze code/], ['nee', /Ik bewaar je antwoorden niet/]]);
    const members = await db.seeker.findMany({ where: { groupId: group.id } });
    expect(members).to.have.length(2);

    const wrong = await Conversation.open(db);
    await wrong.start();
    await wrong.run([['mijn code is ZZZZ-ZZZZ', /Die code ken ik niet[\s\S]*Zoek je werk, of ben je werkgever\?/]]);
    expect(await db.seeker.count()).to.equal(2);
    // Something that only looks like a code, without the word "code": the normal start, no word about codes.
    const parttime = await Conversation.open(db);
    await parttime.start();
    await parttime.run([['is er data-werk in utrecht?', (_r, text) => expect(text).to.not.match(/code/i)]]);

    // Counts only, never answers.
    await employer.run([['hoe gaat het met de groep?', new RegExp(`Groep ${code}: 2 begonnen, 0 klaar met de vragen, 0 voorgesteld aan een werkgever, 0 aangenomen[\\s\\S]*alleen aantallen`)]]);

    await employer.run([
      ['verwijder mijn gegevens', /verwijder/i],
      ['ja', /gegevens van je organisatie zijn verwijderd/],
    ]);
    expect(await db.employer.count()).to.equal(0);
    expect(await db.transitionGroup.count()).to.equal(0);
    // The members keep their own data, no longer tagged.
    const after = await db.seeker.findMany();
    expect(after).to.have.length(2);
    expect(after.every((s) => s.groupId === null)).to.equal(true);
  });

  it('a known employer leaves a second vacancy without contact questions, changes the contact person; erase removes both vacancies with the employer', async () => {
    const c = await Conversation.open(db);
    await c.start();
    await c.run(VACANCY_STEPS);
    expect(await db.vacancy.count()).to.equal(1);
    // A second vacancy: the organisation is known, no contact questions, unless the employer changes them.
    await c.run([
      ['ik wil een vacature achterlaten', /Welk werk is het\?/],
      ['orderpicker, 40 uur, per direct, in 3512', /Welk beroep past het best\?/],
      ['geen van deze', /Welk diploma is nodig\?/],
      ['geen diploma nodig', /Nederlands/],
      ['weet niet', /nog iets nodig/],
      ['nee, niets', /leren/],
      ['nee', /extra steun/],
      ['weet ik niet', /Mag ik dit bewaren/],
      ['ja', /gegevens van Magazijn Noord BV die ik al heb[\s\S]*Uren per week: 40\n[\s\S]*Organisatie: Magazijn Noord BV\n[\s\S]*Klopt dit\?/],
      ['de contactpersoon klopt niet', /Wie is de contactpersoon\?/],
      ['Kees Bakker', /e-mailadres of telefoonnummer/],
      ['06 12345678', /Organisatie: Magazijn Noord BV\n- Contactpersoon: Kees Bakker \(0612345678\)[\s\S]*Klopt dit\?/],
      ['ja', /Ik heb je vacature bewaard/],
    ]);
    const employers = await db.employer.findMany();
    expect(employers).to.have.length(1);
    expect(employers[0].contact).to.deep.equal({ name: 'Kees Bakker', phone: '0612345678' });
    expect(await db.vacancy.count({ where: { employerId: employers[0].id } })).to.equal(2);
    await c.run([['verwijder mijn gegevens', /verwijder/i], ['ja', /gegevens van je organisatie zijn verwijderd/]]);
    expect(await db.employer.count()).to.equal(0);
    expect(await db.vacancy.count()).to.equal(0);
  });
});
