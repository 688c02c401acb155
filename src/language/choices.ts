import { z } from 'zod';
import { allowedTypos, editDistance } from './fuzzy';
import { normalizeText, words } from './normalize';
import { parseNumber } from './numbers';

export const ChoiceSchema = z.object({
  value: z.string(),
  /** Ways people say it, Dutch and English; the button text should be one of them. */
  labels: z.array(z.string()).min(1),
});
export type Choice = z.infer<typeof ChoiceSchema>;

export const ChoiceMatchSchema = z.object({
  value: z.string(),
  /** 0–1: 1 for an exact label or a position number; lower for typos, partial words, extra text. */
  confidence: z.number().min(0).max(1),
});
export type ChoiceMatch = z.infer<typeof ChoiceMatchSchema>;

// Words that carry no meaning for choosing. Negations ("geen", "niet", "no") are NOT here.
const STOPWORDS = new Set([
  'ik', 'je', 'jij', 'u', 'we', 'wij', 'zit', 'zat', 'ben', 'is', 'heb', 'had', 'krijg', 'ontvang', 'in', 'de', 'het',
  'een', 'van', 'via', 'bij', 'met', 'mijn', 'm', 'op', 'aan', 'voor', 'nu', 'momenteel', 'op dit moment', 'dat', 'die',
  'er', 'ook', 'wel', 'nog', 'al', 'graag', 'denk', 'toch', 'gewoon', 'eigenlijk', 'sinds', 'i', 'am', 'a', 'an', 'the',
  'my', 'on', 'in', 'at', 'of', 'from', 'have', 'get', 'im', 'is', 'and', 'en', 'or', 'of', 'to',
]);
const NEGATIONS = new Set(['geen', 'niet', 'no', 'not', 'nooit', 'without', 'zonder']);
const MIN_CONFIDENCE = 0.5;
const AMBIGUITY_RATIO = 0.8;

function contentWords(text: string): string[] {
  return words(text).filter((w) => !STOPWORDS.has(w));
}

/** Similarity of a typed word to a label word: 1 exact, 0.9 typo, 0.8 partial word, else 0. */
function wordSimilarity(typed: string, label: string): number {
  if (typed === label) return 1;
  const allowed = allowedTypos(Math.min(typed.length, label.length));
  if (allowed > 0 && editDistance(typed, label, allowed) <= allowed) return 0.9;
  // Partial words: "uitzend" for "uitzendbureau", "wajong" inside "wajonguitkering".
  if (typed.length >= 5 && typed.length * 2 >= label.length && label.startsWith(typed)) return 0.8;
  if (label.length >= 4 && typed.startsWith(label)) return 0.8;
  return 0;
}

interface LabelScore {
  score: number;
  covered: number;
  /** Which answer words the label used. */
  used: Set<number>;
}

/**
 * A label matches when every content word of it is found in the answer (with typos or as a
 * partial word), or when the label written without spaces occurs in the answer written
 * without spaces ("nulurencontract" for "nul-urencontract"). Its score grows with the share of
 * the answer it explains, so the more specific label wins: in "ik werk via een uitzendbureau"
 * the label "werk via uitzendbureau" beats "werk".
 */
function scoreLabel(answer: string[], label: string): LabelScore | undefined {
  const labelWords = contentWords(label);
  if (labelWords.length === 0) return undefined;
  const answerLength = answer.reduce((n, w) => n + w.length, 0) || 1;
  const used = new Set<number>();
  let similarity = 0;
  for (const lw of labelWords) {
    let best = { index: -1, sim: 0 };
    answer.forEach((w, i) => {
      if (used.has(i)) return;
      const sim = wordSimilarity(w, lw);
      if (sim > best.sim) best = { index: i, sim };
    });
    if (best.sim === 0) break;
    // "geen ww": a negated word does not match a label that lacks the negation.
    if (best.index > 0 && NEGATIONS.has(answer[best.index - 1]) && !labelWords.some((x) => NEGATIONS.has(x))) return undefined;
    used.add(best.index);
    similarity += best.sim;
  }
  if (used.size === labelWords.length) {
    const covered = [...used].reduce((n, i) => n + answer[i].length, 0);
    const meanSim = similarity / labelWords.length;
    return { score: meanSim * (0.6 + 0.4 * (covered / answerLength)), covered, used };
  }
  const joinedLabel = labelWords.join('');
  const joinedAnswer = answer.join('');
  if (joinedLabel.length >= 6 && joinedAnswer.includes(joinedLabel)) {
    const all = new Set(answer.map((_, i) => i));
    return { score: 0.85 * (0.6 + 0.4 * (joinedLabel.length / answerLength)), covered: joinedLabel.length, used: all };
  }
  return undefined;
}

