// What we know about the seeker for ranking, split by how sure we are. Only occupations the seeker
// confirmed (an occupationUri with confirmed !== false) give skills we may state as fact. A job
// title we matched by search, or an occupation the seeker did not confirm, is a guess: it steers
// the ranking a little, and the seeker's own words may be quoted, never stated as fact.
import type { Catalogue } from './catalogue';
import type { Profile } from './profile';
import type { MatchResult } from './proposal';
import { wishOccupations } from './wishes';

export interface GuessedWork {
  occupation: number;
  /** The seeker's own words for it, when they gave any. */
  words?: string;
}

export interface SeekerContext {
  /** Essential skills of confirmed past work, plus skills the seeker listed. */
  skills: ReadonlySet<number>;
  /** Essential skills of guessed past work that are not in `skills`. */
  guessedSkills: ReadonlySet<number>;
  /** Confirmed past occupations. */
  pastOccupations: readonly number[];
  guessedWork: readonly GuessedWork[];
  /** Occupations the seeker saw and said were not their work (confirmed: false). */
  rejected: ReadonlySet<number>;
  /** Occupations the seeker named (goals.targetOccupationUris). */
  targets: ReadonlySet<number>;
  /** Occupations matching the free-text wish, with search confidence. */
  interests: ReadonlyMap<number, number>;
}

const TITLE_MIN_CONFIDENCE = 0.5;
export const INTEREST_MIN_CONFIDENCE = 0.6;

function essentialSkillsOf(catalogue: Catalogue, occupation: number, into: Set<number>): void {
  const { start, skill, essential } = catalogue.relations;
  for (let r = start[occupation]; r < start[occupation + 1]; r++) if (essential[r]) into.add(skill[r]);
}

export function buildSeeker(catalogue: Catalogue, profile: Profile, warnings: string[], understood: MatchResult['understoodWork']): SeekerContext {
  const past: number[] = [];
  const guessed: GuessedWork[] = [];
  const rejected = new Set<number>();
  for (const item of profile.workHistory) {
    if (item.occupationUri !== undefined) {
      const o = catalogue.occupationByUri.get(item.occupationUri);
      if (o === undefined) warnings.push(`workHistory: unknown occupation ${item.occupationUri}`);
      else if (item.confirmed === false) rejected.add(o); // the seeker said this was not their work
      else past.push(o);
    } else if (item.title !== undefined) {
      const hit = catalogue.occupationSearch.find(item.title, 1)[0];
      if (hit && hit.confidence >= TITLE_MIN_CONFIDENCE) {
        guessed.push({ occupation: hit.key, words: item.title });
        const o = catalogue.occupations[hit.key];
        understood.push({ input: item.title, uri: o.uri, label: o.label, confidence: hit.confidence });
      } else {
        warnings.push(`workHistory: could not recognise "${item.title}"`);
      }
    }
  }
  // Someone who did a job has its essential skills; optional ones vary too much to assume.
  const skills = new Set<number>();
  for (const o of past) essentialSkillsOf(catalogue, o, skills);
  for (const id of profile.skills) {
    const s = catalogue.skillById.get(id);
    if (s === undefined) warnings.push(`skills: unknown skill id ${id}`);
    else skills.add(s);
  }
  const guessedAll = new Set<number>();
  for (const g of guessed) essentialSkillsOf(catalogue, g.occupation, guessedAll);
  const guessedSkills = new Set([...guessedAll].filter((s) => !skills.has(s)));
  const targets = new Set<number>();
  for (const uri of profile.goals.targetOccupationUris) {
    const o = catalogue.occupationByUri.get(uri);
    if (o === undefined) warnings.push(`goals.targetOccupationUris: unknown occupation ${uri}`);
    else targets.add(o);
  }
  const interests = wishOccupations(catalogue, profile.goals.interests, INTEREST_MIN_CONFIDENCE);
  return { skills, guessedSkills, pastOccupations: [...new Set(past)], guessedWork: guessed, rejected, targets, interests };
}
