// A vacancy as the console reads it: list items with their employer's organisation and number of
// introductions, and the detail with the contact, the status history and the open contact tasks.
import type { MediationRouteDeps } from './mediationGate';
import type { VacancyRow } from '../db/mediationStore';
import { pseudonym } from '../mediation/pseudonym';
import { EmployerContactSchema, type EmployerContact } from '../mediation/vacancy';
import { contactTaskText, statusHistory, vacancyItem } from './vacancyViews';

export function vacancyReader(deps: Pick<MediationRouteDeps, 'store' | 'audit'>, now: () => Date) {
  const { store, audit } = deps;
  const items = async (rows: VacancyRow[]) => {
    const [employers, counts] = await Promise.all([store.employersByIds(rows.flatMap((r) => (r.employerId ? [r.employerId] : []))), store.introductionCounts(rows.map((r) => r.id))]);
    const byId = new Map(employers.map((e) => [e.id, e]));
    return rows.map((r) => vacancyItem(r, now(), r.employerId ? byId.get(r.employerId) : undefined, counts.get(r.id) ?? 0));
  };
  const detail = async (v: VacancyRow) => {
    const [item] = await items([v]);
    const employer = v.employerId ? await store.employer(v.employerId) : null;
    const contact = employer ? EmployerContactSchema.safeParse(employer.contact) : undefined;
    const tasks = await tasksOf(v);
    return {
      ...item,
      data: v.data,
      closedReason: v.closedReason ?? undefined,
      employer: employer ? { id: employer.id, organisation: employer.organisation, contact: contact?.success ? contact.data : null, chat: employer.conversationId !== null } : null,
      history: statusHistory(v, now()),
      tasks,
    };
  };
  // Introductions the employer could not be told of in a chat, while still "voorgesteld".
  const openTasks = async (vacancyId: string, organisation: string, contact: EmployerContact) => {
    const [entries, introductions] = await Promise.all([audit.withAction('introduction.employer-task', `vacancy=${vacancyId}`), store.introductions({ vacancyId, status: 'voorgesteld' })]);
    const open = new Map(introductions.map((i) => [i.id, i]));
    return entries.flatMap((e) => {
      const introduction = open.get(/introduction=(\S+)/.exec(e.detail ?? '')?.[1] ?? '');
      if (!introduction) return [];
      const candidate = pseudonym(introduction.seekerId);
      return [{ introductionId: introduction.id, pseudonym: candidate, createdAt: e.at, organisation, contact, text: contactTaskText(contact, organisation, candidate) }];
    });
  };
  /** The vacancy's open "neem contact op" tasks (none without an employer with a readable contact). */
  const tasksOf = async (v: Pick<VacancyRow, 'id' | 'employerId'>) => {
    const employer = v.employerId ? await store.employer(v.employerId) : null;
    const contact = employer ? EmployerContactSchema.safeParse(employer.contact) : undefined;
    return employer && contact?.success ? openTasks(v.id, employer.organisation, contact.data) : [];
  };

  return { items, detail, tasksOf };
}
