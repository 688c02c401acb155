import { normalizeText } from './normalize';

/** True for the digit part of a Dutch postcode: 1000–9999 (no leading zero). */
export function isValidPostcodeDigits(digits: string): boolean {
  return /^[1-9]\d{3}$/.test(digits);
}

// Four digits not inside a longer number ("123456789", "1.500", "12345"), optionally followed
// by the two letters ("1234 AB", "1234ab", "1234-AB"). SA, SD and SS are never issued but a
// seeker's typo there still tells us the area, so they are accepted.
const POSTCODE = /(?<![\d.,])([1-9]\d{3})(?:[\s-]?([a-z]{2}))?(?![\d]|[.,]\d)(?![a-z])|(?<![\d.,])([1-9]\d{3})(?![\d]|[.,]\d)(?=\s|$|[^\p{L}\d])/gu;

// "3511 en 3512": these letters are a word, not the letter part of a postcode.
const COMMON_TWO_LETTER_WORDS = new Set(['en', 'of', 'in', 'op', 'is', 'te', 'ik', 'je', 'we', 'ze', 'de', 'na', 'om', 'al', 'or', 'to', 'at', 'is', 'as']);

/**
 * The 4-digit part of a Dutch postcode ("1234 AB", "1234ab", "postcode 3511", "1234") —
 * only the digits, because we store no more than that (privacy). A candidate with letters
 * wins over a bare number; two different bare candidates are ambiguous (undefined).
 */
export function parsePostcode(text: string): string | undefined {
  const normalized = normalizeText(text);
  const withLetters: string[] = [];
  const bare: string[] = [];
  for (const m of normalized.matchAll(POSTCODE)) {
    if (m[1] && m[2] && !COMMON_TWO_LETTER_WORDS.has(m[2])) withLetters.push(m[1]);
    else bare.push(m[1] ?? m[3]);
  }
  const unique = (xs: string[]) => [...new Set(xs)];
  if (unique(withLetters).length === 1) return withLetters[0];
  if (withLetters.length === 0 && unique(bare).length === 1) return bare[0];
  return undefined;
}
