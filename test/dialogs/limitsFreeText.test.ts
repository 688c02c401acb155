// Limits typed in free text at "Wat kun je niet?", "Is er nog iets?" and the health question become
// structured limits (heavy work, times, travel), other limits stay in the seeker's words, "ik kan
// wel tillen" takes a limit off. One answer through understandAnswer, and one whole conversation.
import { expect } from 'chai';
import { IntakeAnswersSchema, type IntakeAnswers } from '../../src/dialogs/intakeAnswers';
import { createMatcher } from '../../src/dialogs/matcher';
import type { Matcher } from '../../src/dialogs/services';
import { understandAnswer } from '../../src/dialogs/understandAnswer';
import type { IntakeQuestionId } from '../../src/language';
import { buttons, Conversation, sharedCatalogue, TODAY, useSqliteDatabase } from '../helpers/conversation';

type Limits = NonNullable<IntakeAnswers['limits']>;
const HEALTH: IntakeAnswers = { healthLimits: 'yes' };
const BACK: IntakeAnswers = { healthLimits: 'yes', limits: { noHeavyWork: true, words: 'kan niet tillen' } };

describe('limits in free text (understandAnswer)', () => {
  let matcher: Matcher;
  before(async () => {
    matcher = createMatcher(await sharedCatalogue());
  });
  const answer = (question: IntakeQuestionId, text: string, answers: IntakeAnswers, locale: 'nl' | 'en' = 'nl') =>
    understandAnswer(question, text, { matcher, now: TODAY, locale, answers });

  // [question, text, answers before, limits after (exactly), locale]
  const cases: [IntakeQuestionId, string, IntakeAnswers, Limits | undefined, ('nl' | 'en')?][] = [
    ['limits', 'nie tillen', HEALTH, { noHeavyWork: true, words: 'nie tillen' }],
    ['limits', 'niks zwaars, alleen overdag en niet verder dan een kwartier', HEALTH,
      { noHeavyWork: true, times: 'daytime', maxTravelMinutes: 15, words: 'niks zwaars, alleen overdag en niet verder dan een kwartier' }],
    ['limits', 'tussen 9 en 3 ivm de kids', HEALTH, { times: 'school-hours', words: 'tussen 9 en 3 ivm de kids' }],
    ['limits', "ik kan wel tillen maar niet 's avonds", HEALTH, { times: 'daytime', words: "ik kan wel tillen maar niet 's avonds" }],
    ['limits', "can't travel more than 30 minutes, and no night shifts", HEALTH,
      { times: 'no-nights', maxTravelMinutes: 30, words: "can't travel more than 30 minutes, and no night shifts" }, 'en'],
    // No field for it: kept in the seeker's words, never read as "nee".
    ['limits', 'geen drukke omgeving', HEALTH, { words: 'geen drukke omgeving' }],
    ['limits', 'niet lang achter een scherm', HEALTH, { words: 'niet lang achter een scherm' }],
    ['limits', 'nee', HEALTH, undefined],
    // "Is er nog iets?" adds, never drops what was there.
    ['limitsMore', 'ook niet s nachts', BACK, { noHeavyWork: true, times: 'no-nights', words: 'kan niet tillen; ook niet s nachts' }],
    ['limitsMore', 'hooguit half uur fietsen', BACK, { noHeavyWork: true, maxTravelMinutes: 30, words: 'kan niet tillen; hooguit half uur fietsen' }],
    ['limitsMore', 'nee, verder niks', BACK, BACK.limits],
    // Taking a limit off, also as a correction: the others stay.
    ['limitsMore', 'ik kan wel tillen', { healthLimits: 'yes', limits: { noHeavyWork: true, times: 'daytime', words: 'kan niet tillen; niet s avonds' } },
      { times: 'daytime', words: 'niet s avonds' }],
    ['limitsMore', 'nee dat klopt niet, ik kan wel tillen', BACK, undefined],
    ['limitsMore', 'nee dat klopt niet, ik kan wel tillen', { healthLimits: 'yes', limits: { noHeavyWork: true, maxTravelMinutes: 20, words: 'niks zwaars, geen drukke omgeving' } },
      { maxTravelMinutes: 20, words: 'geen drukke omgeving' }],
    // The health question with a limit in it.
    ['health', 'ja, rugklachten, dus niks zwaars', {}, { noHeavyWork: true, words: 'ja, rugklachten, dus niks zwaars' }],
  ];
  for (const [question, text, before, limits, locale] of cases) {
    it(`${question}: "${text}"`, async () => {
      const outcome = await answer(question, text, before, locale);
      expect(outcome.ok).to.equal(true);
      expect(outcome.answers.limits).to.deep.equal(limits);
      expect(IntakeAnswersSchema.safeParse(outcome.answers).success).to.equal(true);
    });
  }

  it('says what it took and what it took off', async () => {
    expect((await answer('limits', 'max 20 min reizen en geen avonden', HEALTH)).reply).to.match(/Ik noteer: alleen overdag, hoogstens 20 minuten reizen\./);
    expect((await answer('limitsMore', 'ik kan wel tillen', BACK)).reply).to.match(/Dat haal ik weg: geen zwaar lichamelijk werk of tillen\./);
  });
});

