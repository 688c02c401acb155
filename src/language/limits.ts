// Limits a seeker states in their own words ("kan niet meer zwaar tillen", "alleen onder
// schooltijd", "niet 's nachts"), non-answers to an open question ("maakt niet uit"), travel
// time ("een half uur") and age ("58", "1968"). One vocabulary, Dutch and English; only what the
// seeker says, never a guess from a job title or a diagnosis.
import { classifyNonAnswer } from './nonAnswers';
import { normalizeText } from './normalize';
import { parseNumber } from './numbers';
import * as W from './limitsWords';

export type WorkTimes = 'school-hours' | 'daytime' | 'no-nights';
/** A limit the seeker says does not hold ("ik kan wel tillen", "nachten zijn geen probleem"). */
export type LiftedLimit = 'heavy' | 'evenings' | 'nights' | 'travel';

export interface FoundLimits {
  noHeavyWork?: true;
  times?: WorkTimes;
  /** Longest one-way travel in minutes, when the seeker named it. */
  maxTravelMinutes?: number;
  /** The seeker cannot travel far but named no time ("niet ver reizen"): the travel question asks how far. */
  nearHome?: true;
  /** Limits with no field of their own ("niet ver reizen", "niet in het weekend"), as typed. */
  other?: string[];
  /** The parts of the text that stated a limit, as typed (normalised). */
  phrases: string[];
  /** The text without those parts, e.g. for the occupation search. */
  rest: string;
}

export interface LimitsOptions {
  /**
   * The text answers a question about limits ("Wat kun je niet?"): a bare time ("een half uur"),
   * "overdag" or a clock range there is a limit too. Elsewhere ("max 4 uur" to the hours question)
   * they need a word that makes them one.
   */
  about?: boolean;
}

/** Filler left around a removed limit: "magazijn, maar ik [kan niet tillen] meer". */
const FILLER = /(?:^|[\s,.;]+)(?:maar|en|of|ik|i|meer|but|and|want|omdat|because|anymore|ook|also|wel|kan|can)?[\s,.;]*$/;
const TIMES_ORDER: readonly WorkTimes[] = ['school-hours', 'daytime', 'no-nights'];
/** One kind of object somewhere in a list of them ("zwaar tillen of 's nachts"). */
const kind = (object: string) => new RegExp(`(?<![a-z])${object}(?![a-z])`);
const HEAVY = kind(W.HEAVY_OBJECT);
const NIGHT = kind(W.NIGHT_OBJECT);
const EVENING = kind(W.EVENING_OBJECT);

const norm = (text: string) => normalizeText(text, { foldDiacritics: true }).replace(/[’‘`]/g, "'");

/**
 * The text being read, as typed (normalised) and as the patterns read it (typos folded, see
 * foldLimitWord). What a limit takes is blanked in the read text and dropped from the typed words,
 * so phrases and the rest stay in the seeker's own words.
 */
class Reading {
  readonly phrases: string[] = [];
  readonly times: WorkTimes[] = [];
  /** The read text; taken parts are blanked (same length, so positions stay valid). */
  rest: string;
  private readonly words: string[];
  private readonly taken: boolean[];
  /** For each character of the read text, the typed word it comes from (-1: a space between words). */
  private readonly owner: number[] = [];

  constructor(text: string) {
    this.words = norm(text).split(' ').filter(Boolean);
    this.taken = this.words.map(() => false);
    const parts = this.words.map((w, i) => W.foldLimitWord(w, this.words[i - 1], this.words[i + 1]));
    parts.forEach((part, i) => {
      if (i > 0) this.owner.push(-1);
      for (let c = 0; c < part.length; c++) this.owner.push(i);
    });
    this.rest = parts.join(' ');
  }

  /** Every match of `re` (global) or the first, taken out of the rest when `keep` says so. */
  take(re: RegExp, keep: (m: RegExpExecArray) => boolean = () => true): RegExpExecArray[] {
    const taken: RegExpExecArray[] = [];
    const global = globalOf(re);
    global.lastIndex = 0;
    for (let m = global.exec(this.rest); m; m = global.exec(this.rest)) {
      if (m[0].trim() === '' || !keep(m)) {
        global.lastIndex = m.index + Math.max(1, m[0].length);
        continue;
      }
      taken.push(m);
      const owners = this.owner.slice(m.index, m.index + m[0].length).filter((o) => o >= 0);
      const [first, last] = [Math.min(...owners), Math.max(...owners)];
      this.phrases.push(this.words.slice(first, last + 1).join(' ').replace(/[\s,.;:!]+$/, ''));
      for (let i = first; i <= last; i++) this.taken[i] = true;
      this.rest = `${this.rest.slice(0, m.index)}${' '.repeat(m[0].length)}${this.rest.slice(m.index + m[0].length)}`;
      if (!re.flags.includes('g')) break;
    }
    return taken;
  }

  /** The phrases `re` takes. */
  phrasesOf(re: RegExp): string[] {
    const before = this.phrases.length;
    this.take(re);
    return this.phrases.slice(before);
  }

  /** The typed words no limit took. */
  untaken(): string {
    return this.words.filter((_w, i) => !this.taken[i]).join(' ');
  }
}

/** A global copy of each (constant) pattern, made once; `take` resets its lastIndex. */
const globals = new WeakMap<RegExp, RegExp>();
const globalOf = (re: RegExp) => globals.get(re) ?? globals.set(re, new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`)).get(re)!;

