// The language side of the polish round: a yes/no answer with a reason, positions around words,
// private and "don't know what it's called" non-answers, the employer and a leading yes around a job.
import { expect } from 'chai';
import { classifyNonAnswer, matchChoice, parseYesNoAnswer, withoutEmployer, withoutLeadingYes } from '../../src/language';

describe('language/parseYesNoAnswer', () => {
  const cases: [string, ReturnType<typeof parseYesNoAnswer>][] = [
    ['ja', 'yes'], ['nee', 'no'], ['jaaa hoor', 'yes'], ['uhm nee', 'no'], ['ja nee', 'no'], ['klopt', 'yes'], ['👍', 'yes'],
    ['ja, in het buitenland, nog niet erkend', 'yes'], ['nee, ik fiets overal heen', 'no'], ['ja, maar ik heb geen auto', 'yes'],
    ['Yes, but I have no car', 'yes'], ['no, I cycle everywhere', 'no'], ['nee, maar ik kan alleen onder schooltijd werken', 'no'],
    ['ik heb wel rijbewijs maar geen auto', 'yes'], ['ik heb geen rijbewijs maar wel een scooter', 'no'], ['graag, maar niet te lang', 'yes'],
    ['geen auto, wel rijbewijs', undefined], ['ik heb rijbewijs', undefined],
    ['ja misschien', 'unknown'], ['nee, geen idee', 'unknown'], ['weet ik niet', 'unknown'],
    ['liever niet', 'private'], ['dat deel ik liever niet', 'private'], ["I'd rather not share that", 'private'], ['I would rather not say', 'private'],
    ['daar praat ik liever niet over', 'private'],
  ];
  for (const [text, expected] of cases) it(`${JSON.stringify(text)} → ${expected}`, () => expect(parseYesNoAnswer(text)).to.equal(expected));
});

describe('language/matchChoice positions with words around them', () => {
  const choices = ['kok', 'chefkok', 'hulpkok'].map((l) => ({ value: l, labels: [l] }));
  const cases: [string, string | undefined][] = [
    ['de tweede', 'chefkok'], ['ja, de eerste', 'kok'], ['doe maar nummer 3', 'hulpkok'], ['the first one please', 'kok'],
    ['de laatste', 'hulpkok'], ['the last one', 'hulpkok'], ['2 graag', 'chefkok'], ['de tweede denk ik', 'chefkok'], ['de vierde', undefined], ['niet de eerste', undefined],
    ['chef kok', 'chefkok'], ['chefkok was ik', 'chefkok'], ['hulpkok idd', 'hulpkok'], ['geen kok', undefined],
  ];
  for (const [text, expected] of cases) it(`${JSON.stringify(text)} → ${expected}`, () => expect(matchChoice(text, choices)?.value).to.equal(expected));
});

describe('language/classifyNonAnswer: what the seeker does not know', () => {
  const cases: [string, ReturnType<typeof classifyNonAnswer>][] = [
    ['geen idee hoe dat heet', 'unknown'], ['weet niet hoe je dat noemt', 'unknown'], ["I don't know what it's called", 'unknown'],
    ['weet niet hoe lang, 3 jaar kok', undefined], ['geen idee wat ik wil, iets met dieren', undefined], ['ik heb geen idee wat ik wil', undefined],
  ];
  for (const [text, expected] of cases) it(`${JSON.stringify(text)} → ${expected}`, () => expect(classifyNonAnswer(text)).to.equal(expected));
});

describe('language/intakeWords: the work in an earlier-job answer', () => {
  it('drops a leading yes and the employer, keeps an answer that only names the employer', () => {
    expect(withoutLeadingYes('yes, I was a cook for 4 years')).to.equal('I was a cook for 4 years');
    expect(withoutLeadingYes('Ja.')).to.equal('');
    expect(withoutLeadingYes('jaren in de bouw')).to.equal('jaren in de bouw');
    expect(withoutEmployer('bij Albert Heijn gewerkt, administratie, 3 jaar')).to.equal('administratie, 3 jaar');
    expect(withoutEmployer('at Tesco, cashier, 2 years')).to.equal('cashier, 2 years');
    expect(withoutEmployer('bij de Jumbo, ongeveer 3 jaar')).to.equal('bij de Jumbo, ongeveer 3 jaar');
  });
});
