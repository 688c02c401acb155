// readFacts: every fact in one answer, with and without the question it answers. Precision
// first: the traps (negations, past situations, the seeker's work content, non-answers) must give
// no fact at all, so every case compares the whole Facts object, not just the fact asked.
import { expect } from 'chai';
import fc from 'fast-check';
import { FactsSchema, INTAKE_QUESTION_IDS, readFacts, type IntakeQuestionId } from '../../src/language';
import type { FactCase } from './factsCase';
import { ANSWER_CASES } from './factsCasesAnswers';
import { MORE_CASES } from './factsCasesMore';
import { SENTENCE_CASES } from './factsCasesSentences';

/** Tuesday 1 December 2026. */
const REFERENCE = new Date('2026-12-01T12:00:00Z');

const CASES: FactCase[] = [...SENTENCE_CASES, ...ANSWER_CASES, ...MORE_CASES];

describe('language/facts readFacts', () => {
  it('has a table of at least 120 cases', () => expect(CASES.length).to.be.at.least(120));

  it('reads a long pasted message once: the same job twice is one job, a word cut at the length cap is none', () => {
    const text = 'ik heb sinds twee maanden WW, ik was 31 jaar orderpicker en daarvoor 3 jaar schoonmaak. '.repeat(20);
    const { facts } = readFacts(text, { reference: REFERENCE });
    expect(facts.situation).to.equal('ww');
    expect(facts.jobs).to.deep.equal([{ text: 'orderpicker', years: 31 }, { text: 'schoonmaak', years: 3, earlier: true }]);
  });

  it('reads amounts in the conversation\'s locale ("1,200" is 1200 in English)', () => {
    expect(readFacts('I get about 1,200 euros a month', { reference: REFERENCE, locale: 'en' }).facts).to.deep.equal({ monthlyAmount: { amount: 1200, approximate: true } });
    expect(readFacts('1,200', { reference: REFERENCE, locale: 'en', asked: 'amount' }).facts).to.deep.equal({ monthlyAmount: { amount: 1200, approximate: false } });
  });

  for (const [asked, text, facts, nonAnswer] of CASES) {
    it(`${asked ?? '(any)'}: ${JSON.stringify(text)}`, () => {
      const reading = readFacts(text, { reference: REFERENCE, ...(asked ? { asked } : {}) });
      expect(reading.facts).to.deep.equal(facts);
      expect(reading.nonAnswer).to.equal(nonAnswer);
      expect(FactsSchema.safeParse(reading.facts).success, 'facts pass the schema').to.equal(true);
    });
  }
});

const NON_ANSWERS = ['nee', 'geen', 'weet niet', 'weet ik niet', 'idk', 'maakt niet uit', 'geen idee', 'liever niet', 'nope', 'no idea', 'niks', "don't know", 'Nee.', 'GEEN IDEE!', 'weet ik veel'];
const QUESTIONS: (IntakeQuestionId | undefined)[] = [undefined, ...INTAKE_QUESTION_IDS];

describe('language/facts properties', () => {
  const anyText = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.array(fc.constantFrom('ik', 'heb', 'geen', 'ww', 'sinds', '2', 'jaar', 'als', 'kok', 'niet', 'wil', 'graag', 'uur', '32', '€', '1.200', 'rijbewijs', 'mbo', ',', '.', 'maar', 'daarvoor', 'tot', 'september', 'denk ik', 'I', 'worked', 'as', 'for', 'years', '?'), { maxLength: 25 }).map((w) => w.join(' ')),
  );

  it('never throws and always returns facts that pass the schema', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...QUESTIONS), (text, asked) => {
        const reading = readFacts(text, { reference: REFERENCE, ...(asked ? { asked } : {}) });
        expect(FactsSchema.safeParse(reading.facts).success).to.equal(true);
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...QUESTIONS), (text, asked) => {
        const options = { reference: REFERENCE, ...(asked ? { asked } : {}) };
        expect(readFacts(text, options)).to.deep.equal(readFacts(text, options));
      }),
      { numRuns: 200 },
    );
  });

  it('never stores a job or a wish from a non-answer, at any question', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NON_ANSWERS), fc.constantFrom(...QUESTIONS), fc.constantFrom('', '.', '!', ' hoor', ' sorry'), (text, asked, tail) => {
        const reading = readFacts(text + tail, { reference: REFERENCE, ...(asked ? { asked } : {}) });
        expect(reading.nonAnswer, text + tail).to.not.equal(undefined);
        expect(reading.facts.jobs).to.equal(undefined);
        expect(reading.facts.wish === undefined || reading.facts.wish === 'none').to.equal(true);
      }),
    );
  });

  it('never reads a year as an amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1960, max: 2030 }), fc.constantFrom('sinds', 'in', 'vanaf', 'since', 'sinds maart', 'geboren in'), fc.constantFrom<IntakeQuestionId | undefined>(undefined, 'amount', 'situation'), (year, word, asked) => {
        const reading = readFacts(`${word} ${year}`, { reference: REFERENCE, ...(asked ? { asked } : {}) });
        expect(reading.facts.monthlyAmount).to.equal(undefined);
      }),
    );
  });

  it('reads a number of years before an occupation as work, not as an age', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 45 }), fc.constantFrom('orderpicker', 'kok', 'heftruckchauffeur', 'schoonmaker'), (years, job) => {
        const reading = readFacts(`ik was ${years} jaar ${job}`, { reference: REFERENCE });
        expect(reading.facts.birthYear).to.equal(undefined);
        expect(reading.facts.jobs).to.deep.equal([{ text: job, years }]);
      }),
    );
  });
});
