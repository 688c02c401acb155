// The words of a budget application (src/language/budgetWords.ts): the request at any moment, and
// the facts of an application said in one answer. Precision first: what is not clearly said is asked.
import { expect } from 'chai';
import { costIn, isApplyButton, readBudgetFacts, saysApplyForBudget, schoolIn, trainingIn, trainingStartIn } from '../../src/language';

const NOW = new Date('2026-11-24T10:00:00Z');

describe('language: budget application words', () => {
  it('understands the request, not a question about it or a refusal', () => {
    for (const text of ['ik wil het scholingsbudget aanvragen', 'scholingsbudget aanvragen', 'Hoe vraag ik het scholingsbudget aan?', 'kan ik het opleidingsbudget krijgen', 'I want to apply for the training budget', 'scholingsbudget'])
      expect(saysApplyForBudget(text), text).to.equal(true);
    for (const text of ['wat is het scholingsbudget?', 'ik wil geen scholingsbudget', 'ik wil een opleiding doen', 'aanvragen'])
      expect(saysApplyForBudget(text), text).to.equal(false);
    expect(isApplyButton('Aanvragen')).to.equal(true);
    expect(isApplyButton('apply')).to.equal(true);
    expect(isApplyButton('ik wil iets aanvragen')).to.equal(false);
  });

  it('reads training, school, cost and start from one sentence', () => {
    const text = 'Ik wil de cursus heftruckchauffeur doen bij ROC Midden Nederland, die kost 1.850 euro en begint 1 maart';
    expect(trainingIn(text)).to.equal('cursus heftruckchauffeur');
    expect(readBudgetFacts(text, NOW)).to.deep.equal({ provider: 'ROC Midden Nederland', costEuros: 1850, start: { date: '2027-03-01', granularity: 'day' } });
    expect(readBudgetFacts('Basiscursus boekhouden bij NCOI, € 1.200, start in februari', NOW)).to.deep.equal({ provider: 'NCOI', costEuros: 1200, start: { date: '2027-02-01', granularity: 'month' } });
  });

  it('a school only when named: "bij X", "de school is X", or a name with a school word; a complaint is no name', () => {
    expect(schoolIn('ROC Midden Nederland')).to.equal('ROC Midden Nederland');
    expect(schoolIn('de school is NCOI')).to.equal('NCOI');
    expect(schoolIn('de school klopt niet')).to.equal(undefined);
    expect(schoolIn('cursus heftruckchauffeur')).to.equal(undefined);
  });

  it('money only with a money word, except at the cost question; no monthly amounts, no "weet niet"', () => {
    expect(costIn('1850', false)).to.equal(undefined);
    expect(costIn('1850', true)).to.equal(1850);
    expect(costIn('ongeveer 2.100 euro', false)).to.equal(2100);
    expect(costIn('€ 99,50', true)).to.equal(99.5);
    expect(costIn('150 euro per maand', true)).to.equal(undefined);
    expect(costIn('weet ik niet', true)).to.equal(undefined);
    expect(costIn('1,200 euros', true, 'en')).to.equal(1200);
  });

  it('a start is a day or a month ahead; an amount is no date, "weet niet" no start', () => {
    expect(trainingStartIn('in september', NOW)).to.deep.equal({ date: '2027-09-01', granularity: 'month' });
    expect(trainingStartIn('1.850 euro', NOW)).to.equal(undefined);
    expect(trainingStartIn('weet ik niet', NOW)).to.equal(undefined);
  });
});