/** "het werk was niet zwaar" describes a job, it states no limit. */
const DESCRIBES = /\b(?:was|is|waren|zijn|were|wasn't|isn't|vond\s+ik)\s*$/;

/** Heavy work, evenings and nights, said with a negation before or after, or "alleen licht werk". */
function readNegated(r: Reading, found: FoundLimits): void {
  const classify = (list: string) => {
    if (HEAVY.test(list)) found.noHeavyWork = true;
    if (EVENING.test(list)) r.times.push('daytime');
    if (NIGHT.test(list)) r.times.push('no-nights');
  };
  for (const m of r.take(W.NEGATED_LIST, (m) => !DESCRIBES.test(r.rest.slice(0, m.index)))) classify(m[0]);
  for (const m of r.take(W.NEGATED_AFTER)) classify(m[0]);
  if (r.take(W.HEAVY_BUTTON).length || r.take(W.LIGHT_WORK).length) found.noHeavyWork = true;
}

/** "tussen 9 en 3", "van 8.30 tot 14.30": the hours of the day the seeker can work. */
function clockTimes(m: RegExpExecArray, about: boolean): WorkTimes | undefined {
  const [, lead, h1, m1, h2, m2, unit] = m;
  let start = Number(h1) + Number(m1 ?? 0) / 60;
  let end = Number(h2) + Number(m2 ?? 0) / 60;
  // Not hours per week ("tussen 20 en 30 uur"): a clock time wraps ("9 en 3"), has minutes, or is asked for.
  const clock = end < start || m1 !== undefined || m2 !== undefined || unit === 'pm';
  if (!clock && !(about && (lead || unit)) && !(lead && unit && Number(h1) <= 12)) return undefined;
  if (start > 24 || end > 24) return undefined;
  if (start < 7 && end <= 12) (start += 12), (end += 12);
  else if (end <= start && end <= 12) end += 12;
  if (end <= start || end - start > 14) return undefined;
  if (start >= 7 && end <= 15.5) return 'school-hours';
  if (start >= 6 && end <= 19) return 'daytime';
  return end <= 24 && start >= 6 ? 'no-nights' : undefined;
}

function readTimes(r: Reading, about: boolean): void {
  if (r.take(W.SCHOOL).length) r.times.push('school-hours');
  for (const m of r.take(W.CLOCK_RANGE, (m) => clockTimes(m, about) !== undefined)) r.times.push(clockTimes(m, about)!);
  if (r.take(W.DAYTIME).length || (about && r.take(W.DAYTIME_BARE).length)) r.times.push('daytime');
  const [until] = about ? r.take(W.UNTIL) : [];
  if (until) {
    const end = Number(until[1]) + Number(until[2] ?? 0) / 60;
    r.times.push(end <= 15.5 && W.KIDS_NAMED.test(r.rest) ? 'school-hours' : end <= 19 ? 'daytime' : 'no-nights');
  }
}

