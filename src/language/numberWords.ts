/**
 * Number words → numbers, Dutch and English. Input is normalised (lowercase, diacritics
 * folded), so "tweeënhalf" arrives as "tweeenhalf" and "één" as "een".
 */

const DUTCH_UNITS: Record<string, number> = {
  een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9,
};
const DUTCH_TEENS: Record<string, number> = {
  nul: 0, tien: 10, elf: 11, twaalf: 12, dertien: 13, veertien: 14, vijftien: 15, zestien: 16,
  zeventien: 17, achttien: 18, negentien: 19,
};
const DUTCH_TENS: Record<string, number> = {
  twintig: 20, dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80,
  negentig: 90,
};

const DUTCH_UNIT_ENTRIES = Object.entries(DUTCH_UNITS);

function dutchBelow100(s: string): number | undefined {
  if (s in DUTCH_UNITS) return DUTCH_UNITS[s];
  if (s in DUTCH_TEENS) return DUTCH_TEENS[s];
  if (s in DUTCH_TENS) return DUTCH_TENS[s];
  // "eenentwintig", "tweeentwintig" (folded from tweeëntwintig), "achtenveertig"
  for (const [unit, u] of DUTCH_UNIT_ENTRIES) {
    if (!s.startsWith(unit + 'en')) continue;
    const tens = DUTCH_TENS[s.slice(unit.length + 2)];
    if (tens !== undefined) return tens + u;
  }
  return undefined;
}

/** Splits "tweehonderdvijftig" at "honderd"; the multiplier may be 1–99 ("vijftienhonderd"). */
function dutchMultiple(
  s: string,
  word: string,
  factor: number,
  below: (x: string) => number | undefined,
  maxMultiplier: number,
): number | undefined {
  const at = s.indexOf(word);
  if (at < 0) return below(s);
  const head = s.slice(0, at);
  let tail = s.slice(at + word.length);
  const multiplier = head === '' ? 1 : below(head);
  if (multiplier === undefined || multiplier < 1 || multiplier > maxMultiplier) return undefined;
  if (tail === '') return multiplier * factor;
  if (tail.startsWith('en') && below(tail) === undefined) tail = tail.slice(2); // "honderdeneen"
  const rest = below(tail);
  return rest === undefined || rest >= factor ? undefined : multiplier * factor + rest;
}

const dutchBelow1000 = (s: string) => dutchMultiple(s, 'honderd', 100, dutchBelow100, 99);
const dutchBelowMillion = (s: string) => dutchMultiple(s, 'duizend', 1000, dutchBelow1000, 999);
const dutchInteger = (s: string) => dutchMultiple(s, 'miljoen', 1_000_000, dutchBelowMillion, 999);

const DUTCH_FRACTIONS: Record<string, number> = {
  half: 0.5, halve: 0.5, eenhalf: 0.5, eenhalve: 0.5, anderhalf: 1.5, anderhalve: 1.5,
  kwart: 0.25, eenkwart: 0.25, driekwart: 0.75,
};

/**
 * A Dutch number written as one word or as several words joined without spaces:
 * "vijftien", "tweehonderdvijftig", "twaalfhonderd", "eenentwintig", "anderhalf",
 * "tweeenhalf", "drieeneenhalf", "een half" (joined "eenhalf"), "duizend".
 */
export function parseDutchNumberWord(joined: string): number | undefined {
  // Every word of every answer is tried as a number: the answers are remembered per word.
  if (numberWords.has(joined)) return numberWords.get(joined);
  const value = dutchNumberWord(joined);
  if (numberWords.size >= 4000) numberWords.clear();
  if (joined.length <= 100) numberWords.set(joined, value);
  return value;
}
const numberWords = new Map<string, number | undefined>();

function dutchNumberWord(joined: string): number | undefined {
  if (joined === '') return undefined;
  if (joined in DUTCH_FRACTIONS) return DUTCH_FRACTIONS[joined];
  for (const suffix of ['eneenhalf', 'enhalf', 'eneenhalve', 'enhalve']) {
    if (joined.endsWith(suffix)) {
      const whole = dutchInteger(joined.slice(0, -suffix.length));
      return whole === undefined ? undefined : whole + 0.5;
    }
  }
  return dutchInteger(joined);
}

const ENGLISH_SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const ENGLISH_SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };

/** Words that may appear inside an English number phrase. */
export const ENGLISH_NUMBER_WORDS = new Set([
  ...Object.keys(ENGLISH_SMALL), ...Object.keys(ENGLISH_SCALES), 'and', 'a', 'half', 'quarter',
]);

/**
 * An English number phrase given as words: ["two","hundred","and","fifty"], ["twenty","one"]
 * (hyphens were split by the tokenizer), ["one","and","a","half"], ["half"], ["a","thousand"].
 */
export function parseEnglishNumberWords(tokens: readonly string[]): number | undefined {
  if (tokens.length === 0) return undefined;
  if (tokens[0] === 'and' || tokens[tokens.length - 1] === 'and' || tokens[tokens.length - 1] === 'a') return undefined;
  let total = 0;
  let current = 0;
  let seenNumber = false;
  let lastSmall = Infinity;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === 'and') continue;
    if (t === 'a') {
      const next = tokens[i + 1];
      if (next !== 'half' && next !== 'quarter' && !(next in ENGLISH_SCALES)) return undefined;
      if (next in ENGLISH_SCALES) current += 1;
      continue;
    }
    if (t === 'half' || t === 'quarter') {
      if (i !== tokens.length - 1) return undefined;
      current += t === 'half' ? 0.5 : 0.25;
      seenNumber = true;
      continue;
    }
    if (t in ENGLISH_SMALL) {
      const v = ENGLISH_SMALL[t];
      // "twenty one" is fine, "one twenty" or "five six" is not one number
      if (lastSmall < 100 && !(lastSmall >= 20 && lastSmall % 10 === 0 && v < 10)) return undefined;
      current += v;
      lastSmall = v;
      seenNumber = true;
      continue;
    }
    if (t in ENGLISH_SCALES) {
      const scale = ENGLISH_SCALES[t];
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      lastSmall = Infinity;
      seenNumber = true;
      continue;
    }
    return undefined;
  }
  return seenNumber ? total + current : undefined;
}
