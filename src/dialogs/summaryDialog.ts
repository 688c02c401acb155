// Step 4: what the bot understood, the proposals from the matching module, and what next.
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { Texts } from '../texts';
import { formatDate, formatEuro, formatTrainingLength, formatYears } from '../language/format';
import type { IntakeQuestionId } from '../language';
import type { IntakeAnswers } from './intakeAnswers';
import { NextStepDialog, type ExtraChoice, type NextStep } from './nextStepDialog';
import { limitLines } from './limitsQuestions';
import { MAX_SHOWN, seekerCard } from './proposalCards';
import { answerProposalRequest, moreChoices, showFirstProposals, type ShownProposals } from './proposalSteps';
import type { Matcher, ProposalMarks, ProposalView, SeekerMediation, SeekerRecords } from './services';
import { seekerOf } from './identity';
import { chosenSubject, FOLLOW_UP_OFFER, followUpSubjects, followUpWanted, noteDetailed, type FollowUpChoice, type FollowUpOfferOptions } from './followUpOffer';
import type { FollowUpPort } from './followUpServices';
import { arrangementProposal } from './vacancyCards';
import { VACANCY_DIALOG, vacancyStart } from './vacancyDialog';
import { say, turnOf, type Turn } from './turn';
import { namedRegionId } from './region';
import { parseSchemeProposalId } from '../budget/scheme';
import { APPLY_CHOICE } from './budgetQuestions';

const APPLY: ExtraChoice = { choice: APPLY_CHOICE, label: (t) => t.budget.apply };

export const SUMMARY_DIALOG = 'summary';
export type SummaryOutcome = 'referred' | 'advisor' | 'advisor-complex' | 'restart';

export interface SummaryOptions {
  answers: IntakeAnswers;
  seekerId?: string;
  /** The seeker just confirmed the summary lines ("Klopt dit?"): show the proposals only. */
  confirmed?: boolean;
}


/** The summary's dialog state: the cards shown so far, and which proposals they are (for "gezien"). */
type SummaryState = ShownProposals & { ids?: string[]; seekerId?: string; complex?: boolean; followUp?: FollowUpChoice };

/** Whether the summary the seeker is looking at was flagged as a complex case. */
export function isComplexSummary(state: unknown): boolean {
  return (state as { complex?: boolean } | undefined)?.complex === true;
}

export class SummaryDialog extends NextStepDialog<SummaryOptions> {
  constructor(
    private readonly matcher: Matcher,
    private readonly records: SeekerRecords,
    now: () => Date,
    private readonly mediation?: SeekerMediation,
    private readonly followUps?: FollowUpPort,
    /** A region's scheme among the proposals gets "Aanvragen" (the root starts budgetApplyDialog.ts). */
    private readonly applyHere = false,
  ) {
    super(SUMMARY_DIALOG, (t) => ({ question: t.summary.next, refer: t.summary.refer, advisor: t.summary.advisor, again: t.summary.again }), now);
  }

