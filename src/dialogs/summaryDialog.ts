// Step 4: what the bot understood, the proposals from the matching module, and what next.
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { Texts } from '../texts';
import { formatDate, formatEuro, formatTrainingLength, formatYears } from './format';
import type { IntakeQuestionId } from '../language';
import type { IntakeAnswers } from './intakeAnswers';
import { NextStepDialog, type NextStep } from './nextStepDialog';
import { limitLines } from './limitsQuestions';
import type { Matcher, ProposalMarks, ProposalView, SeekerRecords } from './services';
import { say, turnOf, type Turn } from './turn';
import type { ResultCard } from '../channels/message';

export const SUMMARY_DIALOG = 'summary';
export type SummaryOutcome = 'referred' | 'advisor' | 'advisor-complex' | 'restart';
const SHOWN = 5;

export interface SummaryOptions {
  answers: IntakeAnswers;
  seekerId?: string;
  /** The seeker just confirmed the summary lines ("Klopt dit?"): show the proposals only. */
  confirmed?: boolean;
}


/** Whether the summary the seeker is looking at was flagged as a complex case. */
export function isComplexSummary(state: unknown): boolean {
  return (state as { complex?: boolean } | undefined)?.complex === true;
}

export class SummaryDialog extends NextStepDialog<SummaryOptions> {
  constructor(
    private readonly matcher: Matcher,
    private readonly records: SeekerRecords,
    now: () => Date,
  ) {
    super(SUMMARY_DIALOG, (t) => ({ question: t.summary.next, refer: t.summary.refer, advisor: t.summary.advisor, again: t.summary.again }), now);
  }

  override async beginDialog(dc: DialogContext, options?: SummaryOptions): Promise<DialogTurnResult> {
    const answers = options?.answers ?? {};
    const turn = turnOf(dc.context, undefined, this.now());
    const { t } = turn;
    if (!options?.confirmed) await say(dc.context, [t.summary.intro, ...summaryLines(answers, turn)].join('\n'));

    const { proposals, complex, limitsApplied } = this.matcher.propose(answers, turn.now, turn.locale);
    const marks: ProposalMarks = options?.seekerId ? await this.records.saveResult(options.seekerId, answers, proposals) : {};
    const shown = await showProposals(dc, t, proposals, marks, limitsApplied);
    // The console marks what the seeker saw ("gezien door de werkzoekende").
    if (options?.seekerId && shown.length) await this.records.markShown(options.seekerId, shown);
    await say(dc.context, options?.seekerId ? t.summary.saved : t.summary.notSaved);
    // Many things at once (health, debts, little Dutch, …): a person should look at it with them.
    if (complex) await say(dc.context, t.summary.complex);
    dc.activeDialog!.state = { complex };
    await this.askNext(dc.context);
    return Dialog.EndOfTurn;
  }

  protected async finish(dc: DialogContext, next: NextStep): Promise<DialogTurnResult> {
    if (next === 'refer') await say(dc.context, turnOf(dc.context, undefined, this.now()).t.summary.referral);
    const complex = isComplexSummary(dc.activeDialog!.state);
    const outcome: SummaryOutcome = next === 'refer' ? 'referred' : next === 'advisor' ? (complex ? 'advisor-complex' : 'advisor') : 'restart';
    return dc.endDialog(outcome);
  }
}

/**
 * The proposals, best first. One an advisor marked "past niet" is not shown as advice: only its
 * title and the advisor's reason, after the others.
 */
async function showProposals(dc: DialogContext, t: Texts, proposals: ProposalView[], marks: ProposalMarks, limitsApplied?: string[]): Promise<string[]> {
  const advice = proposals.filter((p) => !marks[p.id]);
  const marked = proposals.filter((p) => marks[p.id]);
  const shown: string[] = [];
  if (advice.length) {
    await say(dc.context, t.summary.proposalsIntro);
    if (limitsApplied?.length) await say(dc.context, [t.summary.limitsApplied, ...limitsApplied.map((l) => `- ${l}`)].join('\n'));
    for (const [i, p] of advice.slice(0, SHOWN).entries()) await say(dc.context, { text: describe(p, i + 1, t), card: proposalCard(p, i + 1, t) });
    await say(dc.context, t.summary.decides);
    shown.push(...advice.slice(0, SHOWN).map((p) => p.id));
  } else {
    await say(dc.context, t.summary.none);
  }
  if (marked.length) {
    await say(dc.context, [t.summary.notFittingIntro, ...marked.map((p) => t.summary.notFitting(p.title, marks[p.id].reason))].join('\n\n'));
  }
  return shown;
}

/** A page a person can open: https, and not a data identifier (an ESCO URI is never a source). */
const isPage = (url: string) => /^https:\/\//.test(url) && !/\/\/data\.europa\.eu\//.test(url);

/** The first shown source: its human name and URL. */
function firstSource(p: ProposalView): { name?: string; url: string } | undefined {
  return p.sourceLinks.find((l) => isPage(l.url)) ?? (p.sources.filter(isPage).map((url) => ({ url }))[0]);
}

/** "UWV: scholing met een WW-uitkering (https://…)": the human name first. */
function sourceText(p: ProposalView): string | undefined {
  const source = firstSource(p);
  return source && (source.name ? `${source.name} (${source.url})` : source.url);
}

/** The same proposal, structured, for channels that show cards (Teams). */
function proposalCard(p: ProposalView, n: number, t: Texts): ResultCard {
  const facts = [{ label: t.summary.labels.nextStep, value: p.nextStep }];
  if (p.whatToBring.length) facts.push({ label: t.summary.labels.bring, value: p.whatToBring.join('; ') });
  const source = firstSource(p);
  // The name as a fact, the page behind the "Bron" button.
  if (source?.name) facts.push({ label: t.summary.labels.source, value: source.name });
  const link = source ? { label: t.summary.labels.source, url: source.url } : undefined;
  return { title: `${n}. ${p.title}`, subtitle: p.provider, points: p.reasons.slice(0, 3), facts, link };
}

function describe(p: ProposalView, n: number, t: Texts): string {
  const lines = [`${n}. ${p.title} (${p.provider})`, ...p.reasons.slice(0, 3), `${t.summary.labels.nextStep}: ${p.nextStep}`];
  if (p.whatToBring.length) lines.push(`${t.summary.labels.bring}: ${p.whatToBring.join('; ')}`);
  const source = sourceText(p);
  if (source) lines.push(`${t.summary.labels.source}: ${source}`);
  return lines.join('\n');
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
