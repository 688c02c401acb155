// Answers information questions from the curated knowledge base with the matching module's Dutch
// search (stemming, compounds, typo tolerance). Below the confidence threshold the answer is an
// honest "not sure", with the organisation to ask when the closest entry names one. Who to ask
// follows the asker's situation through the who-to-ask table (src/matching/whoToAsk.ts).
import path from 'node:path';
import { LabelIndex, loadWhoToAsk, normalise, sourceLink, type WhoToAskTable } from '../matching';
import { contactsFor, desksFor, type Desks, kindsNamedIn, localAnswer, type ProviderDirectory } from '../matching/localise';
import { DEFAULT_CONTENT_DIR, regionsDirOf } from '../matching/rawData';
import { loadRegionDirectory, type ProviderContact } from '../region';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledgeEntries } from './load';
import { questionTerms } from './questionTerms';
import { fits, loadKnowledgeTopics, namedSituation, topicOf, type Asker, type KnowledgeTopics } from './situation';
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

/** A source as shown: the page and its human name in the seeker's language. */
export interface SourceLinkView {
  url: string;
  name: string;
}

export interface KnowledgeAnswerView {
  id: string;
  answer: string;
  /** Who decides or knows for sure: the who-to-ask table's organisation for the asker's situation when the entry has a topic. */
  organisation: string;
  /** The URLs (kept for callers that only link). */
  sources: string[];
  sourceLinks: SourceLinkView[];
  followUp?: FollowUp;
  /** The organisation's office for this asker, when a configured region covers their postcode. */
  contacts?: ProviderContact[];
}

/** Who to ask when the bot is not sure: the organisation, how to reach it, and a named source. */
export interface WhoToAskView {
  organisation: string;
  how: string;
  source: SourceLinkView;
}

/**
 * `contacts`: the asker's own offices for the organisation named (or, with none named, the
 * region's Werkcentrum), when a configured region covers their postcode.
 */
export type KnowledgeResult =
  | { entry: KnowledgeAnswerView; confidence: number; matched: string }
  | { unsure: true; confidence: number; organisation?: string; closestId?: string; whoToAsk?: WhoToAskView; contacts?: ProviderContact[] };

/**
 * An entry written for another situation (the WW entry, asked by someone on bijstand) gives way
 * to a sibling of the same topic written for the asker's situation (not a general one: "stage met
 * een uitkering" does not answer "studeren"), when that sibling is at least this close.
 * The question was clearly about the topic (the best entry passed the threshold); the situation
 * only chooses the variant.
 */
export const SIBLING_FLOOR = 0.45;
const CANDIDATES = 12;
/**
 * When not sure, an entry without a topic that names UWV or the gemeente ("waarom vraag je tot
 * wanneer je WW loopt?" for "wanneer wordt mijn uitkering gestort?") would send someone on bijstand
 * to UWV: for a known situation the table's benefit desk answers instead.
 */
const BENEFIT_DESK = /\bUWV\b|gemeente/i;
/** Confidences this close count as equally close (the search gives many 0.5s for short questions). */
const TIE = 0.02;

export interface KnowledgeBaseOptions {
  /** The decision table (content/who-to-ask.json); without it entries keep their own organisation. */
  whoToAsk?: WhoToAskTable;
  /** Topics of entries whose file does not give one (content/knowledge-topics.json). */
  topics?: KnowledgeTopics;
  /** The configured regions (content/regions): answers then name the asker's own office. */
  directory?: ProviderDirectory;
}

type Hit = { key: number; confidence: number; matchedLabel: string };

export class KnowledgeBase {
  private readonly index: LabelIndex;

  constructor(
    readonly entries: readonly KnowledgeEntry[],
    private readonly threshold = CONFIDENCE_THRESHOLD,
    private readonly options: KnowledgeBaseOptions = {},
  ) {
    // One document per phrasing (both languages), keyed by entry: the best phrasing per entry wins.
    const labels = entries.flatMap((e, key) => [...e.questions.nl, ...e.questions.en].map((label) => ({ key, label, preferred: false })));
    this.index = new LabelIndex(labels, { terms: questionTerms, combine: questionConfidence, pickBy: 'confidence' });
  }

  /** `regionsDir`: default WERKLOKET_REGIONS_DIR, else content/regions (as the catalogue reads it). */
  static async load(dir: string = DEFAULT_KNOWLEDGE_DIR, contentDir: string = DEFAULT_CONTENT_DIR, regionsDir?: string): Promise<KnowledgeBase> {
    const [entries, whoToAsk, topics, directory] = await Promise.all([
      loadKnowledgeEntries(dir),
      loadWhoToAsk(path.join(contentDir, 'who-to-ask.json')),
      loadKnowledgeTopics(path.join(contentDir, 'knowledge-topics.json')),
      loadRegionDirectory(regionsDirOf(regionsDir)),
    ]);
    return new KnowledgeBase(entries, CONFIDENCE_THRESHOLD, { whoToAsk, topics, directory });
  }

  /** A copy with another threshold (for tuning), the same table and topics. */
  withThreshold(threshold: number): KnowledgeBase {
    return new KnowledgeBase(this.entries, threshold, this.options);
  }

  /** The closest entries with their confidence (for tests and tuning). */
  candidates(question: string, limit = 3): { id: string; confidence: number; matched: string }[] {
    return this.index.find(question, limit).map((hit) => ({ id: this.entries[hit.key].id, confidence: hit.confidence, matched: hit.matchedLabel }));
  }

  /**
   * The answer for this asker. The situation the question names wins over the seeker's own
   * ("mag ik studeren met bijstand?"); otherwise the seeker's known situation decides who to ask.
   */
  answerOf(id: string, locale: Locale): string | undefined {
    return this.entries.find((e) => e.id === id)?.answer[locale];
  }

