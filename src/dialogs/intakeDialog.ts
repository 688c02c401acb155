// The intake: consent, then situation → skills → goals → summary ("Stap 1 van 4" …). "terug" at a
// topic's first question goes back to the previous topic's last question. Answers are saved after
// every topic when the seeker consented, so a returning seeker can continue.
import { ComponentDialog, WaterfallDialog, type WaterfallStepContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { intakeHooks } from './alsoRead';
import { ConsentDialog, CONSENT_DIALOG, CONSENT_TEXT_VERSION, RETURNING_DIALOG, ReturningDialog } from './consentDialog';
import { GOALS_DIALOG, GoalsDialog } from './goalsDialog';
import type { IntakeAnswers } from './intakeAnswers';
import type { QuestionnaireResult } from './questionnaire';
import type { Matcher, SeekerRecords } from './services';
import { SITUATION_DIALOG, SituationDialog } from './situationDialog';
import { SKILLS_DIALOG, SkillsDialog } from './skillsDialog';
import { SUMMARY_DIALOG, SummaryDialog, type SummaryOutcome } from './summaryDialog';
import { say, turnOf } from './turn';
import { CONFIRM_DIALOG, ConfirmDialog } from './confirmDialog';
import { correctionDialogs } from './correctionChain';
import { intakeQuestions } from './understandAnswer';
import { seekerOf } from './identity';

export const INTAKE_DIALOG = 'intake';
const LOOP = 'intakeLoop';

/** The numbered steps; consent comes before step 1. */
const TOPICS = [SITUATION_DIALOG, SKILLS_DIALOG, GOALS_DIALOG] as const;
const TITLES = ['situation', 'skills', 'goals'] as const;
const STEPS = TOPICS.length + 1;
/** After the topics: "Klopt dit?", then the summary with the proposals. */
const CONFIRM = TOPICS.length;
const SUMMARY = TOPICS.length + 1;

interface LoopOptions {
  /** -2 = returning question, -1 = consent, 0..2 = topics, 3 = "Klopt dit?", 4 = summary */
  topic: number;
  answers: IntakeAnswers;
  seekerId?: string;
  fromEnd?: boolean;
  /** The seeker just said "Ja, dit klopt": the summary shows the proposals only. */
  confirmed?: boolean;
}

export type IntakeOutcome = SummaryOutcome;

export interface IntakeOptions {
  answers?: IntakeAnswers;
  seekerId?: string;
  /** A returning seeker with saved answers: ask whether to continue, update or see proposals. */
  returning?: boolean;
}

export class IntakeDialog extends ComponentDialog {
  constructor(
    matcher: Matcher,
    private readonly records: SeekerRecords,
    now: () => Date = () => new Date(),
  ) {
    super(INTAKE_DIALOG);
    this.addDialog(new ConsentDialog(now))
      .addDialog(new ReturningDialog(now))
      .addDialog(new SituationDialog(now, intakeHooks(matcher)))
      .addDialog(new SkillsDialog(matcher, now, intakeHooks(matcher)))
      .addDialog(new GoalsDialog(matcher, now, intakeHooks(matcher)))
      .addDialog(new SummaryDialog(matcher, records, now))
      .addDialog(new ConfirmDialog(now))
      .addDialog(new WaterfallDialog(LOOP, [this.beginTopic.bind(this), this.afterTopic.bind(this)]));
    // Any intake question asked again: at "Klopt dit?" and for corrections during the intake.
    for (const dialog of correctionDialogs(intakeQuestions(matcher), now)) this.addDialog(dialog);
    this.initialDialogId = LOOP;
  }

  /** Entry: maps IntakeOptions onto the loop. */
  static loopOptions(options: IntakeOptions = {}): LoopOptions {
    const answers = options.answers ?? {};
    if (options.returning) return { topic: -2, answers, seekerId: options.seekerId };
    return { topic: options.seekerId ? 0 : -1, answers, seekerId: options.seekerId };
  }

  protected override async onBeginDialog(inner: import('botbuilder-dialogs').DialogContext, options?: IntakeOptions): Promise<DialogTurnResult> {
    return inner.beginDialog(LOOP, IntakeDialog.loopOptions(options));
  }

  private async beginTopic(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const o = step.options as LoopOptions;
    const { t } = turnOf(step.context);
    if (o.topic === -2) return step.beginDialog(RETURNING_DIALOG, { answers: o.answers });
    if (o.topic === -1) return step.beginDialog(CONSENT_DIALOG, { answers: o.answers });
    if (o.topic >= CONFIRM && !o.confirmed) await say(step.context, t.intake.step(STEPS, STEPS, t.intake.titles.summary));
    if (o.topic === CONFIRM) return step.beginDialog(CONFIRM_DIALOG, { answers: o.answers });
    if (o.topic >= SUMMARY) return step.beginDialog(SUMMARY_DIALOG, { answers: o.answers, seekerId: o.seekerId, confirmed: o.confirmed });
    if (!o.fromEnd) await say(step.context, t.intake.step(o.topic + 1, STEPS, t.intake.titles[TITLES[o.topic]]));
    return step.beginDialog(TOPICS[o.topic], { answers: o.answers, fromEnd: o.fromEnd });
  }

  private async afterTopic(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const o = step.options as LoopOptions;
    if (o.topic >= SUMMARY) return step.endDialog(step.result as IntakeOutcome);

    const result = step.result as QuestionnaireResult;
    const answers = result.answers;
    let seekerId = o.seekerId;
    if (o.topic === CONFIRM) return step.replaceDialog(LOOP, { topic: SUMMARY, answers, seekerId, confirmed: true } satisfies LoopOptions);

    if (o.topic === -2) {
      const resume = answers.resume;
      delete answers.resume;
      // Updating: every question is asked again, also those answered in passing last time.
      if (resume === 'update') (delete answers.prefilled, delete answers.asked);
      const topic = resume === 'proposals' ? SUMMARY : resume === 'update' ? 0 : firstOpenTopic(answers);
      return step.replaceDialog(LOOP, { topic, answers, seekerId } satisfies LoopOptions);
    }
    if (o.topic === -1) {
      if (answers.consent && !seekerId) {
        seekerId = await this.records.giveConsent(seekerOf(step.context), turnOf(step.context).locale, CONSENT_TEXT_VERSION);
      }
      return step.replaceDialog(LOOP, { topic: 0, answers, seekerId } satisfies LoopOptions);
    }
    if (result.back) {
      // Back from the first question of a topic: the previous topic's last question.
      const topic = Math.max(0, o.topic - 1);
      return step.replaceDialog(LOOP, { topic, answers, seekerId, fromEnd: o.topic > 0 } satisfies LoopOptions);
    }
    // Saved after every topic, the last too (a seeker who leaves at "Klopt dit?" comes back to it);
    // the summary saves them complete, with their proposals.
    if (seekerId) await this.records.saveAnswers(seekerId, answers);
    return step.replaceDialog(LOOP, { topic: o.topic + 1, answers, seekerId } satisfies LoopOptions);
  }
}

/** The first topic that still lacks its key answer. */
function firstOpenTopic(a: IntakeAnswers): number {
  if (!a.situation) return 0;
  if (!a.education || !a.dutchLevel) return 1;
  if (!a.direction || a.trainingWilling === undefined) return 2;
  return TOPICS.length;
}
