import { expect } from 'chai';
import fc from 'fast-check';
import { CalendarAnswer, DateAnswer, DateAnswerSchema, parseDate, parseDates, toCalendarDate } from '../../src/language';

// Sunday 10 May 2026
const reference = '2026-05-10';
const day = (date: string, extra: Partial<CalendarAnswer> = {}): CalendarAnswer => ({ date, granularity: 'day', approximate: false, ...extra });
const month = (date: string, extra: Partial<CalendarAnswer> = {}): CalendarAnswer => ({ date, granularity: 'month', approximate: false, ...extra });

describe('language/dates', () => {
  const dutch: [string, DateAnswer | undefined][] = [
    ['volgende maand', month('2026-06-01')],
    // Issue 14: a month of next year is that month, not 1 January; "nog …" counts from today.
    ['tot september volgend jaar', month('2027-09-01', { kind: 'until' })],
    ['maart volgend jaar', month('2027-03-01')],
    ['nog een half jaar', day('2026-11-10', { approximate: true })],
    ['nog 3 maanden', day('2026-08-10', { approximate: true })],
    ['per 1 januari', day('2027-01-01', { kind: 'from' })],
    ['Per 1 Januari!', day('2027-01-01', { kind: 'from' })],
    ['1 januari 2027', day('2027-01-01')],
    ['tot september', month('2026-09-01', { kind: 'until' })],
    ['tot en met september', day('2026-09-30', { kind: 'until' })],
    ['t/m september', day('2026-09-30', { kind: 'until' })],
    ['tot 1 september', day('2026-09-01', { kind: 'until' })],
    ['1-2-2027', day('2027-02-01')],
    ['01/02/27', day('2027-02-01')],
    ['1.2.2027', day('2027-02-01')],
    ['15-6', day('2026-06-15')],
    ['1-3', day('2027-03-01')],
    ['2027-02-01', day('2027-02-01')],
    ['2/15/2027', day('2027-02-15')],
    ['31-2-2027', undefined],
    ['over 3 maanden', day('2026-08-10', { approximate: true })],
    ['over twee weken', day('2026-05-24', { approximate: true })],
    ['over 10 dagen', day('2026-05-20')],
    ['over een half jaar', day('2026-11-10', { approximate: true })],
    ['binnen 2 weken', day('2026-05-24', { approximate: true, kind: 'until' })],
    ['eind maart', day('2027-03-31', { approximate: true })],
    ['eind mei', day('2026-05-31', { approximate: true })],
    ['begin juni', day('2026-06-01', { approximate: true })],
    ['begin 2027', month('2027-01-01', { approximate: true })],
    ['medio 2027', month('2027-07-01', { approximate: true })],
    ['eind van de maand', day('2026-05-31', { approximate: true })],
    ['eind volgende maand', day('2026-06-30', { approximate: true })],
    ['half augustus', day('2026-08-15', { approximate: true })],
    ['morgen', day('2026-05-11')],
    ['overmorgen', day('2026-05-12')],
    ['vandaag', day('2026-05-10')],
    ['volgende week', day('2026-05-11', { approximate: true })],
    ['maandag', day('2026-05-11')],
    ['vrijdag', day('2026-05-15')],
    ['volgend jaar', { date: '2027-01-01', granularity: 'year', approximate: false }],
    ['2027', { date: '2027-01-01', granularity: 'year', approximate: false }],
    ['na de zomer', month('2026-09-01', { approximate: true, kind: 'from' })],
    ['na de zomervakantie', month('2026-09-01', { approximate: true, kind: 'from' })],
    ['voor de zomer', month('2026-07-01', { approximate: true, kind: 'until' })],
    ['maart', month('2027-03-01')],
    ['mei', month('2026-05-01')],
    ['in juni', month('2026-06-01', { kind: 'at' })],
    ['vanaf juli 2026', month('2026-07-01', { kind: 'from' })],
    ['febuari 2027', month('2027-02-01')],
    ['spetember', month('2026-09-01')],
    ['ik kan per 1 sept beginnen', day('2026-09-01', { kind: 'from' })],
    ['ergens in oktober', month('2026-10-01', { approximate: true, kind: 'at' })],
    ['ongeveer half juni', day('2026-06-15', { approximate: true })],
    ['3 mrt', day('2027-03-03')],
    ['zo snel mogelijk', { asap: true }],
    ['ZSM!', { asap: true }],
    ['nu', { asap: true }],
    ['direct', { asap: true }],
    ['per direct', { asap: true }],
    ['meteen 💪', { asap: true }],
    ['weet ik niet', { unknown: true }],
    ['geen idee', { unknown: true }],
    ['ik weet het nu nog niet', { unknown: true }],
    // Issue 14: as people say them. Uncertain words keep the date and mark it approximate.
    ['over 2 jaar', day('2028-05-10', { approximate: true })],
    ['over 2 jaar denk ik', day('2028-05-10', { approximate: true })],
    ['eind dit jaar', month('2026-12-01', { approximate: true })],
    ['begin volgend jaar', month('2027-01-01', { approximate: true })],
    ['over een maandje', day('2026-06-10', { approximate: true })],
    ['over een half jaartje', day('2026-11-10', { approximate: true })],
    ['tot september volgend jaar denk ik', month('2027-09-01', { kind: 'until', approximate: true })],
    ['misschien in juni', month('2026-06-01', { kind: 'at', approximate: true })],
    ['vanaf januari', month('2027-01-01', { kind: 'from' })],
    ['eind van het jaar', month('2026-12-01', { approximate: true })],
    ['in het voorjaar van 2027', month('2027-04-01', { approximate: true })],
    ['tot de zomer', month('2026-07-01', { approximate: true, kind: 'until' })],
    ['sinds eind vorig jaar', month('2025-12-01', { approximate: true, kind: 'since' })],
    ['zomer volgend jaar', month('2027-07-01', { approximate: true })],
    ['volgend jaar in de zomer', month('2027-07-01', { approximate: true })],
    ['volgende zomer', month('2026-07-01', { approximate: true, kind: 'at' })],
    // Looking back: after "sinds" a month or season without a year is the last one, not the next.
    ['sinds maart', month('2026-03-01', { kind: 'since' })],
    ['sinds mei', month('2026-05-01', { kind: 'since' })],
    ['sinds september', month('2025-09-01', { kind: 'since' })],
    ['sinds maart 2024', month('2024-03-01', { kind: 'since' })],
    ['sinds vorig jaar', { date: '2025-01-01', granularity: 'year', approximate: false, kind: 'since' }],
    ['sinds de zomer', month('2025-07-01', { approximate: true, kind: 'since' })],
    ['sinds de zomervakantie', month('2025-07-01', { approximate: true, kind: 'since' })],
    ['sinds twee maanden', day('2026-03-10', { approximate: true, kind: 'since' })],
    ['al een half jaar', day('2025-11-10', { approximate: true, kind: 'since' })],
    ['sinds maandag', day('2026-05-04', { kind: 'since' })],
    ['sinds kort', month('2026-04-01', { approximate: true, kind: 'since' })],
    ['2 maanden geleden', day('2026-03-10', { approximate: true })],
    ['vorige maand', month('2026-04-01')],
    ['maart vorig jaar', month('2025-03-01')],
    ['afgelopen zomer', month('2025-07-01', { approximate: true })],
    ['eind vorig jaar', month('2025-12-01', { approximate: true })],
    ['ik heb sinds twee maanden WW, die loopt tot september volgend jaar', month('2027-09-01', { kind: 'until' })],
    // A year is never an amount and an amount never a date.
    ['€ 2024', undefined],
    ['1950 bruto', undefined],
    ['1500', undefined],
    ['ik heb met Jan gesproken', undefined],
    ['maar ik wil wel werken', undefined],
    ['3.5', undefined],
    ['1500 euro', undefined],
    ['', undefined],
  ];
  for (const [input, expected] of dutch) {
    it(`${JSON.stringify(input)}`, () => {
      const result = parseDate(input, { reference });
      expect(result).to.deep.equal(expected);
      if (result) DateAnswerSchema.parse(result);
    });
  }

  const english: [string, DateAnswer | undefined][] = [
    ['next month', month('2026-06-01')],
    ['by 1 March', day('2027-03-01', { kind: 'until' })],
    ['in 3 months', day('2026-08-10', { approximate: true })],
    ['March 1st, 2027', day('2027-03-01')],
    ['end of March', day('2027-03-31', { approximate: true })],
    ['mid August', day('2026-08-15', { approximate: true })],
    ['tomorrow', day('2026-05-11')],
    ['after the summer', month('2026-09-01', { approximate: true, kind: 'from' })],
    ['asap', { asap: true }],
    ["I don't know", { unknown: true }],
    ['by the end of the year', month('2026-12-01', { approximate: true, kind: 'until' })],
    ['since last year', { date: '2025-01-01', granularity: 'year', approximate: false, kind: 'since' }],
    ['since last March', month('2026-03-01', { kind: 'since' })],
    ['since March 2024', month('2024-03-01', { kind: 'since' })],
    ['in 2 months', day('2026-07-10', { approximate: true })],
    ['in 2 months I think', day('2026-07-10', { approximate: true })],
    ['end of this year', month('2026-12-01', { approximate: true })],
    ['next summer', month('2026-07-01', { approximate: true, kind: 'at' })],
    ["next year's summer", month('2027-07-01', { approximate: true })],
    ['last year', { date: '2025-01-01', granularity: 'year', approximate: false }],
    ['about 3 years ago', day('2023-05-10', { approximate: true })],
    ['maybe next month', month('2026-06-01', { approximate: true })],
    ['I may start later', undefined],
  ];
  for (const [input, expected] of english) {
    it(`en: ${JSON.stringify(input)}`, () => expect(parseDate(input, { reference, locale: 'en' })).to.deep.equal(expected));
  }

  it('uses the recognizer as English fallback ("next friday")', () => {
    expect(parseDate('next friday', { reference, locale: 'en' })).to.deep.equal(day('2026-05-15'));
  });

  it('reads a Date reference in Dutch time', () => {
    // 23:30 UTC on 31 December is already 1 January in Amsterdam.
    expect(toCalendarDate(new Date('2026-12-31T23:30:00Z'))).to.deep.equal({ year: 2027, month: 1, day: 1 });
    expect(parseDate('morgen', { reference: new Date('2026-12-31T23:30:00Z') })).to.deep.equal(day('2027-01-02'));
  });

  it('reads each instant\'s own calendar date, also within one minute and across time zones', () => {
    // Looked up once per minute and zone: the next minute, or another zone, is read again.
    expect(toCalendarDate(new Date('2026-12-31T22:59:30Z'))).to.deep.equal({ year: 2026, month: 12, day: 31 });
    expect(toCalendarDate(new Date('2026-12-31T22:59:59Z'))).to.deep.equal({ year: 2026, month: 12, day: 31 });
    expect(toCalendarDate(new Date('2026-12-31T23:00:00Z'))).to.deep.equal({ year: 2027, month: 1, day: 1 });
    expect(toCalendarDate(new Date('2026-12-31T23:00:00Z'), 'UTC')).to.deep.equal({ year: 2026, month: 12, day: 31 });
    const first = toCalendarDate(new Date('2026-12-31T23:00:10Z'));
    first.day = 99;
    expect(toCalendarDate(new Date('2026-12-31T23:00:20Z'))).to.deep.equal({ year: 2027, month: 1, day: 1 });
  });

  it('rejects an invalid reference', () => {
    expect(() => parseDate('morgen', { reference: '2026-02-30' })).to.throw();
  });

  it('"next summer" after the summer is next year\'s', () => {
    expect(parseDate('next summer', { reference: '2026-09-15', locale: 'en' })).to.deep.equal(month('2027-07-01', { approximate: true, kind: 'at' }));
    expect(parseDate('sinds de zomer', { reference: '2026-09-15' })).to.deep.equal(month('2026-07-01', { approximate: true, kind: 'since' }));
  });

  it('parseDates gives every date of a message in the order written', () => {
    expect(parseDates('ik heb sinds twee maanden WW, die loopt tot september volgend jaar', { reference })).to.deep.equal([
      day('2026-03-10', { approximate: true, kind: 'since' }),
      month('2027-09-01', { kind: 'until' }),
    ]);
    expect(parseDates('sinds maart, tot september', { reference })).to.deep.equal([month('2026-03-01', { kind: 'since' }), month('2026-09-01', { kind: 'until' })]);
    expect(parseDates('1500 euro per maand', { reference })).to.deep.equal([]);
  });

  it('never throws, and every date found is a valid answer', () => {
    const words = fc.constantFrom('sinds', 'since', 'tot', 'over', 'nog', '2', 'twee', 'een half', 'jaar', 'maanden', 'geleden', 'vorig', 'last', 'maart',
      'september', 'zomer', 'volgend jaar', 'eind', 'begin', 'denk ik', 'maybe', '2024', '€', '1500', 'maandag', ',', 'de');
    const texts = fc.oneof(fc.string({ maxLength: 120 }), fc.array(words, { maxLength: 10 }).map((w) => w.join(' ')));
    fc.assert(fc.property(texts, (text) => {
      const one = parseDate(text, { reference });
      if (one) DateAnswerSchema.parse(one);
      for (const found of parseDates(text, { reference })) DateAnswerSchema.parse(found);
    }), { numRuns: 300 });
  });

  it('"sinds" + a month, season or weekday is never after today; "tot" + a month never before', () => {
    const days = fc.integer({ min: 0, max: 3 * 365 }).map((n) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10));
    const what = fc.constantFrom('januari', 'maart', 'mei', 'juli', 'september', 'december', 'de zomer', 'het voorjaar', 'maandag', 'vrijdag', 'vorig jaar', 'kort');
    fc.assert(fc.property(days, what, (ref, word) => {
      const since = parseDate(`sinds ${word}`, { reference: ref });
      expect(since && 'date' in since && since.kind === 'since' && since.date <= ref, `sinds ${word} @ ${ref}: ${JSON.stringify(since)}`).to.equal(true);
      if (/^[a-z]+$/.test(word) && !/dag$|kort/.test(word)) {
        const until = parseDate(`tot ${word}`, { reference: ref });
        expect(until && 'date' in until && until.date.slice(0, 7) >= ref.slice(0, 7), `tot ${word} @ ${ref}`).to.equal(true);
      }
    }));
  });

  it('two-digit years stay within 20 years ahead', () => {
    expect(parseDate('3-4-80', { reference })).to.deep.equal(day('1980-04-03'));
  });
});
