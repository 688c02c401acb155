import { expect } from 'chai';
import {
  Choice, DUTCH_LEVELS, EDUCATION_LEVELS, INCOME_SITUATIONS, matchChoice, parseDutchLevel, parseEducationLevel,
  parseIncomeSituation,
} from '../../src/language';

describe('language/choices', () => {
  const colours: Choice[] = [
    { value: 'red', labels: ['rood', 'red'] },
    { value: 'green', labels: ['groen', 'green'] },
    { value: 'blue', labels: ['blauw', 'blue', 'lichtblauw'] },
  ];
  const generic: [string, string | undefined, number?][] = [
    ['rood', 'red', 1], ['Rood!', 'red', 1], ['1', 'red', 1], ['2', 'green', 1], ['3.', 'blue', 1], ['optie 2', 'green', 1],
    ['nummer twee', 'green', 1], ['de derde', 'blue', 1], ['2e', 'green', 1], ['twee', 'green', 1], ['4', undefined],
    ['0', undefined], ['blauww', 'blue', 0.9], ['groen graag', 'green'], ['lichtblauw', 'blue', 1], ['paars', undefined],
    ['', undefined],
  ];
  for (const [input, expected, confidence] of generic) {
    it(`${JSON.stringify(input)} → ${expected}`, () => {
      const result = matchChoice(input, colours);
      expect(result?.value).to.equal(expected);
      if (confidence !== undefined) expect(result?.confidence).to.equal(confidence);
    });
  }

  it('is ambiguous when two choices match equally', () => {
    expect(matchChoice('rood of groen', colours)).to.equal(undefined);
  });

  const income: [string, string | undefined][] = [
    ['ik zit in de ww', 'ww'], ['WW', 'ww'], ['ww-uitkering', 'ww'], ['uitkering van uwv', 'ww'], ['ik krijg een uitkering van het UWV', 'ww'],
    ['werkloosheidsuitkering', 'ww'], ['bijstand', 'bijstand'], ['bijstnad', 'bijstand'], ['uitkering van de gemeente', 'bijstand'],
    ['participatiewet', 'bijstand'], ['ik krijg bijstand van de gemeente', 'bijstand'], ['wajong', 'wajong'],
    ['ik heb een wajonguitkering', 'wajong'], ['ik werk via een uitzendbureau', 'flex'], ['nul-urencontract', 'flex'],
    ['nulurencontract', 'flex'], ['0-urencontract', 'flex'], ['oproepkracht', 'flex'], ['uitzend', 'flex'],
    ['geen uitkering', 'none'], ['ik heb geen ww', 'none'], ['niks', 'none'], ['zzp', 'self-employed'], ['ik ben zzp-er', 'self-employed'],
    ['eigen bedrijf', 'self-employed'], ['vaste baan', 'employed'], ['ik heb een vast contract', 'employed'], ['wia', 'wia'],
    ['ik ben arbeidsongeschikt', 'wia'], ['I am self-employed', 'self-employed'], ['unemployment benefit', 'ww'],
    ['andere uitkering', 'other-benefit'], ['weet ik niet', undefined], ['hallo', undefined],
  ];
  for (const [input, expected] of income) {
    it(`income ${JSON.stringify(input)} → ${expected}`, () => expect(parseIncomeSituation(input)?.value).to.equal(expected));
  }

  const education: [string, string | undefined, number | undefined][] = [
    ['mbo 3', 'mbo-3', 3], ['mbo niveau 2', 'mbo-2', 2], ['MBO-4', 'mbo-4', 4], ['ik heb mbo 2 gedaan', 'mbo-2', 2],
    ['mbo', 'mbo', undefined], ['havo', 'havo', 4], ['vwo', 'vwo', 4], ['hbo', 'hbo', 6], ['hogeschool', 'hbo', 6],
    ['universiteit', 'wo', 7], ['master psychologie', 'wo', 7], ['geen diploma', 'none', 0],
    ['basisschool', 'primary', 0], ['vmbo tl', 'vmbo', 1], ['mavo', 'vmbo', 1], ['entree', 'mbo-1', 1],
  ];
  for (const [input, value, nlqf] of education) {
    it(`education ${JSON.stringify(input)} → ${value} (${nlqf})`, () => {
      const result = parseEducationLevel(input);
      expect(result?.value).to.equal(value);
      expect(result?.nlqf).to.equal(nlqf);
    });
  }

  const dutch: [string, string | undefined][] = [
    ['moedertaal', 'native'], ['Nederlands is mijn moedertaal', 'native'], ['een beetje', 'A2'], ['beetje', 'A2'],
    ['goed', 'B2'], ['heel goed', 'C1'], ['B1', 'B1'], ['niveau b1', 'B1'], ['a2', 'A2'], ['vloeiend', 'C1'],
    ['native', 'native'], ['helemaal niet', 'A0'], ['redelijk', 'B1'], ['fluent', 'C1'],
  ];
  for (const [input, expected] of dutch) {
    it(`dutch level ${JSON.stringify(input)} → ${expected}`, () => expect(parseDutchLevel(input)?.value).to.equal(expected));
  }

  it('tables have unique values and at least one label each', () => {
    for (const table of [INCOME_SITUATIONS, EDUCATION_LEVELS, DUTCH_LEVELS]) {
      const values = table.map((c) => c.value);
      expect(new Set(values).size).to.equal(values.length);
      for (const c of table) expect(c.labels.length).to.be.greaterThan(0);
    }
  });
});
