import { expect } from 'chai';
import { deElongate, emojiAnswer, foldDiacritics, MAX_INPUT_CHARS, normalizeText, plainText, words } from '../../src/language';

describe('language/normalize', () => {
  const cases: [string, string][] = [
    ['  Hallo   Wereld  ', 'hallo wereld'],
    ['Tweeënhalf', 'tweeenhalf'],
    ['één café', 'een cafe'],
    ['Ja 👍🏽 graag', 'ja graag'],
    ['zero\u200Bwidth\u00A0space', 'zerowidth space'],
    ['regel1\nregel2\tregel3', 'regel1 regel2 regel3'],
    ['１２３', '123'],
    ['it’s “quoted” – dash', "it's \"quoted\" - dash"],
    ['€ 1.200,-', '€ 1.200,-'],
    ['ÇA VA', 'ca va'],
  ];
  for (const [input, expected] of cases) {
    it(`normalizes ${JSON.stringify(input)}`, () => expect(normalizeText(input)).to.equal(expected));
  }

  it('keeps diacritics when asked, with the same length as the folded text', () => {
    const text = 'Ik heb 10 jaar als crèche-leidster gewerkt ë';
    expect(normalizeText(text, { foldDiacritics: false })).to.equal('ik heb 10 jaar als crèche-leidster gewerkt ë');
    expect(normalizeText(text, { foldDiacritics: false }).length).to.equal(normalizeText(text).length);
  });

  it('remembers results per option: the same text read with and without folding, and with another cap', () => {
    const text = 'Één Crèche  ÉÉN';
    expect(normalizeText(text)).to.equal('een creche een');
    expect(normalizeText(text, { foldDiacritics: false })).to.equal('één crèche één');
    expect(normalizeText(text, { maxChars: 3 })).to.equal('een');
    expect(normalizeText(text, { maxChars: 3, foldDiacritics: false })).to.equal('één');
    expect(normalizeText(text)).to.equal('een creche een');
  });

  it('folds diacritics without changing length', () => {
    expect(foldDiacritics('ëéïöü')).to.equal('eeiou');
    expect(foldDiacritics('ß')).to.equal('ß');
  });

  it('caps very long input', () => {
    expect(normalizeText('a '.repeat(5000)).length).to.be.at.most(MAX_INPUT_CHARS);
    expect(normalizeText('x'.repeat(10), { maxChars: 4 })).to.equal('xxxx');
  });

  it('splits words and plain text without punctuation', () => {
    expect(words('Ik zit in de WW!')).to.deep.equal(['ik', 'zit', 'in', 'de', 'ww']);
    expect(plainText('Ja, graag.')).to.equal('ja graag');
  });

  it('de-elongates chat words', () => {
    expect(deElongate('jaaaa')).to.deep.equal(['ja', 'jaa']);
    expect(deElongate('neeeee')).to.include('nee');
    expect(deElongate('goed')).to.deep.equal(['goed']);
  });

  const emoji: [string, string | undefined][] = [
    ['👍', 'yes'], ['👍🏾', 'yes'], ['👌', 'yes'], ['✅', 'yes'], ['👎', 'no'], ['❌', 'no'],
    ['🤷‍♀️', 'unknown'], ['🤷', 'unknown'], ['👍👎', undefined], ['🚗', undefined], ['geen emoji', undefined],
  ];
  for (const [input, expected] of emoji) {
    it(`reads emoji ${input}`, () => expect(emojiAnswer(input)).to.equal(expected));
  }
});
