// The employer's summary: what the bot noted about the company, the options from the matching
// module (eligibility, provider, next step, source), and what next: how to go on, an employer
// advisor, or start again.
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { Texts } from '../texts';
import { toEmployerProfile, type EmployerAnswers } from './employerAnswers';
import { NextStepDialog, type ExtraChoice, type NextStep } from './nextStepDialog';
import { employerCard, MAX_SHOWN } from './proposalCards';
import { answerProposalRequest, moreChoices, showFirstProposals, type ShownProposals } from './proposalSteps';
import { mentionedChoices } from '../language';
import { en } from '../texts/en';
import { nl } from '../texts/nl';
import { tellGroupProgress } from './groupDialog';
import type { EmployerDesk, EmployerMatcher } from './services';
import { say, turnOf } from './turn';

export const EMPLOYER_SUMMARY_DIALOG = 'employerSummary';

/** Bemiddeling: leave a vacancy, register a van werk naar werk group, or ask how the group is doing. */
const MEDIATION: Record<'vacancy' | 'group' | 'progress', ExtraChoice> = {
  vacancy: { choice: { value: 'vacancy', labels: [nl.employerMediation.leaveVacancy, en.employerMediation.leaveVacancy, 'vacature doorgeven', 'vacature plaatsen', 'vacature achterlaten'] }, label: (t) => t.employerMediation.leaveVacancy },
  group: { choice: { value: 'group', labels: [nl.employerMediation.registerGroup, en.employerMediation.registerGroup, 'groep aanmelden', 'code voor mijn medewerkers'] }, label: (t) => t.employerMediation.registerGroup },
  progress: { choice: { value: 'progress', labels: [nl.employerMediation.groupProgress, en.employerMediation.groupProgress, 'hoe gaat het met de groep', 'hoe gaat het met onze groep'] }, label: (t) => t.employerMediation.groupProgress },
};

export interface EmployerSummaryResult {
  /** 'vacancy' / 'group': the employer chose to leave a vacancy or register a group. */
  outcome: 'referred' | 'advisor' | 'restart' | 'vacancy' | 'group';
  answers: EmployerAnswers;
}

interface State extends ShownProposals {
  answers: EmployerAnswers;
}

export class EmployerSummaryDialog extends NextStepDialog<{ answers: EmployerAnswers }> {
  constructor(
    private readonly employers: EmployerMatcher,
    now: () => Date,
    private readonly desk?: EmployerDesk,
  ) {
    super(EMPLOYER_SUMMARY_DIALOG, (t) => ({ question: t.employer.next, refer: t.employer.refer, advisor: t.employer.advisor, again: t.employer.again }), now);
  }

  override async beginDialog(dc: DialogContext, options?: { answers: EmployerAnswers }): Promise<DialogTurnResult> {
    const answers = options?.answers ?? {};
    const turn = turnOf(dc.context, undefined, this.now());
    const { t } = turn;
    await say(dc.context, [t.employer.summaryIntro, ...employerLines(answers, t)].join('\n'));
    const proposals = this.employers.propose(toEmployerProfile(answers), turn.now, turn.locale).slice(0, MAX_SHOWN);
    let shown: ShownProposals = {};
    if (proposals.length) {
      await say(dc.context, t.employer.proposalsIntro);
      shown = await showFirstProposals(dc.context, t, proposals.map((p, i) => employerCard(p, i + 1, proposals.length, t)));
      await say(dc.context, t.employer.decides);
    } else {
      await say(dc.context, t.employer.none);
    }
    dc.activeDialog!.state = { answers, ...shown } satisfies State;
    await this.askNext(dc.context, dc.activeDialog!.state);
    return Dialog.EndOfTurn;
  }

  protected override extraChoices(state: ShownProposals): ExtraChoice[] {
    return [...this.mediationChoices(state as State), ...moreChoices(state)];
  }

  private mediationChoices(state: State): ExtraChoice[] {
    if (!this.desk) return [];
    const need = state.answers?.need;
    return need === 'at-risk' ? [MEDIATION.group, MEDIATION.progress] : need === 'vacancy' || need === 'inclusive' || need === undefined ? [MEDIATION.vacancy] : [];
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as State;
    const [chosen] = mentionedChoices(dc.context.activity.text ?? '', this.mediationChoices(state).map((c) => c.choice));
    if (chosen === 'vacancy' || chosen === 'group') return dc.endDialog({ outcome: chosen, answers: state.answers } satisfies EmployerSummaryResult);
    if (chosen === 'progress' && this.desk) {
      await tellGroupProgress(dc.context, this.desk);
      await this.askNext(dc.context, state);
      return Dialog.EndOfTurn;
    }
    return super.continueDialog(dc);
  }

  protected override answerOther(dc: DialogContext, text: string, chosen: string | undefined): Promise<boolean> {
    const { t } = turnOf(dc.context, undefined, this.now());
    return answerProposalRequest(dc.context, t, dc.activeDialog!.state as State, text, chosen);
  }

  protected async finish(dc: DialogContext, next: NextStep): Promise<DialogTurnResult> {
    if (next === 'refer') await say(dc.context, turnOf(dc.context, undefined, this.now()).t.employer.referral);
    const { answers } = dc.activeDialog!.state as State;
    const outcome = next === 'refer' ? 'referred' : next === 'advisor' ? 'advisor' : 'restart';
    return dc.endDialog({ outcome, answers } satisfies EmployerSummaryResult);
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
