import { expect } from 'chai';
import fc from 'fast-check';
import { classifyNonAnswer, isNonAnswer, NonAnswer } from '../../src/language';

describe('language/nonAnswers', () => {
  const cases: [string, NonAnswer | undefined][] = [
    ['nee', 'no'], ['Nee hoor!', 'no'], ['geen', 'no'], ['nope', 'no'], ['niks', 'no'], ['none', 'no'],
    ['nooit gewerkt', 'no'], ['ik heb nog nooit gewerkt', 'no'], ['never worked', 'no'], ['geen werkervaring', 'no'], ['nvt', 'no'],
    ['weet niet', 'unknown'], ['weet ik niet', 'unknown'], ['Weet ik nog niet.', 'unknown'], ['weetikniet', 'unknown'], ['idk', 'unknown'],
    ['sorry, idk', 'unknown'], ['geen idee', 'unknown'], ['geen idee eigenlijk', 'unknown'], ['geen iedee', 'unknown'], ['dunno', 'unknown'],
    ['no idea', 'unknown'], ["I don't know", 'unknown'], ['ik weet het niet precies', 'unknown'], ['nee, geen idee', 'unknown'], ['weet ik veel', 'unknown'],
    ['not sure tbh', 'unknown'], ['??', 'unknown'],
    ['maakt niet uit', 'no-preference'], ['Maakt me niet uit hoor', 'no-preference'], ['maak niet uit', 'no-preference'], ['maaktnietuit', 'no-preference'],
    ['geen voorkeur', 'no-preference'], ['geen voorkeir', 'no-preference'], ["doesn't matter", 'no-preference'], ['alles is goed', 'no-preference'],
    ['om het even', 'no-preference'], ['whatever', 'no-preference'],
    ['liever niet', 'private'], ['zeg ik liever niet', 'private'], ['dat wil ik liever niet zeggen', 'private'], ['rather not say', 'private'],
    ["I'd rather not", 'private'], ['nee liever niet', 'private'], ['gaat je niks aan', 'private'],
    // Content, even with a negation or a non-answer word inside.
    ['geen. gestopt met mbo', undefined], ['nee ik werk niet meer', undefined], ['ik kan niet tillen', undefined], ['iets in de zorg', undefined],
    ['buiten werken, maakt niet uit wat', undefined], ['niet in de zorg', undefined], ['geen ww', undefined], ['nee dat klopt niet', undefined],
    ['orderpicker', undefined], ['ja', undefined], ['', undefined], ['geen idee wat ik wil, iets met dieren', undefined],
  ];
  for (const [text, expected] of cases) {
    it(`${JSON.stringify(text)} → ${expected}`, () => expect(classifyNonAnswer(text)).to.equal(expected));
  }

  it('isNonAnswer is true exactly for a classified non-answer', () => {
    for (const [text, expected] of cases) expect(isNonAnswer(text), text).to.equal(expected !== undefined);
  });

  it('never throws and an answer with content words around a non-answer stays content', () => {
    fc.assert(fc.property(fc.string({ maxLength: 120 }), (text) => {
      const kind = classifyNonAnswer(text);
      expect(kind === undefined || ['no', 'unknown', 'no-preference', 'private'].includes(kind)).to.equal(true);
    }));
    fc.assert(fc.property(fc.constantFrom('weet ik niet', 'maakt niet uit', 'geen idee'), fc.constantFrom('heftruckchauffeur', 'in de zorg werken', 'buschauffeur'), (non, content) => {
      expect(classifyNonAnswer(`${non}, ${content}`)).to.equal(undefined);
    }));
  });
});
