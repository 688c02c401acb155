import { expect } from 'chai';
import { FULL_TIME, HoursPerWeek, parseHoursPerWeek, PART_TIME } from '../../src/language';

const exactly = (h: number): HoursPerWeek => ({ min: h, max: h, preferred: h, vague: false });

describe('language/hours', () => {
  const cases: [string, HoursPerWeek | undefined][] = [
    ['32 uur', exactly(32)],
    ['32', exactly(32)],
    ['32u', exactly(32)],
    ['ik wil 32 uur werken', exactly(32)],
    ['tweeëndertig uur', exactly(32)],
    ['fulltime', FULL_TIME],
    ['Fulltime graag', FULL_TIME],
    ['full-time', FULL_TIME],
    ['full time', FULL_TIME],
    ['fultime', FULL_TIME],
    ['voltijd', FULL_TIME],
    ['parttime', PART_TIME],
    ['part time', PART_TIME],
    ['deeltijd', PART_TIME],
    ['partime', PART_TIME],
    ['fulltime 36 uur', exactly(36)],
    ['parttime, 24 uur', exactly(24)],
    ['3 dagen', exactly(24)],
    ['drie dagen per week', exactly(24)],
    ['4 dagen', exactly(32)],
    ['2 dagen van 6 uur', exactly(12)],
    ['3 ochtenden', exactly(12)],
    ['halve dagen', exactly(20)],
    ['20 tot 24 uur', { min: 20, max: 24, vague: false }],
    ['20-24', { min: 20, max: 24, vague: false }],
    ['20 à 24 uur', { min: 20, max: 24, vague: false }],
    ['tussen 20 en 24 uur', { min: 20, max: 24, vague: false }],
    ['3 of 4 dagen', { min: 24, max: 32, vague: false }],
    ['minimaal 24 uur', { min: 24, max: 40, vague: false }],
    ['maximaal 20 uur', { min: 0, max: 20, vague: false }],
    ['niet meer dan 16 uur', { min: 0, max: 16, vague: false }],
    ['120 uur per maand', exactly(28)],
    ['maakt niet uit', { any: true }],
    ['Maakt me niet uit!', { any: true }],
    ['geen voorkeur', { any: true }],
    ["doesn't matter", { any: true }],
    ['40 hours', exactly(40)],
    ['100', undefined],
    ['1500 euro', undefined],
    ['geen idee', undefined],
    ['', undefined],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)}`, () => expect(parseHoursPerWeek(input)).to.deep.equal(expected));
  }
});
