import { expect } from 'chai';
import fc from 'fast-check';
import { Amount, AmountSchema, parseAmount, parseDate } from '../../src/language';

describe('language/amounts', () => {
  const cases: [string, Partial<Amount> | undefined][] = [
    ['€ 1.200 per maand', { amount: 1200, period: 'month' }],
    // A year is never an amount (issue 14), unless it is marked as money.
    ['sinds maart 2024', undefined],
    ['in 2023 begonnen', undefined],
    ['vanaf 2025 1500 euro', { amount: 1500 }],
    ['2024 euro', { amount: 2024 }],
    ['1200 euro netto per maand', { amount: 1200, period: 'month', gross: false }],
    ['ongeveer 1500 bruto', { amount: 1500, gross: true, approximate: true }],
    ['350 per week', { amount: 350, period: 'week' }],
    ['€12,50 per uur', { amount: 12.5, period: 'hour' }],
    ['2.100 euro in de maand', { amount: 2100, period: 'month' }],
    ['vierhonderd euro', { amount: 400 }],
    ['Ik verdien 1.800 p/m', { amount: 1800, period: 'month' }],
    ['€2000 per 4 weken', { amount: 2000, period: 'four-weeks' }],
    ['1950 bruto per vier weken', { amount: 1950, period: 'four-weeks', gross: true }],
    ['uurloon 14,20 bruto', { amount: 14.2, period: 'hour', gross: true }],
    ['jaarsalaris van 42.000', { amount: 42000, period: 'year' }],
    ['€ 1.650,- netto', { amount: 1650, gross: false }],
    ['1650,- schoon in handen', { amount: 1650, gross: false }],
    ['tussen 1500 en 2000 netto', { amount: 1500, max: 2000, gross: false }],
    ['1500-2000 per maand', { amount: 1500, max: 2000, period: 'month' }],
    ['32 uur per week voor 1500 euro', { amount: 1500 }],
    ['twaalfhonderd', { amount: 1200 }],
    ['rond de 2k bruto per maand', { amount: 2000, period: 'month', gross: true, approximate: true }],
    ['1.500 euro netto, 32 uur', { amount: 1500, gross: false }],
    ['€ 2024', { amount: 2024 }],
    ['1500 tot 2000 per maand', { amount: 1500, max: 2000, period: 'month' }],
    ['1500 denk ik', { amount: 1500, approximate: true }],
    ['misschien 1200 netto', { amount: 1200, gross: false, approximate: true }],
    // Durations are never money (issue 14).
    ['half jaartje', undefined],
    ['een jaartje of 3', undefined],
    ['een jaar of tien', undefined],
    ['2 à 3 jaar', undefined],
    ['1-2 jaar', undefined],
    ['2 of 3 maanden', undefined],
    ['sinds maart', undefined],
    ['since March 2024', undefined],
    ['$1200', undefined],
    ['1500 dollar', undefined],
    ['geen idee', undefined],
    ['32 uur', undefined],
    ['mbo 2', undefined],
    ['niveau 3 gehaald', undefined],
    ['mijn Nederlands is A2', undefined],
    ['nt2 gehaald, 900 per maand', { amount: 900, period: 'month' }],
    ['1500 of 2000', undefined],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)}`, () => {
      const result = parseAmount(input);
      if (expected === undefined) return expect(result).to.equal(undefined);
      expect(result).to.deep.equal({ currency: 'EUR', ...expected });
      AmountSchema.parse(result);
    });
  }

  const english: [string, Partial<Amount>][] = [
    ['1,200 euros a month', { amount: 1200, period: 'month' }],
    ['about €15.50 an hour gross', { amount: 15.5, period: 'hour', gross: true, approximate: true }],
    ['2,000 net per month', { amount: 2000, period: 'month', gross: false }],
    ['40,000 a year', { amount: 40000, period: 'year' }],
  ];
  for (const [input, expected] of english) {
    it(`en: ${JSON.stringify(input)}`, () => expect(parseAmount(input, { locale: 'en' })).to.deep.equal({ currency: 'EUR', ...expected }));
  }
});

describe('language/amounts: a year is never an amount and an amount never a date', () => {
  const months = ['januari', 'maart', 'mei', 'september', 'december', 'March', 'October'];

  it('a year after "sinds", "since" or a month is a date, not money', () => {
    fc.assert(fc.property(fc.integer({ min: 1960, max: 2030 }), fc.constantFrom(...months), fc.constantFrom('sinds', 'since', 'vanaf', 'in'), (year, month, word) => {
      const text = `${word} ${month} ${year}`;
      expect(parseAmount(text), text).to.equal(undefined);
      const date = parseDate(text, { reference: '2026-05-10' });
      expect(date && 'date' in date ? date.date.slice(0, 4) : undefined, text).to.equal(String(year));
    }));
  });

  it('a number marked as money is an amount, not a date', () => {
    fc.assert(fc.property(fc.integer({ min: 100, max: 9999 }), fc.constantFrom((n: number) => `€ ${n}`, (n: number) => `${n} euro`, (n: number) => `${n} bruto`, (n: number) => `${n} per maand`, (n: number) => `€${n},-`), (n, write) => {
      const text = write(n);
      expect(parseAmount(text)?.amount, text).to.equal(n);
      expect(parseDate(text, { reference: '2026-05-10' }), text).to.equal(undefined);
    }));
  });
});
