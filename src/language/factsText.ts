// The shared reading for readFacts: one message cut into clauses, each clause with the words
// that make it uncertain, negated or past. The fact readers (factsSituation, factsWork,
// factsProfile, factsGoals) look at clauses, so "ik had WW, nu bijstand" is two statements.
import { toCalendarDate, type CalendarDate } from './calendar';
import type { IntakeQuestionId, NonAnswer } from './facts';
import type { Locale } from './locale';
import { closestWord } from './fuzzy';
import { MAX_INPUT_CHARS, normalizeText } from './normalize';
import { classifyNonAnswer } from './nonAnswers';
import { isUncertain } from './uncertainty';

export interface Clause {
  /** Normalised (lowercase, diacritics folded, no emoji), trimmed, without the split words. */
  text: string;
  index: number;
  /** "denk ik", "ongeveer", "misschien", "I think", "about". */
  approximate: boolean;
  /** Said as earlier work: "daarvoor", "vroeger", "before that". */
  earlier: boolean;
}

export interface FactContext {
  /** The whole answer, normalised. */
  text: string;
  clauses: Clause[];
  reference: CalendarDate;
  referenceDate: Date;
  asked?: IntakeQuestionId;
  /** The conversation's language: "1,200" is 1200 in English, 1.2 in Dutch. */
  locale: Locale;
  /** Clauses a reader has taken, so open readers (jobs, wishes) do not read them again. */
  used: Set<number>;
}

/** Uncertainty words come from uncertainty.ts; "niet zeker" after a value also makes it approximate. */
export const UNCERTAIN = { test: (t: string): boolean => isUncertain(t) || /\b(?:ong\.|niet zeker|weet het niet zeker|not sure)\b/.test(t) };
const EARLIER = /^(?:en\s+)?(?:daarvoor|daar voor|vroeger|eerder|voorheen|before that|before|previously|earlier)\b/;

/** Words before which a new statement starts ("… WW, die loopt tot …", "… en nu bijstand"). */
const STATEMENT_START = String.raw`(?:ik|i|nu|now|die|dat|het|mijn|my|daarvoor|daarna|before|vroeger|heb|ben|wil|kan|zou|liefst|graag|geen|niet|it|that|sinds|since|have|has|had|am|was|live|woon|werk|work|worked|can|want|would)`;
const SPLIT = new RegExp(
  String.raw`[.;!?\n]+(?=\s|$)|,(?!-)(?=\s*[\p{L}])|,(?=\s+\d)|\s-\s|\s(?:maar|but)\s|\s(?:en|and)\s(?=(?:\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\s+(?:jaar|jaren|jaartjes?|maanden|years?|months?)\s+(?!(?:en|and|of|or|ongeveer|denk)\b)\p{L}{3,})|\s(?:en|and|want|omdat|because|dus|so|ook|plus)\s(?=${STATEMENT_START}\b)|\s(?=(?:daarvoor|before that|daarna)\b)`,
  'gu',
);

/** "sorry foutje", "uhm", "nou", "oke": filler before the statement. */
const LEADING_FILLER = /^(?:(?:sorry|sry|oeps|oops|foutje|nou|uhm+|ehm*|eh|hmm+|oke|ok|okay|well|so|dus|ja|yes|nee|no)\b[\s,!.]*)+(?=\S)/;

/** Key words the readers look for, so "bijstnd", "rijbewys", "uitkerig" are found ("gn" = geen). */
const TYPO_TARGETS = ['bijstand', 'uitkering', 'rijbewijs', 'werkloosheidsuitkering', 'uitzendbureau', 'arbeidsongeschikt', 'opleiding', 'nederlands', 'nederland', 'nederlandse', 'ervaring', 'werkervaring'];