const DUR = String.raw`\b(${W.DURATION})`;
/** "max 20 min", "niet verder dan een kwartier", "can't travel more than 30 min", "hooguit half uur fietsen". */
const TRAVEL: RegExp[] = [
  new RegExp(String.raw`\b(?:(?:${W.NEG}|kan\s+niet|wil\s+niet)\s+(?:\S+\s+){0,3}?)?(?:(?:${W.TRAVEL_WORD})\s+)?(?:${W.CAP})\s+(?:(?:${W.TRAVEL_WORD})\s+)?${DUR}(?:\s+(?:${W.TRAVEL_WORD}|reistijd))*`),
  new RegExp(String.raw`\b(?:${W.NEG}|kan\s+niet|wil\s+niet)\s+(?:\S+\s+){0,3}?(?:${W.CAP_AFTER_NEG})\s+${DUR}(?:\s+(?:${W.TRAVEL_WORD}))*`),
  new RegExp(String.raw`${DUR}\s+(?:(?:${W.TRAVEL_WORD})\s+)*(?:is\s+(?:het\s+)?)?(?:max(?:imaal|imum)?|tops|at\s+most|hooguit)\b`),
  new RegExp(String.raw`\b(?:${W.TRAVEL_WORD})\s+(?:is\s+|tijd\s+|van\s+)?(?:ongeveer\s+|about\s+)?${DUR}`),
  new RegExp(String.raw`${DUR}\s+(?:${W.TRAVEL_WORD})(?:\s+(?:${W.TRAVEL_WORD}))*\b`),
];
const TRAVEL_NEAR = new RegExp(String.raw`\b(?:${W.TRAVEL_WORD}|verder|further|farther)\b`);

/** "4 uur per dag" is working time, not travel. */
const PER_DAY = /^\s*(?:per|a|in\s+de|p\/?)\s*(?:dag|week|day|d|w)\b/;

function readTravel(r: Reading, about: boolean): number | undefined {
  const usable = (m: RegExpExecArray) => {
    const minutes = parseTravelMinutes(m[1]);
    if (minutes === undefined || PER_DAY.test(r.rest.slice(m.index + m[0].length))) return false;
    // Hours ("max 1 uur") with a travel word, or a short time where limits are asked: else they may be hours a day.
    return !W.HOUR_UNIT.test(m[1]) || TRAVEL_NEAR.test(m[0]) || (about && minutes <= 90);
  };
  // A time next to a travel word without a cap ("45 min onderweg") may be today's trip: only where limits are asked.
  for (const re of about ? TRAVEL : TRAVEL.slice(0, 3)) {
    const [m] = r.take(re, usable);
    if (m) return parseTravelMinutes(m[1]);
  }
  if (!about) return undefined;
  // At a question about limits a bare "een half uur" is the travel time.
  const [m] = r.take(BARE_TRAVEL, usable);
  return m ? parseTravelMinutes(m[1]) : undefined;
}

const BARE_TRAVEL = new RegExp(String.raw`^(?:(?:${W.CAP}|ongeveer|about)\s+)?${DUR}(?:\s+(?:max(?:imaal)?|tops))?$`);

/** Limits stated in `text`; undefined when there are none. */
export function findLimits(text: string, options: LimitsOptions = {}): FoundLimits | undefined {
  const about = options.about ?? false;
  const r = new Reading(text);
  const found: FoundLimits = { phrases: [], rest: '' };
  readNegated(r, found);
  // Right after the negated limits: "geen nachten of weekenden" carries its negation on.
  const weekend = r.phrasesOf(W.WEEKEND);
  readTimes(r, about);
  // The most restrictive time wins: school hours are daytime, and daytime has no nights.
  if (r.times.length) found.times = TIMES_ORDER.find((t) => r.times.includes(t));
  const minutes = readTravel(r, about);
  if (minutes !== undefined) found.maxTravelMinutes = minutes;
  // "niet ver reizen, max 20 min": the time says it; without one the travel question asks.
  const near = r.phrasesOf(W.NEAR_HOME);
  if (near.length && minutes === undefined) found.nearHome = true;
  const other = [...(minutes === undefined ? near : []), ...weekend];
  if (other.length) found.other = other;
  found.phrases.push(...r.phrases);
  if (!found.phrases.length) return undefined;
  found.rest = restOf(r.untaken());
  return found;
}

