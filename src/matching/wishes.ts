// The seeker's free-text wish ("warmtepompen", "iets in de zorg", "met kinderen"), searched in
// ESCO occupation labels and in MBO qualification names. "Maakt niet uit" is no wish at all.
import type { Catalogue } from './catalogue';
import { contentTerms, normalise } from './dutchText';
import { LabelIndex } from './labelIndex';

/** Answers that mean "no wish": never quoted back as "what you are looking for". */
const NO_WISH = [
  'maakt niet uit', 'maakt me niet uit', 'maakt mij niet uit', 'maakt niks uit', 'weet ik niet', 'weet ik nog niet',
  'weet niet', 'geen idee', 'geen voorkeur', 'alles', 'alles is goed', 'om het even', 'nvt', 'n v t', 'geen', 'nee',
  'niets', 'niks', 'doesn t matter', 'does not matter', 'no idea', 'anything', 'don t know', 'i don t know', 'no preference',
  'whatever', 'none', 'no',
];
const NO_WISH_SET = new Set(NO_WISH.map(normalise));

export function isNoWish(text: string | undefined): boolean {
  if (text === undefined) return true;
  const n = normalise(text);
  return n === '' || NO_WISH_SET.has(n);
}

/** A qualification hit for the wish, with search confidence. */
export interface QualificationHit {
  qualification: number;
  confidence: number;
}

export const WISH_MIN_CONFIDENCE = 0.6;

const PART_OF_WISH = 0.85;

/** "logistiek zonder rijden": the word after a negation is what the seeker does not want. */
const NEGATION = /\b(zonder|geen|niet|without|no|not)\s+\S+/gi;

/** Words that, negated ("zonder rijden", "geen auto"), mean: no driving work. */
const DRIVING_WORDS = /^(rijd|rijden|rijbewijs|auto|chauffeur|vrachtwagen|busj?e?|driving|drive|car|truck)/;

/** What the wish says the seeker does not want. */
export function unwanted(wish: string | undefined): { driving: boolean } {
  if (isNoWish(wish)) return { driving: false };
  const negated = [...wish!.matchAll(NEGATION)].map((m) => normalise(m[0]).split(' ')[1] ?? '');
  return { driving: negated.some((w) => DRIVING_WORDS.test(w)) };
}

/** The wish without negated words; undefined when nothing is left. */
export function positiveWish(wish: string | undefined): string | undefined {
  if (isNoWish(wish)) return undefined;
  const left = wish!.replace(NEGATION, ' ').trim();
  return contentTerms(left).length > 0 ? left : undefined;
}

/**
 * Searches the whole wish and, when it has several words, each word alone: "warmtepompen
 * installeren" must still find "Airco/warmtepompmonteur", "magazijn of met dieren" both. The best
 * confidence per key wins; the whole phrase is tried first, so it wins ties.
 */
function searchWish(index: LabelIndex, wish: string, limit: number, minConfidence: number): Array<{ key: number; confidence: number }> {
  const best = new Map<number, number>();
  const terms = contentTerms(wish);
  const queries = terms.length > 1 ? [wish, ...new Set(terms)] : [wish];
  queries.forEach((q, i) => {
    // One word of several covers only part of the wish: it counts a little less than the whole.
    const weight = i === 0 ? 1 : PART_OF_WISH;
    for (const hit of index.find(q, limit)) {
      if (hit.confidence < minConfidence) continue;
      const confidence = Math.round(hit.confidence * weight * 100) / 100;
      if (confidence > (best.get(hit.key) ?? 0)) best.set(hit.key, confidence);
    }
  });
  return [...best].map(([key, confidence]) => ({ key, confidence })).sort((a, b) => b.confidence - a.confidence || a.key - b.key);
}
const WISH_HITS = 10;

/**
 * A wish is short and every word counts ("warmtepompen" must find "Airco/warmtepompmonteur"),
 * so here how much of the wish is covered weighs more than how much of the name.
 */
const wishFirst = (query: number, label: number): number => 0.8 * query + 0.2 * label;

const qualificationIndexes = new WeakMap<Catalogue, LabelIndex>();

function qualificationIndex(catalogue: Catalogue): LabelIndex {
  let index = qualificationIndexes.get(catalogue);
  if (!index) {
    index = new LabelIndex(
      catalogue.qualifications.map((q, key) => ({ key, label: q.name, preferred: true })),
      { combine: wishFirst, pickBy: 'confidence' },
    );
    qualificationIndexes.set(catalogue, index);
  }
  return index;
}

/** MBO qualifications whose name matches the wish, best first. */
export function wishQualifications(catalogue: Catalogue, wish: string | undefined): QualificationHit[] {
  const positive = positiveWish(wish);
  if (positive === undefined) return [];
  return searchWish(qualificationIndex(catalogue), positive, WISH_HITS, WISH_MIN_CONFIDENCE)
    .map((h) => ({ qualification: h.key, confidence: h.confidence }));
}

/** ESCO occupations whose label matches the wish, with confidence. */
export function wishOccupations(catalogue: Catalogue, wish: string | undefined, minConfidence: number): Map<number, number> {
  const found = new Map<number, number>();
  const positive = positiveWish(wish);
  if (positive === undefined) return found;
  for (const hit of searchWish(catalogue.occupationSearch, positive, WISH_HITS, minConfidence)) {
    if (found.size < WISH_HITS) found.set(hit.key, hit.confidence);
  }
  return found;
}

const qualificationOccupations = new WeakMap<Catalogue, number[][]>();

/** Occupations a qualification leads to (reverse of routesByOccupation, curated or by name), best fit first. */
export function occupationsOfQualification(catalogue: Catalogue, qualification: number): number[] {
  let reverse = qualificationOccupations.get(catalogue);
  if (!reverse) {
    const found: Array<Array<{ occupation: number; fit: number }>> = catalogue.qualifications.map(() => []);
    catalogue.routesByOccupation.forEach((routes, occupation) => {
      for (const r of routes) if (r.method !== 'isco-group') found[r.qualification].push({ occupation, fit: r.fit });
    });
    reverse = found.map((list) => list.sort((a, b) => b.fit - a.fit || a.occupation - b.occupation).map((f) => f.occupation));
    qualificationOccupations.set(catalogue, reverse);
  }
  return reverse[qualification];
}
