// How long a training may take, as the seeker said it: "3 maanden" is 3, "10 weken" 2.5,
// "anderhalf jaar" 18, "niet langer dan een half jaar" 6 (the most they allow). Only the
// question's buttons are buckets (2/6/12/24); a typed length is kept (in half months).
import { parseDuration } from './durations';
import { normalizeText } from './normalize';

export interface TrainingLength {
  months: number;
  /** "een paar weken", "2 à 3 maanden", "kort cursusje": a guess, marked so. */
  approximate: boolean;
}

/** The longest length stored (matching clamps to this too). */
export const MAX_TRAINING_MONTHS = 60;
/** "kort cursusje", "iets korts", "a short course": about two months. */
const SHORT_ONLY = /\b(?:kort\w*|korte|cursusje|short|quick|brief)\b/;
const SHORT_MONTHS = 2;
/** "langer dan een jaar", "more than a year": the length said is a floor, not a maximum. */
const LONGER = /\b(?:langer dan|meer dan|longer than|more than)\b/;
/** "niet langer dan een half jaar", "no more than a year": that is the maximum. */
const NOT_LONGER = /\b(?:niet|not|no|geen|nooit|never)\s+(?:langer dan|meer dan|longer than|more than)\b/;
/** Time already past is not a training length ("2 jaar geleden", "sinds 3 maanden"). */
const PAST = /\b(?:geleden|ago|sinds|since|vanaf)\b/;

/** A length in months kept as said, in half months between half a month and five years. */
export function trainingMonthsOf(months: number): number {
  return Math.min(MAX_TRAINING_MONTHS, Math.max(0.5, Math.round(months * 2) / 2));
}

/** The training length in a typed answer, or undefined when it holds none. */
export function parseTrainingLength(text: string): TrainingLength | undefined {
  const t = normalizeText(text);
  if (PAST.test(t)) return undefined;
  const d = parseDuration(t);
  if (d && d.months > 0) {
    if (LONGER.test(t) && !NOT_LONGER.test(t)) return { months: trainingMonthsOf(Math.max(24, d.months + 12)), approximate: true };
    return { months: trainingMonthsOf(d.months), approximate: d.approximate && !NOT_LONGER.test(t) };
  }
  if (SHORT_ONLY.test(t)) return { months: SHORT_MONTHS, approximate: true };
  return undefined;
}
