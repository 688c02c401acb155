import { expect } from 'chai';
import fc from 'fast-check';
import { Correction, CorrectionSchema, FactsSchema, findCorrection, normalizeText } from '../../src/language';

const c = (rest: string, field?: Correction['field']): Correction => (field ? { field, rest } : { rest });

describe('language/corrections', () => {
  const corrections: [string, Correction][] = [
    // The examples.
    ['nee dat klopt niet', c('')],
    ['sorry foutje, ik was 31 jaar orderpicker', c('ik was 31 jaar orderpicker')],
    ['dat klopt niet het was geen 1 jaar', c('', 'jobs')],
    ['het was geen 1 jaar maar 6 maanden', c('6 maanden', 'jobs')],
    ['uren klopt niet', c('', 'hours')],
    ['de uren kloppen niet', c('', 'hours')],
    ['niet 32 maar 24 uur', c('24 uur', 'hours')],
    ['mijn postcode is fout, het is 3512', c('3512', 'postcode')],
    ['ik bedoel bijstand, geen ww', c('bijstand', 'situation')],
    ['oeps ik bedoelde 24 uur', c('24 uur', 'hours')],
    ['correctie: 1800 euro', c('1800 euro')],
    ['wacht, ik heb bijstand', c('ik heb bijstand')],
    ['no sorry I meant 24 hours', c('24 hours', 'hours')],
    ["that's wrong", c('')],
    // Complaints, with and without a field.
    ['klopt niet', c('')],
    ['Dat klopt niet!', c('')],
    ['nee, dat klopt helemaal niet', c('')],
    ['dat is fout', c('')],
    ['dat is niet goed', c('')],
    ['fout', c('')],
    ['verkeerd, het is 24 uur', c('24 uur')],
    ['het bedrag klopt niet', c('', 'monthlyAmount')],
    ['het bedrag is verkeerd, het is 1400', c('1400', 'monthlyAmount')],
    ['mijn leeftijd klopt niet', c('', 'birthYear')],
    ['verkeerde postcode', c('', 'postcode')],
    ['postcode fout', c('', 'postcode')],
    ['de uitkering klopt niet, ik heb wajong', c('ik heb wajong', 'situation')],
    ['mijn opleiding klopt niet', c('', 'education')],
    ['het diploma is fout: mbo 4', c('mbo 4', 'education')],
    ['rijbewijs klopt niet', c('', 'drivingLicence')],
    ['het werk klopt niet', c('', 'jobs')],
    ['de jaren kloppen niet', c('', 'jobs')],
    ['het beroep klopt niet, ik was lasser', c('ik was lasser', 'jobs')],
    ['de startdatum klopt niet', c('', 'start')],
    ['uren kloppen niet het moet 32 zijn', c('32 zijn', 'hours')],
    ['my postcode is wrong, it is 3512', c('3512', 'postcode')],
    ['the hours are wrong', c('', 'hours')],
    ['wrong hours, 24', c('24', 'hours')],
    ["that's not right", c('')],
    ['it is incorrect', c('')],
    // Openers.
    ['foutje, 6 maanden', c('6 maanden')],
    ['Sorry, foutje! Ik bedoel orderpicker', c('orderpicker')],
    ['oeps', c('')],
    ['oeps, verkeerd getypt: 3512', c('3512')],
    ['tikfout, 1500 euro', c('1500 euro')],
    ['mijn fout, ik werk 24 uur', c('ik werk 24 uur')],
    ['wacht even, ik heb ook een rijbewijs', c('ik heb ook een rijbewijs')],
    ['my bad, 20 hours', c('20 hours')],
    ['oops I meant Utrecht', c('utrecht')],
    ['correction: I have a driving licence', c('i have a driving licence')],
    ['ik vergis me, het was 2019', c('2019')],
    // Denied values.
    ['het waren geen 3 jaar maar 2', c('2', 'jobs')],
    ['het was niet 1500 maar 1400 euro', c('1400 euro', 'monthlyAmount')],
    ['niet 1234 maar 3512', c('3512', 'postcode')],
    ['geen 32 maar 24 uur', c('24 uur', 'hours')],
    ['het was geen ww maar bijstand', c('bijstand', 'situation')],
    ['dat klopt niet, het was geen ww maar wajong', c('wajong', 'situation')],
    ['it was not 32 but 24 hours', c('24 hours', 'hours')],
    // "ik bedoel".
    ['ik bedoel wajong', c('wajong', 'situation')],
    ['ik bedoelde fulltime', c('fulltime', 'hours')],
    ['I meant 3512', c('3512', 'postcode')],
    ['ik bedoel dus mbo 2, niet hbo', c('mbo 2', 'education')],
  ];
  for (const [text, expected] of corrections) {
    it(`${JSON.stringify(text)} → ${JSON.stringify(expected)}`, () => {
      const found = findCorrection(text);
      expect(found).to.deep.equal(expected);
      CorrectionSchema.parse(found);
      if (found?.field) expect(Object.keys(FactsSchema.shape)).to.include(found.field);
    });
  }

  // Ordinary answers that hold "niet", "klopt", "fout" or "geen … maar".
  const answers = [
    'klopt', 'ja dat klopt', 'Ja, klopt!', 'dat klopt wel', 'klopt helemaal', 'ik kan niet tillen', 'ik werk niet meer',
    'het werk was niet zwaar', 'werk niet', 'nee', 'nee hoor', 'nee, ik wil niet in de zorg', 'niet in de zorg maar in de bouw',
    'het is niet zwaar', 'het was geen vaste baan maar uitzendwerk', 'wacht even', 'wacht', 'geen idee', 'weet ik niet',
    '32 uur', 'ik bedoel het goed', 'mijn rug is niet goed meer', 'ik heb een foute baas gehad', 'niet in het weekend',
    'uren maakt niet uit', 'de uren zijn flexibel', 'ik heb geen rijbewijs', 'geen ww maar bijstand', 'nooit fout gedaan',
    'ik kan niet zo goed Nederlands', 'liever niet', 'nee, geen voorkeur', 'ik ben 31 jaar orderpicker geweest', '',
    'postcode 3512', 'I am not sure', "that's right", 'it is not heavy work', 'sorry', 'sorry, ik snap het niet',
  ];
  for (const text of answers) it(`${JSON.stringify(text)} is no correction`, () => expect(findCorrection(text)).to.equal(undefined));

  it('never throws, and rest is a piece of what was typed', () => {
    const words = fc.constantFrom('nee', 'sorry', 'foutje', 'dat', 'klopt', 'niet', 'uren', 'het', 'was', 'geen', '1', 'jaar', 'maar', '6', 'maanden',
      'ik', 'bedoel', 'bijstand', 'ww', ',', 'postcode', 'is', 'fout', '3512', 'wacht', 'correctie:', 'I', 'meant', "that's", 'wrong', 'é', '€');
    const texts = fc.oneof(fc.string({ maxLength: 200 }), fc.array(words, { maxLength: 12 }).map((w) => w.join(' ')));
    fc.assert(fc.property(texts, (text) => {
      const found = findCorrection(text);
      if (!found) return;
      CorrectionSchema.parse(found);
      expect(normalizeText(text, { foldDiacritics: false }).replace(/[’‘`]/g, "'")).to.include(found.rest);
    }), { numRuns: 500 });
  });
});
