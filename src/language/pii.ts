import { z } from 'zod';
import { IBAN_LENGTHS, isValidBsn, isValidIban } from './identifiers';
import { detectionView, type DetectionView } from './normalize';
import { keepsRecentTexts } from './recentTexts';

export const PiiKindSchema = z.enum(['email', 'iban', 'phone', 'bsn', 'birthdate', 'number']);
export type PiiKind = z.infer<typeof PiiKindSchema>;

export const PiiMatchSchema = z.object({
  kind: PiiKindSchema,
  /** Positions in the ORIGINAL text (UTF-16 offsets), end exclusive. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type PiiMatch = z.infer<typeof PiiMatchSchema>;

/** Markers written into stored transcripts in place of the personal data. */
export const PII_MARKERS: Readonly<Record<PiiKind, string>> = {
  bsn: '[BSN]',
  iban: '[IBAN]',
  phone: '[telefoonnummer]',
  email: '[e-mail]',
  birthdate: '[geboortedatum]',
  number: '[nummer]',
};

const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

function findEmails(text: string): PiiMatch[] {
  return [...text.matchAll(EMAIL)].map((m) => ({ kind: 'email', start: m.index, end: m.index + m[0].length }));
}

/** IBANs: two letters, two check digits, then letters/digits, optionally in groups of four. */
function findIbans(text: string): PiiMatch[] {
  const found: PiiMatch[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])([a-z]{2})\s?(\d{2})/giu)) {
    const country = m[1].toUpperCase();
    const expected = IBAN_LENGTHS[country];
    // Walk forward over alphanumerics and single spaces, trying each plausible length.
    let compact = country + m[2];
    let i = m.index + m[0].length;
    const ends: { length: number; end: number }[] = [];
    while (i < text.length && compact.length < 34) {
      if (text[i] === ' ' && /[a-z0-9]/i.test(text[i + 1] ?? '')) {
        i++;
        continue;
      }
      if (!/[a-z0-9]/i.test(text[i])) break;
      compact += text[i].toUpperCase();
      i++;
      ends.push({ length: compact.length, end: i });
    }
    const candidates = ends.filter((e) => (expected ? e.length === expected : e.length >= 15));
    for (const candidate of candidates.reverse()) {
      const next = text[candidate.end] ?? '';
      if (/[\p{L}\p{N}]/u.test(next)) continue; // must end at a word boundary
      if (isValidIban(compact.slice(0, candidate.length))) {
        found.push({ kind: 'iban', start: m.index, end: candidate.end });
        break;
      }
    }
  }
  return found;
}

/**
 * Dutch phone numbers: 06-12345678, 06 1234 5678, 020-1234567, 010 - 123 45 67, +31 6 1234 5678,
 * +31 (0)20 123 4567, 0031 6 12345678, and other international numbers starting with "+" (9–15
 * digits). Digits may be separated by single spaces, dashes, dots or slashes. Service numbers of
 * organisations (0800, 0900, 0906, 0909, 088: e.g. 113's 0800-0113, UWV's 088 number) are not
 * personal data and stay readable, also in the transcript.
 */
function findPhones(text: string): PiiMatch[] {
  const found: PiiMatch[] = [];
  const pattern = /(?<![\p{L}\p{N}+])(?:\+|00)?\d(?:\s?(?:\(0\)|[-./]|\s-\s)?\s?\d){6,16}(?!\d)/gu;
  for (const m of text.matchAll(pattern)) {
    const raw = m[0];
    const digits = raw.replace(/\(0\)/, '').replace(/\D/g, '');
    let national: string | undefined;
    if (raw.startsWith('+31') || raw.startsWith('0031')) national = '0' + digits.slice(raw.startsWith('+') ? 2 : 4);
    else if (raw.startsWith('+') || raw.startsWith('00')) {
      if (digits.length >= 9 && digits.length <= 15) found.push({ kind: 'phone', start: m.index, end: m.index + raw.length });
      continue;
    } else national = digits;
    const isPhone = /^0[1-9]\d{8}$/.test(national) && !/^0(800|900|906|909|88)/.test(national);
    if (isPhone) found.push({ kind: 'phone', start: m.index, end: m.index + raw.length });
  }
  return found;
}

