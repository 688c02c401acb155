// "Klopt dit?" before the proposals, whole conversations with the real bot and SQLite: the summary
// lines as buttons, a line tapped or typed asks its question again, "Ja" shows the proposals, and
// the stored answers are the changed ones.
import { expect } from 'chai';
import { buttons, Conversation, type Step, useSqliteDatabase, storedAnswers } from '../helpers/conversation';
import { TO_END, TO_JOB } from './intakeScript';

/** A WW seeker, orderpicker for 20 years, up to the last question (training: no). */
export const TO_LAST_QUESTION: Step[] = [
  ...TO_JOB,
  ['20 jaar orderpicker', /Welk beroep/],
  ['orderpicker', /Je werkte 20 jaar als orderpicker/],
  ['nee', /hoogste diploma/],
  ...TO_END,
];

const KLOPT = /Stap 7 van 7[\s\S]*Dit heb ik van je genoteerd:[\s\S]*Klopt dit\?/;

describe('"Klopt dit?" before the proposals, whole conversations (SQLite)', function () {
  this.timeout(60_000);
  const db = useSqliteDatabase();

  const stored = storedAnswers;

  async function atKloptDit(): Promise<Conversation> {
    const conversation = await Conversation.open(db());
    await conversation.start();
    await conversation.run([
      ...TO_LAST_QUESTION,
      ['nee', (replies, text) => {
        expect(text).to.match(KLOPT);
        expect(text).to.match(/- WW-uitkering tot 1 september 2027\n- €\s1\.500 per maand\n- orderpicker \(20 jaar\)\n- Vmbo\n- 32 uur per week\n- Postcode 3511 \(Midden-Utrecht\)\n/);
        expect(text, 'no proposals before "Ja"').to.not.match(/Dit zijn mijn voorstellen/);
        expect(buttons(replies).map((b) => b.replace(/\s/g, ' '))).to.deep.equal([
          'Ja, dit klopt',
          'Situatie: WW-uitkering tot 1 september 2027',
          'Bedrag: € 1.500 per maand',
          'Werk: orderpicker (20 jaar)',
          'Diploma: Vmbo',
          'Uren: 32 uur per week',
          'Postcode 3511 (Midden-Utrecht)',
          'Beginnen: Zo snel mogelijk',
          'Opleiding doen: Nee',
        ]);
      }],
    ]);
    // Saved at "Klopt dit?" already: a seeker who leaves here comes back to it.
    expect((await stored(conversation)).hours).to.deep.equal({ min: 32, max: 32 });
    return conversation;
  }

  it('"Ja, dit klopt" shows the proposals (without the lines again) and saves the answers', async () => {
    const conversation = await atKloptDit();
    await conversation.run([
      ['Ja, dit klopt', (_replies, text) => {
        expect(text).to.match(/Dit zijn mijn voorstellen|Ik heb nu geen voorstellen/);
        expect(text).to.not.match(/Dit heb ik van je genoteerd|Stap 7 van 7/);
        expect(text).to.match(/Wat wil je nu doen\?/);
      }],
    ]);
    const answers = await stored(conversation);
    expect(answers.hours).to.deep.equal({ min: 32, max: 32 });
  });

  it('tapping a line asks that one question, then "Klopt dit?" again with the change; "ja" shows proposals; stored', async () => {
    const conversation = await atKloptDit();
    await conversation.run([
      ['Uren: 32 uur per week', /Hoeveel uur/],
      ['24 uur', (replies, text) => {
        expect(text).to.match(/Dit heb ik van je genoteerd:[\s\S]*- 24 uur per week[\s\S]*Klopt dit\?/);
        expect(text).to.not.match(/32 uur per week|postcode\?/);
        expect(buttons(replies)).to.include('Uren: 24 uur per week');
      }],
      ['ja', /Dit zijn mijn voorstellen|Ik heb nu geen voorstellen/],
    ]);
    expect((await stored(conversation)).hours).to.deep.equal({ min: 24, max: 24 });
  });

  it('typed: "de uren kloppen niet" asks the hours; "postcode is 3512" and "uren moet 24 zijn" change at once', async () => {
    const conversation = await atKloptDit();
    await conversation.run([
      ['de uren kloppen niet', (_replies, text) => {
        expect(text).to.match(/Hoeveel uur/);
        expect(text).to.not.match(/Klopt dit/);
      }],
      ['20', /- 20 uur per week[\s\S]*Klopt dit\?/],
      ['postcode is 3512', /- Postcode 3512[\s\S]*Klopt dit\?/],
      ['uren moet 24 zijn', /- 24 uur per week[\s\S]*Klopt dit\?/],
      ['het was geen 20 jaar maar 6 maanden', /Je werkte 0,5 jaar als orderpicker[\s\S]*- orderpicker \(0,5 jaar\)[\s\S]*Klopt dit\?/],
      ['ja', /Dit zijn mijn voorstellen|Ik heb nu geen voorstellen/],
    ]);
    const answers = await stored(conversation);
    expect(answers.hours).to.deep.equal({ min: 24, max: 24 });
    expect(answers.postcode).to.equal('3512');
    expect(answers.jobs!.map((j) => [j.text, j.years])).to.deep.equal([['orderpicker', 0.5]]);
  });

  it('changing the work asks the job and the occupation again; the proposals follow the new job', async () => {
    const conversation = await atKloptDit();
    await conversation.run([
      ['4', /laatst gedaan/], // the fourth button (after "Ja, dit klopt"): the work line
      ['6 maanden kok', /Welk beroep/],
      ['kok', (_replies, text) => {
        expect(text).to.match(/- kok \(0,5 jaar\)[\s\S]*Klopt dit\?/);
        expect(text).to.not.match(/orderpicker/);
      }],
      ['Ja, dit klopt', (_replies, text) => {
        // The proposals follow the changed line: the work is now cook, not orderpicker.
        expect(text).to.match(/Dit zijn mijn voorstellen[\s\S]*Werken als kok/);
        expect(text).to.not.match(/orderpicker/);
      }],
    ]);
    const answers = await stored(conversation);
    expect(answers.jobs!.map((j) => [j.text, j.years, j.confirmed])).to.deep.equal([['kok', 0.5, true]]);
  });

  it('"nee" asks what is not right; something not understood gets a hint and the buttons again', async () => {
    const conversation = await atKloptDit();
    await conversation.run([
      ['nee', (replies, text) => {
        expect(text).to.match(/Wat klopt er niet\?[\s\S]*Klopt dit\?/);
        expect(buttons(replies)[0]).to.equal('Ja, dit klopt');
      }],
      ['blabla', /Kies "Ja, dit klopt" als alles goed is[\s\S]*Klopt dit\?/],
      ['terug', /Klopt dit\?/],
      // "terug" at the question asked again: nothing changed, "Klopt dit?" again.
      ['Uren: 32 uur per week', /Hoeveel uur/],
      ['terug', /- 32 uur per week[\s\S]*Klopt dit\?/],
      ['ja', /Dit zijn mijn voorstellen|Ik heb nu geen voorstellen/],
    ]);
    expect((await stored(conversation)).hours).to.deep.equal({ min: 32, max: 32 });
  });

  it('a seeker who left at "Klopt dit?" comes back to it with "Verder waar ik was"', async () => {
    const first = await atKloptDit();
    const again = await Conversation.open(db(), { userId: first.userId });
    await again.start();
    await again.run([
      ['Ik zoek werk', /Welkom terug/],
      ['Verder waar ik was', /Dit heb ik van je genoteerd:[\s\S]*- 32 uur per week[\s\S]*Klopt dit\?/],
      ['Ja, dit klopt', /Dit zijn mijn voorstellen|Ik heb nu geen voorstellen/],
    ]);
  });

  it('in English: "Is this right?" with English buttons', async () => {
    const conversation = await Conversation.open(db());
    await conversation.start();
    await conversation.run([
      ['English please', /looking for work/], ['I am looking for work', /May I keep/], ['yes', /Step 1 of 7/],
      ['no income and no benefit', /Step 2 of 7/], ['I have never worked', /diploma/], ['no diploma', /Dutch/],
      ['native', /How old/], ['skip', /driving licence/], ['no', /health/], ['no', /Step 5 of 7/],
      ['something new', /like to do/], ["doesn't matter", /hours/], ['20', /postcode/], ['skip', /start/], ['later', /training/],
      ['no', (replies, text) => {
        expect(text).to.match(/Is this right\?/);
        expect(buttons(replies)).to.include.members(["Yes, this is right", "Hours: 20 hours a week", "Willing to train: No"]);
      }],
      ['the hours are wrong', /hours/],
      ['24', /24 hours a week[\s\S]*Is this right\?/],
      ['yes', /proposals|no proposals/i],
    ]);
  });
});
