// The words the intake's open and skippable questions understand, in one home (the dialogs import
// these instead of keeping their own regexes): "sla over", "nooit gewerkt", a bare "nee", "geen van
// deze", the direction synonyms and the lead-in words around a job or a wish.
import { classifyNonAnswer } from './nonAnswers';
import { normalizeText } from './normalize';

const norm = (text: string) => normalizeText(text, { foldDiacritics: true }).replace(/[’‘`]/g, "'").trim();

/** "sla over", "weet ik niet", "liever niet", "skip", "rather not say": pass this question. */
const SKIP = /^(sla\s*over|overslaan|skip|weet\s*(ik\s*)?niet|geen\s*idee|(zeg\s*ik\s*)?liever\s*niet|rather\s*not(\s*say)?|i\s*(do\s*not|don'?t)\s*know|pass)\b/;
/** "nooit gewerkt", "geen werkervaring". */
const NEVER_WORKED = /\b(nooit\s+gewerkt|geen\s+werkervaring|never\s+worked|no\s+work\s+experience)\b/;
/** An answer that starts with no: "nee", "no", "geen", "nee hoor". */
const STARTS_WITH_NO = /^(nee|no|geen|niet|nope|nee hoor)\b/;
/** A bare "nee" / "geen" / "niks": nothing to name. */
const BARE_NO = /^(nee|no|nope|geen|none|niks|niets|nothing)(\s+hoor)?[.!]*$/;
/** "geen van deze", "anders", "iets anders", "none", "other". */
const NONE_OF_THESE = /^(nee|no|geen|none|anders|iets anders|something else|other)\b|\b(geen|none|anders|other)\b/;
/** Words before a job title: "als", "ik was", "ik werkte als", "I worked as (an)". */
const JOB_LEAD = /^(als|as|ik\s+was|i\s+was|ik\s+werkte\s+als|i\s+worked\s+as)\s+((a|an|een)\s+)?/i;
/** Words left after the years were taken out: "… in a warehouse for", "… gedurende". */
const JOB_TAIL = /[\s,]+(for|voor|since|sinds|gedurende|during|about|ongeveer|al)[.!]*$/i;
/** Words before a wish: "iets in de", "iets met", "something with". */
const WISH_LEAD = /^(iets\s+(in|met)\s+(de|het)?|something\s+(in|with))\s*/i;
/** A limit answer that names nothing: "anders", "iets anders", "something else". */
const SOMETHING_ELSE = /^(iets\s+)?anders|something\s+else|other$/;

/** Only a direction, no wish: "iets nieuws", "iets anders", "something new". */
const DIRECTION_ONLY = /^(iets\s+)?(nieuws?|anders|different)[.!]*$|^something\s+(new|else|different)[.!]*$/;

/** A yes before the answer to "Heb je daarvoor ander werk gedaan?": "ja, …", "yes, I was …", "jawel". */
const LEADING_YES = /^\s*(?:ja+|jawel|jazeker|jep|jup|yes+|yeah|yep|yup)\b[\s,.!:;-]*/i;
/** Words of a length of time ("ongeveer 3 jaar", "a few years"): a part with only these names no work. */
const LENGTH_WORDS = /\b(?:jaar|jaren|jr|maanden|maand|mnd|weken|years?|months?|weeks?|ongeveer|about|ruim|bijna|circa|ca|denk|ik|i|think|al|lang|long|for|een|a|half|anderhalf|paar|few|couple|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|two|three|four|five|six|seven|eight|nine|ten)\b/gi;
/** Where the seeker worked, not what: "bij Albert Heijn gewerkt", "ik werkte bij de gemeente", "at Tesco". */
const EMPLOYER_PART = /^(?:(?:ik\s+|i\s+)?(?:heb|werkte|was|worked|was\s+working)\s+)?(?:bij|at|for)\s+(?:de\s+|het\s+|een\s+|the\s+|a\s+)?[\p{L}\d'&.-]+(?:\s+[\p{L}\d'&.-]+){0,3}?(?:\s+(?:gewerkt|werkzaam|geweest))?$/iu;

/** Also every whole answer that says "I don't know" or "rather not" ("idk", "dunno", "geen idee eigenlijk"). */
export const isSkip = (text: string): boolean => {
  if (SKIP.test(norm(text))) return true;
  const kind = classifyNonAnswer(text);
  return kind === 'unknown' || kind === 'private';
};
export const saysNeverWorked = (text: string): boolean => NEVER_WORKED.test(norm(text));
export const startsWithNo = (text: string): boolean => STARTS_WITH_NO.test(norm(text));
export const isBareNo = (text: string): boolean => BARE_NO.test(norm(text));
export const saysNoneOfThese = (text: string): boolean => NONE_OF_THESE.test(norm(text));
export const saysSomethingElse = (text: string): boolean => SOMETHING_ELSE.test(norm(text));
export const saysDirectionOnly = (text: string): boolean => DIRECTION_ONLY.test(norm(text));
export const withoutJobLead = (text: string): string => text.replace(JOB_LEAD, '').replace(JOB_TAIL, '');
export const withoutWishLead = (text: string): string => text.replace(WISH_LEAD, '');

/** "Wat voor werk zoek je?": other ways people name the four directions. */
export const DIRECTION_SYNONYMS = {
  same: ['zelfde', 'hetzelfde', 'same'],
  similar: ['erop lijkt', 'lijkt erop', 'vergelijkbaar', 'similar'],
  new: ['nieuw', 'anders', 'iets anders', 'new', 'different'],
  unsure: ['weet niet', 'geen idee', 'not sure'],
} as const;

/** A yes with nothing after it: "ja hoor", "ja klopt", "jazeker", "yes I did", "Yes." */
const BARE_YES = /^(?:ja+|jawel|jazeker|jep|jup|yes+|yeah|yep|yup|klopt|zeker|tuurlijk|natuurlijk|inderdaad|sure)(?:[\s,]+(?:hoor|klopt|zeker|wel|natuurlijk|tuurlijk|inderdaad|idd|dat klopt|heb ik|ik heb|dat heb ik|i have|i did|did|sure|dat wel|yes|ja))*[.!]*$/;
export const isBareYes = (text: string): boolean => BARE_YES.test(norm(text));

/** The answer without a leading yes: "yes, I was a cook for 4 years" → "I was a cook for 4 years"; "ja" → "". */
export const withoutLeadingYes = (text: string): string => text.replace(LEADING_YES, '').trim();
/** "bij Albert Heijn gewerkt": a part of an answer that names the employer, not the work. */
export const isEmployerPart = (text: string): boolean => EMPLOYER_PART.test(norm(text).replace(/[.!]+$/, ''));
/**
 * The work in an answer that also names the employer: "bij X gewerkt, administratie, 3 jaar" →
 * "administratie, 3 jaar". An answer that only names the employer is kept as it is.
 */
export function withoutEmployer(text: string): string {
  const parts = text.split(/\s*,\s*/);
  const work = parts.filter((p) => !isEmployerPart(p));
  return work.length && work.length < parts.length && work.some((p) => /\p{L}{3,}/u.test(p.replace(LENGTH_WORDS, ''))) ? work.join(', ') : text;
}