function restOf(text: string): string {
  let rest = text.replace(/\s{2,}/g, ' ').trim();
  for (let before = ''; before !== rest; ) (before = rest), (rest = rest.replace(FILLER, '').replace(/^[\s,.;]+/, '').trim());
  return rest;
}

/** Limits the seeker says do not hold: "ik kan wel tillen", "'s avonds kan ook", "reizen is geen probleem". */
export function findLifted(text: string): LiftedLimit[] {
  const r = new Reading(text);
  readNegated(r, { phrases: [], rest: '' });
  const lifted = new Set<LiftedLimit>();
  for (const re of [W.LIFTED_BEFORE, W.LIFTED_AFTER]) {
    for (const m of r.take(new RegExp(re.source, 'g'))) {
      const object = (m[1] ?? m[2] ?? m[3] ?? '').trim();
      if (HEAVY.test(object)) lifted.add('heavy');
      else if (EVENING.test(object)) lifted.add('evenings');
      else if (NIGHT.test(object)) lifted.add('nights');
      else if (/reiz|reis|afstand|travel|distance|ver\b/.test(object)) lifted.add('travel');
    }
  }
  return [...lifted];
}

/**
 * Whether an answer to an open question ("Wat zou je graag willen doen?") says nothing about it:
 * any kind of non-answer (see nonAnswers.ts: "nee", "weet ik niet", "maakt niet uit", "liever niet").
 */
export function isNonAnswer(text: string): boolean {
  return classifyNonAnswer(text) !== undefined;
}

