// After a grant or a refusal the seeker hears the decision on their own channel (website, WhatsApp,
// Teams), in their language, the refusal with its reason. A channel that fails never undoes the
// decision; whether the seeker was told is in the audit log.
import type { ApplicationRow } from '../db/budgetStore';
import { grantedText, refusedText } from '../texts/budgetDecision';
import type { SessionAdvisor } from './auth';
import type { BudgetRouteDeps } from './budgetGate';

const localeOf = (reference: unknown) => (reference as { locale?: string } | undefined)?.locale;

/** Tells the seeker; true when their channel took the message. */
export async function notifyDecision(deps: BudgetRouteDeps, application: ApplicationRow, advisor: SessionAdvisor): Promise<boolean> {
  const reference = await deps.seekers.referenceOfSeeker(application.seekerId);
  const scheme = deps.schemes.scheme(application.regionId, application.schemeId)?.title ?? { nl: 'scholingsbudget', en: 'training budget' };
  let told = false;
  if (reference) {
    const locale = localeOf(reference) ?? (await deps.store.seekerLocale(application.seekerId));
    const text =
      application.status === 'granted'
        ? grantedText(locale, { scheme, training: application.data.training, grantedCents: application.grantedCents ?? 0, costCents: application.costCents })
        : refusedText(locale, { scheme, reason: application.reason ?? '' });
    told = await deps.messenger.tell(reference, text).then(
      () => true,
      () => false,
    );
  }
  await deps.audit.write({ actor: { id: advisor.id, name: advisor.name }, action: told ? 'budget.seeker-told' : 'budget.seeker-unreachable', detail: `application=${application.id} seeker=${application.seekerId}` });
  return told;
}
