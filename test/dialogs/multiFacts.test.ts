// Every fact in an answer taken once (issue 14), through the real bot: facts for later questions are
// taken, repeated in one line, and their questions are not asked; the asked question falls back on
// the facts; non-answers are never content; understandAnswer reads exactly the same.
import { expect } from 'chai';
import { understandAnswer } from '../../src/dialogs/understandAnswer';
import { createMatcher } from '../../src/dialogs/matcher';
import { Conversation, sharedCatalogue, TODAY, useSqliteDatabase, storedAnswers } from '../helpers/conversation';

describe('intake: every fact in an answer is taken once (whole conversations, SQLite)', function () {
  this.timeout(60_000);
  const db = useSqliteDatabase();

  async function open(): Promise<Conversation> {
    const conversation = await Conversation.open(db());
    await conversation.start();
    await conversation.run([['Ik zoek werk', /bewaren/], ['ja', /Wat past het best bij jou/]]);
    return conversation;
  }
  const stored = storedAnswers;
  const said = async (conversation: Conversation, text: string) => (await conversation.say(text)).map((r) => r.text ?? '').join('\n');

  it('the issue\'s "sinds twee maanden WW, die loopt tot september volgend jaar": no "Tot wanneer krijg je WW?", WW until September 2027', async () => {
    const conversation = await open();
    const reply = await said(conversation, 'ik heb sinds twee maanden WW, die loopt tot september volgend jaar');
    expect(reply).to.match(/Ik heb ook genoteerd: sinds (ongeveer )?(\d+ )?september 2026, WW tot september 2027\. Klopt iets niet\? Zeg het gerust\./);
    expect(reply).to.not.match(/Tot wanneer krijg je WW/);
    expect(reply).to.match(/Hoeveel geld krijg je ongeveer per maand/);
    expect(await said(conversation, 'sla over')).to.match(/Stap 2 van 7/);
    const answers = await stored(conversation);
    expect(answers).to.include({ situation: 'ww', benefitEnd: '2027-09-01' });
    expect(answers.since).to.match(/^2026-09-/);
    expect(answers.prefilled).to.include('wwEnd');
    expect(answers.monthlyAmount).to.equal(undefined);
  });

  it('several facts at once, given early, skip their questions later; the dependent occupation question is still asked', async () => {
    const conversation = await open();
    const first = await said(conversation, 'Bijstand. Ik heb 6 jaar als kok gewerkt, ik ben 45, ik zoek 24 uur werk en mijn postcode is 3012.');
    // The situation's own buttons miss in the long sentence: the facts answer it too.
    expect(first).to.match(/Ik heb genoteerd: Bijstand, kok \(6 jaar\).*45 jaar.*24 uur per week.*postcode 3012/);
    // The job was taken: not asked again, but its occupation is confirmed with the seeker.
    const amount = await said(conversation, 'sla over');
    expect(amount).to.match(/Stap 2 van 7[\s\S]*Je schreef: "kok"\. Welk beroep past het best\?/);
    expect(amount).to.not.match(/Wat voor werk heb je het laatst gedaan/);
    await conversation.run([
      ['Geen van deze', /daarvoor ander werk/],
      ['nee', /hoogste diploma/],
      ['mbo 2', /Nederlands/],
      // No age question: it was said in the first answer.
      ['moedertaal', (_r, text) => expect(text).to.match(/rijbewijs/).and.not.match(/Hoe oud ben je/)],
      ['ja', /gezondheid/],
      ['nee', /Wat voor werk zoek je/],
      // No hours and no postcode question: straight on to the travel time the postcode brings.
      ['hetzelfde werk', (_r, text) => expect(text).to.match(/Hoe lang wil je hoogstens reizen/).and.not.match(/Hoeveel uur|postcode/)],
    ]);
    const answers = await stored(conversation);
    expect(answers).to.include({ situation: 'bijstand', birthYear: 1981, postcode: '3012' });
    expect(answers.hours).to.deep.equal({ min: 24, max: 24 });
    expect(answers.jobs).to.deep.equal([{ text: 'kok', years: 6 }]);
    expect(answers.prefilled).to.include.members(['job', 'age', 'hours', 'postcode']);
  });

  it('a guess is shown as a guess and kept in answers.approximate', async () => {
    const conversation = await open();
    const reply = await said(conversation, 'WW, ongeveer 1500 euro per maand');
    expect(reply).to.match(/Ik heb ook genoteerd: ongeveer €\s1\.500 per maand/);
    expect(reply).to.match(/Tot wanneer krijg je WW/).and.not.match(/Hoeveel geld/);
    await conversation.run([['weet ik niet', /Stap 2 van 7/]]);
    const answers = await stored(conversation);
    expect(answers).to.include({ situation: 'ww', monthlyAmount: 1500, benefitEndUnknown: true });
    expect(answers.approximate).to.deep.equal(['monthlyAmount']);
  });

  it('a whole story to the situation question: its own buttons miss, the facts hold it', async () => {
    const conversation = await open();
    const reply = await said(conversation, 'ik werk via een uitzendbureau maar wil iets vasters');
    expect(reply).to.match(/Ik heb genoteerd: Flexwerk of uitzendwerk/);
    expect(reply).to.match(/Stap 2 van 7/).and.not.match(/Sorry, dat begreep ik niet/);
  });

  it('"weet ik niet" to the earlier work or to the limits is never stored as content', async () => {
    const conversation = await open();
    await conversation.run([
      ['bijstand', /per maand/],
      ['sla over', /laatst gedaan/],
      ['3 jaar kassamedewerker', /Welk beroep/],
      ['Geen van deze', /daarvoor ander werk/],
      ['weet ik niet', /diploma/],
      ['vmbo', /Nederlands/],
      ['moedertaal', /oud/],
      ['40', /rijbewijs/],
      ['nee', /gezondheid/],
      ['ja', /Wat kun je niet/],
      ['weet ik niet', /Stap 5 van 7/],
    ]);
    const answers = await stored(conversation);
    expect(answers.jobs?.map((j) => j.text)).to.deep.equal(['kassamedewerker']);
    expect(answers.limits).to.equal(undefined);
  });

  it('understandAnswer reads the extra facts exactly as the dialog does', async () => {
    const matcher = createMatcher(await sharedCatalogue());
    const outcome = await understandAnswer('situation', 'ik heb sinds twee maanden WW, die loopt tot september volgend jaar', { matcher, now: TODAY, locale: 'nl' });
    expect(outcome.ok).to.equal(true);
    expect(outcome.answers).to.include({ situation: 'ww', benefitEnd: '2027-09-01' });
    expect(outcome.answers.prefilled).to.deep.equal(['wwEnd']);
    expect(outcome.reply).to.match(/Ik heb ook genoteerd: .*WW tot september 2027/);
    // An answer already given is not overwritten in passing.
    const later = await understandAnswer('education', 'mbo 2, en ik heb 1200 euro WW', { matcher, now: TODAY, locale: 'nl', answers: { situation: 'ww', monthlyAmount: 900 } });
    expect(later.answers).to.include({ education: 'mbo-2', monthlyAmount: 900 });
    // Nor one the seeker skipped when it was asked ("sla over" to the amount).
    const skipped = await understandAnswer('education', 'mbo 2, en ik heb 1200 euro WW', { matcher, now: TODAY, locale: 'nl', answers: { situation: 'ww', asked: ['situation', 'amount'] } });
    expect(skipped.answers.monthlyAmount).to.equal(undefined);
    expect(skipped.answers.asked).to.deep.equal(['situation', 'amount', 'education']);
    const taken = await understandAnswer('education', 'mbo 2, en ik heb 1200 euro WW', { matcher, now: TODAY, locale: 'nl', answers: { situation: 'ww' } });
    expect(taken.answers.monthlyAmount).to.equal(1200);
  });
});
