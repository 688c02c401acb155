// Answers information questions from the curated knowledge base with the matching module's Dutch
// search (stemming, compounds, typo tolerance). Below the confidence threshold the answer is an
// honest "not sure", with the organisation to ask when the closest entry names one.
import { LabelIndex, normalise } from '../matching';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledgeEntries } from './load';
import { questionTerms } from './questionTerms';
import type { FollowUp, KnowledgeEntry } from './schema';

export type Locale = 'nl' | 'en';

/**
 * Minimum confidence (0..1) to answer. Chosen on the test questions in
 * test/knowledge/answer.test.ts: every expected answer scores at least this, every question the
 * bot must not pretend to know scores below it; a borderline pair on each side pins it.
 */
export const CONFIDENCE_THRESHOLD = 0.7;
/**
 * Confidence of a question against a phrasing: the harmonic mean of query coverage and phrasing
 * coverage, so both must be high. One unexplained topic word in a short question ("mag ik op
 * vakantie met WW?") already drops it below the threshold, and so does a short question that
 * covers only one word of a longer phrasing ("hoe laat is het?" against "hoe laat ik zien …").
 */
export function questionConfidence(queryCoverage: number, labelCoverage: number): number {
  return queryCoverage + labelCoverage === 0 ? 0 : (2 * queryCoverage * labelCoverage) / (queryCoverage + labelCoverage);
}
/** Below the threshold, the closest entry still names who to ask when it is at least this close. */
export const ORGANISATION_FLOOR = 0.3;

/**
 * Amounts and dates are personal ("hoeveel WW krijg ik", "wanneer wordt het gestort"). Such a
 * question is only answered by an entry that has a phrasing asking the same kind of thing
 * ("hoeveel uur mag ik werken …"); otherwise the bot says it does not know.
 */
const AMOUNT_OR_DATE = ['hoeveel', 'hoogte', 'hoog', 'bedrag', 'wanneer', 'datum', 'much', 'many', 'amount', 'when', 'date'];

export interface KnowledgeAnswerView {
  id: string;
  answer: string;
  organisation: string;
  sources: string[];
  followUp?: FollowUp;
}

export type KnowledgeResult =
  | { entry: KnowledgeAnswerView; confidence: number; matched: string }
  | { unsure: true; confidence: number; organisation?: string; closestId?: string };

export class KnowledgeBase {
  private readonly index: LabelIndex;

  constructor(
    readonly entries: readonly KnowledgeEntry[],
    private readonly threshold = CONFIDENCE_THRESHOLD,
  ) {
    // One document per phrasing (both languages), keyed by entry: the best phrasing per entry wins.
    const labels = entries.flatMap((e, key) => [...e.questions.nl, ...e.questions.en].map((label) => ({ key, label, preferred: false })));
    this.index = new LabelIndex(labels, { terms: questionTerms, combine: questionConfidence, pickBy: 'confidence' });
  }

  static async load(dir: string = DEFAULT_KNOWLEDGE_DIR): Promise<KnowledgeBase> {
    return new KnowledgeBase(await loadKnowledgeEntries(dir));
  }

  /** The closest entries with their confidence (for tests and tuning). */
  candidates(question: string, limit = 3): { id: string; confidence: number; matched: string }[] {
    return this.index.find(question, limit).map((hit) => ({ id: this.entries[hit.key].id, confidence: hit.confidence, matched: hit.matchedLabel }));
  }

  answer(question: string, locale: Locale): KnowledgeResult {
    const [best] = this.index.find(question, 1);
    if (!best) return { unsure: true, confidence: 0 };
    const entry = this.entries[best.key];
    const confident = best.confidence >= this.threshold && asksTheSameKind(question, best.matchedLabel);
    if (!confident) {
      return {
        unsure: true,
        confidence: best.confidence,
        closestId: entry.id,
        ...(best.confidence >= ORGANISATION_FLOOR ? { organisation: entry.organisation[locale] } : {}),
      };
    }
    return {
      confidence: best.confidence,
      matched: best.matchedLabel,
      entry: {
        id: entry.id,
        answer: entry.answer[locale],
        organisation: entry.organisation[locale],
        sources: entry.sources.map((s) => (typeof s === 'string' ? s : s.url)), // TODO(issue 13): named links
        ...(entry.followUp ? { followUp: entry.followUp } : {}),
      },
    };
  }
}

function asksTheSameKind(question: string, phrasing: string): boolean {
  const asked = new Set(normalise(question).split(' '));
  const covered = new Set(normalise(phrasing).split(' '));
  return AMOUNT_OR_DATE.every((word) => !asked.has(word) || covered.has(word));
}
