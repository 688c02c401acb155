// The employer's summary: what the bot noted about the company, the options from the matching
// module (eligibility, provider, next step, source), and what next: how to go on, an employer
// advisor, or start again.
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import type { ResultCard } from '../channels/message';
import { matchChoice } from '../language';
import type { EmployerProposal } from '../matching';
import type { Texts } from '../texts';
import { en } from '../texts/en';
import { nl } from '../texts/nl';
import { toEmployerProfile, type EmployerAnswers } from './employerAnswers';
import type { EmployerMatcher } from './services';
import { say, turnOf } from './turn';

export const EMPLOYER_SUMMARY_DIALOG = 'employerSummary';
const SHOWN = 5;

const NEXT = ['refer', 'advisor', 'again'] as const;
type Next = (typeof NEXT)[number];
const NEXT_CHOICES = NEXT.map((value) => ({ value, labels: [nl.employer[value], en.employer[value]] }));

export interface EmployerSummaryResult {
  outcome: 'referred' | 'advisor' | 'restart';
  answers: EmployerAnswers;
}

interface State {
  answers: EmployerAnswers;
}

export class EmployerSummaryDialog extends Dialog<{ answers: EmployerAnswers }> {
  constructor(
    private readonly employers: EmployerMatcher,
    private readonly now: () => Date,
  ) {
    super(EMPLOYER_SUMMARY_DIALOG);
  }

  override async beginDialog(dc: DialogContext, options?: { answers: EmployerAnswers }): Promise<DialogTurnResult> {
    const answers = options?.answers ?? {};
    const turn = turnOf(dc.context, undefined, this.now());
    const { t } = turn;
    await say(dc.context, [t.employer.summaryIntro, ...employerLines(answers, t)].join('\n'));
    const proposals = this.employers.propose(toEmployerProfile(answers), turn.now, turn.locale);
    if (proposals.length) {
      await say(dc.context, t.employer.proposalsIntro);
      for (const [i, p] of proposals.slice(0, SHOWN).entries()) await say(dc.context, { text: describe(p, i + 1, t), card: card(p, i + 1, t) });
      await say(dc.context, t.employer.decides);
    } else {
      await say(dc.context, t.employer.none);
    }
    dc.activeDialog!.state = { answers } satisfies State;
    await this.askNext(dc.context);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const { t } = turnOf(dc.context, undefined, this.now());
    const next = matchChoice(dc.context.activity.text ?? '', NEXT_CHOICES)?.value as Next | undefined;
    if (!next) {
      await say(dc.context, t.intake.notUnderstood);
      await this.askNext(dc.context);
      return Dialog.EndOfTurn;
    }
    if (next === 'refer') await say(dc.context, t.employer.referral);
    const { answers } = dc.activeDialog!.state as State;
    const outcome = next === 'refer' ? 'referred' : next === 'advisor' ? 'advisor' : 'restart';
    return dc.endDialog({ outcome, answers } satisfies EmployerSummaryResult);
  }

  override async resumeDialog(dc: DialogContext): Promise<DialogTurnResult> {
    await this.askNext(dc.context);
    return Dialog.EndOfTurn;
  }

  override async repromptDialog(context: TurnContext): Promise<void> {
    await this.askNext(context);
  }

  private async askNext(context: TurnContext): Promise<void> {
    const { t } = turnOf(context, undefined, this.now());
    await say(context, { text: t.employer.next, choices: NEXT.map((value) => ({ value, label: t.employer[value] })) });
  }
}

/** One line per business fact, in the employer's language. */
export function employerLines(a: EmployerAnswers, t: Texts): string[] {
  const l = t.employer.labels;
  const lines: string[] = [];
  if (a.need) lines.push(`- ${l.need}: ${t.employer.needs[a.need]}`);
  if (a.sector) lines.push(`- ${l.sector}: ${t.employer.sectors[a.sector]}`);
  if (a.postcode) lines.push(`- ${l.postcode}: ${a.postcode}`);
  if (a.size) lines.push(`- ${l.size}: ${t.employer.sizes[a.size]}`);
  if (a.vacancy) lines.push(`- ${l.vacancy}: ${a.vacancy}`);
  if (a.atRisk) lines.push(`- ${l.atRisk}: ${a.atRisk}`);
  return lines;
}

function describe(p: EmployerProposal, n: number, t: Texts): string {
  const l = t.employer.labels;
  const lines = [`${n}. ${p.title} (${p.provider})`, p.what, ...p.reasons, `${l.decides}: ${p.eligibility}`, `${l.nextStep}: ${p.nextStep}`];
  if (p.whatToBring.length) lines.push(`${l.bring}: ${p.whatToBring.join('; ')}`);
  lines.push(`${l.source}: ${p.sources[0]}`);
  return lines.join('\n');
}

function card(p: EmployerProposal, n: number, t: Texts): ResultCard {
  const l = t.employer.labels;
  return {
    title: `${n}. ${p.title}`,
    subtitle: p.provider,
    points: [p.what, ...p.reasons],
    facts: [
      { label: l.decides, value: p.eligibility },
      { label: l.nextStep, value: p.nextStep },
      ...(p.whatToBring.length ? [{ label: l.bring, value: p.whatToBring.join('; ') }] : []),
    ],
    link: { label: l.source, url: p.sources[0] },
  };
}