function correctTypos(text: string): string {
  return text
    .replace(/\bgn\b/g, 'geen')
    .replace(/\b(?:mn|m'n)\b/g, 'mijn')
    .replace(/\p{L}{7,}/gu, (word) => (TYPO_TARGETS.includes(word) ? word : closestWord(word, TYPO_TARGETS) ?? word));
}

const QUESTION_START = /^(?:(?:en|and|maar|but)\s+)?(?:wat|wie|waar|wanneer|waarom|hoe|hoeveel|welke|is er|zijn er|what|who|where|when|why|how|which|is there|are there)\b/;
/** "heb ik recht op …?", "kan ik …?": a question only with its question mark ("heb ik niet" answers). */
const INVERTED_QUESTION = /^(?:(?:en|and|maar|but)\s+)?(?:kan ik|mag ik|moet ik|heb ik|krijg ik|kun je|kunt u|kan je|can i|do i|should i|could you|can you)\b.*\?$/;

/** The clauses, each with the "?" that ended it. */
function splitKeepingMarks(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const m of text.matchAll(SPLIT)) {
    out.push(text.slice(from, m.index) + (m[0].includes('?') ? '?' : ''));
    from = m.index + m[0].length;
  }
  out.push(text.slice(from));
  return out.map((p) => p.trim());
}

export function makeContext(text: string, reference: Date, asked?: IntakeQuestionId, locale: Locale = 'nl'): FactContext {
  const normalized = correctTypos(normalizeText(text).replace(/[’‘`]/g, "'"));
  // Questions are not statements about the seeker ("hoeveel uur is fulltime?", "is er werk als kok?"):
  // one that starts with a question word is dropped; one that only ends in "?" counts as an answer
  // to the question asked ("iets met mensen?").
  const parts = splitKeepingMarks(normalized)
    .filter((p) => !QUESTION_START.test(p) && !INVERTED_QUESTION.test(p) && !(p.endsWith('?') && !asked))
    .map((p) => p.replace(/\?+$/, '').trim())
    .filter((p) => /[\p{L}\d]/u.test(p));
  // normalizeText caps long input: the last clause may be cut mid-word ("3 jaar scho").
  if (text.length > MAX_INPUT_CHARS) parts.pop();
  const clauses = parts.map((part, index): Clause => {
    const stripped = part.replace(/^[\s,:-]+/, '').trim();
    return { text: stripped, index, approximate: UNCERTAIN.test(stripped), earlier: EARLIER.test(stripped) };
  });
  return { text: normalized, clauses, reference: toCalendarDate(reference), referenceDate: reference, asked, locale, used: new Set() };
}

/** The clause without filler before it ("sorry foutje, …" is split off already; "nou ik …"). */
export function withoutFiller(text: string): string {
  return text.replace(LEADING_FILLER, '').trim();
}

const NON_ANSWERS: [RegExp, NonAnswer][] = [
  [/^(?:(?:dat )?(?:zeg|vertel) ik (?:liever )?niet|liever niet|(?:dat )?wil ik (?:liever )?niet (?:zeggen|vertellen)|(?:dat )?gaat je (?:niks|niets) aan|prive|rather not(?: say)?|(?:i'?d )?prefer not to (?:say|tell)|none of your business|no comment)$/, 'private'],
  [/^(?:(?:ik )?weet (?:ik |het )?(?:nog |echt )?(?:niet|geen)(?: (?:meer|zo goed|goed|precies|zeker|zo precies|tot wanneer|hoe lang(?: nog)?|wanneer))?|weet niet|weet ik veel|geen (?:flauw )?idee(?: (?:hoe lang(?: nog)?|tot wanneer|wanneer))?|geen flauw benul|kweenie|idk|dunno|no idea|not sure|(?:i )?(?:don'?t|dont|do not) know|geen idee eigenlijk|misschien|maybe|\?+)$/, 'unknown'],
  [/^(?:(?:dat |het )?maakt (?:me |mij )?(?:niet|niets|niks) ?(?:zoveel )?uit|geen voorkeur|om het even|alles(?: is (?:goed|prima|oke|ok))?|van alles|alles wel|(?:it )?does ?n[o']?t matter|doesnt matter|no preference|anything|whatever|(?:i )?don'?t mind|(?:i'?m )?easy)$/, 'no-preference'],
  [/^(?:nee+|neen|nope|nah|no+|geen|nooit|never|nee nooit|no never|niks|niets|nothing|none|nee hoor|nee dank(?:je| je| u)|nee bedankt|no thanks|niet echt|not really|helemaal niet|niet|nvt|n\.v\.t\.?|n\/a)$/, 'no'],
];

/** The whole answer says nothing: "nee", "weet niet", "maakt niet uit", "liever niet". */
export function nonAnswerOf(text: string, asked?: IntakeQuestionId): NonAnswer | undefined {
  const t = normalizeText(text)
    .replace(/[’‘`]/g, "'")
    .replace(/[.!,…]+/g, ' ')
    .replace(/\b(?:sorry|hoor|eigenlijk|echt|really|haha|tbh)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // The shared classifier (nonAnswers.ts) first; this table adds what is a non-answer for one
  // question only ("weet niet tot wanneer", "geen idee hoe lang nog").
  const found = classifyNonAnswer(text) ?? NON_ANSWERS.find(([re]) => re.test(t))?.[1];
  // "liever niet" keeps something private only where there is something private to keep.
  if (found === 'private' && asked && !PRIVATE_QUESTIONS.has(asked)) return 'no';
  return found;
}
const PRIVATE_QUESTIONS = new Set<IntakeQuestionId>(['health', 'limits', 'limitsMore', 'amount', 'age', 'postcode', 'situation']);

/** "ik heb geen …", "ik zit niet in …": a negation anywhere in the few words before. */
export function negatedBefore(prefix: string, words = 4): boolean {
  const tail = prefix.trim().split(/\s+/).slice(-words).join(' ');
  return /\b(?:geen|niet|nooit|no|not|never|zonder|without|n't|dont|don't|doesnt|isnt|havent|haven't|hasn't)\b/.test(tail);
}

/**
 * Past tense or a past marker in the words before: "ik had WW", "vroeger", "used to". English
 * "have had" is the present perfect ("I have had bijstand since March": still so), not past.
 */
export const PAST_BEFORE = /\b(?:(?<!\b(?:have|has|ve|i've|we've)\s+)had|hadden|kreeg|kregen|zat|zaten|was|waren|vroeger|eerder|daarvoor|destijds|ooit|voorheen|used to|previously|before|got|received|vorig jaar|last year)\b/;
/** Present markers win over a past marker earlier in the clause ("ik had WW, nu bijstand"). */
export const PRESENT_BEFORE = /\b(?:nu|nou|momenteel|op dit moment|sinds kort|inmiddels|now|currently|at the moment|these days)\b/;

/** Question-like clauses are not statements about the seeker: "heb ik recht op bijstand?". */
export const NOT_A_STATEMENT = /\b(?:recht op|aanvragen|aangevraagd|aanvraag|apply|applied|entitled|hoe werkt|wat is|what is|krijg ik|kan ik|mag ik|wil ik|hoop|hope|misschien straks)\b/;

/** "mijn man zit in de WW", "my wife has a job": someone else's situation. */
export const THIRD_PERSON = /^(?:(?:en|and|maar|but)\s+)?(?:mijn|my|zijn|haar|his|her|onze|our)\s+(?:partner|man|vrouw|vriend|vriendin|vader|moeder|ouders|broer|zus|zoon|dochter|kind|kinderen|husband|wife|boyfriend|girlfriend|father|mother|parents|brother|sister|son|daughter|children)\b|^(?:hij|zij|ze|he|she|they)\b/;
