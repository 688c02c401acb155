// Bemiddeling in the console (issue 17; contract: README "Bemiddeling in de console"): vacancies
// and their import, candidates and a seeker's vacancies, mediation requests and introductions,
// van werk naar werk groups and the dashboard. One file per concern beside this one.
import type { Server } from 'restify';
import { registerCandidateRoutes } from './candidateRoutes';
import { registerGroupRoutes } from './groupRoutes';
import { registerIntroductionRoutes } from './introductionRoutes';
import type { MediationRouteDeps } from './mediationGate';
import { registerVacancyImportRoute } from './vacancyImportRoute';
import { registerVacancyRoutes } from './vacancyRoutes';

export type { MediationDeps, MediationMessenger } from './mediationGate';

export function registerMediationRoutes(server: Server, deps: MediationRouteDeps): void {
  // The import before /vacancies/:id: restify matches in order of registration for equal shapes.
  registerVacancyImportRoute(server, deps);
  registerVacancyRoutes(server, deps);
  registerCandidateRoutes(server, deps);
  registerIntroductionRoutes(server, deps);
  registerGroupRoutes(server, deps);
}