const ORDINALS: Record<string, number> = {
  eerste: 1, tweede: 2, derde: 3, vierde: 4, vijfde: 5, zesde: 6, zevende: 7, achtste: 8, negende: 9, tiende: 10,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  '1e': 1, '2e': 2, '3e': 3, '4e': 4, '5e': 5, '6e': 6, '7e': 7, '8e': 8, '9e': 9, '10e': 10,
  '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5,
};

/** "de laatste", "the last one": the last choice offered. */
const LAST = new Set(['laatste', 'onderste', 'last', 'bottom']);
/** Words around a position that change nothing: "ja, de tweede", "doe maar nummer 2", "the first one please". */
const POSITION_LEAD = /^(?:(?:ja|yes|yeah|jep|ok|oke|okay|doe maar|geef maar|ik kies|ik neem|ik wil|i'?ll take|i take|i choose|i pick|gewoon)\s+)+/;
const POSITION_TAIL = /(?:\s+(?:ja|yes|idd|inderdaad|graag|please|klopt|is het|was het|was ik|is goed|pls|plz|denk ik|i think|toch|wel))+$/;

/** "2", "optie 2", "nummer twee", "de tweede", "2e", "de laatste" → 2 (or 'last'); anything else → undefined. */
function positionNumber(text: string): number | 'last' | undefined {
  const plain = normalizeText(text).replace(/[.,;:)!]+/g, ' ').replace(/\s+/g, ' ').trim().replace(POSITION_LEAD, '').replace(POSITION_TAIL, '');
  const m = /^(?:(?:optie|keuze|nummer|nr\.?|antwoord|option|number|choice|de|het|die|deze|the|that|this)\s+)?(.+?)(?:\s+(?:optie|keuze|option|one|graag|please))?$/.exec(plain);
  if (!m) return undefined;
  if (m[1] in ORDINALS) return ORDINALS[m[1]];
  if (LAST.has(m[1])) return 'last';
  if (!/^(\d{1,2}|[a-z]+)$/.test(m[1])) return undefined;
  const n = parseNumber(m[1]);
  return n !== undefined && Number.isInteger(n) ? n : undefined;
}

/**
 * Which button the seeker meant when typing instead of tapping. In order: an exact label;
 * a position ("1", "twee", "de tweede") within range; the best-scoring label (typos, synonyms,
 * partial words, extra words). A second value scoring at least 80% of the best on other words
 * ("rood of groen") makes the answer ambiguous → undefined, as does a best score below 0.5.
 */
export function matchChoice(text: string, choices: readonly Choice[]): ChoiceMatch | undefined {
  const normalized = normalizeText(text);
  if (normalized === '' || choices.length === 0) return undefined;
  for (const choice of choices) {
    if ([choice.value, ...choice.labels].some((l) => normalizeText(l) === normalized)) return { value: choice.value, confidence: 1 };
  }
  const said = positionNumber(text);
  const position = said === 'last' ? choices.length : said;
  if (position !== undefined) {
    return position >= 1 && position <= choices.length ? { value: choices[position - 1].value, confidence: 1 } : undefined;
  }
  const answer = contentWords(text);
  if (answer.length === 0) return undefined;
  const best = new Map<string, LabelScore>();
  for (const choice of choices) {
    for (const label of [...choice.labels, choice.value]) {
      const s = scoreLabel(answer, label);
      const current = best.get(choice.value);
      if (s && (!current || s.score > current.score)) best.set(choice.value, s);
    }
  }
  const ranked = [...best.entries()].sort((a, b) => b[1].score - a[1].score || b[1].covered - a[1].covered);
  if (ranked.length === 0 || ranked[0][1].score < MIN_CONFIDENCE) return undefined;
  // "rood of groen": a close second that explains OTHER words than the best is a rival answer.
  // A second that only uses words of the best ("mbo" inside "mbo 3") is just less specific.
  for (const [, other] of ranked.slice(1)) {
    const isSubset = [...other.used].every((i) => ranked[0][1].used.has(i));
    if (other.score >= AMBIGUITY_RATIO * ranked[0][1].score && !isSubset) return undefined;
  }
  return { value: ranked[0][0], confidence: Math.round(ranked[0][1].score * 100) / 100 };
}
