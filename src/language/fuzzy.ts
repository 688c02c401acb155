/**
 * Damerau-Levenshtein distance (optimal string alignment: insertions, deletions,
 * substitutions and transpositions of adjacent letters, each costing 1).
 * `max` lets callers stop early: the result is capped at max + 1.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push(new Array<number>(b.length + 1).fill(0));
    rows[i][0] = i;
  }
  for (let j = 0; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, rows[i - 2][j - 2] + 1);
      }
      rows[i][j] = d;
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
  }
  return rows[a.length][b.length];
}

/**
 * How many typos a word of this length may contain and still count as the same word.
 * Short words must match exactly: "mei"/"mij", "nee"/"mee", "ww"/"wo" differ by one letter.
 */
export function allowedTypos(length: number): number {
  if (length <= 4) return 0;
  if (length <= 7) return 1;
  return 2;
}

/** True when `typed` is `expected` or a plausible typo of it. */
export function isTypoOf(typed: string, expected: string): boolean {
  if (typed === expected) return true;
  const allowed = allowedTypos(Math.min(typed.length, expected.length));
  return allowed > 0 && editDistance(typed, expected, allowed) <= allowed;
}

/** The first word of `vocabulary` that `typed` is (a typo of), or undefined. Exact matches win. */
export function closestWord(typed: string, vocabulary: readonly string[]): string | undefined {
  // The vocabularies are constant tables and a turn looks up the same words many times.
  let known = closest.get(vocabulary);
  if (!known) closest.set(vocabulary, (known = new Map()));
  const hit = known.get(typed);
  if (hit !== undefined) return hit === NONE ? undefined : hit;
  const found = closestUncached(typed, vocabulary);
  if (known.size >= CLOSEST_KEPT) known.clear();
  known.set(typed, found ?? NONE);
  return found;
}

const closest = new WeakMap<readonly string[], Map<string, string | typeof NONE>>();
const NONE = Symbol('none');
const CLOSEST_KEPT = 2000;

function closestUncached(typed: string, vocabulary: readonly string[]): string | undefined {
  if (vocabulary.includes(typed)) return typed;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const word of vocabulary) {
    const allowed = allowedTypos(Math.min(typed.length, word.length));
    if (allowed === 0) continue;
    const d = editDistance(typed, word, allowed);
    if (d <= allowed && d < bestDistance) {
      best = word;
      bestDistance = d;
    }
  }
  return best;
}
