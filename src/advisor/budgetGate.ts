// What the regional budget's console routes share: their dependencies and the budgetbeheerder gate.
// Every advisor may read applications and the budget overview; grant, refuse and pay are for
// budgetbeheerders and admins (403 FORBIDDEN_ROLE for others); a session is needed for all (401).
import type { Request, Response } from 'restify';
import { ApiError } from '../errors';
import { isBudgetManager } from '../db/advisorStore';
import type { AuditStore } from '../db/auditStore';
import type { BudgetStore } from '../db/budgetStore';
import type { SchemeCatalog } from '../budget/ledger';
import type { SessionAdvisor } from './auth';
import type { Handler, Route } from './http';
import type { MediationMessenger } from './mediationGate';
import { regionsOfReader, type RegionChoice } from '../regionChoice';

export interface BudgetDeps {
  store: BudgetStore;
  /** The regions' schemes from content (titles, maximum per person, total per year). */
  schemes: SchemeCatalog;
  /** The seeker's stored channel address, to tell them the decision. */
  seekers: { referenceOfSeeker(seekerId: string): Promise<unknown | undefined> };
  messenger: MediationMessenger;
  now?: () => Date;
  /** The regions and their console teams: an advisor of one region's team works that region's applications only. */
  regions?: RegionChoice;
}

export interface BudgetRouteDeps extends BudgetDeps {
  audit: AuditStore;
  authed: (fn: Handler, options: { mutates: boolean; admin?: boolean }) => Route;
}

/** authed() plus: only budgetbeheerders and admins. */
export function budgetManagerOnly(deps: Pick<BudgetRouteDeps, 'authed'>, fn: Handler): Route {
  return deps.authed(async (req: Request, res: Response, advisor: SessionAdvisor) => {
    if (!isBudgetManager(advisor.role)) throw new ApiError('FORBIDDEN_ROLE', 'Only budgetbeheerders and administrators may decide on applications.');
    return fn(req, res, advisor);
  }, { mutates: true });
}

/** The regions whose applications `advisor` works (their team's); undefined: every region. */
export function budgetRegionsOf(deps: Pick<BudgetDeps, 'regions'>, advisor: SessionAdvisor): ReadonlySet<string> | undefined {
  return deps.regions ? regionsOfReader(deps.regions, advisor) : undefined;
}

/** 403 OTHER_REGION for an application of a region that is not the advisor's (absent: the store says not found). */
export function checkRegion(deps: Pick<BudgetDeps, 'regions'>, advisor: SessionAdvisor, application: { regionId: string } | null | undefined): void {
  const mine = budgetRegionsOf(deps, advisor);
  if (application && mine && !mine.has(application.regionId)) throw new ApiError('OTHER_REGION', "This application is of another region: only that region's console team and administrators can see or decide it.");
}
