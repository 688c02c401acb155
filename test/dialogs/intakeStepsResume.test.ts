// Issue 15, the re-cut steps: a conversation saved in the middle of the intake under the old three
// topics ("Stap n van 4", dialogs skills and goals) goes on at the same question and then counts in
// the new steps; a returning seeker continues at the first step still open; "terug" goes back past
// a step that was answered in passing, without its header.
import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { allIntakeQuestions, firstOpenStep, INTAKE_STEPS } from '../../src/dialogs/intakeSteps';
import type { IntakeAnswers } from '../../src/dialogs/intakeAnswers';
import type { Matcher } from '../../src/dialogs/services';
import { answerAndConfirm, Conversation, useSqliteDatabase } from '../helpers/conversation';

interface Saved {
  userId: string;
  conversationId: string;
  key: string;
  data: unknown;
}
const FIXTURE = JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures', 'legacyIntakeState.json'), 'utf8')) as { conversations: Record<string, Saved> };

const step = (dialog: string) => INTAKE_STEPS.findIndex((s) => s.dialog === dialog);

describe('intake steps: saved intakes and "terug" across the re-cut steps (issue 15)', () => {
  const db = useSqliteDatabase();

  /** The conversation as it was stored before the re-cut, opened again by the same seeker. */
  async function restore(name: string): Promise<Conversation> {
    const saved = FIXTURE.conversations[name];
    await db().botState.create({ data: { key: saved.key, eTag: 'legacy', data: JSON.stringify(saved.data) } });
    return Conversation.open(db(), { userId: saved.userId, conversationId: saved.conversationId });
  }

  it('saved at the age question (old topic 2 of 4): the same question goes on, then "Stap 5 van 7" and "Stap 7 van 7"', async () => {
    const conversation = await restore('skills-age');
    await conversation.run([
      ['45', (_r, text) => expect(text).to.match(/45 jaar[\s\S]*rijbewijs/).and.not.match(/Stap/)],
      ['ja', /gezondheid/],
      ['nee', /Stap 5 van 7: het werk dat je zoekt[\s\S]*Wat voor werk zoek je/],
      ['hetzelfde werk', (_r, text) => expect(text).to.match(/Hoeveel uur/).and.not.match(/Stap/)],
      ['32 uur', /Stap 6 van 7: waar en wanneer[\s\S]*postcode/],
      ['3511', /reizen/],
      ['maakt niet uit', /beginnen/],
      ['zo snel mogelijk', /opleiding/],
      ...answerAndConfirm('nee', /Stap 7 van 7[\s\S]*WW-uitkering tot 1 september 2027[\s\S]*45 jaar[\s\S]*heftruckchauffeur \(10 jaar\)/),
    ]);
  });

  it('saved at the postcode question (old topic 3 of 4): the same question goes on, then "Stap 7 van 7"', async () => {
    const conversation = await restore('goals-postcode');
    await conversation.run([
      ['3511', (_r, text) => expect(text).to.match(/reizen/).and.not.match(/Stap/)],
      ['een half uur', /beginnen/],
      ['zo snel mogelijk', /opleiding/],
      ...answerAndConfirm('nee', /Stap 7 van 7[\s\S]*Geen zwaar lichamelijk werk[\s\S]*32 uur per week/),
    ]);
  });

  it('"terug" at the first question after a step answered in passing goes back past it, without its header', async () => {
    const conversation = await Conversation.open(db());
    await conversation.run([
      ['Ik zoek werk', /bewaren/],
      ['ja', /Stap 1 van 7/],
      ['bijstand', /per maand/],
      ['sla over', /Stap 2 van 7/],
      ['nooit gewerkt', /Stap 3 van 7[\s\S]*diploma/],
      // Dutch, age, licence and the health question (step 4) are all in this one answer.
      ['Ik heb mbo 2 gedaan, Nederlands is mijn moedertaal en ik heb een rijbewijs. Ik ben 52 en ik heb geen beperkingen door mijn gezondheid.', (_r, text) => {
        expect(text).to.match(/Stap 5 van 7[\s\S]*Wat voor werk zoek je/).and.not.match(/Stap 4/);
      }],
      ['terug', (_r, text) => expect(text).to.match(/diploma/).and.not.match(/Stap|Wat voor werk/)],
      ['mbo 2', (_r, text) => expect(text).to.match(/Stap 5 van 7[\s\S]*Wat voor werk zoek je/).and.not.match(/Stap 4/)],
    ]);
  });

  describe('where a returning seeker continues', () => {
    const questions = allIntakeQuestions({} as Matcher);
    const open = (answers: IntakeAnswers) => firstOpenStep(answers, questions);
    const upTo = (dialog: string) => INTAKE_STEPS.slice(0, step(dialog) + 1).flatMap((s) => s.questions);

    it('with the questions asked kept: the first step with a question still open', () => {
      expect(open({})).to.equal(0);
      expect(open({ situation: 'bijstand', asked: upTo('situation') })).to.equal(step('work'));
      expect(open({ situation: 'bijstand', jobs: [], askEarlierJob: false, asked: ['situation', 'amount', 'job'] })).to.equal(step('schooling'));
      expect(open({ situation: 'bijstand', education: 'vmbo', dutchLevel: 'native', asked: upTo('schooling') })).to.equal(step('health'));
      // Answered in passing counts as answered: the health step has nothing left.
      expect(open({ situation: 'bijstand', healthLimits: 'no', asked: upTo('schooling'), prefilled: ['health'] })).to.equal(step('wish'));
      expect(open({ situation: 'ww', healthLimits: 'yes', asked: upTo('schooling').concat('health') })).to.equal(step('health'));
      expect(open({ situation: 'bijstand', direction: 'same', asked: upTo('wish') })).to.equal(step('practical'));
      expect(open({ situation: 'bijstand', trainingWilling: false, asked: upTo('practical') })).to.equal(INTAKE_STEPS.length);
    });

    it('answers saved before the questions asked were kept: by the key answers of the old three parts', () => {
      expect(open({ consent: true })).to.equal(0);
      expect(open({ situation: 'ww' })).to.equal(step('work'));
      expect(open({ situation: 'ww', jobs: [] })).to.equal(step('schooling'));
      expect(open({ situation: 'ww', education: 'vmbo', dutchLevel: 'native' })).to.equal(step('wish'));
      expect(open({ situation: 'ww', education: 'vmbo', dutchLevel: 'native', direction: 'same' })).to.equal(step('practical'));
      expect(open({ situation: 'ww', education: 'vmbo', dutchLevel: 'native', direction: 'same', trainingWilling: true })).to.equal(INTAKE_STEPS.length);
    });
  });
});
