import { EMOJI_PATTERN } from './emoji';
import { keepsRecentTexts } from './recentTexts';

/**
 * Longest input the parsers look at. Chat answers are short; capping keeps every regex cheap
 * even on pasted CVs. PII masking does NOT use this cap: it must see the whole message.
 */
export const MAX_INPUT_CHARS = 1000;

export interface NormalizeOptions {
  /** Fold "ë" to "e" etc. (default true). Folding never changes the length of the text. */
  foldDiacritics?: boolean;
  /** Cap the input at this many characters (default MAX_INPUT_CHARS). */
  maxChars?: number;
}

// Control and format characters (zero-width spaces, bidi marks, BOM) but not \n or \t,
// which become spaces anyway.
const CONTROL = /[\p{Cc}\p{Cf}]/gu;
const MARKS = /\p{M}+/gu;
const QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u00B4`]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const ASCII = /^[ -~]*$/;

/**
 * Removes diacritics character by character ("tweeënhalf" → "tweeenhalf", "één" → "een").
 * Length-preserving on purpose, so positions found in folded text are valid in unfolded text.
 */
export function foldDiacritics(text: string): string {
  if (ASCII.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const folded = ch.normalize('NFD').replace(MARKS, '');
    out += folded.length === ch.length ? folded : ch;
  }
  return out;
}

/**
 * The canonical form every parser works on: emoji and control characters removed, NFKC
 * (full-width digits, ligatures), typographic quotes and dashes made plain, lowercase,
 * whitespace collapsed and trimmed, and (by default) diacritics folded.
 * Punctuation is kept: "1.500,-", "€" and "t/m" carry meaning.
 */
export function normalizeText(text: string, options: NormalizeOptions = {}): string {
  const { foldDiacritics: fold = true, maxChars = MAX_INPUT_CHARS } = options;
  // Every parser normalises the same message again (a dozen times a turn): remember the last few.
  if (text.length > NORMALIZED_MAX_CHARS) return normalizeOnce(text, fold, maxChars);
  const byOptions = fold ? normalizedFolded : normalizedPlain;
  let kept = byOptions.get(maxChars);
  if (!kept) byOptions.set(maxChars, (kept = new Map()));
  let out = kept.get(text);
  if (out === undefined) {
    if (kept.size >= NORMALIZED_KEPT) kept.clear();
    kept.set(text, (out = normalizeOnce(text, fold, maxChars)));
  }
  return out;
}

/** Recent results by maxChars, then text (with and without folding). */
const normalizedFolded = new Map<number, Map<string, string>>();
const normalizedPlain = new Map<number, Map<string, string>>();
keepsRecentTexts(
  () => (normalizedFolded.clear(), normalizedPlain.clear()),
  (text) => [...normalizedFolded.values(), ...normalizedPlain.values()].some((kept) => kept.has(text)),
);
const NORMALIZED_KEPT = 256;
const NORMALIZED_MAX_CHARS = 2 * MAX_INPUT_CHARS;

function normalizeOnce(text: string, fold: boolean, maxChars: number): string {
  let out = text.length > maxChars * 2 ? text.slice(0, maxChars * 2) : text;
  out = out
    .replace(EMOJI_PATTERN, ' ')
    .replace(/[\t\n\r\v\f]/g, ' ')
    .replace(CONTROL, '')
    .normalize('NFKC')
    .replace(QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
  if (out.length > maxChars) out = out.slice(0, maxChars).trimEnd();
  return fold ? foldDiacritics(out) : out;
}

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Letter/digit runs of already-normalised text, with positions. Punctuation separates. */
export function tokenize(normalized: string): Token[] {
  const tokens: Token[] = [];
  for (const m of normalized.matchAll(/[\p{L}\p{N}]+/gu)) {
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/**
 * Normalised words only, for matching against word lists: "Ik zit in de WW!" → ["ik","zit","in","de","ww"].
 * Apostrophes inside words are dropped, so "don't" is one word "dont" and "zo'n" is "zon".
 */
export function words(text: string): string[] {
  return tokenize(normalizeText(text).replace(/(?<=\p{L})'(?=\p{L})/gu, '')).map((t) => t.text);
}

/** Normalised text with punctuation replaced by spaces, for whole-phrase regexes. */
export function plainText(text: string): string {
  return words(text).join(' ');
}

/**
 * Squeezes letters repeated three or more times ("jaaaa" → "ja", "neeeee" → "ne") and also
 * returns the two-letter variant ("nee"), so elongated chat words can be looked up.
 */
export function deElongate(word: string): string[] {
  if (!/(\p{L})\1\1/u.test(word)) return [word];
  return [word.replace(/(\p{L})\1{2,}/gu, '$1'), word.replace(/(\p{L})\1{2,}/gu, '$1$1')];
}

/**
 * The text as the PII finders read it, with a way back to the original: format characters
 * (zero-width space/joiners U+200B–U+200D, word joiner U+2060, BOM U+FEFF, soft hyphen) removed,
 * each character NFKC-normalised on its own (full-width "１２３" → "123", no-break spaces → " "),
 * other scripts' digits made ASCII ("١٢٣" → "123"), typographic dashes made "-". Case is kept. `start[i]`/`end[i]` are the original UTF-16
 * offsets of the character that produced view character i, so a match maps back exactly.
 */
export interface DetectionView {
  text: string;
  start: number[];
  end: number[];
}

const FORMAT = /^\p{Cf}$/u;
const PLAIN_ASCII = /^[\x20-\x7e\t\n\r]*$/;

const OTHER_DIGIT = /^(?![0-9])\p{Nd}$/u;

/** "٣" (Arabic-Indic), "३" (Devanagari) … → "3": decimal digits come in runs of ten from zero. */
function asciiDigit(ch: string): string {
  if (!OTHER_DIGIT.test(ch)) return ch;
  let cp = ch.codePointAt(0)!;
  let steps = 0;
  while (steps < 60 && OTHER_DIGIT.test(String.fromCodePoint(cp - 1))) (cp--, steps++);
  return String(steps % 10);
}

export function detectionView(text: string): DetectionView {
  const start: number[] = [];
  const end: number[] = [];
  if (PLAIN_ASCII.test(text)) {
    for (let i = 0; i < text.length; i++) (start.push(i), end.push(i + 1));
    return { text, start, end };
  }
  let out = '';
  let i = 0;
  for (const ch of text) {
    const from = i;
    i += ch.length;
    if (FORMAT.test(ch)) continue;
    const mapped = asciiDigit(ch.normalize('NFKC').replace(DASHES, '-'));
    for (let k = 0; k < mapped.length; k++) (start.push(from), end.push(i));
    out += mapped;
  }
  return { text: out, start, end };
}
