// A lexical index over labels (occupation names, skill names) built on MiniSearch: BM25 ranking,
// prefix and fuzzy (typo-tolerant) matching, with our own Dutch tokenizer and stemmer.
// Each label is its own document, so a hit can say which label matched ("matchedLabel").
import MiniSearch from 'minisearch';
import { boundedEditDistance, contentTerms, splitCompound } from './dutchText';

export interface LabelEntry {
  /** What the label belongs to (an occupation or skill index). */
  key: number;
  label: string;
  preferred: boolean;
}

export interface LabelHit {
  key: number;
  matchedLabel: string;
  /** 0..1: how well the query's words are covered by the matched label. */
  confidence: number;
  /** Raw BM25 score (for ordering only). */
  score: number;
}

interface LabelDoc {
  id: number;
  label: string;
}

const PREFERRED_BOOST = 1.25;

export interface LabelIndexOptions {
  /** Turns text into stemmed search terms; default: contentTerms (occupation stop words). */
  terms?: (text: string) => string[];
  /**
   * Combines query coverage (how many of the query's words were used) and label coverage into
   * the confidence. Default: 0.4 × query + 0.6 × label, because intake phrases carry extra words.
   * Questions should be explained word for word, so the knowledge base uses a stricter mix.
   */
  combine?: (queryCoverage: number, labelCoverage: number) => number;
  /**
   * Which label represents a key: the best BM25 score (default) or the highest confidence. A
   * small index of many phrasings per key (the knowledge base) uses confidence.
   */
  pickBy?: 'score' | 'confidence';
}

const labelFirst = (query: number, label: number): number => 0.4 * query + 0.6 * label;

export class LabelIndex {
  private readonly search: MiniSearch<LabelDoc>;
  private readonly entries: LabelEntry[];
  private readonly labelTerms: string[][];
  /** Every indexed word: a query word found here is not a typo, so it gets no fuzzy matching. */
  private readonly knownTerms = new Set<string>();
  private readonly terms: (text: string) => string[];
  private readonly combine: (queryCoverage: number, labelCoverage: number) => number;
  private readonly pickByConfidence: boolean;

  constructor(entries: LabelEntry[], options: LabelIndexOptions = {}) {
    this.entries = entries;
    this.terms = options.terms ?? contentTerms;
    this.combine = options.combine ?? labelFirst;
    this.pickByConfidence = options.pickBy === 'confidence';
    const terms = this.terms;
    this.labelTerms = entries.map((e) => terms(e.label));
    // Words that occur on their own in some label: the parts compound splitting may use.
    const vocabulary = new Set<string>();
    for (const terms of this.labelTerms) for (const t of terms) if (t.length >= 4) vocabulary.add(t);
    const indexTokenize = (text: string): string[] => {
      const found = terms(text);
      const extra = found.flatMap((t) => splitCompound(t, vocabulary));
      const all = extra.length > 0 ? [...found, ...extra] : found;
      for (const t of all) this.knownTerms.add(t);
      return all;
    };
    this.search = new MiniSearch<LabelDoc>({
      fields: ['label'],
      storeFields: [],
      tokenize: indexTokenize,
      processTerm: (term) => term, // contentTerms already normalised and stemmed
      searchOptions: {
        tokenize: terms,
        processTerm: (term) => term,
        prefix: (term) => term.length >= 4,
        fuzzy: (term) => (term.length >= 5 && !this.knownTerms.has(term) ? 0.2 : false),
        maxFuzzy: 3,
        combineWith: 'OR',
        boostDocument: (id) => (this.entries[id as number].preferred ? PREFERRED_BOOST : 1),
      },
    });
    this.search.addAll(entries.map((e, id) => ({ id, label: e.label })));
  }

  get size(): number {
    return this.entries.length;
  }

  /**
   * Best hit per key, best first; ties broken by key so results are deterministic.
   * `exact` turns off typo tolerance (for matching curated names against each other).
   */
  find(query: string, limit: number, options: { exact?: boolean } = {}): LabelHit[] {
    const queryTerms = this.terms(query);
    if (queryTerms.length === 0) return [];
    const best = new Map<number, LabelHit>();
    const results = options.exact ? this.search.search(query, { fuzzy: false }) : this.search.search(query);
    for (const result of results) {
      const id = result.id as number;
      const entry = this.entries[id];
      const current = best.get(entry.key);
      if (current && !this.pickByConfidence && current.score >= result.score) continue;
      const confidence = this.confidence(queryTerms, this.labelTerms[id]);
      if (current && this.pickByConfidence && (current.confidence > confidence || (current.confidence === confidence && current.score >= result.score))) continue;
      best.set(entry.key, { key: entry.key, matchedLabel: entry.label, score: result.score, confidence });
    }
    return [...best.values()]
      .sort((a, b) => b.confidence - a.confidence || b.score - a.score || a.key - b.key)
      .slice(0, limit);
  }

  /**
   * How well the query explains the matched label: mostly how much of the label is covered
   * (by quality of match), partly how many of the query's words were used. Intake phrases carry
   * extra words ("bij een distributiecentrum"), so label coverage weighs more.
   */
  private confidence(queryTerms: string[], labelTerms: string[]): number {
    if (labelTerms.length === 0) return 0;
    const labelQuality = labelTerms.map(() => 0);
    let queryQuality = 0;
    for (const q of queryTerms) {
      let best = 0;
      const typoAllowed = !this.knownTerms.has(q);
      labelTerms.forEach((t, i) => {
        const value = termQuality(q, t, typoAllowed);
        if (value > best) best = value;
        if (value > labelQuality[i]) labelQuality[i] = value;
      });
      queryQuality += best;
    }
    const queryCoverage = queryQuality / queryTerms.length;
    const labelCoverage = labelQuality.reduce((a, b) => a + b, 0) / labelTerms.length;
    return Math.round(this.combine(queryCoverage, labelCoverage) * 100) / 100;
  }
}

function termQuality(query: string, labelTerm: string, typoAllowed: boolean): number {
  if (query === labelTerm) return 1;
  if (query.length >= 4 && labelTerm.startsWith(query)) return 0.6 + 0.3 * (query.length / labelTerm.length);
  if (query.length >= 4 && labelTerm.endsWith(query)) return 0.55 + 0.3 * (query.length / labelTerm.length);
  if (typoAllowed && query.length >= 5) {
    const distance = boundedEditDistance(query, labelTerm, 2);
    if (distance <= 2) return distance === 1 ? 0.8 : 0.5;
  }
  return 0;
}
