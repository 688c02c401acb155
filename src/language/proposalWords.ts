// The words of the proposals after the summary: "Meer voorstellen" (show the rest) and "Meer
// uitleg 2" (one proposal in full: what a WhatsApp row sends, and what a seeker may type).
import type { Choice } from './choices';
import { normalizeText } from './normalize';
import { parseNumber } from './numbers';

const norm = (text: string) => normalizeText(text, { foldDiacritics: true }).replace(/[.,!?;:"']+/g, ' ').replace(/\s+/g, ' ').trim();

/**
 * "Meer voorstellen" as a button among the next steps (matchChoice). Every label names the
 * proposals, so "ik wil meer weten over WW" is no request for more; a bare "meer" is (saysMore).
 */
export const MORE_PROPOSALS: Choice = {
  value: 'more',
  labels: ['Meer voorstellen', 'More proposals', 'andere voorstellen', 'nog meer voorstellen', 'de andere voorstellen', 'volgende voorstellen', 'laat meer voorstellen zien', 'alle voorstellen', 'other proposals', 'show more proposals', 'all proposals', 'more suggestions', 'more options', 'meer opties'],
};

const BARE_MORE = /^(?:(?:ja|yes|ok|oke|graag|please|doe maar)\s+)*(?:meer|nog meer|laat meer zien|meer graag|more|show more|more please|the rest|de rest|de andere|the others)(?:\s+(?:graag|please|zien))?$/;

/** A whole answer that only asks for more: "meer", "nog meer", "more please". */
export const saysMore = (text: string): boolean => BARE_MORE.test(norm(text));

const SHOW_AGAIN = /^(?:(?:ik wil|graag|toon|laat|laat me|kan ik|mag ik|show|show me|can i see|i want to see)\s+)?(?:(?:mijn|de|my|the)\s+)?(?:voorstellen|proposals|suggestions)(?:\s+(?:bekijken|zien|nog eens|nog een keer|opnieuw|again|zien graag|please))*$/;

/**
 * "Mijn voorstellen bekijken" (the button of "Welkom terug"), "laat mijn voorstellen zien", "my
 * proposals": the proposals shown so far, again. "Meer voorstellen" is saysMore / MORE_PROPOSALS.
 */
export const saysShowProposals = (text: string): boolean => SHOW_AGAIN.test(norm(text));

const DETAILS_ONLY = /^(?:(?:ik wil|graag|geef|geef me|can i have|i want)\s+)?(?:meer uitleg|uitleg|meer info(?:rmatie)?|details|meer details|more details|more info(?:rmation)?|explain)(?:\s+(?:graag|please|alsjeblieft))?$/;

/** "Meer uitleg" without saying about which proposal. */
export const saysDetailsOnly = (text: string): boolean => DETAILS_ONLY.test(norm(text));

/** Words that ask to see one proposal in full; a number or an ordinal must follow. */
const DETAILS = /^(?:(?:ik wil|graag|geef|geef me|toon|laat|tell me|show me|show|give me|can i see|mag ik)\s+)?(?:(?:de\s+|het\s+|the\s+)?(?:meer uitleg|uitleg|meer info(?:rmatie)?|info(?:rmatie)?|details?|meer details|more details|more info(?:rmation)?|more about|meer over|vertel meer over|tell me more about|explain|bekijk|open))(?:\s+(?:over|van|bij|about|on|of|for))?(?:\s+(?:de|het|the))?(?:\s+(?:voorstel|proposal|optie|option|nummer|number|nr))?\s+(.+?)(?:\s+(?:zien|graag|please))?$/;
const PROPOSAL_N = /^(?:(?:de|het|the)\s+)?(?:voorstel|proposal)\s+(?:nummer\s+|number\s+|nr\s+)?(.+)$/;
const ORDINALS: Record<string, number> = {
  eerste: 1, tweede: 2, derde: 3, vierde: 4, vijfde: 5, zesde: 6, zevende: 7, achtste: 8, negende: 9, tiende: 10,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};

function numberOf(words: string): number | undefined {
  const w = words.replace(/^(?:de|het|the)\s+/, '').replace(/\s+(?:voorstel|proposal|one)$/, '');
  if (w in ORDINALS) return ORDINALS[w];
  if (!/^(\d{1,2}|[a-z]+)$/.test(w)) return undefined;
  const n = parseNumber(w);
  return n !== undefined && Number.isInteger(n) && n >= 1 ? n : undefined;
}

/**
 * "Meer uitleg 2", "uitleg over voorstel 2", "meer info over de tweede", "voorstel 3", "more
 * details 1", "tell me more about the second one" → that proposal's number; anything else
 * (a bare "2" is the second button) → undefined.
 */
export function parseDetailsRequest(text: string): number | undefined {
  const plain = norm(text);
  const m = DETAILS.exec(plain) ?? PROPOSAL_N.exec(plain);
  return m ? numberOf(m[1]) : undefined;
}