/** "nee, verder niks", "dat was het", "that's all": nothing more to add (to "Is er nog iets?"). */
const NO_MORE = /^(?:(?:nee|neen|no|nope|nah)\b[\s,.!]*)?(?:(?:verder|anders|nog|meer|else|more)\s+)?(?:niks|niets|nothing|geen|none|niet)(?:\s+(?:meer|anders|verder|else|more|hoor))*|^(?:(?:nee|no)\b[\s,.!]*)?(?:dat\s+(?:was|is)\s+(?:het|alles)|(?:that'?s|that\s+is)\s+(?:it|all)|(?:dat\s+is\s+)?alles|klaar|done)\b/;

/** Whether an answer to "Is er nog iets wat je niet kunt?" adds nothing: "nee", "verder niks", "dat was het". */
export function saysNoMoreLimits(text: string): boolean {
  const t = norm(text).replace(/[.!]+$/, '').trim();
  return isNonAnswer(text) || (NO_MORE.test(t) && t.replace(NO_MORE, '').replace(/[\s,.!]+/g, '') === '');
}

/** In this order: "anderhalf uur" before "half uur", "drie kwartier" before "kwartier". */
const WORD_MINUTES: [RegExp, number][] = [
  [/\banderhalf\s+uur|an\s+hour\s+and\s+a\s+half|one\s+and\s+a\s+half\s+hours?\b/, 90],
  [/\b(?:drie|3)\s+kwartier\b/, 45],
  [/\b(?:een\s+)?half\s+uur|half\s+an\s+hour\b/, 30],
  [/\b(?:een\s+)?kwartier|quarter\s+of\s+an\s+hour\b/, 15],
  [/^(?:een|1|one|an)\s+(?:uur|hour)\b|^(?:uur|hour)$/, 60],
];

/** Travel time in minutes: "30 minuten", "een half uur", "45", "1 uur", "anderhalf uur"; 5..240. */
export function parseTravelMinutes(text: string): number | undefined {
  const t = norm(text).replace(/^(?:max(?:imaal)?|hooguit|ongeveer|zo'?n|niet\s+meer\s+dan|tot|at\s+most|about|up\s+to)\s+/, '');
  for (const [re, minutes] of WORD_MINUTES) if (re.test(t)) return minutes;
  const n = parseNumber(t);
  if (n === undefined || n <= 0) return undefined;
  const hours = /\b(uur|uren|hours?|hrs?|h)\b/.test(t);
  const minutes = Math.round(hours || (n <= 4 && !/\bmin/.test(t)) ? n * 60 : n);
  return minutes >= 5 && minutes <= 240 ? minutes : undefined;
}

/** "ik heb 31 jaar gewerkt", "31 jaar orderpicker": years of work, not an age. */
const WORK_YEARS = /\b(?:gewerkt|werk|werkte|werkzaam|ervaring|in dienst|worked|working|work|experience|als|as)\b/;
/** "ik ben 45", "I'm 45", "leeftijd 45": the age said in so many words, whatever follows. */
const STATED_AGE = /\b(?:ik ben|ben|i'?m|i am|im|age|leeftijd|mijn leeftijd is|my age is)\s*:?\s+(?:nu\s+|now\s+|bijna\s+|almost\s+|ongeveer\s+|about\s+)?(\d{1,3})(?!\d)(?!\s*(?:uur|hours?|u)\b)/;
/** An answer that starts with the number: "52, heb mbo 2", "32 en ik heb 2 kinderen", "45 jaar". */
const LEADING_NUMBER = /^(?:(?:ongeveer|bijna|about|almost|nu)\s+)?('?)(\d{1,3})(?:\s*(?:jaar|jr|years?|yrs?)(?:\s+(?:oud|old))?)?(?=$|[\s,.;:!?()+-])/;

/**
 * Birth year from an age ("58", "ik ben 58 jaar", "52, heb mbo 2") or a year ("1968", "geboren in
 * 1968", "'85"). Two digits: with an apostrophe a year ("'85" = 1985), bare an age ("85" = 85
 * years old) unless no age can be meant ("98" = 1998, "03" = 2003). Years of work are no age.
 */
export function parseBirthYear(text: string, reference: Date): number | undefined {
  const t = norm(text);
  const year = reference.getUTCFullYear();
  const fromAge = (age: number) => (Number.isInteger(age) && age >= 14 && age <= 95 ? year - age : undefined);
  const fromTwoDigits = (digits: string) => {
    const n = Number(digits);
    const y = n + 2000 <= year - 14 ? 2000 + n : 1900 + n;
    return fromAge(year - y);
  };
  const four = /\b(19\d{2}|20\d{2})\b/.exec(t);
  if (four) {
    const y = Number(four[1]);
    return y >= 1930 && y <= year - 14 ? y : undefined;
  }
  if (/\d{1,2}[-/.]\d{1,2}[-/.]\d{2}\b/.test(t)) return undefined; // a date with a two-digit year: ask again
  const apostrophe = /(?:^|[\s(])'(\d{2})\b/.exec(t) ?? /\b(?:geboren|born|geb)\b.*?\b(\d{2})\b|\b(\d{2})\b.*\b(?:geboren|born)\b/.exec(t);
  if (apostrophe) return fromTwoDigits(apostrophe[1] ?? apostrophe[2]);
  const stated = STATED_AGE.exec(t);
  if (stated) return fromAge(Number(stated[1]));
  const lead = LEADING_NUMBER.exec(t);
  const after = lead ? t.slice(lead[0].length) : '';
  // "31 jaar orderpicker": a length followed straight by what was done is not an age.
  const lengthOfWork = /(?:jaar|jr|years?|yrs?)$/.test(lead?.[0] ?? '') && /^ (?!(?:oud|old|en|and|ik|i|maar|but|nu|now|denk|geloof|think|guess|ongeveer|about)\b)\p{L}/u.test(after);
  if (lead && !lengthOfWork && !WORK_YEARS.test(after.slice(0, 30))) {
    const asAge = fromAge(Number(lead[2]));
    if (asAge !== undefined && !/^0/.test(lead[2])) return asAge;
    // "98", "03": no age, so a year; "12" is neither.
    const yearLike = lead[2].length === 2 && (/^0/.test(lead[2]) || Number(lead[2]) > 95);
    return yearLike && !/jaar|jr|year|yr|oud|old/.test(lead[0]) ? fromTwoDigits(lead[2]) : undefined;
  }
  if (lengthOfWork || /\d\s*(?:uur|uren|hours?|u)\b/.test(t)) return undefined;
  if (WORK_YEARS.test(t)) return undefined;
  const age = parseNumber(t.replace(/\b(jaar|jaren|years?|old|oud)\b/g, ' '));
  return age === undefined ? undefined : fromAge(age);
}
