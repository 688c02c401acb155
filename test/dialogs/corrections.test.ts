// Corrections at any moment of the intake, whole conversations with the real bot and SQLite: the
// issue's examples change the answer they are about, never become a new job, and "6 maanden"
// stays half a year, in the summary and in the stored answers.
import { expect } from 'chai';
import { answerAndConfirm, buttons, Conversation, useSqliteDatabase, storedAnswers } from '../helpers/conversation';
import { TO_END, TO_JOB } from './intakeScript';

describe('corrections during the intake, whole conversations (SQLite)', function () {
  this.timeout(60_000);
  const db = useSqliteDatabase();

  const stored = storedAnswers;

  async function open(): Promise<Conversation> {
    const conversation = await Conversation.open(db());
    await conversation.start();
    return conversation;
  }

  it('"het was geen 1 jaar maar 6 maanden" changes the years (half a year, not 1), never a new job', async () => {
    const conversation = await open();
    await conversation.run([
      ...TO_JOB,
      ['1 jaar orderpicker', /Welk beroep/],
      ['orderpicker', /Je werkte 1 jaar als orderpicker[\s\S]*daarvoor ander werk/],
      ['het was geen 1 jaar maar 6 maanden', (_replies, text) => {
        expect(text).to.match(/Je werkte 0,5 jaar als orderpicker\. Dat noteer ik\.[\s\S]*daarvoor ander werk/);
        expect(text).to.not.match(/Welk beroep/);
      }],
      ['nee', /hoogste diploma/],
      ...TO_END,
      ...answerAndConfirm('nee', (_replies, text) => {
        const noted = text.split('Dit zijn mijn voorstellen')[0];
        expect(noted).to.match(/- orderpicker \(0,5 jaar\)\n/);
        expect(noted).to.not.match(/geen 1 jaar|6 maanden/);
      }),
    ]);
    const answers = await stored(conversation);
    expect(answers.jobs!.map((j) => [j.text, j.years, j.confirmed])).to.deep.equal([['orderpicker', 0.5, true]]);
  });

  it('"sorry foutje, ik was 31 jaar orderpicker" replaces the job just noted; "dat klopt niet het was geen 1 jaar" asks it again', async () => {
    const conversation = await open();
    await conversation.run([
      ...TO_JOB,
      ['1 jaar magazijnmedewerker', /Welk beroep/],
      ['magazijnmedewerker', /Je werkte 1 jaar als magazijnmedewerker[\s\S]*daarvoor ander werk/],
      ['sorry foutje, ik was 31 jaar orderpicker', (replies, text) => {
        expect(text).to.match(/Welk beroep past het best\?/);
        expect(buttons(replies)).to.include('orderpicker');
      }],
      ['orderpicker', /Je werkte 31 jaar als orderpicker[\s\S]*daarvoor ander werk/],
      ['dat klopt niet het was geen 1 jaar', /laatst gedaan/],
      ['30 jaar orderpicker', /Welk beroep/],
      ['orderpicker', /Je werkte 30 jaar als orderpicker[\s\S]*daarvoor ander werk/],
      ['nee', /hoogste diploma/],
      ...TO_END,
      ...answerAndConfirm('nee', (_replies, text) => {
        expect(text).to.match(/- orderpicker \(30 jaar\)\n/);
        expect(text).to.not.match(/magazijnmedewerker|foutje|31 jaar/);
      }),
    ]);
    const answers = await stored(conversation);
    expect(answers.jobs!.map((j) => [j.text, j.years])).to.deep.equal([['orderpicker', 30]]);
  });

  it('"nee dat klopt niet" after the occupation asks the work again; after an earlier job it is about that one', async () => {
    const conversation = await open();
    await conversation.run([
      ...TO_JOB,
      ['5 jaar kok', /Welk beroep/],
      ['kok', /Je werkte 5 jaar als kok[\s\S]*daarvoor ander werk/],
      ['nee dat klopt niet', /laatst gedaan/],
      ['5 jaar orderpicker', /Welk beroep/],
      ['orderpicker', /Je werkte 5 jaar als orderpicker[\s\S]*daarvoor ander werk/],
      ['2 jaar kassamedewerker', /Welk beroep/],
      ['kassamedewerker', /Je werkte 2 jaar als kassamedewerker[\s\S]*hoogste diploma/],
      ['nee dat klopt niet', /daarvoor ander werk/],
      ['3 jaar kassamedewerker', /Welk beroep/],
      ['kassamedewerker', /Je werkte 3 jaar als kassamedewerker[\s\S]*hoogste diploma/],
      ...TO_END,
      ...answerAndConfirm('nee', /- orderpicker \(5 jaar\)\n- kassamedewerker \(3 jaar\)\n/),
    ]);
    const answers = await stored(conversation);
    expect(answers.jobs!.map((j) => [j.text, j.years])).to.deep.equal([['orderpicker', 5], ['kassamedewerker', 3]]);
  });

  it('"uren klopt niet" asks the hours again, then the question it interrupted; a fact from another step too', async () => {
    const conversation = await open();
    await conversation.run([
      ...TO_JOB,
      ['nooit gewerkt', /hoogste diploma/],
      // Not asked yet: said so, and the question again.
      ['uren klopt niet', /nog niet gevraagd[\s\S]*hoogste diploma/],
      ...TO_END.slice(0, 7),
      ['uren klopt niet', (_replies, text) => {
        expect(text).to.match(/Hoeveel uur/);
        expect(text).to.not.match(/postcode/);
      }],
      ['24 uur', /postcode/],
      // Back to a question of step 2 ("je werk en wat je kunt") from step 3, then on where it was.
      ['mijn opleiding klopt niet', /hoogste diploma/],
      ['mbo 4', /postcode/],
      ['3511', /reizen/],
      ['maakt niet uit', /beginnen/],
      ['zo snel mogelijk', /opleiding/],
      ...answerAndConfirm('nee', (_replies, text) => {
        expect(text).to.match(/- Mbo 4\n/);
        expect(text).to.match(/- 24 uur per week\n/);
        expect(text).to.not.match(/32 uur|Vmbo/);
      }),
    ]);
    const answers = await stored(conversation);
    expect(answers.hours).to.deep.equal({ min: 24, max: 24 });
    expect(answers.education).to.equal('mbo-4');
    expect(answers.jobs).to.deep.equal([]);
  });

  it('"nee dat klopt niet" at the first question of a step asks "Wat klopt er niet?" with the lines as buttons', async () => {
    const conversation = await open();
    await conversation.run([
      ...TO_JOB,
      ['nee dat klopt niet', (replies, text) => {
        expect(text).to.match(/Wat klopt er niet\?/);
        expect(buttons(replies)[0]).to.equal('Ja, dit klopt');
        expect(buttons(replies).some((b) => /^Situatie: WW-uitkering tot 1 september 2027$/.test(b))).to.equal(true);
        expect(buttons(replies).some((b) => /^Bedrag: €\s1\.500 per maand$/.test(b))).to.equal(true);
      }],
      ['Bedrag: € 1.500 per maand', /Hoeveel geld/],
      ['1400', /Ik heb het aangepast[\s\S]*laatst gedaan/],
      ['nooit gewerkt', /hoogste diploma/],
    ]);
    // Saved with the step's answers at the end of step 2; here the running answers are checked at the end.
    await conversation.run([...TO_END, ...answerAndConfirm('nee', /- €\s1\.400 per maand\n/)]);
    expect((await stored(conversation)).monthlyAmount).to.equal(1400);
  });

  it('"ik bedoel bijstand, geen ww" at the end date question changes the situation and skips the WW question', async () => {
    const conversation = await open();
    await conversation.run([
      ['Ik zoek werk', /bewaren/],
      ['ja', /Stap 1 van 7/],
      ['ww', /Tot wanneer/],
      ['ik bedoel bijstand, geen ww', (_replies, text) => {
        expect(text).to.match(/per maand/);
        expect(text).to.not.match(/Tot wanneer/);
      }],
      ['sla over', /Stap 2 van 7/],
    ]);
  });
});
