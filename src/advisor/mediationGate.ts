// What the bemiddeling routes share: their dependencies and the mediator gate. Vacancies with their
// employers' contact data, candidates and introductions are for werkgeversadviseurs and admins
// only (403 FORBIDDEN_ROLE for plain advisors); a session is needed for everything (401).
import type { Request, Response } from 'restify';
import { ApiError } from '../errors';
import { isMediator } from '../db/advisorStore';
import type { AuditStore } from '../db/auditStore';
import type { MatchableSeekers } from '../db/matchableSeekers';
import type { MediationStore } from '../db/mediationStore';
import type { GroupMembers } from '../db/groupMembers';
import type { Catalogue } from '../matching/catalogue';
import type { SessionAdvisor } from './auth';
import type { Handler, Route } from './http';

/** Writes a message from Werkloket itself into a stored conversation (seeker's or employer's). */
export interface MediationMessenger {
  tell(reference: unknown, text: string): Promise<void>;
}

export interface MediationDeps {
  store: MediationStore;
  seekers: MatchableSeekers;
  members: GroupMembers;
  /** The matching catalogue (loaded once, shared with the bot). */
  catalogue: () => Promise<Catalogue>;
  messenger: MediationMessenger;
  /** The operator's time zone (dashboard months). */
  timeZone: string;
  now?: () => Date;
}

export interface MediationRouteDeps extends MediationDeps {
  audit: AuditStore;
  publicUrl?: string;
  authed: (fn: Handler, options: { mutates: boolean; admin?: boolean }) => Route;
}

export const actor = (a: SessionAdvisor) => ({ id: a.id, name: a.name });

/** authed() plus: only werkgeversadviseurs and admins. */
export function mediatorOnly(deps: Pick<MediationRouteDeps, 'authed'>, fn: Handler, options: { mutates: boolean }): Route {
  return deps.authed(async (req: Request, res: Response, advisor: SessionAdvisor) => {
    if (!isMediator(advisor.role)) throw new ApiError('FORBIDDEN_ROLE', 'Only werkgeversadviseurs and administrators may do this.');
    return fn(req, res, advisor);
  }, options);
}
