// The intake: consent, then the numbered steps of intakeSteps.ts (situation → work → school and
// language → health → the work sought → where, when and training: "Stap 1 van 7" …), then "Klopt
// dit?" and the summary (the last step). "terug" at a step's first question goes back to the
// previous step's last question. Answers are saved after every step when the seeker consented, so
// a returning seeker can continue.
import { ComponentDialog, DialogEvents, WaterfallDialog, type DialogContext, type DialogEvent, type WaterfallStepContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { intakeHooks } from './alsoRead';
import { FollowUpOfferDialog } from './followUpOffer';
import type { FollowUpPort } from './followUpServices';
import { ConsentDialog, CONSENT_DIALOG, CONSENT_TEXT_VERSION, RETURNING_DIALOG, ReturningDialog } from './consentDialog';
import type { IntakeAnswers } from './intakeAnswers';
import { QuestionnaireDialog, type QuestionnaireOptions, type QuestionnaireResult } from './questionnaire';
import type { Matcher, SeekerMediation, SeekerRecords } from './services';
import { VacancyDialog } from './vacancyDialog';
import { SUMMARY_DIALOG, SummaryDialog, type SummaryOutcome } from './summaryDialog';
import { say, turnOf } from './turn';
import { CONFIRM_DIALOG, ConfirmDialog } from './confirmDialog';
import { correctionDialogs } from './correctionChain';
import { allIntakeQuestions, continuesPart, firstOpenStep, INTAKE_STEPS, LEGACY_TOPICS, legacyTopicQuestions, STEP_COUNT, stepQuestions } from './intakeSteps';
import { seekerOf } from './identity';

export const INTAKE_DIALOG = 'intake';
const LOOP = 'intakeLoop';

/** After the question steps: "Klopt dit?", then the summary with the proposals (one step, the last). */
const CONFIRM = INTAKE_STEPS.length;
const SUMMARY = INTAKE_STEPS.length + 1;
/** The numbering `topic` follows; options without it were saved under the old three topics. */
const STEPS_VERSION = 2;

interface LoopOptions {
  /** -2 = returning question, -1 = consent, 0..CONFIRM-1 = steps, CONFIRM = "Klopt dit?", SUMMARY = summary */
  topic: number;
  answers: IntakeAnswers;
  seekerId?: string;
  fromEnd?: boolean;
  /** The seeker just said "Ja, dit klopt": the summary shows the proposals only. */
  confirmed?: boolean;
  /** STEPS_VERSION; absent in a conversation saved under the old numbering (see LEGACY_TOPICS). */
  steps?: number;
  /** The question answered last in the step before (for a bare correction at this step's first question). */
  previous?: string;
  /** Started with a van werk naar werk code: the seeker joins that group once they consented. */
  groupId?: string;
}

/**
 * The loop's options in today's numbering. A legacy topic that just ended covered several steps:
 * going back continues before its first, going on after its last.
 */
function current(o: LoopOptions, back = false): LoopOptions {
  if (o.steps === STEPS_VERSION || o.topic < 0) return o;
  const legacy = LEGACY_TOPICS[o.topic];
  const topic = legacy ? (back ? legacy.first : legacy.last) : o.topic - LEGACY_TOPICS.length + CONFIRM;
  return { ...o, topic, steps: STEPS_VERSION };
}

export type IntakeOutcome = SummaryOutcome;

export interface IntakeOptions {
  answers?: IntakeAnswers;
  seekerId?: string;
  /** A returning seeker with saved answers: ask whether to continue, update or see proposals. */
  returning?: boolean;
  /** Started with a van werk naar werk code (see LoopOptions.groupId). */
  groupId?: string;
}

export class IntakeDialog extends ComponentDialog {
  private readonly firstOpen: (answers: IntakeAnswers) => number;

  constructor(
    matcher: Matcher,
    private readonly records: SeekerRecords,
    now: () => Date = () => new Date(),
    mediation?: SeekerMediation,
    /** Tags the seeker to a van werk naar werk group (MediationStore.joinGroup), after consent. */
    private readonly joinGroup?: (seekerId: string, groupId: string) => Promise<void>,
    /** Follow-up after a referral or introduction (issue 18). */
    followUps?: FollowUpPort,
    /** A region's scheme can be applied for in the chat ("Aanvragen" at the summary). */
    applyHere = false,
  ) {
    super(INTAKE_DIALOG);
    const questions = allIntakeQuestions(matcher);
    const hooks = intakeHooks(matcher);
    this.addDialog(new ConsentDialog(now))
      .addDialog(new ReturningDialog(now))
      .addDialog(new SummaryDialog(matcher, records, now, mediation, followUps, applyHere))
      .addDialog(new ConfirmDialog(now))
      .addDialog(new WaterfallDialog(LOOP, [this.beginTopic.bind(this), this.afterTopic.bind(this)]));
    if (mediation) this.addDialog(new VacancyDialog(mediation, now, followUps));
    if (followUps) this.addDialog(new FollowUpOfferDialog(followUps, now));
    for (const step of INTAKE_STEPS) this.addDialog(new QuestionnaireDialog(step.dialog, stepQuestions(step, questions), now, hooks));
    // A conversation saved mid-topic under the old numbering goes on in its old topic dialog.
    for (const topic of legacyTopicQuestions(questions)) this.addDialog(new QuestionnaireDialog(topic.dialog, topic.questions, now, hooks));
    // Any intake question asked again: at "Klopt dit?" and for corrections during the intake.
    for (const dialog of correctionDialogs(questions, now)) this.addDialog(dialog);
    this.firstOpen = (answers) => firstOpenStep(answers, questions);
    this.initialDialogId = LOOP;
  }

  /** Entry: maps IntakeOptions onto the loop. */
  static loopOptions(options: IntakeOptions = {}): LoopOptions {
    const answers = options.answers ?? {};
    if (options.returning) return { topic: -2, answers, seekerId: options.seekerId, steps: STEPS_VERSION };
    return { topic: options.seekerId ? 0 : -1, answers, seekerId: options.seekerId, steps: STEPS_VERSION, ...(options.groupId ? { groupId: options.groupId } : {}) };
  }

  protected override async onBeginDialog(inner: DialogContext, options?: IntakeOptions): Promise<DialogTurnResult> {
    return inner.beginDialog(LOOP, IntakeDialog.loopOptions(options));
  }

  /**
   * A conversation saved before a change to the intake's dialogs (the re-cut into steps) raises
   * "versionChanged" on its next turn; unhandled, botbuilder's fallback fails on a missing telemetry
   * client and the seeker gets an error. The intake goes on: old dialogs stay registered, old topic
   * numbers are mapped (`current`).
   */
  protected override async onPreBubbleEvent(dc: DialogContext, e: DialogEvent): Promise<boolean> {
    return e.name === DialogEvents.versionChanged || super.onPreBubbleEvent(dc, e);
  }

  private async beginTopic(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const o = current(step.options as LoopOptions);
    const { t } = turnOf(step.context);
    if (o.topic === -2) return step.beginDialog(RETURNING_DIALOG, { answers: o.answers });
    if (o.topic === -1) return step.beginDialog(CONSENT_DIALOG, { answers: o.answers });
    if (o.topic >= CONFIRM && !o.confirmed) await say(step.context, t.intake.step(STEP_COUNT, STEP_COUNT, t.intake.titles.summary));
    if (o.topic === CONFIRM) return step.beginDialog(CONFIRM_DIALOG, { answers: o.answers });
    if (o.topic >= SUMMARY) return step.beginDialog(SUMMARY_DIALOG, { answers: o.answers, seekerId: o.seekerId, confirmed: o.confirmed });
    const { dialog, title } = INTAKE_STEPS[o.topic];
    // Said by the step itself before its first question: a step answered in passing says nothing.
    const intro = o.fromEnd ? undefined : { text: t.intake.step(o.topic + 1, STEP_COUNT, t.intake.titles[title]) };
    const previous = continuesPart(o.topic) ? o.previous : undefined;
    return step.beginDialog(dialog, { answers: o.answers, fromEnd: o.fromEnd, intro, previous } satisfies QuestionnaireOptions);
  }

  private async afterTopic(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const result = step.result as QuestionnaireResult;
    const o = current(step.options as LoopOptions, Boolean(result?.back));
    if (o.topic >= SUMMARY) return step.endDialog(step.result as IntakeOutcome);

    const answers = result.answers;
    let seekerId = o.seekerId;
    const loop = (options: Omit<LoopOptions, 'answers' | 'seekerId' | 'steps'>) =>
      step.replaceDialog(LOOP, { ...options, answers, seekerId, steps: STEPS_VERSION } satisfies LoopOptions);
    if (o.topic === CONFIRM) return loop({ topic: SUMMARY, confirmed: true });

    if (o.topic === -2) {
      const resume = answers.resume;
      delete answers.resume;
      // Updating: every question is asked again, also those answered in passing last time.
      if (resume === 'update') (delete answers.prefilled, delete answers.asked);
      return loop({ topic: resume === 'proposals' ? SUMMARY : resume === 'update' ? 0 : this.firstOpen(answers) });
    }
    if (o.topic === -1) {
      if (answers.consent && !seekerId) {
        seekerId = await this.records.giveConsent(seekerOf(step.context), turnOf(step.context).locale, CONSENT_TEXT_VERSION);
      }
      if (answers.consent && seekerId && o.groupId) await this.joinGroup?.(seekerId, o.groupId);
      return loop({ topic: 0 });
    }
    // Back from a step's first question: the previous step's last question (and further back past
    // a step that had nothing to ask).
    if (result.back || (o.fromEnd && result.none)) return loop({ topic: Math.max(0, o.topic - 1), fromEnd: o.topic > 0 });
    // Saved after every topic, the last too (a seeker who leaves at "Klopt dit?" comes back to it);
    // the summary saves them complete, with their proposals.
    if (seekerId) await this.records.saveAnswers(seekerId, answers);
    // Past a step with nothing to ask, the answer before it is still the last one.
    return loop({ topic: o.topic + 1, previous: result.none ? o.previous : result.last });
  }
}
