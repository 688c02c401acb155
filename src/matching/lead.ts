// The order an advisor would lead with: what the seeker named (targets, e.g. a stepping stone),
// the route toward their wish, the most realistic job direction, then the best instrument. These
// come first (at most three); the rest follows by score. A lead proposal's score is raised to the
// score of the one after it, so the list stays sorted by score for every caller.
import type { Proposal } from './proposal';

const LEAD = 3;

export function byScoreThenId(a: Proposal, b: Proposal): number {
  return b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export interface LeadCandidates {
  /** The lead proposal of each named target, in the order the seeker named them. */
  targets: Proposal[];
  wish?: Proposal;
  /** Leave the job direction out of the lead (someone fully unable to work). */
  noJobLead?: boolean;
  /** All other proposals (jobs, routes, schooling, instruments). */
  all: Proposal[];
}

export function inAdvisorOrder(c: LeadCandidates): Proposal[] {
  const rest = [...c.all].sort(byScoreThenId);
  const job = c.noJobLead ? undefined : rest.find((p) => p.kind === 'job-direction');
  const instrument = rest.find((p) => p.kind === 'reintegration' || p.kind === 'referral');
  const lead: Proposal[] = [];
  for (const p of [...c.targets, c.wish, job, instrument]) {
    if (p !== undefined && lead.length < LEAD && !lead.some((l) => l.id === p.id)) lead.push(p);
  }
  const ids = new Set(lead.map((p) => p.id));
  const ordered = [...lead, ...rest.filter((p) => !ids.has(p.id))];
  const seen = new Set<string>();
  const unique = ordered.filter((p) => (seen.has(p.id) ? false : (seen.add(p.id), true)));
  for (let i = Math.min(lead.length, unique.length - 1) - 1; i >= 0; i--) {
    if (unique[i].score < unique[i + 1].score) unique[i] = { ...unique[i], score: unique[i + 1].score };
  }
  return unique;
}
