// "Meer voorstellen" and "Meer uitleg 2" in the words seekers type, Dutch and English.
import { expect } from 'chai';
import { matchChoice, MORE_PROPOSALS, parseDetailsRequest, saysDetailsOnly, saysMore, saysShowProposals } from '../../src/language';

const NEXT = [MORE_PROPOSALS, { value: 'refer', labels: ['Hoe ga ik verder?', 'How do I continue?'] }, { value: 'advisor', labels: ['Praten met een adviseur', 'Talk to an advisor'] }];

describe('proposal words', () => {
  const details: [string, number | undefined][] = [
    ['Meer uitleg 2', 2],
    ['meer uitleg over voorstel 3', 3],
    ['uitleg over de tweede', 2],
    ['Meer uitleg twee', 2],
    ['voorstel 3', 3],
    ['meer info over 4', 4],
    ['details 5', 5],
    ['More details 1', 1],
    ['tell me more about the second one', 2],
    ['proposal 2', 2],
    // A bare number is a button's position; no number is no request.
    ['2', undefined],
    ['de tweede', undefined],
    ['meer uitleg', undefined],
    ['ik wil meer weten over WW', undefined],
    ['Hoe ga ik verder?', undefined],
  ];
  for (const [text, expected] of details) {
    it(`parseDetailsRequest("${text}") → ${expected}`, () => expect(parseDetailsRequest(text)).to.equal(expected));
  }

  const more: [string, boolean][] = [
    ['meer', true],
    ['nog meer', true],
    ['More please', true],
    ['ja graag meer', true],
    ['de rest', true],
    ['ik wil meer weten over WW', false],
    ['meer uitleg 2', false],
  ];
  for (const [text, expected] of more) {
    it(`saysMore("${text}") → ${expected}`, () => expect(saysMore(text)).to.equal(expected));
  }

  const showAgain: [string, boolean][] = [
    ['Mijn voorstellen bekijken', true],
    ['laat mijn voorstellen nog eens zien', true],
    ['de voorstellen opnieuw', true],
    ['show me my proposals again', true],
    ['voorstellen', true],
    ['Meer voorstellen', false],
    ['ja, stel me voor', false],
    ['ik wil een voorstel voor werk in de zorg', false],
    ['voorstel 2', false],
  ];
  for (const [text, expected] of showAgain) {
    it(`saysShowProposals("${text}") → ${expected}`, () => expect(saysShowProposals(text)).to.equal(expected));
  }

  const detailsOnly: [string, boolean][] = [
    ['Meer uitleg', true],
    ['meer info graag', true],
    ['more details please', true],
    ['Meer uitleg 2', false],
    ['meer voorstellen', false],
  ];
  for (const [text, expected] of detailsOnly) {
    it(`saysDetailsOnly("${text}") → ${expected}`, () => expect(saysDetailsOnly(text)).to.equal(expected));
  }

  const buttons: [string, string | undefined][] = [
    ['Meer voorstellen', 'more'],
    ['meer voorstelen', 'more'],
    ['andere voorstellen graag', 'more'],
    ['more proposals', 'more'],
    ['1', 'more'],
    ['hoe ga ik verder', 'refer'],
    ['ik wil meer weten over WW', undefined],
  ];
  for (const [text, expected] of buttons) {
    it(`at the next-step question "${text}" → ${expected}`, () => expect(matchChoice(text, NEXT)?.value).to.equal(expected));
  }
});
