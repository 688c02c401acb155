// Lengths, ages, amounts and dates as seekers type them (issue 14, polish round): each table is
// one class of answer; own examples, not the understanding corpus.
import { expect } from 'chai';
import { expandTimeAbbreviations } from '../../src/language/datesCore';
import { endAfterLength, parseAmount, parseBirthYear, parseDate, parseHoursPerWeek, parseTrainingLength, trainingMonthsOf } from '../../src/language';

const TODAY = new Date('2026-11-24T10:00:00Z');

describe('language/numbers polish', () => {
  describe('training length as said (months, halves)', () => {
    const cases: [string, { months: number; approximate: boolean } | undefined][] = [
      ['3 maanden', { months: 3, approximate: false }],
      ['10 weken', { months: 2.5, approximate: false }],
      ['anderhalf jaar', { months: 18, approximate: false }],
      ['max een jaar', { months: 12, approximate: false }],
      ['hooguit 8 maanden', { months: 8, approximate: false }],
      ['a training of up to a year', { months: 12, approximate: false }],
      ['niet langer dan een half jaar', { months: 6, approximate: false }],
      ['no more than nine months', { months: 9, approximate: false }],
      ['2 à 3 maanden', { months: 2.5, approximate: true }],
      ['paar weekjes', { months: 0.5, approximate: true }],
      ['kort cursusje', { months: 2, approximate: true }],
      ['iets korts', { months: 2, approximate: true }],
      ['langer dan een jaar mag ook', { months: 24, approximate: true }],
      ['5 jaar', { months: 5 * 12, approximate: false }],
      ['twee jaar geleden', undefined],
      ['weet ik niet', undefined],
    ];
    for (const [text, expected] of cases) it(JSON.stringify(text), () => expect(parseTrainingLength(text)).to.deep.equal(expected));
    it('is kept between half a month and five years', () => {
      expect(trainingMonthsOf(0.1)).to.equal(0.5);
      expect(trainingMonthsOf(2.31)).to.equal(2.5);
      expect(trainingMonthsOf(100)).to.equal(60);
    });
  });

  describe('birth year from an age or a year', () => {
    const cases: [string, number | undefined][] = [
      // Rule: "'85" with an apostrophe is a year; a bare 85 is an age (possible); "97"/"04" can only be years.
      ["'85", 1985],
      ['85', 1941],
      ['97', 1997],
      ['04', 2004],
      ['in 79 geboren', 1979],
      ['11', undefined],
      // An age with other facts after it.
      ['37 en ik heb 3 kinderen', 1989],
      ['48, heb vmbo', 1978],
      ['Ik ben 23 en heb geen rijbewijs', 2003],
      ["i'm 41, driving licence no", 1985],
      ['44 jaar oud en ik heb mbo', 1982],
      ['ik ben 45 en wil 24 uur', 1981],
      // Years of work are no age.
      ['ik heb 27 jaar gewerkt', undefined],
      ['19 jaar vrachtwagenchauffeur', undefined],
      ['worked 30 years in a factory', undefined],
      ['ik ben 32 uur beschikbaar', undefined],
    ];
    for (const [text, expected] of cases) it(JSON.stringify(text), () => expect(parseBirthYear(text, TODAY)).to.equal(expected));
  });

  describe('hours next to a stated age', () => {
    const cases: [string, number | undefined][] = [
      ['ik ben 51 en zoek 20 uur', 20],
      ["I'm 38 and want 32 hours", 32],
      ['ik ben 36 uur beschikbaar', 36],
    ];
    for (const [text, max] of cases) it(JSON.stringify(text), () => expect((parseHoursPerWeek(text) as { max?: number } | undefined)?.max).to.equal(max));
  });

  describe('amounts with other numbers and shorthand', () => {
    const cases: [string, number | undefined][] = [
      ['1k4', 1400],
      ['2k1 per maand', 2100],
      ['€1k2 netto', 1200],
      ['1300 (ik ben 52)', 1300],
      ['ik ben 29 en krijg 1150', 1150],
      ['ong 1250', 1250],
      ['ongeveer 1250 per maand, tot eind volgend jaar', 1250],
      ['1650 euro, until march next year', 1650],
      ['sinds maart 2024', undefined],
    ];
    for (const [text, amount] of cases) it(JSON.stringify(text), () => expect(parseAmount(text)?.amount).to.equal(amount));
  });

  describe('dates with chat abbreviations', () => {
    const cases: [string, string | undefined, string | undefined][] = [
      ['eind volgend jr', '2027-12', undefined],
      ['tot eind vlgnd jaar', '2027-12', 'until'],
      ['sinds sept', '2026-09', 'since'],
      ['sinds okt', '2026-10', 'since'],
      ['nog n jaar', '2027-11', undefined],
      ['over 2 jr', '2028-11', undefined],
    ];
    for (const [text, month, kind] of cases) {
      it(JSON.stringify(text), () => {
        const answer = parseDate(text, { reference: TODAY });
        expect(answer && 'date' in answer ? answer.date.slice(0, 7) : undefined).to.equal(month);
        if (kind) expect(answer).to.include({ kind });
      });
    }
    it('expands only time words', () => {
      expect(expandTimeAbbreviations('nog n jaar')).to.equal('nog een jaar');
      expect(expandTimeAbbreviations('één jaar')).to.equal('één jaar');
    expect(expandTimeAbbreviations('2jr')).to.equal('2 jaar');
      expect(expandTimeAbbreviations('n beetje')).to.equal('n beetje');
    });
  });

  describe('an end date from a length', () => {
    const cases: [string, string | undefined][] = [
      ['not sure, maybe a year', '2027-11-01'],
      ['nog n half jaar', '2027-05-01'],
      ['2 jaar denk ik', '2028-11-01'],
      ['al 2 jaar', undefined],
      ['3 maanden geleden', undefined],
      ['2 jaar gewerkt als kok', undefined],
    ];
    for (const [text, date] of cases) it(JSON.stringify(text), () => expect(endAfterLength(text, TODAY)?.date).to.equal(date));
  });
});
