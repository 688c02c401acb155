// The root of every conversation: the front-door menu, the intake, and the interruptions that
// work at any moment, handled in this one place (like core-bot's CancelAndHelpDialog):
// identifiers (BSN) refused, very long input, language switch, "opnieuw", "stop", "ik wil een mens
// spreken", "verwijder mijn gegevens", "help" and "terug" (passed to the active question).
import type { TurnContext } from 'botbuilder';
import { ComponentDialog, Dialog, DialogEvents, WaterfallDialog, type DialogContext, type DialogEvent, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { detectInterruption, findCorrection, findPii, isThanksOrOk, looksEnglish, MAX_INPUT_CHARS, questionAside, type Interruption } from '../language';
import type { Locale } from '../texts';
import { employerSummaryLine, type EmployerAnswers } from './employerAnswers';
import { EMPLOYER_DIALOG, EmployerDialog, employerAnswersIn, type EmployerOptions, type EmployerOutcome } from './employerDialog';
import { needFromMenuText } from './employerQuestions';
import { ERASE_DIALOG, EraseDialog } from './eraseDialog';
import { FollowUpAnswerDialog, followUpTurn } from './followUpAnswer';
import type { FollowUpPort } from './followUpServices';
import { groupCodeOf, groupOfCode } from './groupCode';
import { OverviewDialog, overviewIntent, type OverviewMaker } from './overviewDialog';
import { InlineQuestions } from './inlineQuestions';
import { askerOf } from './knowledgeReply';
import { mediationIntent, soundsLikeEmployer, soundsLikeSeeker } from './menuIntent';
import { seekerOf } from './identity';
import { IntakeAnswersSchema } from './intakeAnswers';
import { INTAKE_DIALOG, IntakeDialog, type IntakeOptions, type IntakeOutcome } from './intakeDialog';
import { MAIN_DIALOG, MainDialog, type MainOptions, type MenuChoice } from './mainDialog';
import { QUESTION_DIALOG, QuestionDialog, type QuestionOutcome } from './questionDialog';
import { CORRECTION, expectsFreeText, HELP_TEXT, misunderstoodTwice, QuestionnaireDialog, TURN_INTENT } from './questionnaire';
import { asideAnswerFor } from './whyWeAsk';
import type { EmployerDesk, EmployerMatcher, HandoffReason, HandoffStarter, Knowledge, Matcher, SeekerBudget, SeekerMediation, SeekerRecords } from './services';
import { BudgetApplyDialog } from './budgetApplyDialog';
import { budgetIntent } from './budgetIntent';
import { matchingIntent } from './vacancyDialog';
import { atMenu, inIntake, localeChosen, StackView } from './stack';
import { isComplexSummary } from './summaryDialog';
import { say, turnOf } from './turn';

export const ROOT_DIALOG = 'root';
const FLOW = 'rootFlow';
const BLOCKED_IDENTIFIERS = ['bsn', 'iban'] as const;

export interface RootDialogDeps {
  matcher: Matcher;
  records: SeekerRecords;
  handoff?: HandoffStarter;
  /** Information questions: the "Ik heb een vraag" route and questions in the middle of other dialogs. */
  knowledge?: Knowledge;
  /** The employer route. */
  employers?: EmployerMatcher;
  /** Bemiddeling: employers leave vacancies and register groups; employees start with a group's code. */
  desk?: EmployerDesk;
  setLocale(context: TurnContext, locale: Locale): Promise<void>;
  forgetState(context: TurnContext): Promise<void>;
  /** Before "verwijder mijn gegevens" erases: closes the seeker's open handoffs, tells the console. */
  beforeErase?: (conversationIds: string[]) => Promise<void>;
  /** "Neem je overzicht mee" and its share code ("overzicht", "code intrekken" at any moment). */
  overview?: OverviewMaker;
  /** Bemiddeling: vacancies in the summary, the group's arrangement, "ik wil niet meer voorgesteld worden". */
  mediation?: SeekerMediation;
  /** Follow-up after a referral (issue 18): asked after the next step, answered at any moment. */
  followUps?: FollowUpPort;
  /** A region's own schemes: "Aanvragen" at a scheme's proposal, "ik wil het scholingsbudget aanvragen". */
  budget?: SeekerBudget;
  now?: () => Date;
}

interface FlowOptions {
  startIntake?: 'fresh';
  /** Go straight to a route (from the question route's buttons, or "opnieuw" in the employer route). */
  route?: 'work' | 'employer';
  /** Back at the menu: no second welcome. */
  again?: boolean;
  /** Started with a van werk naar werk code: the intake tags the seeker to this group. */
  groupId?: string;
}


export class RootDialog extends ComponentDialog {
  private readonly inlineQuestions?: InlineQuestions;

  /**
   * A new release that adds or changes a dialog raises "versionChanged" in every conversation saved
   * before it; unhandled, botbuilder's fallback fails (no telemetry client) and the seeker gets an
   * error on their next message. Dialog ids are kept across releases, so the conversation goes on.
   */
  protected override async onPreBubbleEvent(dc: DialogContext, e: DialogEvent): Promise<boolean> {
    return e.name === DialogEvents.versionChanged || super.onPreBubbleEvent(dc, e);
  }

  constructor(private readonly deps: RootDialogDeps) {
    super(ROOT_DIALOG);
    const now = deps.now ?? (() => new Date());
    if (deps.knowledge) {
      // Who to ask follows the seeker's situation: from the running intake, else their saved answers.
      // A failing store only loses the situation: the question is still answered.
      const saved = async (context: TurnContext) => {
        const found = await deps.records.find(seekerOf(context)).catch(() => undefined);
        return found?.consent ? found.answers : undefined;
      };
      this.addDialog(new QuestionDialog(deps.knowledge, saved));
      this.inlineQuestions = new InlineQuestions(deps.knowledge, saved);
    }
    if (deps.employers) this.addDialog(new EmployerDialog(deps.employers, now, deps.desk, deps.matcher));
    if (deps.overview) this.addDialog(new OverviewDialog(deps.overview, deps.records, now));
    if (deps.budget) this.addDialog(new BudgetApplyDialog(deps.budget, now));
    this.addDialog(new MainDialog())
      .addDialog(new IntakeDialog(deps.matcher, deps.records, now, deps.mediation, deps.desk && ((seekerId, groupId) => deps.desk!.joinGroup(seekerId, groupId)), deps.followUps, Boolean(deps.budget)))
      .addDialog(new EraseDialog(deps.records, deps.forgetState, deps.beforeErase, deps.desk))
      .addDialog(new WaterfallDialog(FLOW, [this.menu.bind(this), this.route.bind(this), this.after.bind(this)]));
    if (deps.followUps) this.addDialog(new FollowUpAnswerDialog(deps.followUps, now, deps.handoff));
    this.initialDialogId = FLOW;
  }

  /** A follow-up's button or due question first (followUpAnswer.ts); undefined when there is none. */
  private async followUpFirst(inner: DialogContext, how: { then?: { id: string; options?: object }; innermostId?: string }): Promise<DialogTurnResult | undefined> {
    if (!this.deps.followUps) return undefined;
    const memo = inner.parent?.activeDialog?.state as { followUpCheckedAt?: number } | undefined;
    const deps = { followUps: this.deps.followUps, records: this.deps.records, now: this.deps.now ?? (() => new Date()) };
    return followUpTurn(inner, deps, { memo, ...how });
  }

  private async menu(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const o = step.options as FlowOptions | undefined;
    if (o?.startIntake) return step.next('work-fresh');
    if (o?.route) return step.next(o.route);
    return step.beginDialog(MAIN_DIALOG, { again: o?.again, routesSpeak: Boolean(this.deps.knowledge && this.deps.employers) } satisfies MainOptions);
  }

  private async route(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const choice = step.result as MenuChoice | 'work-fresh';
    if (choice === 'english') {
      await this.switchLanguage(step.context, 'en');
      return step.replaceDialog(FLOW);
    }
    if (choice === 'work' || choice === 'work-fresh') {
      const options = await this.intakeOptions(step.context, choice === 'work-fresh');
      const groupId = (step.options as FlowOptions | undefined)?.groupId;
      // A seeker who consented before joins at once; a new one once they consent in the intake.
      if (groupId && options.seekerId) await this.deps.desk?.joinGroup(options.seekerId, groupId);
      else if (groupId) options.groupId = groupId;
      return step.beginDialog(INTAKE_DIALOG, options);
    }
    if (choice === 'employer' && this.deps.employers) {
      const text = step.context.activity.text ?? '';
      return step.beginDialog(EMPLOYER_DIALOG, { answers: { need: needFromMenuText(text) }, start: this.deps.desk ? mediationIntent(text) : undefined } satisfies EmployerOptions);
    }
    if (choice === 'question' && this.deps.knowledge) return step.beginDialog(QUESTION_DIALOG);
    if (choice === 'human') await this.startHandoff(step.context, 'asked');
    return step.endDialog();
  }

  private async after(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const result = step.result as IntakeOutcome | QuestionOutcome | EmployerOutcome | undefined;
    if (typeof result === 'object') return this.afterEmployer(step, result);
    if (result === 'menu') return step.replaceDialog(FLOW, { again: true } satisfies FlowOptions);
    if (result === 'work' || result === 'employer') return step.replaceDialog(FLOW, { route: result } satisfies FlowOptions);
    const outcome = result;
    if (outcome === 'advisor' || outcome === 'advisor-complex') await this.startHandoff(step.context, outcome === 'advisor' ? 'asked' : 'complex');
    if (outcome === 'restart') return step.replaceDialog(FLOW, { startIntake: 'fresh' } satisfies FlowOptions);
    // The conversation ends here; a question typed next is still answered (onBeginDialog).
    if (outcome === 'referred' && this.inlineQuestions) await say(step.context, turnOf(step.context).t.anyMoment.askMore);
    return step.endDialog();
  }

  private async afterEmployer(step: WaterfallStepContext, result: EmployerOutcome): Promise<DialogTurnResult> {
    if (result.outcome === 'advisor') await this.startHandoff(step.context, 'asked', result.answers);
    if (result.outcome === 'restart') return step.replaceDialog(FLOW, { route: 'employer' } satisfies FlowOptions);
    if (result.outcome === 'menu') return step.replaceDialog(FLOW, { again: true } satisfies FlowOptions);
    if ((result.outcome === 'referred' || result.outcome === 'left') && this.inlineQuestions) await say(step.context, turnOf(step.context).t.anyMoment.askMore);
    return step.endDialog();
  }

  /** An employee with their employer's code (groupCode.ts): the intake, tagged after consent; else the normal start. */
  private async startWithCode(inner: DialogContext, code: string, atMenu = false): Promise<DialogTurnResult | undefined> {
    const { id: groupId, answered } = await groupOfCode(inner.context, this.deps.desk!, code);
    if (!answered) return undefined;
    if (!groupId) return atMenu ? this.reprompt(inner) : super.onBeginDialog(inner);
    if (atMenu) await inner.cancelAllDialogs();
    return atMenu ? inner.beginDialog(FLOW, { route: 'work', groupId } satisfies FlowOptions) : super.onBeginDialog(inner, { route: 'work', groupId } satisfies FlowOptions);
  }

  /** A returning seeker who consented continues with their saved answers. */
  private async intakeOptions(context: TurnContext, fresh: boolean): Promise<IntakeOptions> {
    const found = await this.deps.records.find(seekerOf(context));
    if (!found?.consent) return {};
    const saved = IntakeAnswersSchema.safeParse(found.answers ?? {});
    if (fresh || !found.answers || !saved.success) return { seekerId: found.id, answers: { consent: true } };
    return { seekerId: found.id, answers: saved.data, returning: true };
  }

  /** "Verwijder mijn gegevens" as the first message (or while an advisor has the chat) asks at once. */
  protected override async onBeginDialog(inner: DialogContext, options?: FlowOptions): Promise<DialogTurnResult> {
    const { activity } = inner.context;
    const text = activity.type === 'message' ? (activity.text ?? '') : '';
    if (text && detectInterruption(text) === 'erase') return inner.beginDialog(ERASE_DIALOG);
    // The website's link "/?code=ABCD-EFGH" brings the code with the conversation's start (public/chat.js).
    const code = !options && this.deps.desk ? groupCodeOf(inner.context) : undefined;
    const started = code ? await this.startWithCode(inner, code) : undefined;
    if (started) return started;
    // A BSN as the very first message is refused like one in the middle of a conversation.
    if (text && findPii(text, ['bsn']).length) await say(inner.context, turnOf(inner.context).t.pii.bsnWarning);
    // A seeker who comes back hears a due follow-up first, then the start they would have had.
    const followUp = !options && !detectInterruption(text) ? await this.followUpFirst(inner, { then: { id: FLOW } }) : undefined;
    if (followUp) return followUp;
    if (text && !options) return this.beginWith(inner, text);
    return super.onBeginDialog(inner, options);
  }

  /**
   * A message when no dialog runs (the first one, or after the intake ended): one in English
   * switches to English; a question is answered and "dank je" gets a kind word, then the menu
   * without the welcome, never the greeting instead of an answer.
   */
  private async beginWith(inner: DialogContext, text: string): Promise<DialogTurnResult> {
    const { context } = inner;
    const interruption = detectInterruption(text);
    if (interruption === 'language-en' || interruption === 'language-nl') {
      await this.switchLanguage(context, interruption === 'language-en' ? 'en' : 'nl');
      return super.onBeginDialog(inner);
    }
    const overview = await overviewIntent(inner, interruption, this.deps.records, this.deps.overview);
    if (overview) return overview === 'withdrawn' ? Dialog.EndOfTurn : overview;
    if (!interruption && (await matchingIntent(inner, text, this.deps.records, this.deps.mediation))) return Dialog.EndOfTurn;
    const budget = interruption ? undefined : await budgetIntent(inner, text, this.deps.budget, this.deps.records);
    if (budget) return budget;
    if (interruption) return super.onBeginDialog(inner);
    if (!localeChosen(context) && looksEnglish(text)) await this.switchLanguage(context, 'en');
    // "Good morning, can you help me find work?", "wij zoeken personeel": straight to that route.
    if (soundsLikeEmployer(text) && this.deps.employers) return super.onBeginDialog(inner, { route: 'employer' } satisfies FlowOptions);
    if (soundsLikeSeeker(text)) return super.onBeginDialog(inner, { route: 'work' } satisfies FlowOptions);
    if (isThanksOrOk(text)) {
      await say(context, turnOf(context).t.anyMoment.thanks);
      return super.onBeginDialog(inner, { again: true } satisfies FlowOptions);
    }
    const answered = this.inlineQuestions && (await this.inlineQuestions.handle(context, { inQuestion: false, freeText: false })) === 'answered';
    return super.onBeginDialog(inner, answered ? ({ again: true } satisfies FlowOptions) : undefined);
  }

  protected override async onContinueDialog(inner: DialogContext): Promise<DialogTurnResult> {
    const context = inner.context;
    if (context.activity.type !== 'message') return super.onContinueDialog(inner);
    const text = context.activity.text ?? '';
    const { t } = turnOf(context);
    // Each level of the stack is a new DialogContext: walked once (nothing below changes the stack before it is used).
    const where = new StackView(inner);

    const identifiers = findPii(text, [...BLOCKED_IDENTIFIERS]);
    if (identifiers.length) {
      await say(context, identifiers.some((m) => m.kind === 'bsn') ? t.pii.bsnWarning : t.pii.otherWarning);
      return this.reprompt(inner);
    }
    // Longer messages are not read: the seeker is asked to say it briefly.
    if (text.length > MAX_INPUT_CHARS) {
      await say(context, t.tooLong);
      return this.reprompt(inner);
    }

    const interruption = this.interruptionIn(where.innermost, text);
    const followUp = interruption ? undefined : await this.followUpFirst(inner, { innermostId: where.innermost.activeDialog?.id });
    if (followUp) return followUp;
    // "Ik wil niet meer voorgesteld worden" at any moment (and "stel me voor aan werkgevers").
    if (!interruption && (await matchingIntent(inner, text, this.deps.records, this.deps.mediation))) return Dialog.EndOfTurn;
    // "Aanvragen" at a scheme's proposal, "ik wil het scholingsbudget aanvragen": the application on top.
    const budget = interruption ? undefined : await budgetIntent(inner, text, this.deps.budget, this.deps.records);
    if (budget) return budget;
    switch (interruption) {
      case 'language-en':
      case 'language-nl': {
        const locale = interruption === 'language-en' ? 'en' : 'nl';
        await this.switchLanguage(context, locale);
        if (where.inQuestion) return this.reprompt(inner);
        // Outside the intake the menu is shown again in the new language.
        await inner.cancelAllDialogs();
        return inner.beginDialog(FLOW);
      }
      case 'restart': {
        const intake = inIntake(inner);
        const employer = inner.stack.some((d) => d.id === EMPLOYER_DIALOG);
        await say(context, t.restart);
        await inner.cancelAllDialogs();
        return inner.beginDialog(FLOW, { startIntake: intake ? 'fresh' : undefined, route: employer ? 'employer' : undefined } satisfies FlowOptions);
      }
      case 'stop':
        await say(context, t.stop);
        return inner.cancelAllDialogs();
      case 'human': {
        const state = where.innermost.activeDialog?.state;
        await this.startHandoff(context, misunderstoodTwice(state) ? 'not-understood' : isComplexSummary(state) ? 'complex' : 'asked', employerAnswersIn(inner));
        return Dialog.EndOfTurn;
      }
      case 'erase':
        return inner.beginDialog(ERASE_DIALOG);
      case 'overview':
      case 'withdraw-code': {
        const overview = await overviewIntent(inner, interruption, this.deps.records, this.deps.overview);
        if (overview) return overview === 'withdrawn' ? this.reprompt(inner) : overview;
        break;
      }
      case 'help':
        if (where.inQuestion) this.helpWithQuestion(inner, where.innermost, text);
        else {
          for (const line of t.globalHelp) await say(context, line);
          return this.reprompt(inner);
        }
        break;
      case 'back':
        if (where.inQuestion) context.turnState.set(TURN_INTENT, 'back');
        break;
      default: {
        // "nee dat klopt niet", "uren klopt niet": the active question handles it (corrections.ts).
        const correction = where.inQuestion ? findCorrection(text) : undefined;
        if (correction) {
          context.turnState.set(TURN_INTENT, 'correct');
          context.turnState.set(CORRECTION, correction);
          break;
        }
        // An information question instead of an answer ("wat is WGA?"): answered, then the active
        // question again. Not inside the question route itself, which answers every message.
        if (!this.inlineQuestions || inner.stack.some((d) => d.id === QUESTION_DIALOG)) break;
        const answering = where.inQuestion;
        // "Wat gebeurt er als ik nee zeg?", "moet ik dit invullen?": about the active question.
        if (answering && questionAside(text)) {
          this.helpWithQuestion(inner, where.innermost, text);
          break;
        }
        const code = atMenu(inner) && this.deps.desk ? groupCodeOf(context) : undefined;
        const started = code ? await this.startWithCode(inner, code, true) : undefined;
        if (started) return started;
        // At the menu: "dank je" gets a kind word; a first message in English switches to English.
        if (atMenu(inner) && isThanksOrOk(text)) {
          await say(context, t.anyMoment.thanks);
          return this.reprompt(inner);
        }
        if (atMenu(inner) && !localeChosen(context) && looksEnglish(text)) await this.switchLanguage(context, 'en');
        const outcome = await this.inlineQuestions.handle(context, { inQuestion: answering, freeText: expectsFreeText(where.innermost.activeDialog?.state), asker: () => askerOf(where.levels) });
        if (outcome === 'answered') return this.reprompt(inner);
        if (outcome === 'help' && answering) this.helpWithQuestion(inner, where.innermost, text);
        break;
      }
    }
    return super.onContinueDialog(inner);
  }

  private interruptionIn(innermost: DialogContext, text: string): Interruption | undefined {
    return detectInterruption(text, { freeText: expectsFreeText(innermost.activeDialog?.state) });
  }

  /**
   * Help with the active question; "waarom vraag je dit?" gets that question's own reason, "wat
   * gebeurt er als ik nee zeg?" what skipping it means.
   */
  private helpWithQuestion(inner: DialogContext, dc: DialogContext, text: string): void {
    const dialog = dc.activeDialog ? dc.findDialog(dc.activeDialog.id) : undefined;
    const questionId = dialog instanceof QuestionnaireDialog ? dialog.questionIdOf(dc.activeDialog!.state) : undefined;
    const why = this.deps.knowledge && asideAnswerFor(this.deps.knowledge, text, questionId, turnOf(inner.context).locale);
    if (why) inner.context.turnState.set(HELP_TEXT, why);
    inner.context.turnState.set(TURN_INTENT, 'help');
  }

  private async reprompt(inner: DialogContext): Promise<DialogTurnResult> {
    if (inner.activeDialog) await inner.repromptDialog();
    return Dialog.EndOfTurn;
  }

  private async switchLanguage(context: TurnContext, locale: Locale): Promise<void> {
    await this.deps.setLocale(context, locale);
    const { t } = turnOf(context);
    await say(context, locale === 'en' ? t.language.switchedToEnglish : t.language.switchedToDutch);
  }

  /** An employer's handoff carries the business facts, so the advisor console can show and filter it. */
  private async startHandoff(context: TurnContext, reason: HandoffReason, employer?: EmployerAnswers): Promise<void> {
    const who = employer ? { detail: employerSummaryLine(employer), audience: 'employer' as const } : {};
    if (this.deps.handoff) return this.deps.handoff.start(context, { reason, ...who });
    const { t } = turnOf(context);
    for (const line of t.menuAnswers.human) await say(context, line);
  }
}