// Digit groups with any separators between them: spaces, dots, commas, dashes, slashes,
// underscores, one to three of them ("123 456 782", "1234567-82", "12 34 56 782", "123 - 456 - 782").
const DIGIT_RUN = /(?<!\d)\d+(?:[\s.,/_-]{1,3}\d+)*(?!\d)/g;
// Words that say a number IS a BSN: then a 9-digit number is masked without the 11-proef.
const BSN_CONTEXT = /(?<![\p{L}\p{N}])(bsn|b\.s\.n\.?|burger\s?service\s?nummer|sofi[\s-]?nummer|sofi|citizen service number|social security number)(?![\p{L}])/iu;
// A calendar date ("12-03-2024", "1/4/24") is never part of a BSN: it breaks a run of groups.
const DATE_IN_RUN = /(?<!\d)(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?!\d|\2\d)/g;
// An amount written with thousands dots and cents ("1.234.567,89"): never a BSN. Other amounts
// are not excluded: missing a valid BSN is worse than masking a rare 9-digit amount.
const AMOUNT = /^\d{1,3}(?:\.\d{3})+,\d{2}$/;

interface DigitGroup {
  digits: string;
  start: number;
  end: number;
  /** Part of a calendar date: never joined into a BSN. */
  date: boolean;
}

function digitGroups(text: string, run: RegExpMatchArray): DigitGroup[] {
  const dates: [number, number][] = [];
  for (const d of run[0].matchAll(DATE_IN_RUN)) {
    const [day, month] = [Number(d[1]), Number(d[3])];
    if (day >= 1 && day <= 31 && month >= 1 && month <= 12) dates.push([d.index, d.index + d[0].length]);
  }
  return [...run[0].matchAll(/\d+/g)].map((g) => ({
    digits: g[0],
    start: run.index! + g.index,
    end: run.index! + g.index + g[0].length,
    date: dates.some(([s, e]) => g.index >= s && g.index < e),
  }));
}

function nearContext(text: string, start: number, end: number): boolean {
  return BSN_CONTEXT.test(text.slice(Math.max(0, start - 40), start)) || BSN_CONTEXT.test(text.slice(end, end + 30));
}

/**
 * BSNs: 9 digits (or 8, with the leading zero left off, written unbroken) passing the 11-proef,
 * plain or in groups with any separators. Inside a longer run, consecutive groups adding up to 9
 * digits are tried too, so a BSN next to another number ("nr 5 123456782") is still found.
 * Near a word that names it ("bsn", "sofinummer", "citizen service number") a 9-digit number is
 * a BSN without the 11-proef. Amounts with cents and dates never are.
 */
function findBsns(text: string): PiiMatch[] {
  const found: PiiMatch[] = [];
  for (const run of text.matchAll(DIGIT_RUN)) {
    const context = nearContext(text, run.index, run.index + run[0].length);
    if (AMOUNT.test(run[0]) && !context) continue;
    const groups = digitGroups(text, run);
    for (let i = 0; i < groups.length; i++) {
      if (groups[i].date) continue;
      const single = groups[i].digits;
      if ((single.length === 9 || single.length === 8) && (context || isValidBsn(single))) {
        found.push({ kind: 'bsn', start: groups[i].start, end: groups[i].end });
        continue;
      }
      let digits = '';
      for (let j = i; j < groups.length && digits.length < 9 && !groups[j].date; j++) {
        digits += groups[j].digits;
        if (j > i && digits.length === 9 && (context || isValidBsn(digits))) {
          found.push({ kind: 'bsn', start: groups[i].start, end: groups[j].end });
          i = j;
          break;
        }
      }
    }
  }
  return found;
}

