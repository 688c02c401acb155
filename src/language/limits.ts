// Limits a seeker states in their own words ("kan niet meer zwaar tillen", "alleen onder
// schooltijd", "niet 's nachts"), non-answers to an open question ("maakt niet uit"), travel
// time ("een half uur") and age ("58", "1968"). One vocabulary, Dutch and English; only what the
// seeker says, never a guess from a job title or a diagnosis.
import { classifyNonAnswer } from './nonAnswers';
import { normalizeText } from './normalize';
import { parseNumber } from './numbers';

export type WorkTimes = 'school-hours' | 'daytime' | 'no-nights';

export interface FoundLimits {
  noHeavyWork?: true;
  times?: WorkTimes;
  /** Longest one-way travel in minutes, when the seeker named it. */
  maxTravelMinutes?: number;
  /** The seeker cannot travel far but named no time ("niet ver reizen"). */
  nearHome?: true;
  /** Limits with no field of their own ("niet ver reizen", "niet in het weekend"), as typed. */
  other?: string[];
  /** The parts of the text that stated a limit, as typed (normalised). */
  phrases: string[];
  /** The text without those parts, e.g. for the occupation search. */
  rest: string;
}

const NEG = String.raw`(?:niet|geen|nooit|kan\s+niet|mag\s+niet|can'?t|cannot|no|not)`;
const MORE = String.raw`(?:\s+(?:meer|goed|lang|zo\s+goed|any\s*more|more))*`;
/** Filler left around a removed limit: "magazijn, maar ik [kan niet tillen] meer". */
const FILLER = /(?:^|[\s,.;]+)(?:maar|en|of|ik|i|meer|but|and|want|omdat|because|anymore)?[\s,.;]*$/;

