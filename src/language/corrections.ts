// Corrections at any moment: "nee dat klopt niet", "sorry foutje, ik was 31 jaar orderpicker",
// "het was geen 1 jaar maar 6 maanden", "uren klopt niet". Pure: says that the seeker corrects,
// what about (when named) and what is left to read as the new answer.
//
// A correction must *start* with a correction marker (after "nee", "sorry", "oh"): an opener
// ("foutje", "oeps", "correctie", "wacht,"), a complaint ("klopt niet", "postcode is fout",
// "that's wrong"), a denied value ("het was geen 1 jaar", "niet 32 maar 24 uur") or "ik
// bedoel(de)". Answers that merely hold "niet" or "klopt" are not corrections.
import { z } from 'zod';
import { matchChoice } from './choices';
import type { FactKey } from './facts';
import { normalizeText } from './normalize';
import { INCOME_SITUATIONS, parseEducationLevel } from './vocabulary';

export const CorrectionSchema = z.object({
  /** The fact the seeker says is wrong, when named ("uren klopt niet" → hours) or implied by `rest`. */
  field: z.string().optional() as unknown as z.ZodOptional<z.ZodType<FactKey>>,
  /** The new answer in the same message ("ik was 31 jaar orderpicker", "6 maanden"); '' when none. */
  rest: z.string(),
});
export type Correction = z.infer<typeof CorrectionSchema>;

/** Words that name a fact in "mijn postcode is fout", "de uren kloppen niet", "wrong hours". */
export const CORRECTION_FIELD_WORDS: Partial<Record<FactKey, string[]>> = {
  birthYear: ['geboortejaar', 'geboortedatum', 'leeftijd', 'age', 'birth year', 'year of birth', 'date of birth'],
  hours: ['aantal uren', 'werkuren', 'urental', 'uren', 'uur', 'hours'],
  situation: ['inkomenssituatie', 'uitkering', 'situatie', 'benefit', 'situation'],
  monthlyAmount: ['bedrag', 'inkomen', 'salaris', 'loon', 'amount', 'income', 'salary'],
  postcode: ['postcode', 'post code', 'zip code', 'zipcode', 'postal code'],
  education: ['opleidingsniveau', 'opleiding', 'diploma', 'school', 'education', 'degree'],
  drivingLicence: ['rijbewijs', 'driving licence', 'driving license', 'licence', 'license'],
  benefitEnd: ['einddatum', 'end date'],
  start: ['startdatum', 'begindatum', 'begin', 'start', 'start date'],
  dutchLevel: ['taalniveau', 'nederlands', 'taal', 'dutch'],
  limits: ['beperkingen', 'beperking', 'gezondheid', 'limits', 'health'],
  wish: ['wensen', 'wens', 'wish', 'richting'],
  trainingWilling: ['cursus', 'training'],
  jobs: ['werkervaring', 'ervaring', 'beroep', 'functie', 'baan', 'werk', 'jaren', 'jaar', 'job', 'work', 'experience', 'years'],
};

const FIELD_ENTRIES = Object.entries(CORRECTION_FIELD_WORDS)
  .flatMap(([field, words]) => words.map((w) => [w, field as FactKey] as const))
  .sort((a, b) => b[0].length - a[0].length);
const FIELD = `(${FIELD_ENTRIES.map(([w]) => w).join('|')})`;
const fieldOfWord = (word: string): FactKey | undefined => FIELD_ENTRIES.find(([w]) => w === word)?.[1];

