// Limits in the seeker's own words, non-answers, travel time and age. The phrases here are
// written as seekers type them, apart from the patterns in src/language/limits.ts.
import { expect } from 'chai';
import { findLifted, findLimits, isNonAnswer, parseBirthYear, parseTravelMinutes, saysNoMoreLimits } from '../../src/language';

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

  // Free text at the limits questions (`about`): [text, noHeavyWork, times, maxTravelMinutes].
  type Row = [string, boolean | undefined, string | undefined, number | undefined];
  const typed: Row[] = [
    // travel
    ['niet ver reizen, max 20 min', undefined, undefined, 20],
    ['niet verder dan een kwartier', undefined, undefined, 15],
    ["can't travel more than 30 minutes", undefined, undefined, 30],
    ['i cant travel more than 45 mins', undefined, undefined, 45],
    ['hooguit half uur fietsen', undefined, undefined, 30],
    ['20min max met de bus', undefined, undefined, 20],
    ['reistijd max 1 uur', undefined, undefined, 60],
    ['wil niet langer dan 25 minuten onderweg zijn', undefined, undefined, 25],
    ['een halfuurtje', undefined, undefined, 30],
    // times
    ['tussen 9 en 3 vanwege de kinderen', undefined, 'school-hours', undefined],
    ['van 8.30 tot 14.30', undefined, 'school-hours', undefined],
    ['only while the kids are at school', undefined, 'school-hours', undefined],
    ['alleen als mn kinderen op school zitten', undefined, 'school-hours', undefined],
    ['alleen in de ochtend', undefined, 'daytime', undefined],
    ['werk tot 15:00 ivm kinderen ophalen', undefined, 'school-hours', undefined],
    ['tot 17.30', undefined, 'daytime', undefined],
    ['van 8 tot 5', undefined, 'daytime', undefined],
    ['geen avonden', undefined, 'daytime', undefined],
    ["niet 's avonds", undefined, 'daytime', undefined],
    ['savonds niet', undefined, 'daytime', undefined],
    ['no evenings pls', undefined, 'daytime', undefined],
    ['niet s nachts', undefined, 'no-nights', undefined],
    ['geen nachtdiensen', undefined, 'no-nights', undefined],
    ['also no night work', undefined, 'no-nights', undefined],
    ['nachtdiensten kan ik niet meer', undefined, 'no-nights', undefined],
    // heavy work, typos and short forms
    ['nie tillen', true, undefined, undefined],
    ['ik kn nie meer tilen', true, undefined, undefined],
    ['niks zwaars', true, undefined, undefined],
    ['kan geen zware dingen', true, undefined, undefined],
    ['alleen licht werk', true, undefined, undefined],
    ['only light work', true, undefined, undefined],
    ['tillen gaat niet meer', true, undefined, undefined],
    ['I cannot lift heavy stuff', true, undefined, undefined],
    // several at once
    ['niks zwaars, alleen overdag en niet verder dan een kwartier', true, 'daytime', 15],
    ['no lifting, no nights and max 30 min by bike', true, 'no-nights', 30],
    ['ik kan niet tillen, en s avonds ook niet', true, 'daytime', undefined],
    // a negated limit is no limit
    ["ik kan wel tillen maar niet 's avonds", undefined, 'daytime', undefined],
    ['tillen is geen probleem, alleen geen nachtdiensten', undefined, 'no-nights', undefined],
  ];
  for (const [text, heavy, times, minutes] of typed) {
    it(`limits answer "${text}" → heavy ${heavy}, ${times}, ${minutes} min`, () => {
      const found = findLimits(text, { about: true });
      expect(found, 'found').to.not.equal(undefined);
      expect([found!.noHeavyWork, found!.times, found!.maxTravelMinutes]).to.deep.equal([heavy, times, minutes]);
    });
  }

  it('"niet ver reizen" alone names no time: near home, and the travel question asks how far', () => {
    expect(findLimits('niet ver reizen', { about: true })).to.deep.include({ nearHome: true, other: ['niet ver reizen'] });
    expect(findLimits('niet ver reizen, max 20 min', { about: true })).to.not.have.property('nearHome');
    expect(findLimits('niet verder dan 10 km', { about: true })).to.deep.include({ nearHome: true, other: ['niet verder dan 10 km'] });
  });

  it('phrases and rest stay as typed, typos included', () => {
    expect(findLimits('magazijn, maar nie tillen')).to.deep.include({ phrases: ['nie tillen'], rest: 'magazijn' });
    expect(findLimits('max 30 minuten reizen')!.phrases).to.deep.equal(['max 30 minuten reizen']);
    expect(findLimits('geen nachten of weekenden')).to.deep.include({ times: 'no-nights', other: ['of weekenden'] });
  });

  // Outside a limits question a bare time or a clock range is not a limit; nor are these anywhere.
  const notLimits: [string, boolean][] = [
    ['20 min', false], ['tussen 20 en 30 uur', true], ['max 32 uur', true], ['max 4 uur per dag', true], ['van 1 tot 5 januari', true],
    ['ik ben 45 minuten onderweg naar mijn werk', false], ['het werk was niet zwaar', true], ['ik wil graag overdag of in het weekend werken', false],
    ['geboren 12-03-1975', true], ['als mijn kinderen naar school gaan', true], ['32 uur, liefst in de ochtend', false],
  ];
  for (const [text, about] of notLimits) {
    it(`"${text}"${about ? ' (also at a limits question)' : ''} → no structured limit`, () => {
      for (const options of about ? [{}, { about: true }] : [{}]) {
        const found = findLimits(text, options);
        expect([found?.noHeavyWork, found?.times, found?.maxTravelMinutes]).to.deep.equal([undefined, undefined, undefined]);
      }
    });
  }
  it('at a limits question a bare time is the travel time, but not hours a day', () => {
    expect(findLimits('20 min', { about: true })?.maxTravelMinutes).to.equal(20);
    expect(findLimits('max 4 uur', { about: true })?.maxTravelMinutes).to.equal(undefined);
  });

  const lifted: [string, string[]][] = [
    ['ik kan wel tillen', ['heavy']], ['nee dat klopt niet, ik kan wel tillen', ['heavy']], ['tillen is geen probleem', ['heavy']],
    ["ik kan ook 's avonds", ['evenings']], ['nachten zijn prima', ['nights']], ['reizen is geen probleem', ['travel']],
    ["ik kan wel tillen maar niet 's avonds", ['heavy']], ['ik kan niet tillen', []], ['tillen is niet moeilijk', []],
  ];
  for (const [text, expected] of lifted) it(`lifted "${text}" → ${expected.join(', ') || 'none'}`, () => expect(findLifted(text)).to.deep.equal(expected));

  for (const text of ['nee', 'nee hoor', 'verder niks', 'nee, verder niets', 'dat was het', "that's all", 'nothing else', 'geen']) {
    it(`"${text}" adds no limit`, () => expect(saysNoMoreLimits(text)).to.equal(true));
  }
  for (const text of ['geen drukke omgeving', 'niet lang achter een scherm', 'nee, ook niet in het weekend']) {
    it(`"${text}" adds a limit`, () => expect(saysNoMoreLimits(text)).to.equal(false));
  }

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
