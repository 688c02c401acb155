import { Locale } from './locale';
import { normalizeText, tokenize } from './normalize';
import { ENGLISH_NUMBER_WORDS, parseDutchNumberWord, parseEnglishNumberWords } from './numberWords';

export interface NumberMatch {
  value: number;
  /** Position in the normalised text (see normalizeText). */
  start: number;
  end: number;
  text: string;
  source: 'digits' | 'words';
}

export interface FindNumbersOptions {
  locale?: Locale;
  /**
   * Count a lone "een" as 1. Off by default: in "ik zoek een baan" it is the article.
   * Durations turn it on ("een jaar"). "één" with accents is always the number.
   */
  loneEen?: boolean;
}

/**
 * Reads one digit token such as "1.500", "1.500,50", "3,5", "1,200.50" or "12.50".
 *
 * Ambiguity rule (nl): a dot followed by exactly three digits, in a well-formed group
 * pattern, is a thousands separator ("1.500" = 1500, "1.250.000" = 1250000); any other single
 * dot or comma is the decimal separator ("3,5", "12.50", "1.5", and also "1,500" = 1.5).
 * For en the roles of dot and comma swap. A pattern that is only valid in the other locale
 * ("1,200,000" or "1,200.50" in nl; "1.234,5" in en) is read in that locale's format, since
 * seekers mix them. Anything else (e.g. "1.2.3") is not a number.
 */
export function parseDigitNumber(token: string, locale: Locale = 'nl'): number | undefined {
  const [thousands, decimal] = locale === 'nl' ? ['.', ','] : [',', '.'];
  const read = (t: string, th: string, dec: string) =>
    Number(t.split(th).join('').replace(dec, '.'));
  const grouped = (th: string, dec: string) =>
    new RegExp(`^\\d{1,3}(?:\\${th}\\d{3})+(?:\\${dec}\\d+)?$`);
  if (/^\d+$/.test(token)) return Number(token);
  if (grouped(thousands, decimal).test(token)) return read(token, thousands, decimal);
  if (/^\d+[.,]\d+$/.test(token)) return Number(token.replace(',', '.'));
  // Only-in-the-other-locale patterns: two separators of the same kind or both kinds in order.
  if (new RegExp(`^\\d{1,3}(?:\\${decimal}\\d{3}){2,}$`).test(token) || grouped(decimal, thousands).test(token)) {
    return read(token, decimal, thousands);
  }
  return undefined;
}

const MAX_WORD_SPAN = 8;

/** Dutch number pieces that can start or continue a multi-word number ("twee honderd"). */
function isDutchPiece(word: string): boolean {
  return parseDutchNumberWord(word) !== undefined || ['en', 'honderd', 'duizend', 'miljoen'].includes(word);
}

/** Every number in the text, digits and words, in order. Positions refer to normalizeText(text). */
export function findNumbers(text: string, options: FindNumbersOptions = {}): NumberMatch[] {
  const { locale = 'nl', loneEen = false } = options;
  const raw = normalizeText(text, { foldDiacritics: false });
  const normalized = normalizeText(text);
  const matches: NumberMatch[] = [];

  // Digits, with Dutch whole-euro suffix ",-" / ",--" and the "2k" shorthand.
  for (const m of normalized.matchAll(/(?<![\d.,])\d(?:[\d.,]*\d)?(,-{1,2}|,=)?(k(?![\p{L}\d]))?/gu)) {
    const digits = m[0].replace(/,[-=]+/, '').replace(/k$/, '');
    // ",-" is a Dutch way of writing whole euros, so the token is in Dutch format.
    let value = parseDigitNumber(digits, m[1] ? 'nl' : locale);
    if (value === undefined) continue;
    if (m[2]) value *= 1000;
    matches.push({ value, start: m.index, end: m.index + m[0].length, text: m[0], source: 'digits' });
  }

  // Words: the longest run of tokens that reads as one number, Dutch first, then English.
  const tokens = tokenize(normalized).filter((t) => /^\p{L}+$/u.test(t.text));
  for (let i = 0; i < tokens.length; ) {
    let found: { value: number; last: number } | undefined;
    for (let j = Math.min(tokens.length, i + MAX_WORD_SPAN) - 1; j >= i && !found; j--) {
      const span = tokens.slice(i, j + 1);
      if (span.some((t, k) => k > 0 && t.start - span[k - 1].end > 1)) continue; // not adjacent
      const words = span.map((t) => t.text);
      let value: number | undefined;
      if (words.every(isDutchPiece)) value = parseDutchNumberWord(words.join(''));
      if (value === undefined && words.every((w) => ENGLISH_NUMBER_WORDS.has(w))) {
        // "ten" is Dutch too ("ten eerste"): only English when the locale is English.
        if (locale === 'en' || words.join(' ') !== 'ten') value = parseEnglishNumberWords(words);
      }
      if (value !== undefined) found = { value, last: j };
    }
    if (!found) {
      i++;
      continue;
    }
    const start = tokens[i].start;
    const end = tokens[found.last].end;
    const isLoneEen = found.last === i && (tokens[i].text === 'een' || tokens[i].text === 'a');
    const accentedEen = /^[eé]én$/.test(raw.slice(start, end)) || raw.slice(start, end) === 'eén';
    if (!isLoneEen || loneEen || accentedEen) {
      matches.push({ value: found.value, start, end, text: normalized.slice(start, end), source: 'words' });
    }
    i = found.last + 1;
  }
  return matches.sort((a, b) => a.start - b.start);
}

/**
 * The one number in an answer: "1.500", "ongeveer vijftien", "€ 1.200,-", "2k".
 * Undefined when there is none or more than one ("2 of 3"): the caller should ask again.
 * A lone "een" counts here, because the whole answer is the number.
 */
export function parseNumber(text: string, options: Omit<FindNumbersOptions, 'loneEen'> = {}): number | undefined {
  let found = findNumbers(text, options);
  // "een" / "één" on its own (or "nummer een") is the number one; in a sentence it is "a".
  if (found.length === 0 && normalizeText(text).split(' ').length <= 2) {
    found = findNumbers(text, { ...options, loneEen: true });
  }
  return found.length === 1 ? found[0].value : undefined;
}

/** Formats the way Dutch people write numbers: 1500.5 → "1.500,5" (used by tests and replies). */
export function formatDutchNumber(value: number, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat('nl-NL', { maximumFractionDigits }).format(value);
}