describe('limits in free text, a whole conversation (SQLite)', function () {
  this.timeout(60_000);
  const db = useSqliteDatabase();

  it('typed limits with typos, one taken off again, one added: structured in the answers and the summary', async () => {
    const conversation = await Conversation.open(db());
    await conversation.start();
    await conversation.run([
      ['Ik zoek werk', /bewaren/],
      ['ja', /Stap 1 van 7/],
      ['ww', /Tot wanneer/],
      ['tot 1 september', /per maand/],
      ['1500 euro', /Stap 2 van 7/],
      ['20 jaar orderpicker', (replies) => expect(buttons(replies)).to.include('orderpicker')],
      ['orderpicker', /Je werkte 20 jaar als orderpicker/],
      ['nee', /hoogste diploma/],
      ['vmbo', /Nederlands/],
      ['moedertaal', /Hoe oud/],
      ['ik ben 58', /rijbewijs/],
      ['ja', /gezondheid/],
      ['ja', /Wat kun je niet/],
      ['nie tillen, en geen avonden', /Ik noteer: geen zwaar lichamelijk werk of tillen, alleen overdag\.[\s\S]*Is er nog iets wat je niet kunt\?/],
      ['nee dat klopt niet, ik kan wel tillen', /Dat haal ik weg: geen zwaar lichamelijk werk of tillen\.[\s\S]*Is er nog iets wat je niet kunt\?/],
      ['ook niet lang achter een scherm, en max 20 min fietsen', /Ik noteer: hoogstens 20 minuten reizen[\s\S]*Stap 5 van 7/],
      ['iets nieuws', /graag willen doen/],
      ['maakt niet uit', /Hoeveel uur/],
      // The travel time is known: the travel question is not asked after the postcode.
      ['32 uur', /postcode/],
      ['3511', (_replies, text) => expect(text).to.match(/beginnen/).and.not.match(/reizen\?/)],
      ['zo snel mogelijk', /opleiding/],
      ['nee', (_replies, text) => {
        expect(text).to.match(/Klopt dit\?/);
        expect(text).to.match(/- Alleen overdag\n- Hoogstens 20 minuten reizen\n/).and.not.match(/Geen zwaar lichamelijk werk/);
      }],
    ]);
    const seeker = await conversation.parts.seekers.find({ channel: 'test', userId: conversation.userId, conversationId: conversation.conversationId });
    const answers = IntakeAnswersSchema.parse(seeker!.answers);
    expect(answers.limits).to.deep.equal({ times: 'daytime', maxTravelMinutes: 20, words: 'geen avonden; ook niet lang achter een scherm, en max 20 min fietsen' });
    expect(answers.healthLimits).to.equal('yes');
  });
});