/** Heavy physical work: lifting, carrying, heavy work (with a negation: "zwaar werk" alone is a wish). */
const HEAVY: RegExp[] = [
  new RegExp(String.raw`\b${NEG}${MORE}\s+(?:(?:zo\s+)?zwaar|zware|veel)\s+(?:tillen|sjouwen|werk|lichamelijk\w*\s+werk|dingen\s+tillen)\b`),
  new RegExp(String.raw`\b${NEG}${MORE}\s+(?:lichamelijk|fysiek)\s+zwaar\s+werk\b`),
  new RegExp(String.raw`\b${NEG}${MORE}\s+(?:tillen|sjouwen|bukken)\b`),
  /\b(?:tillen|sjouwen|zwaar\s+werk)\s+(?:gaat|lukt)\s+niet(?:\s+meer)?\b/,
  /\bzwaar\s+lichamelijk\s+werk\s+of\s+tillen\b|\bheavy\s+physical\s+work\s+or\s+lifting\b/, // the buttons
  /\b(?:can'?t|cannot|unable\s+to|no)\s+(?:do\s+)?(?:heavy\s+(?:lifting|work|physical\s+work)|lift(?:ing)?(?:\s+heavy\s+things)?)\b/,
];

const SCHOOL = /\b(?:alleen\s+|enkel\s+)?(?:onder|tijdens|binnen)\s+(?:de\s+)?school(?:tijd|tijden|uren)\b|\bals\s+de\s+kinderen\s+op\s+school\s+zijn\b|\b(?:only\s+)?(?:during\s+)?school\s+hours\b/;
const DAYTIME = /\b(?:alleen|enkel|liefst\s+alleen)\s+(?:overdag|in\s+de\s+dagdienst|dagdiensten|dagdienst)\b|\b(?:only\s+)?(?:during\s+the\s+day|daytime\s+only|day\s+shifts\s+only)\b/;
const NO_NIGHTS = new RegExp(
  String.raw`\b${NEG}${MORE}\s+(?:'s\s*nachts|snachts|in\s+de\s+nacht|nachtdienst(?:en)?|nachtwerk|nachten|in\s+(?:een\s+|de\s+)?ploegendienst(?:en)?|in\s+ploegen|ploegendienst(?:en)?|ploegen|onregelmatige\s+diensten|wisseldiensten)(?:\s+(?:of|en|or|and)\s+(?:in\s+)?(?:ploegen|ploegendienst(?:en)?|de\s+nacht|'s\s*nachts|shifts?))?\b|\b(?:no|not)\s+(?:night\s+shifts?|nights|at\s+night|shifts?|shift\s+work)\b`,
);
const NEAR_HOME = new RegExp(
  String.raw`\b${NEG}${MORE}\s+(?:te\s+)?ver(?:\s+weg)?(?:\s+(?:reizen|rijden|fietsen))?\b|\b(?:dicht\s*bij|vlak\s+bij|dichtbij)\s+huis\b|\bin\s+de\s+buurt\s+(?:werken|blijven)\b|\b(?:close\s+to|near)\s+home\b|\b(?:not|no)\s+(?:travel(?:ling)?\s+)?far\b|\b(?:can'?t|cannot)\s+travel\s+far\b`,
);
const WEEKEND = new RegExp(String.raw`\b${NEG}${MORE}\s+(?:in\s+(?:het\s+)?|op\s+)?(?:weekend|weekenden|zaterdag(?:en)?|zondag(?:en)?|(?:on\s+)?weekends?)\b`);
const TRAVEL_WITH_TIME = /\b(?:max(?:imaal)?|hooguit|hoogstens|niet\s+meer\s+dan|tot|at\s+most|up\s+to|no\s+more\s+than)\s+([^.,;]{1,25}?)\s+(?:reizen|reistijd|travel(?:ling)?)\b|\b(?:reizen|reistijd|travel)\s+(?:max(?:imaal)?|hooguit|hoogstens|niet\s+meer\s+dan|at\s+most)\s+([^.,;]{1,25})/;

function norm(text: string): string {
  return normalizeText(text, { foldDiacritics: true }).replace(/[’‘`]/g, "'");
}

/** Limits stated in `text`; undefined when there are none. */
export function findLimits(text: string): FoundLimits | undefined {
  let rest = norm(text);
  const found: FoundLimits = { phrases: [], rest: '' };
  const take = (re: RegExp): RegExpExecArray | undefined => {
    const m = re.exec(rest);
    if (!m) return undefined;
    found.phrases.push(m[0].trim());
    rest = `${rest.slice(0, m.index)} ${rest.slice(m.index + m[0].length)}`;
    return m;
  };
  for (const re of HEAVY) if (take(re)) found.noHeavyWork = true;
  // The most restrictive time wins: school hours are daytime without nights.
  const times: WorkTimes[] = [];
  if (take(SCHOOL)) times.push('school-hours');
  if (take(DAYTIME)) times.push('daytime');
  if (take(NO_NIGHTS)) times.push('no-nights');
  if (times.length) found.times = (['school-hours', 'daytime', 'no-nights'] as const).find((t) => times.includes(t));
  const travel = take(TRAVEL_WITH_TIME);
  const minutes = travel ? parseTravelMinutes(travel[1] ?? travel[2] ?? '') : undefined;
  if (minutes !== undefined) found.maxTravelMinutes = minutes;
  const near = take(NEAR_HOME);
  if (near || (travel && minutes === undefined)) found.nearHome = true;
  const weekend = take(WEEKEND);
  const other = [near?.[0], travel && minutes === undefined ? travel[0] : undefined, weekend?.[0]].filter((p): p is string => Boolean(p)).map((p) => p.trim());
  if (other.length) found.other = other;
  if (!found.phrases.length) return undefined;
  rest = rest.replace(/\s{2,}/g, ' ').trim();
  for (let before = ''; before !== rest; ) (before = rest), (rest = rest.replace(FILLER, '').replace(/^[\s,.;]+/, ''));
  found.rest = rest;
  return found;
}

/**
 * Whether an answer to an open question ("Wat zou je graag willen doen?") says nothing about it:
 * any kind of non-answer (see nonAnswers.ts: "nee", "weet ik niet", "maakt niet uit", "liever niet").
 */
export function isNonAnswer(text: string): boolean {
  return classifyNonAnswer(text) !== undefined;
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
