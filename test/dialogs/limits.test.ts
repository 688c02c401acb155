// Facts as the seeker stated or confirmed them, limits kept from the first answer to the summary,
// and the advisor's "past niet" in the returning seeker's overview: real bot, real SQLite database.
import { expect } from 'chai';
import { ProposalOversight } from '../../src/db/seekerStore';
import { IntakeAnswersSchema, toProfileInput, type IntakeAnswers } from '../../src/dialogs/intakeAnswers';
import { answerAndConfirm, buttons, Conversation, type Step, useSqliteDatabase } from '../helpers/conversation';

/** A 58-year-old orderpicker with a bad back, who has no wish ("maakt niet uit"). */
const ORDERPICKER: Step[] = [
  ['Ik zoek werk', /bewaren/],
  ['ja', /Stap 1 van 7/],
  ['ww', /Tot wanneer/],
  ['tot 1 september', /per maand/],
  ['1500 euro', /Stap 2 van 7/],
  ['20 jaar orderpicker, maar ik kan niet meer zwaar tillen', (replies, text) => {
    expect(text).to.match(/Ik noteer: geen zwaar lichamelijk werk of tillen/);
    expect(buttons(replies)).to.include('orderpicker');
  }],
  ['orderpicker', /Je werkte 20 jaar als orderpicker/],
  ['nee', /hoogste diploma/],
  ['vmbo', /Nederlands/],
  ['moedertaal', /alleen voor jongeren[\s\S]*Hoe oud/],
  ['ik ben 58', /ongeveer 58 jaar[\s\S]*rijbewijs/],
  ['ja', /gezondheid/],
  // The limit he typed with his job is kept: the bot asks only for more.
  ['ja', /Is er nog iets wat je niet kunt\?/],
  ["Niet 's nachts of in ploegen", /Stap 5 van 7/],
  ['iets nieuws', /graag willen doen/],
  ['maakt niet uit', /kijk ik breed[\s\S]*Hoeveel uur/],
  ['32 uur', /postcode/],
  ['3511', /reizen/],
  ['een half uur', /beginnen/],
  ['zo snel mogelijk', /opleiding/],
  ['ja', /Hoe lang/],
];

