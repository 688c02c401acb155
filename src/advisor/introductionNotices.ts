// After an introduction: the seeker hears it on their own channel, the employer in their chat if
// they left the vacancy there, else the console shows the advisor a "neem contact op" task. Each
// outcome is in the audit log. A channel that fails never undoes the introduction.
import type { IntroductionRow, VacancyRow } from '../db/mediationStore';
import { employerIntroductionText, seekerIntroductionText } from '../mediation/introductionTexts';
import type { SessionAdvisor } from './auth';
import { actor, type MediationRouteDeps } from './mediationGate';

export interface Notified {
  seeker: boolean;
  /** chat: told in their chat; task: an advisor must call or mail the contact; none: no employer on record. */
  employer: 'chat' | 'task' | 'none';
}

const localeOf = (reference: unknown) => (reference as { locale?: string } | undefined)?.locale;

async function tell(deps: MediationRouteDeps, reference: unknown, text: (locale: string | undefined) => string): Promise<boolean> {
  if (!reference) return false;
  try {
    await deps.messenger.tell(reference, text(localeOf(reference)));
    return true;
  } catch {
    return false;
  }
}

export async function notifyIntroduction(deps: MediationRouteDeps, introduction: IntroductionRow, vacancy: VacancyRow, advisor: SessionAdvisor): Promise<Notified> {
  const about = `introduction=${introduction.id} vacancy=${vacancy.id}`;
  const seekerTold = await tell(deps, await deps.seekers.referenceOfSeeker(introduction.seekerId), (l) => seekerIntroductionText(l, { title: vacancy.title, place: vacancy.data.place }));
  await deps.audit.write({ actor: actor(advisor), action: seekerTold ? 'introduction.seeker-told' : 'introduction.seeker-unreachable', detail: `${about} seeker=${introduction.seekerId}` });

  const employer = vacancy.employerId ? await deps.store.employer(vacancy.employerId) : null;
  if (!employer) return { seeker: seekerTold, employer: 'none' };
  const reference = employer.conversationId ? await deps.seekers.referenceOf(employer.conversationId) : undefined;
  const employerTold = await tell(deps, reference, (l) => employerIntroductionText(l, { title: vacancy.title }));
  await deps.audit.write({ actor: actor(advisor), action: employerTold ? 'introduction.employer-told' : 'introduction.employer-task', detail: `${about} employer=${employer.id}` });
  return { seeker: seekerTold, employer: employerTold ? 'chat' : 'task' };
}
