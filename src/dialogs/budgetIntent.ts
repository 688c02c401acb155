// "Aanvragen" under a scheme's proposal, or "ik wil het scholingsbudget aanvragen" at any moment:
// the application dialog starts on top of what runs (and that is asked again when it ends). Which
// scheme: the one the summary proposed, else the seeker's region's (by the saved postcode).
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { parseSchemeProposalId } from '../budget/scheme';
import { isApplyButton, saysApplyForBudget } from '../language';
import { BUDGET_APPLY_DIALOG, type BudgetApplyOptions } from './budgetApplyDialog';
import { EMPLOYER_DIALOG } from './employerDialog';
import { seekerOf } from './identity';
import { IntakeAnswersSchema } from './intakeAnswers';
import type { BudgetSchemeView, SeekerBudget, SeekerRecords } from './services';
import { levels } from './stack';
import { SUMMARY_DIALOG } from './summaryDialog';
import { say, turnOf } from './turn';

/** The scheme proposals among the cards the summary showed (their ids). */
function proposedSchemes(inner: DialogContext): { regionId: string; schemeId: string }[] {
  const summary = levels(inner).find((dc) => dc.activeDialog?.id === SUMMARY_DIALOG);
  const ids = ((summary?.activeDialog?.state as { ids?: string[] } | undefined)?.ids ?? []);
  return ids.flatMap((id) => parseSchemeProposalId(id) ?? []);
}

/** The scheme to apply for; `postcode`: the saved postcode that decided there is none. */
async function schemeFor(inner: DialogContext, budget: SeekerBudget, records: SeekerRecords, button: boolean): Promise<{ scheme?: BudgetSchemeView; postcode?: string }> {
  const { locale } = turnOf(inner.context);
  const [proposed] = proposedSchemes(inner);
  if (proposed) return { scheme: budget.scheme(proposed.regionId, proposed.schemeId, locale) };
  // The button's bare word means something only under a scheme's proposal.
  if (button) return {};
  const found = await records.find(seekerOf(inner.context));
  const saved = found?.consent ? IntakeAnswersSchema.safeParse(found.answers ?? {}) : undefined;
  const answers = saved?.success ? saved.data : undefined;
  return { scheme: budget.schemesFor(answers, locale)[0], postcode: answers?.postcode };
}

/**
 * Starts the application when the seeker asks for it; undefined when the message is not about it
 * (or the budget is not wired, or the application already runs, or in the employer route).
 */
export async function budgetIntent(inner: DialogContext, text: string, budget: SeekerBudget | undefined, records: SeekerRecords): Promise<DialogTurnResult | undefined> {
  if (!budget) return undefined;
  const button = isApplyButton(text);
  if (!button && !saysApplyForBudget(text)) return undefined;
  if (inner.stack.some((d) => d.id === BUDGET_APPLY_DIALOG || d.id === EMPLOYER_DIALOG)) return undefined;
  const { scheme, postcode } = await schemeFor(inner, budget, records, button);
  const { t } = turnOf(inner.context);
  if (!scheme) {
    if (button) return undefined;
    await say(inner.context, postcode ? t.budget.notInRegion(postcode) : t.budget.noRegion);
    if (inner.activeDialog) await inner.repromptDialog();
    return Dialog.EndOfTurn;
  }
  const earlier = await budget.applications(seekerOf(inner.context));
  if (earlier.some((a) => a.schemeId === scheme.schemeId && a.status === 'requested')) {
    await say(inner.context, t.budget.alreadyOpen(scheme.title));
    if (inner.activeDialog) await inner.repromptDialog();
    return Dialog.EndOfTurn;
  }
  return inner.beginDialog(BUDGET_APPLY_DIALOG, { scheme } satisfies BudgetApplyOptions);
}
