// Regulated professions (content/regulated-professions.json): protected titles such as BIG
// professions, teachers and lawyers. Owned by the "routes" work of issue 13; this is the interface
// the matching core calls. TODO(issue 13): load the curated list and build the recognition steps.
import type { Catalogue } from './catalogue';
import type { Profile } from './profile';
import type { Proposal } from './proposal';
import type { Locale } from './texts';

export interface Regulation {
  /** Stable id from the curated list, e.g. "big-apotheker". */
  id: string;
  /** Who registers or recognises, e.g. "CIBG (BIG-register)". */
  authority: string;
}

/** The regulation of an occupation (catalogue index), if its title is protected. */
export function regulationOf(_catalogue: Catalogue, _occupation: number): Regulation | undefined {
  return undefined;
}

/**
 * The recognition steps (diploma valuation, registration) and a realistic stepping stone for a
 * regulated occupation this seeker aims at or did abroad. Empty when none apply.
 */
export function recognitionProposals(_catalogue: Catalogue, _profile: Profile, _occupation: number, _locale: Locale): Proposal[] {
  return [];
}