  override async beginDialog(dc: DialogContext, options?: SummaryOptions): Promise<DialogTurnResult> {
    const answers = options?.answers ?? {};
    const turn = turnOf(dc.context, undefined, this.now());
    const { t } = turn;
    if (!options?.confirmed) await say(dc.context, [t.summary.intro, ...summaryLines(answers, turn)].join('\n'));

    const matched = this.matcher.propose(answers, turn.now, turn.locale, { regionId: namedRegionId(dc.context) });
    const { complex, limitsApplied } = matched;
    // Van werk naar werk: the employer's arrangement first, next to everything else.
    const group = this.mediation ? await this.mediation.groupOffer(seekerOf(dc.context)) : undefined;
    const proposals = group ? [arrangementProposal(group, t, turn.locale), ...matched.proposals] : matched.proposals;
    const marks: ProposalMarks = options?.seekerId ? await this.records.saveResult(options.seekerId, answers, proposals) : {};
    const shown = await showProposals(dc, t, proposals, marks, limitsApplied);
    // The console marks what the seeker saw ("gezien door de werkzoekende"); "Meer voorstellen" adds the rest.
    const seekerId = options?.seekerId;
    if (seekerId) await this.markSeen(seekerId, shown);
    await say(dc.context, options?.seekerId ? t.summary.saved : t.summary.notSaved);
    if (options?.seekerId) await say(dc.context, t.overview.offer);
    // Many things at once (health, debts, little Dutch, …): a person should look at it with them.
    if (complex) await say(dc.context, t.summary.complex);
    dc.activeDialog!.state = { complex, seekerId, ...shown, ...(seekerId && this.followUps ? { followUp: { subjects: followUpSubjects(proposals, shown.ids ?? []) } } : {}) } satisfies SummaryState;
    // Fitting vacancies (after the consent to be matched); the next steps come when it ends.
    const vacancies = seekerId && this.mediation ? await vacancyStart(this.mediation, seekerId, answers, turn.locale, turn.now) : undefined;
    if (vacancies) return dc.beginDialog(VACANCY_DIALOG, vacancies);
    await this.askNext(dc.context, dc.activeDialog!.state);
    return Dialog.EndOfTurn;
  }

  protected override extraChoices(state: SummaryState): ExtraChoice[] {
    const scheme = this.applyHere && (state.ids ?? []).slice(0, state.shown ?? 0).some((id) => parseSchemeProposalId(id));
    return [...(scheme ? [APPLY] : []), ...moreChoices(state)];
  }

  protected override async answerOther(dc: DialogContext, text: string, chosen: string | undefined): Promise<boolean> {
    const { t } = turnOf(dc.context, undefined, this.now());
    const state = dc.activeDialog!.state as SummaryState;
    const before = state.shown ?? 0;
    noteDetailed(state.followUp, text);
    const answered = await answerProposalRequest(dc.context, t, state, text, chosen);
    if (state.seekerId && (state.shown ?? 0) > before) await this.markSeen(state.seekerId, state);
    return answered;
  }

  private async markSeen(seekerId: string, state: SummaryState): Promise<void> {
    const ids = (state.ids ?? []).slice(0, state.shown ?? 0);
    if (ids.length) await this.records.markShown(seekerId, ids);
  }

  protected async finish(dc: DialogContext, next: NextStep): Promise<DialogTurnResult> {
    if (next === 'refer') await say(dc.context, turnOf(dc.context, undefined, this.now()).t.summary.referral);
    const state = dc.activeDialog!.state as SummaryState;
    const complex = isComplexSummary(state);
    const outcome: SummaryOutcome = next === 'refer' ? 'referred' : next === 'advisor' ? (complex ? 'advisor-complex' : 'advisor') : 'restart';
    // "Zal ik over 2 weken vragen hoe het ging?" about the proposal the seeker goes on with.
    const subject = next === 'refer' ? chosenSubject(state.followUp) : undefined;
    if (subject && (await followUpWanted(this.followUps, state.seekerId, subject))) {
      return dc.replaceDialog(FOLLOW_UP_OFFER, { seekerId: state.seekerId!, subject, result: outcome } satisfies FollowUpOfferOptions);
    }
    return dc.endDialog(outcome);
  }
}

/**
 * The proposals, best first: the first three as cards, the rest on "Meer voorstellen". One an
 * advisor marked "past niet" is not shown as advice: only its title and the advisor's reason,
 * after the others.
 */