const SEP = String.raw`[\s,.;:!\-–]*`;
const WRONG = String.raw`(?:fout|verkeerd|onjuist|niet\s+goed|niet\s+juist|niet\s+correct|niet\s+waar|wrong|not\s+right|not\s+correct|incorrect)`;
/** A complaint ends the clause: "dat klopt niet het was …", not "het werk was niet zwaar". */
const CLAUSE_END = String.raw`(?=\s*(?:[,.;:!?\-–]|$|(?:het|dat|dit|ik|it|i|maar|but|moet|should|want|omdat|because|dus|so|sorry|the|de|mijn|my)\b))`;
/** Words before a correction that do not make one: "nee, …", "sorry, …", "oh …". */
const SOFT = /^(?:nee|neen|no|nope|sorry|sry|sorri|oh|o|ah|hmm|uhm|eh|ehm|pardon|excuus|nou|well|ow|owh)\b[\s,.;:!\-–]*/;
/** Openers that make what follows a correction: "foutje, …", "oeps …", "correctie: …". */
const OPENER = new RegExp(
  String.raw`^(?:foutje(?:\s+bedankt)?|fout(?:je)?\s+van\s+mij|mijn\s+fout|my\s+bad|oeps(?:ie)?|oops|whoops|correctie|correction|verbetering|typfout|tikfout|typo|verkeerd\s+getypt|ik\s+vergis\s+me|vergissing|mistake|ik\s+heb\s+me\s+vergist|ik\s+vergiste\s+me|wacht(?:\s+even|\s+ff)?(?=\s*[,:!.\-–]\s*\S)|wait(?=\s*[,:!.\-–]\s*\S))\b` + SEP,
);
/** "dat klopt niet", "klopt niet", "that's wrong", "dat is fout" (nothing named). */
const COMPLAINT = new RegExp(
  String.raw`^(?:(?:(?:dat|het|dit|t|die|deze)\s+)?(?:klopt|kloppen|klopte|klopten)\s+(?:helemaal\s+|echt\s+)?niet` +
    String.raw`|(?:(?:dat|het|dit|die|deze)\s+)?(?:is|was|zijn|waren)\s+(?:helemaal\s+)?${WRONG}` +
    String.raw`|fout|verkeerd|onjuist|wrong|incorrect|niet\s+goed|not\s+right|not\s+correct` +
    String.raw`|(?:that'?s|that\s+is|this\s+is|it'?s|it\s+is|that\s+was|it\s+was)\s+(?:${WRONG}|not\s+true|a\s+mistake))${CLAUSE_END}`,
);
/** "mijn postcode is fout", "de uren kloppen niet", "uren klopt niet", "wrong hours". */
const FIELD_COMPLAINT = new RegExp(
  String.raw`^(?:(?:(?:mijn|m'?n|de|het|die|dat|the|my|your|je)\s+)?${FIELD}\s+` +
    String.raw`(?:(?:klopt|kloppen|klopte|klopten)\s+(?:helemaal\s+|echt\s+)?niet|(?:(?:is|zijn|was|waren|are|were)\s+)?(?:helemaal\s+)?${WRONG})` +
    String.raw`|(?:verkeerde?|foute?|wrong|incorrect)\s+${FIELD})${CLAUSE_END}`,
);
/** "het was geen 1 jaar (maar 6 maanden)", "it was not 32 but 24". */
const DENIED = /^(?:het|dat|t|it|that|die|dit)\s+(?:was|is|waren|zijn|were)\s+(?:geen|niet|not)\s+(.+?)(?:\s*,?\s+(?:maar|but)\s+(.+))?$/;
/** "niet 32 maar 24 uur", "geen 1 jaar, maar 6 maanden": only with a number denied (else it is a wish). */
const DENIED_NUMBER = /^(?:niet|geen|not)\s+(\S*\d\S*(?:\s+\p{L}+)?)\s*,?\s+(?:maar|but)\s+(.+)$/u;
/** "ik bedoel bijstand", "ik bedoelde …", "I meant …". */
const MEANT = /^(?:ik\s+|i\s+)?(?:bedoel|bedoelde|bedoelt|bedoeld|meant|mean)\b(?!\s+(?:het\s+goed|het\s+niet|er\s+niets|er\s+niks|maar|dat|what|that|well|it\s+well)\b)(?:\s+(?:dus|eigenlijk|natuurlijk|toch|actually))?[\s,.;:!\-–]*/;
/** Filler before the new value: "het is 3512", "het moet 24 zijn", "should be". */
const LEAD_IN = /^(?:het\s+(?:is|moet(?:\s+zijn)?|was|waren|zijn)|het\s+moet|moet\s+zijn|dat\s+(?:is|moet\s+zijn)|it'?s|it\s+is|it\s+should\s+be|should\s+be|it\s+was|maar|but|dus|eigenlijk)\b[\s,:]*/;
/** "…, geen ww" / "…, niet 32" at the end: the old value, named to be replaced. */
const TAIL_DENIAL = /[\s,;]+(?:en\s+)?(?:geen|niet|not|no)\s+([^,;]{1,30})$/;

/** Which fact a value is about, from its form: "24 uur" → hours, "bijstand" → situation. */
export function fieldOfValue(value: string): FactKey | undefined {
  const v = normalizeText(value);
  if (v === '') return undefined;
  if (/^\d{4}\s?[a-z]{2}$|^\d{4}$/.test(v) && !/^(19|20)\d{2}$/.test(v)) return 'postcode';
  if (/\b\d+\s*(?:uur|uren|u|hours?|hrs?)\b|\b(?:fulltime|full-time|parttime|part-time|voltijd|deeltijd)\b/.test(v)) return 'hours';
  if (/€|\beuro'?s?\b|\beur\b|\bnetto\b|\bbruto\b/.test(v)) return 'monthlyAmount';
  if (/\bjaar\s+oud\b|\byears?\s+old\b|\bgeboren\b/.test(v)) return 'birthYear';
  if (/\b(?:jaar|jaren|jaartjes?|jr|maanden|maand|maandjes?|mnd|weken|weekjes?|years?|months?|weeks?)\b/.test(v)) return 'jobs';
  if (/\b(?:rijbewijs|licen[cs]e)\b/.test(v)) return 'drivingLicence';
  const situation = matchChoice(v, INCOME_SITUATIONS);
  if (situation && situation.value !== 'none' && situation.confidence >= 0.9) return 'situation';
  if (v.split(' ').length <= 3 && parseEducationLevel(v)) return 'education';
  return undefined;
}

/**
 * Whether (and what) the seeker corrects; undefined for an ordinary answer.
 * "nee dat klopt niet" → {rest:''}; "uren klopt niet" → {field:'hours', rest:''};
 * "niet 32 maar 24 uur" → {field:'hours', rest:'24 uur'}; "ik bedoel bijstand, geen ww" →
 * {field:'situation', rest:'bijstand'}; "sorry foutje, ik was 31 jaar orderpicker" →
 * {rest:'ik was 31 jaar orderpicker'} (the new answer is read as the question it answers).
 */
export function findCorrection(text: string): Correction | undefined {
  // Folded text for matching, unfolded for the rest: same positions (normalizeText keeps length).
  const original = normalizeText(text, { foldDiacritics: false }).replace(/[’‘`]/g, "'");
  const t = normalizeText(text).replace(/[’‘`]/g, "'");
  if (t === '') return undefined;
  let pos = 0;
  let field: FactKey | undefined;
  let marked = false;
  let meant = false;
  const rest = () => t.slice(pos);
  const consume = (m: RegExpExecArray) => ((pos += m[0].length), (pos += /^[\s,.;:!\-–]*/.exec(rest())![0].length));

  for (let guard = 0; guard < 6; guard++) {
    let m: RegExpExecArray | null;
    if ((m = SOFT.exec(rest())) && m[0].length > 0 && rest().length > m[0].length) consume(m);
    else if ((m = OPENER.exec(rest()))) (marked = true), consume(m);
    else if ((m = FIELD_COMPLAINT.exec(rest()))) (marked = true), (field ??= fieldOfWord(m[1] ?? m[2])), consume(m);
    else if ((m = COMPLAINT.exec(rest()))) (marked = true), consume(m);
    else if ((m = DENIED.exec(rest()) ?? DENIED_NUMBER.exec(rest())) && (marked || deniesValue(m[1]))) {
      const [wrong, right] = [m[1], m[2]];
      field ??= fieldOfValue(wrong) ?? (right ? fieldOfValue(right) : undefined);
      // The unit may come only with the new value: "niet 32 maar 24 uur".
      if (field === undefined || (/^\d+$/.test(wrong.trim()) && right)) field = (right ? fieldOfValue(right) : undefined) ?? field;
      const start = right === undefined ? t.length : t.length - right.length;
      return { ...(field ? { field } : {}), rest: cleanRest(original.slice(start)) };
    } else if ((m = MEANT.exec(rest()))) (marked = true), (meant = true), consume(m);
    else break;
  }
  if (!marked) return undefined;

  let value = rest();
  let start = pos;
  for (let m = LEAD_IN.exec(value); m && m[0].length > 0; m = LEAD_IN.exec(value)) (start += m[0].length), (value = value.slice(m[0].length));
  const tail = TAIL_DENIAL.exec(value);
  if (tail && value.length > tail[0].length) {
    field ??= fieldOfValue(tail[1]);
    value = value.slice(0, tail.index);
  }
  const newValue = cleanRest(original.slice(start, start + value.length));
  if (meant && field === undefined && newValue.split(' ').length <= 4) field = fieldOfValue(newValue);
  return { ...(field ? { field } : {}), rest: newValue };
}

/** Without an opener, "het was geen …" corrects only a number or one known value ("geen ww"), not a description ("geen vaste baan"). */
function deniesValue(wrong: string): boolean {
  return /\d/.test(wrong) || (wrong.trim().split(/\s+/).length === 1 && fieldOfValue(wrong) !== undefined);
}

function cleanRest(text: string): string {
  return text.replace(/^[\s,.;:!\-–]+|[\s,.;:!?\-–]+$/g, '').trim();
}
