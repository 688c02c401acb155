// Follow-up after a referral (issue 18): "Zal ik over 2 weken vragen hoe het ging?" (when, or not at
// all) and "Is het gelukt bij het leerwerkloket?" (done / not yet / it did not work / don't know).
// Read on the plain text (lowercase, no punctuation), Dutch and English, with the project's own
// yes/no and non-answer readers as the last word.
import { classifyNonAnswer } from './nonAnswers';
import { plainText } from './normalize';
import { parseYesNo } from './yesNo';

/** The delays offered as buttons, in days. */
export const FOLLOW_UP_DELAYS = [7, 14, 28] as const;
/** "ja" without a time: the question itself says "over 2 weken". */
export const DEFAULT_FOLLOW_UP_DAYS = 14;

const COUNT: Record<string, number> = { een: 1, één: 1, eén: 1, 'n': 1, a: 1, one: 1, twee: 2, two: 2, drie: 3, three: 3, vier: 4, four: 4, vijf: 5, five: 5, zes: 6, six: 6 };
const SPAN = /\b(\d{1,2}|een|n|a|one|twee|two|drie|three|vier|four|vijf|five|zes|six)?\s*(week|weken|weekje|weekjes|weeks|wk|maand|maanden|maandje|month|months)\b/;
const HALF_MONTH = /\b(halve maand|half a month|half maand)\b/;
/** "nee" said in the question's own words ("niet vragen", "hoeft niet"). */
const NO_FOLLOW_UP = /\b(niet (meer )?(vragen|nodig)|hoeft niet|laat maar|geen follow ?up|no follow ?up|dont ask|do not ask|not needed|no need)\b/;

/**
 * The answer to "Zal ik over 2 weken vragen hoe het ging?": days until the follow-up (1–8 weeks,
 * 1–2 months), or 'no'. "ja" = 2 weeks; "weet ik niet" is no follow-up (nothing is kept of it);
 * anything else → undefined (ask again).
 */
export function parseFollowUpDelay(text: string): number | 'no' | undefined {
  const plain = plainText(text);
  if (NO_FOLLOW_UP.test(plain)) return 'no';
  const yesNo = parseYesNo(text);
  if (yesNo === 'no' || yesNo === 'unknown' || classifyNonAnswer(text) !== undefined) return 'no';
  if (HALF_MONTH.test(plain)) return 14;
  const span = SPAN.exec(plain);
  if (span) {
    const n = span[1] === undefined ? 1 : /^\d+$/.test(span[1]) ? Number(span[1]) : COUNT[span[1]];
    const months = span[2].startsWith('maand') || span[2].startsWith('month');
    const days = months ? n * 28 : n * 7;
    return n >= 1 && days <= 8 * 7 ? days : undefined;
  }
  return yesNo === 'yes' ? DEFAULT_FOLLOW_UP_DAYS : undefined;
}

export type FollowUpAnswer = 'done' | 'not-yet' | 'failed' | 'unknown';

const NOT_YET = /\b(nog niet|nog geen|nog niks|nog niets|nog bezig|ben (er )?nog mee bezig|nog aan het wachten|wacht nog|ik wacht nog|nog geen antwoord|nog geen reactie|nog geen tijd|komt nog|not yet|still waiting|waiting for|no answer yet|no reply yet|still busy|working on it)\b/;
const FAILED = /\b(niet gelukt|lukte niet|lukt niet|is niet gelukt|het is mislukt|mislukt|ging niet|afgewezen|niet aangenomen|kwam niet door|helaas niet|niet goed gegaan|ging mis|did ?n ?t work|did not work|didnt work|does ?n ?t work|not work(ed)?|it failed|failed|rejected|no luck|not successful)\b/;
const DONE = /\b(gelukt|het lukte|lukte wel|is gelukt|ging goed|goed gegaan|geregeld|gedaan|aangenomen|ik kan beginnen|afspraak gemaakt|ik heb een afspraak|it worked|worked out|went well|done|sorted|succeeded|successful|got it)\b/;

/**
 * The answer to "Is het gelukt bij …?": "ja gelukt" → done; "nog niet", "nee nog niet" → not-yet;
 * "nee het is niet gelukt", "helaas niet" → failed; "weet ik niet" → unknown (ask later, nothing
 * kept); a plain "ja"/"nee" → done/failed; anything else → undefined.
 */
export function parseFollowUpAnswer(text: string): FollowUpAnswer | undefined {
  const plain = plainText(text);
  if (plain === '') return outcomeOfYesNo(parseYesNo(text));
  if (classifyNonAnswer(text) === 'unknown') return 'unknown';
  if (NOT_YET.test(plain)) return 'not-yet';
  if (FAILED.test(plain)) return 'failed';
  if (DONE.test(plain)) return 'done';
  return outcomeOfYesNo(parseYesNo(text));
}

function outcomeOfYesNo(answer: ReturnType<typeof parseYesNo>): FollowUpAnswer | undefined {
  return answer === 'yes' ? 'done' : answer === 'no' ? 'failed' : answer === 'unknown' ? 'unknown' : undefined;
}

/**
 * Words that can only be about a follow-up ("het is gelukt", "het lukte niet", "it worked"): worth
 * looking up whether the seeker was asked one, in the middle of anything else. A plain "ja" is not.
 */
export function mentionsFollowUp(text: string): boolean {
  const plain = plainText(text);
  return /\b(gelukt|lukte|mislukt|it worked|did ?n ?t work|did not work|didnt work)\b/.test(plain) && plain.split(' ').length <= 8;
}
