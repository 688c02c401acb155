// Half-English answers to the intake's questions (issue 14): the language functions read them.
import { expect } from 'chai';
import { parseDuration, parseDutchLevel, parseEducationLevel, parseHoursPerWeek, parseIncomeSituation, parseYesNo } from '../../src/language';

const NOW = new Date('2026-11-24T10:00:00Z');

describe('language: mixed Dutch and English answers', () => {
  const situations: [string, string][] = [['I have WW', 'ww'], ["i'm on ww", 'ww'], ['I get bijstand', 'bijstand'], ['I have WIA', 'wia'], ['no job no benefit', 'none']];
  for (const [text, value] of situations) it(`situation: "${text}"`, () => expect(parseIncomeSituation(text)?.value).to.equal(value));

  const education: [string, string][] = [['mbo 2 I think', 'mbo-2'], ['mbo level 2', 'mbo-2'], ['vmbo I think', 'vmbo'], ['university', 'wo'], ['no diploma', 'none']];
  for (const [text, value] of education) it(`education: "${text}"`, () => expect(parseEducationLevel(text)?.value).to.equal(value));

  const dutch: [string, string][] = [
    ['good', 'B2'], ['a little bit', 'A2'], ['not so good', 'A2'], ['not very good', 'A2'], ['niet zo goed', 'A2'], ['not good', 'A1'],
    ['niet goed', 'A1'], ['not bad', 'B1'], ['very good', 'C1'], ['goed', 'B2'], ['helemaal niet', 'A0'],
  ];
  for (const [text, value] of dutch) it(`Dutch level: "${text}"`, () => expect(parseDutchLevel(text)?.value).to.equal(value));

  it('hours: "fulltime please", "parttime, 24 hours"', () => {
    expect(parseHoursPerWeek('fulltime please')).to.deep.include({ min: 36, max: 40 });
    expect(parseHoursPerWeek('parttime, 24 hours')).to.deep.include({ min: 24, max: 24 });
  });

  it('yes and no: "yes please", "no I don\'t have one"', () => {
    expect(parseYesNo('yes please')).to.equal('yes');
    expect(parseYesNo("no I don't have one")).to.equal('no');
  });

  it('durations with the English article: "a year", "about a year", "up to a month"; "half a year" and "a few weeks" unchanged', () => {
    expect(parseDuration('a year', { reference: NOW })).to.deep.include({ months: 12, approximate: false });
    expect(parseDuration('about a year', { reference: NOW })).to.deep.include({ months: 12, approximate: true });
    expect(parseDuration('up to a month', { reference: NOW })?.months).to.equal(1);
    expect(parseDuration('half a year', { reference: NOW })?.months).to.equal(6);
    expect(parseDuration('a few weeks', { reference: NOW })?.months).to.be.closeTo(0.69, 0.01);
    expect(parseDuration('a year as a cook', { reference: NOW })).to.deep.include({ months: 12, rest: 'cook' });
  });
});
