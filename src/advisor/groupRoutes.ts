// Van werk naar werk groups and the bemiddeling dashboard (werkgeversadviseurs and admins). A
// group's members are pseudonymous here too: their situation, proposals and introductions only.
import type { Server } from 'restify';
import { ApiError } from '../errors';
import { pseudonym } from '../mediation/pseudonym';
import { readStoredProfile } from '../matching/readStoredProfile';
import { API } from './http';
import { CODES } from './profileWords';
import { actor, mediatorOnly, type MediationRouteDeps } from './mediationGate';

/** The member's situation as the console's profile words ("WW"), with its code. */
function situationOf(stored: unknown): { situation: string | null; situationCode: string | null } {
  const code = readStoredProfile(stored)?.profile.answers.situation;
  return { situation: code ? CODES.situation[code] : null, situationCode: code ?? null };
}

type GroupRow = NonNullable<Awaited<ReturnType<MediationRouteDeps['members']['group']>>>;

export function registerGroupRoutes(server: Server, deps: MediationRouteDeps): void {
  const read = { mutates: false };
  const summary = async (g: GroupRow) => ({
    id: g.id,
    code: g.code,
    organisation: g.employer.organisation,
    employerId: g.employer.id,
    headcount: g.headcount,
    work: g.work,
    endsAt: g.endsAt,
    arrangement: g.arrangement,
    createdAt: g.createdAt,
    ...(await deps.store.groupProgress(g.id)),
  });

  server.get(`${API}/groups`, mediatorOnly(deps, async () => Promise.all((await deps.members.groups()).map(summary)), read));

  server.get(`${API}/groups/:id`, mediatorOnly(deps, async (req, _res, advisor) => {
    const group = await deps.members.group(String(req.params.id));
    if (!group) throw new ApiError('NOT_FOUND', 'No such group.');
    const members = await deps.members.members(group.id);
    await deps.audit.write({ actor: actor(advisor), action: 'group.read', detail: `group=${group.id}` });
    return {
      ...(await summary(group)),
      members: members.map((m) => ({
        seekerId: m.seekerId,
        pseudonym: pseudonym(m.seekerId),
        ...situationOf(m.profile),
        proposals: m.proposals,
        introductions: m.introductions,
      })),
    };
  }, read));

  server.get(`${API}/mediation/dashboard`, mediatorOnly(deps, async () => deps.store.dashboard(deps.now?.() ?? new Date(), deps.timeZone), read));
}
