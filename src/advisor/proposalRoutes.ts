// Human oversight of proposals in the console: an advisor marks a seeker's proposal as not fitting
// (with a reason the seeker will read) or undoes it. Same rules as the other chat actions: a
// session, JSON from this site, and the chat must be readable; on an open chat only its holder
// (or an admin) decides. Every change is in the audit log (the proposal id, never the reason).
import type { Server } from 'restify';
import { z } from 'zod';
import { ApiError } from '../errors';
import type { AuditStore } from '../db/auditStore';
import type { ProposalMark, ProposalOversight } from '../db/seekerStore';
import type { Handoff, HandoffService } from '../handoff';
import { maskPii } from '../language';
import type { SessionAdvisor } from './auth';
import { API, parse, type Handler, type Route } from './http';

export const ProposalFitBodySchema = z.discriminatedUnion('notFitting', [
  z.object({ notFitting: z.literal(true), reason: z.string().trim().min(3).max(300) }),
  z.object({ notFitting: z.literal(false) }),
]);

export interface ProposalRouteDeps {
  handoffs: HandoffService;
  oversight: ProposalOversight;
  audit: AuditStore;
  authed: (fn: Handler, options: { mutates: boolean; admin?: boolean }) => Route;
}

/** On an open chat only its holder marks (or an admin); a closed chat: whoever may read it. */
function checkMayMark(handoff: Handoff, advisor: SessionAdvisor): void {
  if (advisor.role === 'admin' || handoff.status === 'closed') return;
  if (handoff.status === 'waiting') throw new ApiError('NOT_CLAIMED');
  if (handoff.claimedBy?.id !== advisor.id) throw new ApiError('NOT_HOLDER');
}

export const markView = (m: ProposalMark | undefined) =>
  m?.notFitting ? { notFitting: true, notFittingReason: m.notFittingReason, markedBy: m.markedBy, markedAt: m.markedAt } : { notFitting: false };

export function registerProposalRoutes(server: Server, deps: ProposalRouteDeps): void {
  server.post(`${API}/handoffs/:id/proposals/:proposalId/fit`, deps.authed(async (req, _res, advisor) => {
    const body = parse(ProposalFitBodySchema, req.body, 'Expected {"notFitting": true, "reason": "…"} or {"notFitting": false}.');
    const handoffId = String(req.params.id);
    const proposalId = String(req.params.proposalId);
    const detail = await deps.handoffs.detailFor(handoffId, advisor);
    checkMayMark(detail, advisor);
    // Only the proposals of this chat's seeker (the ones the console shows for it).
    if (!detail.proposals.some((p) => p.id === proposalId)) throw new ApiError('NOT_FOUND', 'This chat has no such proposal.');
    const seekerId = await deps.oversight.seekerOf(proposalId);
    const mark = body.notFitting ? { reason: maskPii(body.reason).text, by: advisor.name, at: new Date() } : null;
    if (!seekerId || !(await deps.oversight.mark(proposalId, seekerId, mark))) throw new ApiError('NOT_FOUND', 'This chat has no such proposal.');
    await deps.audit.write({ actor: { id: advisor.id, name: advisor.name }, action: body.notFitting ? 'proposal.not-fitting' : 'proposal.fitting-again', handoffId, detail: `proposal=${proposalId}` });
    const view = (await deps.oversight.viewsOf([proposalId])).get(proposalId);
    return { id: proposalId, ...markView(view) };
  }, { mutates: true }));
}