const BIRTH_CONTEXT = /(geboren|geb\.|geboortedatum|geb\.?\s?datum|born|date of birth|birth ?date|dob|verjaardag|jarig)[^.\n]{0,20}$/i;
const DATE_LIKE = /(?<!\d)\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})(?!\d)|(?<!\d)\d{1,2}\s+(?:jan|feb|mrt|maart|apr|mei|jun|jul|aug|sep|okt|oct|nov|dec)[a-z]*\.?\s+\d{4}(?!\d)/gi;

/** Dates of birth: a date shortly after "geboren", "geboortedatum", "born", "date of birth". */
function findBirthdates(text: string): PiiMatch[] {
  return [...text.matchAll(DATE_LIKE)]
    .filter((m) => BIRTH_CONTEXT.test(text.slice(Math.max(0, m.index - 40), m.index)))
    .map((m) => ({ kind: 'birthdate', start: m.index, end: m.index + m[0].length }));
}

/**
 * Any other unbroken run of 9 or more digits. Such a number is never a useful chat answer and
 * is often a mistyped BSN, a client number or an old bank account number, so it is masked as a
 * plain "[nummer]". Amounts ("1.500", "1.250.000") and postcodes are never this long unbroken.
 */
function findLongNumbers(text: string): PiiMatch[] {
  return [...text.matchAll(/(?<!\d)\d{9,}(?!\d)/g)].map((m) => ({ kind: 'number', start: m.index, end: m.index + m[0].length }));
}

// Earlier finders win where matches overlap: an e-mail address may contain digits, an IBAN
// contains a long number, a phone number may contain an 11-proof-passing 8-digit tail.
const FINDERS: ((text: string) => PiiMatch[])[] = [findEmails, findIbans, findPhones, findBirthdates, findBsns, findLongNumbers];

/**
 * What each finder finds in the text's detection view. Each message is read twice a turn (the
 * transcript masks it, the root dialog refuses a BSN): the last few are kept (never changed: the
 * matches are copied below).
 */
function findAll(text: string): { view: DetectionView; finds: PiiMatch[][] } {
  let read = recentlyRead.get(text);
  if (!read) {
    const view = detectionView(text);
    read = { view, finds: FINDERS.map((finder) => finder(view.text)) };
    if (recentlyRead.size >= 16) recentlyRead.clear();
    if (text.length <= 2000) recentlyRead.set(text, read);
  }
  return read;
}
const recentlyRead = new Map<string, { view: DetectionView; finds: PiiMatch[][] }>();
keepsRecentTexts(() => recentlyRead.clear(), (text) => recentlyRead.has(text));

/** Personal data in a message, in order of position. Works on the full text (no length cap). */
export function findPii(text: string, kinds?: readonly PiiKind[]): PiiMatch[] {
  // The finders read a normalised view (no zero-width characters, full-width digits as ASCII);
  // their matches are mapped back to positions in the original text.
  const { view, finds } = findAll(text);
  const accepted: PiiMatch[] = [];
  for (const byFinder of finds) {
    for (const found of byFinder) {
      if (found.end <= found.start) continue;
      const match = { ...found, start: view.start[found.start], end: view.end[found.end - 1] };
      if (kinds && !kinds.includes(match.kind)) continue;
      if (accepted.some((a) => match.start < a.end && match.end > a.start)) continue;
      accepted.push(match);
    }
  }
  return accepted.sort((a, b) => a.start - b.start);
}

export interface MaskResult {
  text: string;
  /** Distinct kinds that were masked, in order of first appearance. */
  found: PiiKind[];
}

/**
 * Replaces personal data with markers ("[BSN]", "[IBAN]", "[telefoonnummer]", "[e-mail]",
 * "[geboortedatum]", "[nummer]"). Pass `kinds` to mask only some kinds.
 */
export function maskPii(text: string, kinds?: readonly PiiKind[]): MaskResult {
  const matches = findPii(text, kinds);
  let out = '';
  let last = 0;
  for (const m of matches) {
    out += text.slice(last, m.start) + PII_MARKERS[m.kind];
    last = m.end;
  }
  out += text.slice(last);
  return { text: out, found: [...new Set(matches.map((m) => m.kind))] };
}
