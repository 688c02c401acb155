// Whole intakes, to the end, for the six personas of the issue: real bot, real SQLite database.
import { expect } from 'chai';
import { answerAndConfirm, buttons, Conversation, type Script, useSqliteDatabase } from '../helpers/conversation';

const STEP = (n: number) => new RegExp(`Stap ${n} van 7`);

const personas: Script[] = [
  {
    name: 'laid off with WW (dates and amounts in Dutch, occupation confirmed)',
    steps: [
      ['Ik zoek werk', /Mag ik je antwoorden bewaren\?/],
      ['ja', STEP(1)],
      ['ik zit in de ww', /Tot wanneer krijg je WW\?/],
      ['tot 1 september', /tot 1 september 2027/],
      ['€ 1.800 per maand', /€\s?1\.800 per maand[\s\S]*Stap 2 van 7/],
      ['10 jaar heftruckchauffeur bij een distributiecentrum', (replies) => expect(buttons(replies)).to.include('heftruckchauffeur')],
      ['heftruckchauffeur', /Je werkte 10 jaar als heftruckchauffeur/],
      ['nee', /hoogste diploma/],
      ['vmbo', /Nederlands/],
      ['moedertaal', /alleen voor jongeren[\s\S]*Hoe oud ben je\?/],
      ['58', /ongeveer 58 jaar[\s\S]*rijbewijs/],
      ['ja', /gezondheid/],
      ['nee', STEP(5)],
      ['iets wat erop lijkt', /Hoeveel uur/],
      ['32 uur', /postcode/],
      ['3511 AB', /Hoe lang wil je hoogstens reizen/],
      ['een half uur', /beginnen/],
      ['zo snel mogelijk', /opleiding/],
      ['ja', /Hoe lang/],
      ...answerAndConfirm('tot een half jaar', /Stap 7 van 7[\s\S]*WW-uitkering tot 1 september 2027[\s\S]*58 jaar[\s\S]*heftruckchauffeur \(10 jaar\)[\s\S]*Hoogstens 30 minuten reizen[\s\S]*32 uur per week[\s\S]*Postcode 3511[\s\S]*\(UWV\)[\s\S]*Volgende stap:[\s\S]*Neem mee:[\s\S]*Bron(nen)?: [^\n(]+ \(https:\/\/[\s\S]*is bewaard/),
      ['Hoe ga ik verder?', /Neem contact op/],
    ],
  },
  {
    name: 'long-term bijstand (typo, skip the amount, own words kept)',
    steps: [
      ['werk zoeken', /bewaren/],
      ['jazeker', STEP(1)],
      ['bijstnd', /per maand/],
      ['sla over', STEP(2)],
      ['schoonmaker in een kantoor', /Welk beroep past het best\?/],
      ['Geen van deze', /eigen woorden[\s\S]*ander werk/],
      ['nee', /diploma/],
      ['geen diploma', /Nederlands/],
      ['goed', /Hoe oud/],
      ['sla over', /rijbewijs/],
      ['nee', /gezondheid/],
      ['ja', /Wat kun je niet/],
      ['Zwaar lichamelijk werk of tillen', /Ik noteer: geen zwaar lichamelijk werk of tillen[\s\S]*nog iets/],
      ['Alleen onder schooltijd', STEP(5)],
      ['hetzelfde werk', /uur/],
      ['24 uur', /postcode/],
      ['3012', /reizen/],
      ['maakt niet uit', /beginnen/],
      ['binnen 3 maanden', /opleiding/],
      // "weet ik niet" is no answer: no "how long?" follow-up, and no "Opleiding doen: Ja".
      ...answerAndConfirm('weet ik niet', (_replies, text) => {
        expect(text).to.match(/Stap 7 van 7[\s\S]*Bijstand[\s\S]*[Gg]emeente[\s\S]*Wat wil je nu doen\?/);
        expect(text).to.not.match(/Opleiding doen: Ja/);
        // "Geen van deze": her own words, no occupation, and never "the work you did before".
        expect(text).to.match(/- schoonmaker in een kantoor\n/);
        const noted = text.split(/Dit zijn mijn voorstellen|Ik heb nu geen voorstellen/)[0];
        expect(noted).to.not.match(/schoonmaker (gebouwen|meubilair)|vliegtuigschoonmaker|lijkt op/);
        // A source is an official page by name, never a data key.
        expect(text).to.not.match(/data\.europa\.eu|esco/i);
        expect(text).to.match(/Je hebt beperkingen door je gezondheid\n- Geen zwaar lichamelijk werk of tillen\n- Alleen onder schooltijd/);
      }),
    ],
  },
  {
    name: 'young with Wajong (never worked, prefers not to share health, interests)',
    steps: [
      ['Ik zoek werk', /bewaren/],
      ['👍', STEP(1)],
      ['ik heb een wajong uitkering', /per maand/],
      ['weet ik niet', STEP(2)],
      ['Ik heb nog nooit gewerkt', /diploma/],
      ['praktijkonderwijs', /Nederlands/],
      ['het is mijn moedertaal', /Hoe oud/],
      ['ik ben 19', /19 jaar[\s\S]*rijbewijs/],
      ['nee', /gezondheid/],
      ['zeg ik liever niet', STEP(5)],
      ['weet ik nog niet', /graag willen doen/],
      ['iets met dieren', /Bedoel je een van deze beroepen\?/],
      ['Nee, iets anders', /eigen woorden[\s\S]*uur/],
      ['20 uur', /postcode/],
      ['9712', /reizen/],
      ['een kwartier', /beginnen/],
      ['later', /opleiding/],
      ['ja', /Hoe lang/],
      ...answerAndConfirm('tot een jaar', (_replies, text) => {
        expect(text).to.match(/Stap 7 van 7[\s\S]*Wajong[\s\S]*(UWV|[Jj]obcoach)[\s\S]*Wat wil je nu doen\?/);
        expect(text).to.match(/Je wens: iets met dieren/);
        expect(text).to.not.match(/Je wilt graag werken als/);
      }),
    ],
  },
  {
    name: 'flex worker who wants to switch sector (earlier job, "iets nieuws")',
    steps: [
      ['Ik zoek werk', /bewaren/],
      ['ja', STEP(1)],
      ['ik werk via een uitzendbureau', STEP(2)],
      ['3 jaar orderpicker', /Welk beroep/],
      ['1', /Je werkte 3 jaar als/],
      ['kassamedewerker bij de supermarkt', /Welk beroep past het best\?/],
      ['kassamedewerker', /Je werkte als kassamedewerker/],
      ['mbo 2', /Nederlands/],
      ['goed', /buitenland/],
      ['nee', /Hoe oud/],
      ['1990', /ongeveer 36 jaar/],
      ['ja', /gezondheid/],
      ['nee', STEP(5)],
      ['iets nieuws', /graag willen doen/],
      ['iets in de zorg', (replies, text) => {
        expect(text).to.match(/Bedoel je een van deze beroepen\?/);
        expect(buttons(replies)).to.include.members(['zorghulp', 'Nee, iets anders']);
      }],
      ['zorghulp', /Je wilt graag werken als zorghulp[\s\S]*uur/],
      ['fulltime', /postcode/],
      ['5611', /reizen/],
      ['een uur', /beginnen/],
      ['per 1 maart', /opleiding/],
      ['ja', /Hoe lang/],
      ...answerAndConfirm('langer dan een jaar', (_replies, text) => {
        expect(text).to.match(/Stap 7 van 7/);
        expect(text).to.match(/Flexwerk of uitzendwerk/);
        expect(text).to.match(/36-40 uur per week/);
        expect(text).to.match(/Binnen een half jaar/); // 1 March is just over 3 months after 24 November
      }),
    ],
  },
  {
    name: 'returner without benefit (no consent: nothing stored)',
    steps: [
      ['Ik zoek werk', /bewaren/],
      ['nee, liever niet', /Ik bewaar je antwoorden niet[\s\S]*verslag[\s\S]*Stap 1 van 7/],
      ['geen werk en geen uitkering', STEP(2)],
      ['15 jaar geleden administratief medewerker', /Welk beroep|eigen woorden/],
      ['Geen van deze', /ander werk/],
      ['nee', /diploma/],
      ['havo', /Nederlands/],
      ['moedertaal', /Hoe oud/],
      ['sla over', /rijbewijs/],
      ['ja', /gezondheid/],
      ['nee', STEP(5)],
      ['iets wat erop lijkt', /uur/],
      ['3 dagen', /postcode/],
      ['sla over', /beginnen/],
      ['na de zomer', /opleiding/],
      ['ja', /Hoe lang/],
      ...answerAndConfirm('tot een half jaar', /Stap 7 van 7[\s\S]*Geen werk en geen uitkering[\s\S]*24 uur per week[\s\S]*niet bewaard/),
    ],
  },
  {
    name: 'newcomer learning Dutch (switches to English at the start)',
    steps: [
      ['English please', /continue in English[\s\S]*looking for work, or are you an employer\?/],
      ['I am looking for work', /May I keep your answers\?/],
      ['yes', /Step 1 of 7/],
      ['social assistance', /per month/],
      ['about 1,100 euros a month', /€1,100 per month[\s\S]*Step 2 of 7/],
      ['5 years cook in a restaurant', /(Which occupation|own words)/],
      ['None of these', /other work before/],
      ['no', /diploma/],
      ['no diploma', /Dutch/],
      ['a little', /How old/],
      ['skip', /driving licence/],
      ['no', /health/],
      ['no', /Step 5 of 7/],
      ['something similar', /hours/],
      ['32', /postcode/],
      ['1102', /travel/],
      ['half an hour', /start/],
      ['as soon as possible', /training/],
      ['yes', /How long/],
      ...answerAndConfirm('up to a year', /Step 7 of 7[\s\S]*Bijstand[\s\S]*(Dutch|language|Taalhuis)[\s\S]*What would you like to do now\?/, 'yes'),
    ],
  },
];

describe('intake personas, whole conversations (SQLite)', function () {
  this.timeout(60_000);
  const db = useSqliteDatabase();

  for (const persona of personas) {
    it(persona.name, async () => {
      const conversation = await Conversation.open(db());
      expect((await conversation.start()).map((r) => r.text).join(' ')).to.match(/Ik ben Werkloket/);
      await conversation.run(persona.steps);
    });
  }

  it('stores the profile and proposals only with consent', async () => {
    const withConsent = await Conversation.open(db());
    await withConsent.start();
    await withConsent.run(personas[0].steps);
    const seeker = await withConsent.parts.seekers.find({ channel: 'test', userId: withConsent.userId, conversationId: withConsent.conversationId });
    expect(seeker?.consent).to.equal(true);
    expect(seeker?.complete).to.equal(true);
    expect((seeker?.answers as { situation?: string }).situation).to.equal('ww');
    expect(await db().proposal.count({ where: { seekerId: seeker!.id } })).to.be.greaterThan(0);
    expect(await db().consent.count({ where: { seekerId: seeker!.id, granted: true } })).to.equal(1);

    const without = await Conversation.open(db());
    await without.start();
    await without.run(personas[4].steps);
    expect(await without.parts.seekers.find({ channel: 'test', userId: without.userId, conversationId: without.conversationId })).to.equal(undefined);
  });
});
