// The dialogs' EmployerMatcher on top of the matching module's employer options.
import { matchEmployer, type EmployerCatalogue } from '../matching';
import type { EmployerMatcher } from './services';

export function createEmployerMatcher(catalogue: EmployerCatalogue): EmployerMatcher {
  return { propose: (profile, now, locale) => matchEmployer(catalogue, profile, { now, locale }) };
}
