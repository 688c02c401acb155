// How the console sees a vacancy: the list item (no contact data), and the detail with the
// employer's contact, the status history and the open "neem contact op" tasks.
import type { VacancyRow } from '../db/mediationStore';
import type { EmployerContact } from '../mediation/vacancy';

export const isExpired = (v: Pick<VacancyRow, 'status' | 'closesAt'>, now: Date) => v.status !== 'closed' && v.closesAt !== null && v.closesAt.getTime() <= now.getTime();

export function vacancyItem(v: VacancyRow, now: Date, employer: { id: string; organisation: string } | undefined, introductions: number) {
  return {
    id: v.id,
    title: v.title,
    status: v.status,
    expired: isExpired(v, now),
    source: v.source,
    externalId: v.externalId ?? undefined,
    place: v.data.place,
    postcode: v.data.postcode,
    hoursPerWeek: v.data.hoursPerWeek,
    closesAt: v.closesAt,
    publishedAt: v.publishedAt,
    createdAt: v.createdAt,
    employer: employer ? { id: employer.id, organisation: employer.organisation } : null,
    introductions,
  };
}

export interface StatusStep {
  status: 'draft' | 'published' | 'closed' | 'expired';
  at: Date;
  by?: string;
  reason?: string;
}

/** The status history from the row's own dates (draft → published → closed, or expired). */
export function statusHistory(v: VacancyRow, now: Date): StatusStep[] {
  const steps: StatusStep[] = [{ status: 'draft', at: v.createdAt, ...(v.createdBy ? { by: v.createdBy } : {}) }];
  if (v.publishedAt) steps.push({ status: 'published', at: v.publishedAt, ...(v.publishedBy ? { by: v.publishedBy } : {}) });
  if (v.closedAt) steps.push({ status: 'closed', at: v.closedAt, ...(v.closedReason ? { reason: v.closedReason } : {}) });
  else if (isExpired(v, now)) steps.push({ status: 'expired', at: v.closesAt! });
  return steps;
}

/** "Bel/mail <contact>": the task an advisor does when the employer cannot be told in a chat. */
export function contactTaskText(contact: EmployerContact, organisation: string, candidate: string): string {
  const how = [contact.phone ? `bel ${contact.phone}` : undefined, contact.email ? `mail ${contact.email}` : undefined].filter(Boolean).join(' of ');
  return `Neem contact op met ${contact.name} (${organisation}): ${how}. Vertel over ${candidate}.`;
}