describe('limits, confirmed facts and the advisor\'s marks, whole conversations (SQLite)', function () {
  this.timeout(60_000);
  const db = useSqliteDatabase();

  async function storedAnswers(conversation: Conversation): Promise<{ id: string; answers: IntakeAnswers }> {
    const seeker = await conversation.parts.seekers.find({ channel: 'test', userId: conversation.userId, conversationId: conversation.conversationId });
    return { id: seeker!.id, answers: IntakeAnswersSchema.parse(seeker!.answers) };
  }

  it('a limit typed with the job, one more from the buttons, age and travel time: all in the summary and the profile; "maakt niet uit" is no wish', async () => {
    const conversation = await Conversation.open(db());
    await conversation.start();
    await conversation.run([
      ...ORDERPICKER,
      ...answerAndConfirm('tot een half jaar', (_replies, text) => {
        const noted = text.split('Dit zijn mijn voorstellen')[0];
        expect(noted).to.match(/- 58 jaar\n- orderpicker \(20 jaar\)\n/);
        expect(noted).to.match(/- Je hebt beperkingen door je gezondheid\n- Geen zwaar lichamelijk werk of tillen\n- Niet 's nachts of in ploegen\n- Hoogstens 30 minuten reizen\n- Over wat je niet kunt zei je: "kan niet meer zwaar tillen"/);
        expect(noted).to.not.match(/wens|graag werken als/i);
      }),
    ]);
    const { answers } = await storedAnswers(conversation);
    expect(answers.limits).to.deep.equal({ noHeavyWork: true, times: 'no-nights', maxTravelMinutes: 30, words: 'kan niet meer zwaar tillen' });
    expect(answers).to.include({ birthYear: 1968, healthLimits: 'yes' });
    expect(answers.interests).to.equal(undefined);
    expect(answers.targets).to.equal(undefined);
    expect(answers.jobs).to.deep.equal([{ text: 'orderpicker', years: 20, occupation: answers.jobs![0].occupation, confirmed: true }]);
    const profile = toProfileInput(answers);
    expect(profile.limits).to.deep.equal(answers.limits);
    expect(profile.birthYear).to.equal(1968);
    expect(profile.goals.targetOccupationUris).to.equal(undefined);
  });

  it('an earlier job and a wish count only as the seeker confirms them; "Geen van deze" keeps only the words', async () => {
    const conversation = await Conversation.open(db());
    await conversation.start();
    await conversation.run([
      ['Ik zoek werk', /bewaren/], ['ja', /Stap 1/], ['geen werk en geen uitkering', /Stap 2/],
      ['5 jaar kassamedewerker', /Welk beroep/], ['kassamedewerker', /Je werkte 5 jaar als kassamedewerker/],
      ['magazijnmedewerker bij een groothandel, alleen onder schooltijd', (replies, text) => {
        expect(text).to.match(/Ik noteer: alleen onder schooltijd/);
        expect(text).to.match(/Welk beroep past het best\?/);
        expect(buttons(replies)).to.include('Geen van deze');
      }],
      ['Geen van deze', /eigen woorden[\s\S]*diploma/],
      ['mbo 2', /Nederlands/], ['moedertaal', /Hoe oud/], ['waarom vraag je dat?', /alleen voor jongeren[\s\S]*Hoe oud/], ['sla over', /rijbewijs/], ['nee', /gezondheid/], ['nee', /Stap 5/],
      ['iets nieuws', /graag willen doen/],
      ['iets met kinderen', /Bedoel je een van deze beroepen\?/],
      ['Nee, iets anders', /eigen woorden/],
      ['24 uur, niet in het weekend en geen nachtdiensten', /Ik noteer: niet 's nachts of in ploegen, "niet in het weekend"[\s\S]*postcode/], ['sla over', /beginnen/], ['later', /opleiding/], ...answerAndConfirm('nee', (_replies, text) => {
        const noted = text.split(/Dit zijn mijn voorstellen|Ik heb nu geen voorstellen/)[0];
        expect(noted).to.match(/- kassamedewerker \(5 jaar\)\n- magazijnmedewerker bij een groothandel\n/);
        expect(noted).to.match(/- Alleen onder schooltijd\n- Over wat je niet kunt zei je: "alleen onder schooltijd; geen nachtdiensten; niet in het weekend"\n/);
        expect(noted).to.match(/- 24 uur per week\n/);
        expect(noted).to.match(/- Je wens: iets met kinderen\n/);
        expect(noted).to.not.match(/graag werken als|Hoe oud|jaar\n- kassa/);
      }),
    ]);
    const { answers } = await storedAnswers(conversation);
    expect(answers.jobs!.map((j) => [j.text, j.occupation?.label, j.confirmed])).to.deep.equal([
      ['kassamedewerker', 'kassamedewerker', true],
      ['magazijnmedewerker bij een groothandel', undefined, undefined],
    ]);
    // School hours stay the stricter time; the words of both are kept.
    expect(answers.limits).to.deep.equal({ times: 'school-hours', words: 'alleen onder schooltijd; geen nachtdiensten; niet in het weekend' });
    expect(answers.targets).to.equal(undefined);
    expect(answers.interests).to.equal('iets met kinderen');
    expect(answers.birthYear).to.equal(undefined);
  });

  it('in English: the limit buttons, a second limit, and "doesn\'t matter" as no wish', async () => {
    const conversation = await Conversation.open(db());
    await conversation.start();
    await conversation.run([
      ['English please', /looking for work/], ['I am looking for work', /May I keep/], ['yes', /Step 1 of 7/],
      ['no income and no benefit', /Step 2 of 7/], ['I have never worked', /diploma/], ['no diploma', /Dutch/],
      ['a little', /only for young people[\s\S]*How old/], ['skip', /driving licence/], ['no', /health/],
      ['yes', (replies, text) => {
        expect(text).to.match(/What can you not do/);
        expect(buttons(replies)).to.include.members(['Heavy physical work or lifting', 'Only during school hours', 'No nights or shifts', 'Not travel far']);
      }],
      ['Heavy physical work or lifting', /I note: no heavy physical work or lifting[\s\S]*anything else/],
      ['Only during school hours', /Step 5 of 7/],
      ['something new', /like to do/], ["doesn't matter", /broadly[\s\S]*hours/], ['20', /postcode/], ['skip', /start/], ['later', /training/],
      ...answerAndConfirm('no', /Step 7 of 7[\s\S]*- No heavy physical work or lifting\n- Only during school hours/, 'yes'),
    ]);
    const { answers } = await storedAnswers(conversation);
    expect(answers.limits).to.deep.equal({ noHeavyWork: true, times: 'school-hours' });
    expect(answers.interests).to.equal(undefined);
  });

  it('a returning seeker sees the advisor\'s "past niet" with the reason, not as advice, and the mark stays with the proposal', async () => {
    const first = await Conversation.open(db());
    await first.start();
    await first.run([...ORDERPICKER, ...answerAndConfirm('tot een half jaar', /Dit zijn mijn voorstellen/)]);
    const { id: seekerId } = await storedAnswers(first);
    const rows = await db().proposal.findMany({ where: { seekerId }, orderBy: { score: 'desc' } });
    expect(rows.length).to.be.greaterThan(1);
    const [marked] = rows;
    const markedId = (marked.data as { id: string }).id;
    expect(await new ProposalOversight(db()).mark(marked.id, seekerId, { reason: 'Dit werk is te zwaar voor je rug.', by: 'Anna', at: new Date() })).to.equal(true);

    const again = await Conversation.open(db(), { userId: first.userId });
    await again.start();
    await again.run([
      ['Ik zoek werk', /Welkom terug/],
      ['Mijn voorstellen bekijken', (replies, text) => {
        expect(text).to.match(/Je adviseur vindt dit voorstel niet passend: Dit werk is te zwaar voor je rug\./);
        const advice = replies.map((r) => r.text ?? '').filter((t) => /^\d\. /.test(t));
        expect(advice.length).to.be.greaterThan(0);
        expect(advice.some((t) => t.startsWith(`1. ${marked.title} (`) || t.includes(`. ${marked.title} (`))).to.equal(false);
      }],
    ]);
    const after = await db().proposal.findMany({ where: { seekerId, notFitting: true } });
    expect(after.map((r) => [(r.data as { id: string }).id, r.notFittingReason, r.markedBy])).to.deep.equal([[markedId, 'Dit werk is te zwaar voor je rug.', 'Anna']]);
  });
});