  /** What happens when the seeker does not answer the intake question an entry explains ("als ik nee zeg"). */
  ifNoOf(id: string, locale: Locale): string | undefined {
    return this.entries.find((e) => e.id === id)?.ifNo?.[locale];
  }

  answer(question: string, locale: Locale, asker: Asker = {}): KnowledgeResult {
    const hits: Hit[] = this.index.find(question, CANDIDATES);
    const desks = desksFor(this.options.directory, { postcode: asker.postcode, regionId: asker.regionId }, locale);
    // Not sure and no organisation to name: the region's Werkcentrum ("een adviseur van het Werkcentrum").
    const werkcentrum = () => offices(contactsFor(desks, ['werkcentrum']));
    if (hits.length === 0) return { unsure: true, confidence: 0, ...werkcentrum() };
    const who: Asker = { ...asker, situation: namedSituation(question) ?? asker.situation ?? 'unknown' };
    const picked = this.pick(question, hits, who);
    if (picked) return { confidence: picked.confidence, matched: picked.matchedLabel, entry: this.view(this.entries[picked.key], locale, who, desks) };
    const closest = this.closest(hits, who);
    const entry = this.entries[closest.key];
    const unsure = { unsure: true as const, confidence: hits[0].confidence, closestId: entry.id };
    if (closest.confidence < ORGANISATION_FLOOR) return { ...unsure, ...werkcentrum() };
    const topic = this.topic(entry).topic ?? (who.situation !== 'unknown' && BENEFIT_DESK.test(entry.organisation.nl) ? 'benefit-questions' : undefined);
    if (topic && this.options.whoToAsk) {
      const row = localAnswer(this.options.whoToAsk.ask(topic, who, locale), desks);
      return { ...unsure, organisation: row.organisation, whoToAsk: { organisation: row.organisation, how: row.how, source: row.source }, ...offices(row.contacts ?? []) };
    }
    return { ...unsure, organisation: entry.organisation[locale], ...offices(contactsFor(desks, kindsNamedIn(entry.organisation.nl))) };
  }

  /**
   * A confident entry that fits the asker: the best one, or one as close (the zzp entry next to
   * the WW entry for "wie betaalt mijn opleiding?"), else a sibling of the best one's topic.
   */
  private pick(question: string, hits: Hit[], who: Asker): Hit | undefined {
    const [best] = hits;
    const confident = (hit: Hit) => hit.confidence >= this.threshold && asksTheSameKind(question, hit.matchedLabel);
    if (!confident(best)) return undefined;
    const situation = who.situation ?? 'unknown';
    const tied = hits.filter((hit) => best.confidence - hit.confidence <= TIE && confident(hit));
    const fitting = tied.find((hit) => fits(this.topic(this.entries[hit.key]).situations, situation));
    if (fitting) return fitting;
    const { topic } = this.topic(this.entries[best.key]);
    return hits.find((hit) => {
      const other = this.topic(this.entries[hit.key]);
      return hit !== best && hit.confidence >= SIBLING_FLOOR && other.topic === topic && other.situations?.includes(situation) && asksTheSameKind(question, hit.matchedLabel);
    });
  }

  /**
   * The entry that names who to ask when the bot is not sure. Among the equally close ones, one
   * with a who-to-ask topic (then the table answers for the asker's situation), preferably one
   * written for the asker's situation, beats one without ("waarom vraag je naar leren?").
   */
  private closest(hits: Hit[], who: Asker): Hit {
    const [best] = hits;
    const rank = (hit: Hit) => {
      const { topic, situations } = this.topic(this.entries[hit.key]);
      if (!topic) return 0;
      return situations?.includes(who.situation ?? 'unknown') ? 3 : situations ? 1 : 2;
    };
    const tied = hits.filter((hit) => best.confidence - hit.confidence <= TIE);
    return tied.reduce((chosen, hit) => (rank(hit) > rank(chosen) ? hit : chosen), best);
  }

  private topic(entry: KnowledgeEntry) {
    return topicOf(entry, this.options.topics ?? {});
  }

  private view(entry: KnowledgeEntry, locale: Locale, who: Asker, desks: Desks | undefined): KnowledgeAnswerView {
    const { topic } = this.topic(entry);
    const table = this.options.whoToAsk;
    // Without a known situation the entry's own organisation is the most precise.
    const row = topic && table && who.situation !== 'unknown' ? localAnswer(table.ask(topic, who, locale), desks) : undefined;
    const organisation = row ? row.organisation : entry.organisation[locale];
    const contacts = row ? (row.contacts ?? []) : contactsFor(desks, kindsNamedIn(entry.organisation.nl));
    const sourceLinks = entry.sources.map((s) => namedSource(s, locale));
    return {
      id: entry.id,
      answer: entry.answer[locale],
      organisation,
      sources: sourceLinks.map((s) => s.url),
      sourceLinks,
      ...(entry.followUp ? { followUp: entry.followUp } : {}),
      ...offices(contacts),
    };
  }
}

const offices = (contacts: ProviderContact[]): { contacts?: ProviderContact[] } => (contacts.length ? { contacts } : {});

/** A named source, or (old format, while files are converted) a bare URL named by its site. */
function namedSource(source: KnowledgeEntry['sources'][number], locale: Locale): SourceLinkView {
  if (typeof source !== 'string') return sourceLink(source, locale);
  return { url: source, name: new URL(source).hostname.replace(/^www\./, '') };
}

function asksTheSameKind(question: string, phrasing: string): boolean {
  const asked = new Set(normalise(question).split(' '));
  const covered = new Set(normalise(phrasing).split(' '));
  return AMOUNT_OR_DATE.every((word) => !asked.has(word) || covered.has(word));
}
