// One intake question asked again, by id, with the questions that belong to it ("Welk beroep past
// het best?" after a new job): for "Klopt dit?" and for corrections during the intake. It is a
// questionnaire, so "terug", "help" and "waarom vraag je dit?" work as at any question.
import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import type { IntakeQuestionId } from '../language';
import { correctionDialogId, FOLLOW_UPS, prepareCorrection, type CorrectionOptions } from './corrections';
import { QuestionnaireDialog, type Question, type QuestionnaireResult } from './questionnaire';
import { conversationLocale, say, turnOf } from './turn';

const afterId = (question: IntakeQuestionId) => `${correctionDialogId(question)}.after`;

class CorrectionDialog extends QuestionnaireDialog {
  constructor(
    private readonly question: Question,
    followUps: Question[],
    private readonly clock: () => Date,
  ) {
    // Asked again whatever its condition in the intake; the follow-ups only when they apply.
    super(correctionDialogId(question.id as IntakeQuestionId), [{ ...question, when: undefined }, ...followUps], clock);
  }

  override async beginDialog(dc: DialogContext, options?: CorrectionOptions): Promise<DialogTurnResult> {
    const id = this.question.id as IntakeQuestionId;
    const answers = prepareCorrection(id, options?.answers ?? {});
    const text = options?.firstAnswer?.trim();
    if (text) {
      // "postcode is 3512": the new answer came with the correction; the question is not asked.
      const q = { ...turnOf(dc.context, conversationLocale(dc.context), this.clock()), answers };
      const understood = await this.question.understand(text, q);
      if (understood.ok) {
        understood.apply(answers);
        if (understood.reply) await say(dc.context, understood.reply);
        return dc.replaceDialog(afterId(id), { answers });
      }
    }
    return super.beginDialog(dc, { answers });
  }
}

/** The dialogs that ask each intake question again; add them where the intake's dialogs live. */
export function correctionDialogs(questions: Question[], now: () => Date): QuestionnaireDialog[] {
  const byId = new Map(questions.map((q) => [q.id, q]));
  return questions.flatMap((question) => {
    const id = question.id as IntakeQuestionId;
    const followUps = (FOLLOW_UPS[id] ?? []).map((f) => byId.get(f)).filter((q): q is Question => q !== undefined);
    return [new CorrectionDialog(question, followUps, now), new QuestionnaireDialog(afterId(id), followUps, now)];
  });
}

export type CorrectionResult = QuestionnaireResult;
