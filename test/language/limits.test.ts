// Limits in the seeker's own words, non-answers, travel time and age. The phrases here are
// written as seekers type them, apart from the patterns in src/language/limits.ts.
import { expect } from 'chai';
import { findLimits, isNonAnswer, parseBirthYear, parseTravelMinutes } from '../../src/language';

describe('language/limits', () => {
  const heavy = [
    'kan niet meer zwaar tillen',
    'Ik kan niet meer zwaar tillen door mijn rug',
    'geen zwaar werk meer',
    'mag niet tillen van de dokter',
    'tillen gaat niet meer',
    'niet meer sjouwen',
    'ik kan geen lichamelijk zwaar werk doen',
    "I can't do heavy lifting anymore",
    'Zwaar lichamelijk werk of tillen',
  ];
  for (const text of heavy) it(`"${text}" → no heavy work`, () => expect(findLimits(text)?.noHeavyWork).to.equal(true));

  const times: [string, string][] = [
    ['alleen onder schooltijd', 'school-hours'],
    ['ik kan alleen werken als de kinderen op school zijn', 'school-hours'],
    ['Alleen tijdens schooltijden graag', 'school-hours'],
    ['only during school hours', 'school-hours'],
    ["niet 's nachts", 'no-nights'],
    ['Niet ’s nachts of in ploegen', 'no-nights'],
    ['geen nachtdiensten', 'no-nights'],
    ['ik wil niet in ploegendienst', 'no-nights'],
    ['no night shifts please', 'no-nights'],
    ['alleen overdag', 'daytime'],
    ['alleen onder schooltijd en niet in het weekend, geen nachtdiensten', 'school-hours'],
  ];
  for (const [text, expected] of times) it(`"${text}" → ${expected}`, () => expect(findLimits(text)?.times).to.equal(expected));

  it('travel: a time, or only "not far"', () => {
    expect(findLimits('maximaal een half uur reizen')?.maxTravelMinutes).to.equal(30);
    expect(findLimits('niet meer dan 45 minuten reistijd')?.maxTravelMinutes).to.equal(45);
    expect(findLimits('ik kan niet ver reizen')).to.include({ nearHome: true });
    expect(findLimits('werk dicht bij huis')).to.include({ nearHome: true });
  });

  it('limits without a field of their own are kept as typed', () => {
    expect(findLimits('24 uur, niet in het weekend')).to.deep.include({ other: ['niet in het weekend'], rest: '24 uur' });
    expect(findLimits('no weekends please')?.other).to.deep.equal(['no weekends']);
    expect(findLimits('ik kan niet ver reizen')?.other).to.deep.equal(['kan niet ver reizen']);
    expect(findLimits('ik werk graag in het weekend')).to.equal(undefined);
  });

  it('several limits in one answer, and the rest is left for the job search', () => {
    const found = findLimits('magazijnmedewerker, maar ik kan niet meer zwaar tillen en niet in ploegen')!;
    expect(found).to.include({ noHeavyWork: true, times: 'no-nights', rest: 'magazijnmedewerker' });
    // One negation over a list: one phrase, as typed.
    expect(found.phrases).to.deep.equal(['kan niet meer zwaar tillen en niet in ploegen']);
  });

  const noLimit = ['heftruckchauffeur', 'ik wil graag zwaar werk', 'nachtportier', 'schoolschoonmaker', 'iets in de zorg', 'ploegleider in de fabriek', 'tillen is geen probleem', 'ik rij graag ver'];
  for (const text of noLimit) it(`"${text}" → no limit`, () => expect(findLimits(text)).to.equal(undefined));

  const nonAnswers = ['maakt niet uit', 'Maakt me niet uit hoor', 'weet niet', 'Weet ik nog niet.', 'geen idee', 'idk', "doesn't matter", 'geen voorkeur', 'alles is goed', "I don't know", 'no idea', 'niks'];
  for (const text of nonAnswers) it(`"${text}" is a non-answer`, () => expect(isNonAnswer(text)).to.equal(true));
  for (const text of ['iets in de zorg', 'warmtepompen', 'met kinderen werken', 'niet in de zorg', 'buiten werken, maakt niet uit wat']) {
    it(`"${text}" is an answer`, () => expect(isNonAnswer(text)).to.equal(false));
  }

  const minutes: [string, number | undefined][] = [
    ['30 minuten', 30], ['een half uur', 30], ['45', 45], ['1 uur', 60], ['een uur', 60], ['anderhalf uur', 90],
    ['drie kwartier', 45], ['een kwartier', 15], ['max 20 min', 20], ['half an hour', 30], ['ver', undefined], ['1000', undefined],
  ];
  for (const [text, expected] of minutes) it(`travel "${text}" → ${expected}`, () => expect(parseTravelMinutes(text)).to.equal(expected));

  const now = new Date('2026-11-24T10:00:00Z');
  const ages: [string, number | undefined][] = [
    ['58', 1968], ['ik ben 58 jaar', 1968], ['1968', 1968], ['geboren in 1999', 1999], ['negentien', 2007], ['19 jaar oud', 2007],
    ['3', undefined], ['2020', undefined], ['1890', undefined], ['oud genoeg', undefined],
  ];
  for (const [text, expected] of ages) it(`age "${text}" → birth year ${expected}`, () => expect(parseBirthYear(text, now)).to.equal(expected));
});
