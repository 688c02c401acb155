// Step 4: what the bot understood, the proposals from the matching module, and what next.
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { Texts } from '../texts';
import { formatDate, formatEuro } from './format';
import type { IntakeAnswers } from './intakeAnswers';
import { NextStepDialog, type NextStep } from './nextStepDialog';
import type { Matcher, ProposalView, SeekerRecords } from './services';
import { say, turnOf, type Turn } from './turn';
import type { ResultCard } from '../channels/message';

export const SUMMARY_DIALOG = 'summary';
export type SummaryOutcome = 'referred' | 'advisor' | 'advisor-complex' | 'restart';
const SHOWN = 5;

export interface SummaryOptions {
  answers: IntakeAnswers;
  seekerId?: string;
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
    await say(dc.context, [t.summary.intro, ...summaryLines(answers, turn)].join('\n'));

    const { proposals, complex } = this.matcher.propose(answers, turn.now, turn.locale);
    if (options?.seekerId) await this.records.saveResult(options.seekerId, answers, proposals);
    if (proposals.length) {
      await say(dc.context, t.summary.proposalsIntro);
      for (const [i, p] of proposals.slice(0, SHOWN).entries()) await say(dc.context, { text: describe(p, i + 1, t), card: proposalCard(p, i + 1, t) });
      await say(dc.context, t.summary.decides);
    } else {
      await say(dc.context, t.summary.none);
    }
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

/** The same proposal, structured, for channels that show cards (Teams). */
function proposalCard(p: ProposalView, n: number, t: Texts): ResultCard {
  const facts = [{ label: t.summary.labels.nextStep, value: p.nextStep }];
  if (p.whatToBring.length) facts.push({ label: t.summary.labels.bring, value: p.whatToBring.join('; ') });
  const source = p.sources[0];
  const link = source && /^https?:\/\//.test(source) ? { label: t.summary.labels.source, url: source } : undefined;
  if (source && !link) facts.push({ label: t.summary.labels.source, value: source });
  return { title: `${n}. ${p.title}`, subtitle: p.provider, points: p.reasons.slice(0, 3), facts, link };
}

function describe(p: ProposalView, n: number, t: Texts): string {
  const lines = [`${n}. ${p.title} (${p.provider})`, ...p.reasons.slice(0, 3), `${t.summary.labels.nextStep}: ${p.nextStep}`];
  if (p.whatToBring.length) lines.push(`${t.summary.labels.bring}: ${p.whatToBring.join('; ')}`);
  if (p.sources[0]) lines.push(`${t.summary.labels.source}: ${p.sources[0]}`);
  return lines.join('\n');
}

/** One line per thing the bot understood, in the seeker's language. */
export function summaryLines(a: IntakeAnswers, { t, locale }: Turn): string[] {
  const l = t.summary.labels;
  const lines: string[] = [];
  const bullet = (text: string) => lines.push(`- ${text}`);
  if (a.situation) bullet(a.benefitEnd ? `${t.situation.options[a.situation]} ${l.until} ${formatDate(a.benefitEnd, locale)}` : t.situation.options[a.situation]);
  if (a.monthlyAmount !== undefined) bullet(`${formatEuro(a.monthlyAmount, locale)} ${l.perMonth}`);
  for (const job of a.jobs ?? []) {
    const what = job.occupation?.label ?? job.text;
    bullet(job.years ? `${what} (${job.years} ${l.years})` : what);
  }
  if (a.education) bullet(t.skills.education[a.education]);
  if (a.hours?.max) bullet(`${a.hours.min === a.hours.max ? a.hours.max : `${a.hours.min ?? 0}-${a.hours.max}`} ${l.hoursPerWeek}`);
  if (a.postcode) bullet(a.region ? `${l.postcode} ${a.postcode} (${a.region})` : `${l.postcode} ${a.postcode}`);
  if (a.start) bullet(t.goals.start[a.start]);
  if (a.trainingWilling !== undefined) bullet(`${l.training}: ${a.trainingWilling ? t.answers.yes : t.answers.no}`);
  return lines;
}
