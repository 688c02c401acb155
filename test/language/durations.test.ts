import { expect } from 'chai';
import { Duration, parseDuration } from '../../src/language';

describe('language/durations', () => {
  const cases: [string, Duration | undefined][] = [
    ['10 jaar', { months: 120, approximate: false }],
    ['tien jaar', { months: 120, approximate: false }],
    ['Tien Jaar.', { months: 120, approximate: false }],
    ['een half jaar', { months: 6, approximate: false }],
    ['anderhalf jaar', { months: 18, approximate: false }],
    ['anderhalve maand', { months: 1.5, approximate: false }],
    ['zes maanden', { months: 6, approximate: false }],
    ['6 mnd', { months: 6, approximate: false }],
    ['3 weken', { months: 0.69, approximate: false }],
    ['2 jaar en 3 maanden', { months: 27, approximate: false }],
    ['1 jaar, 6 maanden', { months: 18, approximate: false }],
    ['een jaar', { months: 12, approximate: false }],
    ['één jaar', { months: 12, approximate: false }],
    ['paar maanden', { months: 2, approximate: true }],
    // Uncertain words keep the value and mark it approximate (issue 14).
    ['2 jaar denk ik', { months: 24, approximate: true }],
    ['about 9 months I think', { months: 9, approximate: true }],
    ['een paar jaar', { months: 24, approximate: true }],
    ['enkele jaren', { months: 36, approximate: true }],
    ['ruim 5 jaar', { months: 60, approximate: true }],
    ['bijna 2 jaar', { months: 24, approximate: true }],
    ['10+ jaar', { months: 120, approximate: true }],
    ['een jaar of tien', { months: 120, approximate: true }],
    ['12 jaaar', { months: 144, approximate: false }],
    ['3 maande', { months: 3, approximate: false }],
    ['10 jaar heftruckchauffeur bij een distributiecentrum', { months: 120, approximate: false, rest: 'heftruckchauffeur bij een distributiecentrum' }],
    ['Ik heb 10 jaar als kok gewerkt', { months: 120, approximate: false, rest: 'kok' }],
    ['ruim 5 jaar ervaring als verpleegkundige', { months: 60, approximate: true, rest: 'verpleegkundige' }],
    ['ik heb 3 jaar in de zorg gewerkt', { months: 36, approximate: false, rest: 'zorg' }],
    ['twee jaartjes schoonmaker', { months: 24, approximate: false, rest: 'schoonmaker' }],
    ['heftruckchauffeur, 8 jaar', { months: 96, approximate: false, rest: 'heftruckchauffeur' }],
    ['Crèche-leidster 4 jaar', { months: 48, approximate: false, rest: 'crèche-leidster' }],
    ['10 years', { months: 120, approximate: false }],
    ['1 year and 6 months', { months: 18, approximate: false }],
    ['half a year', { months: 6, approximate: false }],
    ['a few years as a welder', { months: 36, approximate: true, rest: 'welder' }],
    // Issue 14: as people say them; time words are no occupation.
    ['nog een half jaar', { months: 6, approximate: false }],
    ['half jaartje', { months: 6, approximate: false }],
    ['anderhalf jaar ongeveer', { months: 18, approximate: true }],
    ['een jaartje of 3', { months: 36, approximate: true }],
    ['een maand of vier', { months: 4, approximate: true }],
    ['over een maandje', { months: 1, approximate: true }],
    ['in 2 months', { months: 2, approximate: false }],
    ['sinds 2 maanden', { months: 2, approximate: false }],
    ['2 maanden geleden', { months: 2, approximate: false }],
    ['3 maanden misschien', { months: 3, approximate: true }],
    ['maybe 6 months', { months: 6, approximate: true }],
    ['2 à 3 jaar', { months: 30, approximate: true }],
    ['1-2 jaar', { months: 18, approximate: true }],
    ['2 of 3 maanden', { months: 2.5, approximate: true }],
    ['two to three years', { months: 30, approximate: true }],
    ['5 tot 10 jaar kok', { months: 90, approximate: true, rest: 'kok' }],
    // "kort" for a training: about two months.
    ['for about a year', { months: 12, approximate: true }],
    ['a year as a cook', { months: 12, approximate: false, rest: 'cook' }],
    ['max een half jaar', { months: 6, approximate: false }],
    ['niet langer dan 3 maanden', { months: 3, approximate: false }],
    ['liefst kort', { months: 2, approximate: true }],
    ['kort', { months: 2, approximate: true }],
    ['heel kort', { months: 2, approximate: true }],
    ['short', { months: 2, approximate: true }],
    ['kort cursusje misschien wel', { months: 2, approximate: true, rest: 'cursusje misschien wel' }],
    ['korte tijd kok', { months: 2, approximate: true, rest: 'kok' }],
    ['kortingen', undefined],
    ['ik ben kok', undefined],
    ['geen ervaring', undefined],
    ['32 uur', undefined],
    ['', undefined],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)}`, () => expect(parseDuration(input)).to.deep.equal(expected));
  }

  it('reads "sinds 2015" with a reference date only', () => {
    expect(parseDuration('sinds 2015 buschauffeur', { reference: '2026-05-10' })).to.deep.equal({ months: 132, approximate: true, rest: 'buschauffeur' });
    expect(parseDuration('sinds 2015 buschauffeur')).to.equal(undefined);
  });
});
