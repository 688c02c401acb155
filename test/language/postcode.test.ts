import { expect } from 'chai';
import { isValidPostcodeDigits, parsePostcode } from '../../src/language';

describe('language/postcode', () => {
  const cases: [string, string | undefined][] = [
    ['1234 AB', '1234'], ['1234ab', '1234'], ['1234AB', '1234'], ['1234-ab', '1234'], ['1234', '1234'],
    [' 3511 ab ', '3511'], ['mijn postcode is 3511 AB Utrecht', '3511'], ['Postcode: 9999 ZZ', '9999'],
    ['1000', '1000'], ['1234 abcstraat', '1234'], ['3511 en 3512', undefined], ['3511 AB of 3512', '3511'],
    ['0123', undefined], ['0123 AB', undefined], ['123456789', undefined], ['12345', undefined], ['123', undefined],
    ['1.500', undefined], ['1500,50', undefined], ['geen idee', undefined], ['', undefined],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${expected}`, () => expect(parsePostcode(input)).to.equal(expected));
  }
  it('validates digits', () => {
    expect(isValidPostcodeDigits('1000')).to.equal(true);
    expect(isValidPostcodeDigits('0999')).to.equal(false);
    expect(isValidPostcodeDigits('12345')).to.equal(false);
  });
});
