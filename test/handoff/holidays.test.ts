import { expect } from 'chai';
import { addDays, closedDays, dutchHolidays, easterSunday, parseClosedDays } from '../../src/handoff';

describe('Dutch public holidays', () => {
  // Easter Sundays from the published calendars.
  const easter: [number, string][] = [
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2029, '2029-04-01'],
    [2030, '2030-04-21'],
  ];
  for (const [year, date] of easter) it(`Easter ${year} is ${date}`, () => expect(easterSunday(year)).to.equal(date));
  // Outside the table: the algorithm's known edge years (earliest and latest possible Easter).
  it('Easter in edge years: 1818-03-22, 2038-04-25, 2285-03-22', () => {
    expect([1818, 2038, 2285].map(easterSunday)).to.deep.equal(['1818-03-22', '2038-04-25', '2285-03-22']);
  });

  const year: [number, Record<string, string>][] = [
    [2024, { Nieuwjaarsdag: '2024-01-01', 'Tweede Paasdag': '2024-04-01', Koningsdag: '2024-04-27', Hemelvaartsdag: '2024-05-09', 'Tweede Pinksterdag': '2024-05-20' }],
    [2025, { 'Eerste Paasdag': '2025-04-20', 'Tweede Paasdag': '2025-04-21', Koningsdag: '2025-04-26', Bevrijdingsdag: '2025-05-05', Hemelvaartsdag: '2025-05-29', 'Eerste Pinksterdag': '2025-06-08', 'Tweede Pinksterdag': '2025-06-09' }],
    [2026, { 'Tweede Paasdag': '2026-04-06', Koningsdag: '2026-04-27', Hemelvaartsdag: '2026-05-14', 'Tweede Pinksterdag': '2026-05-25', 'Eerste Kerstdag': '2026-12-25', 'Tweede Kerstdag': '2026-12-26' }],
    [2027, { 'Tweede Paasdag': '2027-03-29', Koningsdag: '2027-04-27', Hemelvaartsdag: '2027-05-06', 'Tweede Pinksterdag': '2027-05-17' }],
    [2028, { 'Tweede Paasdag': '2028-04-17', Koningsdag: '2028-04-27', Hemelvaartsdag: '2028-05-25', 'Tweede Pinksterdag': '2028-06-05' }],
    [2029, { 'Tweede Paasdag': '2029-04-02', Koningsdag: '2029-04-27', Hemelvaartsdag: '2029-05-10', 'Tweede Pinksterdag': '2029-05-21' }],
    [2030, { 'Tweede Paasdag': '2030-04-22', Koningsdag: '2030-04-27', Bevrijdingsdag: '2030-05-05', Hemelvaartsdag: '2030-05-30', 'Tweede Pinksterdag': '2030-06-10' }],
  ];
  for (const [y, expected] of year) {
    it(`${y}: ${Object.keys(expected).join(', ')}`, () => {
      const days = dutchHolidays(y);
      const byName = new Map([...days].map(([date, name]) => [name, date]));
      for (const [name, date] of Object.entries(expected)) expect(byName.get(name), name).to.equal(date);
      // Nine days, ten in a lustrum year (Bevrijdingsdag); never Goede Vrijdag.
      expect(days.size).to.equal(y % 5 === 0 ? 10 : 9);
      expect(days.has(addDays(easterSunday(y), -2))).to.equal(false);
    });
  }
  it('Bevrijdingsdag only every five years (2025, 2030), Koningsdag on the 26th only when the 27th is a Sunday (2025)', () => {
    const liberation = [2024, 2025, 2026, 2027, 2028, 2029, 2030].filter((y) => dutchHolidays(y).has(`${y}-05-05`));
    expect(liberation).to.deep.equal([2025, 2030]);
    const moved = [2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035, 2036].filter((y) => dutchHolidays(y).has(`${y}-04-26`));
    expect(moved).to.deep.equal([2025, 2031, 2036]);
  });

  it('closing days: holidays when "nl", operator days always', () => {
    const nl = closedDays({ holidays: 'nl', extra: ['2026-12-24'] });
    expect(['2026-12-24', '2026-12-25', '2027-01-01', '2026-04-03', '2026-12-23'].map(nl)).to.deep.equal([true, true, true, false, false]);
    const none = closedDays({ holidays: 'none', extra: ['2026-12-24'] });
    expect(['2026-12-24', '2026-12-25'].map(none)).to.deep.equal([true, false]);
  });

  it('OFFICE_CLOSED_DAYS: dates separated by commas; impossible dates refused', () => {
    expect(parseClosedDays('')).to.deep.equal([]);
    expect(parseClosedDays('2026-12-24, 2026-12-31,')).to.deep.equal(['2026-12-24', '2026-12-31']);
    for (const bad of ['2026-02-29', '2026-13-01', '24-12-2026', '2026-1-5', 'morgen']) expect(() => parseClosedDays(bad), bad).to.throw(/is not a date/);
    expect(parseClosedDays('2028-02-29')).to.deep.equal(['2028-02-29']);
  });
});