async function showProposals(dc: DialogContext, t: Texts, proposals: ProposalView[], marks: ProposalMarks, limitsApplied?: string[]): Promise<SummaryState> {
  const advice = proposals.filter((p) => !marks[p.id]).slice(0, MAX_SHOWN);
  const marked = proposals.filter((p) => marks[p.id]);
  let shown: SummaryState = {};
  if (advice.length) {
    await say(dc.context, t.summary.proposalsIntro);
    if (limitsApplied?.length) await say(dc.context, [t.summary.limitsApplied, ...limitsApplied.map((l) => `- ${l}`)].join('\n'));
    shown = { ...(await showFirstProposals(dc.context, t, advice.map((p, i) => seekerCard(p, i + 1, advice.length, t)))), ids: advice.map((p) => p.id) };
    await say(dc.context, t.summary.decides);
  } else {
    await say(dc.context, t.summary.none);
  }
  if (marked.length) {
    await say(dc.context, [t.summary.notFittingIntro, ...marked.map((p) => t.summary.notFitting(p.title, marks[p.id].reason))].join('\n\n'));
  }
  return shown;
}

/** One line per thing the bot understood, in the seeker's language; every stated limit is here. */
export function summaryLines(a: IntakeAnswers, turn: Turn): string[] {
  return summaryEntries(a, turn).map((e) => `- ${e.text}`);
}

/** A summary line and the intake question it came from (to ask again when the seeker changes it). */
export interface SummaryEntry {
  text: string;
  question: IntakeQuestionId;
}

export function summaryEntries(a: IntakeAnswers, { t, locale, now }: Turn): SummaryEntry[] {
  const l = t.summary.labels;
  const f = t.summary.facts;
  const lines: SummaryEntry[] = [];
  const bullet = (text: string, question: IntakeQuestionId) => lines.push({ text, question });
  if (a.situation) bullet(a.benefitEnd ? `${t.situation.options[a.situation]} ${l.until} ${formatDate(a.benefitEnd, locale)}` : t.situation.options[a.situation], 'situation');
  if (a.monthlyAmount !== undefined) bullet(`${formatEuro(a.monthlyAmount, locale)} ${l.perMonth}`, 'amount');
  if (a.birthYear !== undefined) bullet(f.age(now.getUTCFullYear() - a.birthYear), 'age');
  for (const [i, job] of (a.jobs ?? []).entries()) {
    // A guessed occupation is shown as a guess; "Geen van deze" leaves only the seeker's words.
    const what = job.occupation ? (job.confirmed ? job.occupation.label : f.guess(job.text, job.occupation.label)) : job.text;
    bullet(job.years ? `${what} (${formatYears(job.years, locale)} ${l.years})` : what, i === 0 ? 'job' : 'earlierJob');
  }
  if (a.education) bullet(t.skills.education[a.education], 'education');
  if (a.foreignDiploma) bullet(f.foreignDiploma, 'foreignDiploma');
  if (a.healthLimits === 'yes') bullet(f.health, 'health');
  const travel = a.limits?.maxTravelMinutes ? f.travel(a.limits.maxTravelMinutes) : undefined;
  for (const line of limitLines(a, t)) bullet(line, line === travel ? 'travel' : 'limits');
  if (a.interests) bullet(f.wish(a.interests), 'interest');
  for (const target of a.targets ?? []) bullet(f.target(target.label), 'interest');
  if (a.hours?.max) bullet(`${a.hours.min === a.hours.max ? a.hours.max : `${a.hours.min ?? 0}-${a.hours.max}`} ${l.hoursPerWeek}`, 'hours');
  if (a.postcode) bullet(a.region ? `${l.postcode} ${a.postcode} (${a.region})` : `${l.postcode} ${a.postcode}`, 'postcode');
  if (a.start) bullet(t.goals.start[a.start], 'start');
  // The length with the training line: "Opleiding doen: Ja, hoogstens 3 maanden".
  const length = a.trainingWilling && a.trainingMonths ? `, ${f.trainingMax(formatTrainingLength(a.trainingMonths, locale))}` : '';
  if (a.trainingWilling !== undefined) bullet(`${l.training}: ${a.trainingWilling ? t.answers.yes : t.answers.no}${length}`, 'training');
  return lines;
}
