// GET /advisor/api/follow-ups/outcomes (issue 18): how referrals turned out, per referral type and
// provider (done, not yet, did not work, asked without an answer), so the region sees which routes
// work. Any signed-in advisor; counts only, never a seeker. ?regionId=<id> narrows it to one region.
import type { Server } from 'restify';
import { z } from 'zod';
import { API, parse, type Handler, type Route } from './http';

export const FollowUpOutcomesQuerySchema = z.object({ regionId: z.string().regex(/^[a-z0-9-]{1,60}$/).optional() });

const count = z.number().int().nonnegative();
/** One line of the dashboard's table; anything else a store returns is left out. */
export const FollowUpOutcomeRowSchema = z.object({
  referralType: z.string(),
  providerId: z.string().nullish().transform((v) => v ?? null),
  providerName: z.string(),
  done: count,
  notYet: count,
  failed: count,
  askedNoAnswer: count,
});
export type FollowUpOutcomeRow = z.infer<typeof FollowUpOutcomeRowSchema>;

/** What the route reads (FollowUpStore.outcomes, adapted in the composition). */
export interface FollowUpOutcomes {
  outcomes(regionId?: string): Promise<z.input<typeof FollowUpOutcomeRowSchema>[]>;
}

export function registerFollowUpRoutes(server: Server, deps: { followUps: FollowUpOutcomes; authed: (fn: Handler, options: { mutates: boolean }) => Route }): void {
  server.get(`${API}/follow-ups/outcomes`, deps.authed(async (req) => {
    const { regionId } = parse(FollowUpOutcomesQuerySchema, req.query ?? {}, 'Expected ?regionId=<region id> or nothing.');
    const rows = z.array(FollowUpOutcomeRowSchema).parse(await deps.followUps.outcomes(regionId));
    // Most answered first, then by name: the routes with most to say come on top.
    const total = (r: FollowUpOutcomeRow) => r.done + r.notYet + r.failed + r.askedNoAnswer;
    rows.sort((a, b) => total(b) - total(a) || a.referralType.localeCompare(b.referralType) || a.providerName.localeCompare(b.providerName));
    return { regionId: regionId ?? null, rows };
  }, { mutates: false }));
}
