import { expect } from 'chai';
import fc from 'fast-check';
import { findNumbers, formatDutchNumber, parseDigitNumber, parseNumber } from '../../src/language';

describe('language/numbers', () => {
  const dutch: [string, number | undefined][] = [
    ['1500', 1500], ['1.500', 1500], ['1.500,50', 1500.5], ['3,5', 3.5], ['€1.200,-', 1200], ['€ 1.200,--', 1200],
    ['1.250.000', 1250000], ['12.50', 12.5], ['1.5', 1.5], ['1,5', 1.5], ['1,500', 1.5], ['1,200,000', 1200000],
    ['1,200.50', 1200.5], ['0,75', 0.75], ['2k', 2000], ['2,5k', 2500], ['2K', 2000],
    ['vijftien', 15], ['Vijftien', 15], ['twee honderd', 200], ['tweehonderd', 200], ['tweehonderdvijftig', 250],
    ['eenentwintig', 21], ['tweeëntwintig', 22], ['achtenveertig', 48], ['anderhalf', 1.5], ['tweeënhalf', 2.5],
    ['twee en een half', 2.5], ['drie en half', 3.5], ['een half', 0.5], ['dertig', 30], ['duizend', 1000],
    ['vijftienhonderd', 1500], ['twaalfhonderd', 1200], ['drieduizend vijfhonderd', 3500], ['tweeduizend', 2000],
    ['honderd', 100], ['honderdvijftig', 150], ['nul', 0], ['elf', 11], ['één', 1], ['een', 1], ['driekwart', 0.75],
    ['ongeveer 1500', 1500], ['rond de vijftien', 15], ['een miljoen', 1000000],
    ['fifteen', 15], ['two hundred and fifty', 250], ['twenty-one', 21], ['one and a half', 1.5], ['a thousand', 1000],
    ['2 of 3', undefined], ['ik zoek een baan', undefined], ['geen idee', undefined], ['1.2.3', undefined], ['', undefined],
    ['ten eerste', undefined], ['2km', 2],
  ];
  for (const [input, expected] of dutch) {
    it(`nl: ${JSON.stringify(input)} → ${expected}`, () => expect(parseNumber(input)).to.equal(expected));
  }

  const english: [string, number | undefined][] = [
    ['1,200', 1200], ['1,200.50', 1200.5], ['1.5', 1.5], ['1.500', 1.5], ['1.234.567', 1234567], ['1.234,5', 1234.5],
    ['€1.200,-', 1200], ['ten', 10], ['fifteen', 15], ['three', 3],
  ];
  for (const [input, expected] of english) {
    it(`en: ${JSON.stringify(input)} → ${expected}`, () => expect(parseNumber(input, { locale: 'en' })).to.equal(expected));
  }

  it('finds several numbers with positions in the normalised text', () => {
    const found = findNumbers('Tussen 1.500 en tweeduizend euro');
    expect(found.map((n) => [n.value, n.source, n.text])).to.deep.equal([[1500, 'digits', '1.500'], [2000, 'words', 'tweeduizend']]);
    expect(found[0].start).to.equal(7);
  });

  it('treats lone "een" as an article unless asked', () => {
    expect(findNumbers('een jaar')).to.deep.equal([]);
    expect(findNumbers('een jaar', { loneEen: true }).map((n) => n.value)).to.deep.equal([1]);
    expect(findNumbers('één jaar').map((n) => n.value)).to.deep.equal([1]);
  });

  it('reads digit tokens per locale', () => {
    expect(parseDigitNumber('1.500', 'nl')).to.equal(1500);
    expect(parseDigitNumber('1.500', 'en')).to.equal(1.5);
    expect(parseDigitNumber('1.50.0', 'nl')).to.equal(undefined);
  });

  it('round-trips Dutch formatting: parse(format(n)) = n', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const n = whole + cents / 100;
        expect(parseNumber(formatDutchNumber(n))).to.equal(Math.round(n * 100) / 100);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips English formatting in the en locale', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const n = whole + cents / 100;
        const text = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(n);
        expect(parseNumber(text, { locale: 'en' })).to.equal(Math.round(n * 100) / 100);
      }),
      { numRuns: 300 },
    );
  });
});
