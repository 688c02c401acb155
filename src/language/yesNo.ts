import * as Recognizers from '@microsoft/recognizers-text-suite';
import { emojiAnswer } from './emoji';
import { closestWord } from './fuzzy';
import { classifyNonAnswer } from './nonAnswers';
import { deElongate, normalizeText, plainText } from './normalize';

export type YesNo = 'yes' | 'no' | 'unknown';

// Whole phrases, checked before single words. Order matters: "dat klopt niet" is no although
// it contains "klopt"; "niet zeker" is unknown although it contains "niet".
const UNKNOWN_PHRASES = /\b(weet (ik |je )?(het )?(nu )?(nog )?(echt )?niet|weet niet|geen (flauw )?idee|geen flauw benul|misschien|wellicht|mogelijk|twijfel|ik twijfel|niet zeker|weet niet zeker|hangt (ervan|er van) af|soms|deels|half om half|i (don'?t|do not) know|(don'?t|do not|dont) know|not sure|no idea|maybe|perhaps|it depends|depends|idk|dunno|kweenie|weenie)\b/;
const NO_PHRASES = /\b(ja nee|klopt niet|klopt (helemaal )?niet|dat klopt niet|niet goed|is niet goed|niet waar|niet juist|niet correct|niet akkoord|niet oke|niet ok|zeker niet|echt niet|helemaal niet|natuurlijk niet|absoluut niet|liever niet|niet echt|nee hoor|nee dank( je| u)?|nee bedankt|of course not|definitely not|certainly not|not really|not correct|not right|not true|no thanks|no thank you|i don'?t think so|rather not|not at all)\b/;
// An affirmative phrase followed by a negation is not one: "dat wil ik niet", "graag niet".
const YES_PHRASES = /\b(dat klopt|klopt helemaal|klopt wel|is goed|is prima|dat is goed|dat is het|helemaal goed|helemaal prima|doe maar|prima|geen probleem|geen bezwaar|ja hoor|jazeker|ja zeker|zeker weten|dat wil ik|graag|no problem|of course|that'?s right|that is right|sounds good|go ahead|all right|alright)\b(?!\s+(?:niet|geen|nooit|not)\b)/;

const YES_WORDS = [
  'ja', 'jaa', 'jah', 'jaja', 'jawel', 'jazeker', 'jep', 'jup', 'jop', 'yes', 'yess', 'yeah', 'yea', 'yep', 'yup', 'ye',
  'klopt', 'correct', 'juist', 'precies', 'zeker', 'natuurlijk', 'uiteraard', 'absoluut', 'tuurlijk', 'akkoord',
  'ok', 'oke', 'okee', 'okay', 'okido', 'oki', 'okey', 'k', 'goed', 'prima', 'top', 'super', 'sure', 'yes',
  'certainly', 'definitely', 'right', 'true', 'agreed', 'absolutely', 'indeed', 'graag', 'please', 'inderdaad', 'klopt',
];
const NO_WORDS = [
  'nee', 'neen', 'ne', 'nah', 'nope', 'no', 'nee', 'niet', 'nooit', 'geen', 'never', 'not', 'nein', 'nay', 'neej',
  'fout', 'onjuist', 'verkeerd', 'incorrect', 'wrong', 'false', 'niks', 'niets', 'nothing', 'none',
];
const VOCABULARY = [...new Set([...YES_WORDS, ...NO_WORDS])];
// Letters typed alone: "j" / "y" = yes, "n" = no. Only when the whole answer is that letter.
const SINGLE_LETTERS: Record<string, YesNo> = { j: 'yes', y: 'yes', n: 'no' };

function wordAnswer(word: string): YesNo | undefined {
  for (const variant of deElongate(word)) {
    const known = closestWord(variant, VOCABULARY);
    if (known && YES_WORDS.includes(known)) return 'yes';
    if (known && NO_WORDS.includes(known)) return 'no';
  }
  return undefined;
}

/**
 * Yes / no / don't know in Dutch or English, tolerant of typos, elongation ("jaaaa"),
 * capitals, punctuation and emoji. Rules, in order: don't-know phrases ("niet zeker",
 * "misschien") → 'unknown'; negated phrases ("dat klopt niet", "liever niet", "ja nee") →
 * 'no'; affirmative phrases ("is goed", "dat klopt") → 'yes'; then the FIRST yes/no word
 * decides ("ja, maar niet op zondag" → yes); then emoji (👍/👎/🤷); last the Microsoft Boolean
 * recognizer (Dutch, then English). Nothing recognised → undefined (ask again).
 */
export function parseYesNo(text: string): YesNo | undefined {
  const plain = plainText(text);
  if (plain === '') {
    const emoji = emojiAnswer(text);
    return emoji;
  }
  if (plain in SINGLE_LETTERS) return SINGLE_LETTERS[plain];
  if (UNKNOWN_PHRASES.test(plain)) return 'unknown';
  if (NO_PHRASES.test(plain)) return 'no';
  // "nee, dat wil ik niet" and "nee, is goed zo": an answer that opens with no is no, whatever follows.
  if (opensWithNo(plain)) return 'no';
  if (YES_PHRASES.test(plain)) return 'yes';
  for (const word of plain.split(' ')) {
    const answer = wordAnswer(word);
    if (answer) return answer;
  }
  const emoji = emojiAnswer(text);
  if (emoji) return emoji;
  for (const culture of [Recognizers.Culture.Dutch, Recognizers.Culture.English]) {
    const [best] = Recognizers.recognizeBoolean(plain, culture);
    const resolution = best?.resolution as { value?: boolean; score?: number } | undefined;
    if (resolution && typeof resolution.value === 'boolean' && (resolution.score ?? 0) >= 0.5) {
      return resolution.value ? 'yes' : 'no';
    }
  }
  return undefined;
}

/** Words that open an answer as yes or no: "ja, …", "nee, …", "yes, …". The reason after them does not change it. */
const LEADING_YES = new Set(['ja', 'jaa', 'jah', 'jaja', 'jawel', 'jazeker', 'jep', 'jup', 'yes', 'yess', 'yeah', 'yea', 'yep', 'yup']);
const LEADING_NO = new Set(['nee', 'neen', 'neej', 'nope', 'nah', 'no', 'nein']);
/** Sounds before the answer word: "nou ja", "uhm nee", "oh yes". */
const LEADING_SOUNDS = new Set(['nou', 'uhm', 'uh', 'eh', 'ehm', 'hmm', 'oh', 'tja', 'haha', 'well', 'um', 'o']);
/** Where a part of the answer ends: "ja, …", "geen auto, wel rijbewijs". */
const CLAUSE_BREAK = /\s*[,;:.!?]+\s*|\s+(?:want|omdat|because|dus|so)\s+/;
/** A reservation after the main answer: "ik heb wel rijbewijs maar geen auto". */
const RESERVATION = /[\s,]+(?:maar|but|alleen|behalve|except)\s+/;
/** "wel" affirms ("ik heb wel rijbewijs") unless the clause also negates. */
const NEGATION = /\b(?:geen|niet|nooit|no|not|never|none|niks|niets|nothing|n't|dont|cant|cannot|zonder|without)\b/;

function opensWithNo(plain: string): boolean {
  const tokens = plain.split(' ');
  while (tokens.length > 1 && LEADING_SOUNDS.has(tokens[0])) tokens.shift();
  return deElongate(tokens[0] ?? '').some((v) => LEADING_NO.has(v));
}

function leadingAnswer(plain: string): YesNo | undefined {
  const tokens = plain.split(' ');
  while (tokens.length > 1 && LEADING_SOUNDS.has(tokens[0])) tokens.shift();
  const word = deElongate(tokens[0] ?? '').find((v) => LEADING_YES.has(v) || LEADING_NO.has(v));
  if (!word) return undefined;
  // "ja nee" is Dutch for no.
  if (LEADING_YES.has(word) && LEADING_NO.has(tokens[1] ?? '')) return 'no';
  return LEADING_YES.has(word) ? 'yes' : 'no';
}

/** Short answers to "Heb je …?" that repeat the verb: "heb ik", "die heb ik", "I do". */
const ECHO_YES = /^(?:(?:dat|die|het|that)\s+)?(?:heb ik|ik heb|ik heb die|doe ik|ben ik|kan ik|wil ik|i have|i do|i did|i am|i can|i have one|have one)$/;

function clauseAnswer(clause: string): YesNo | undefined {
  if ((/\bwel\b/.test(clause) || ECHO_YES.test(clause)) && !NEGATION.test(clause)) return 'yes';
  return parseYesNo(clause);
}

/** The one answer the parts give, or undefined (none, or they disagree). */
function agreed(parts: string[]): YesNo | undefined {
  const answers = [...new Set(parts.map((p) => plainText(p)).filter(Boolean).map(clauseAnswer).filter((a): a is YesNo => a !== undefined))];
  return answers.length === 1 ? answers[0] : undefined;
}

/**
 * The answer to a yes/no question that may come with a reason. A leading yes/no word decides
 * ("ik heb wel rijbewijs maar geen auto" and "ja, nog niet erkend" are yes; "nee, ik fiets overal
 * heen" is no): a negation in the reason does not flip it. A whole answer that is a non-answer
 * gives 'unknown' or 'private' ("liever niet", "rather not share that"). Without a leading word
 * each part is read; parts that disagree ("geen auto, wel rijbewijs") give undefined, so a reader
 * that knows the topic decides.
 */
export function parseYesNoAnswer(text: string): YesNo | 'private' | undefined {
  const kind = classifyNonAnswer(text);
  if (kind === 'private' || kind === 'unknown') return kind;
  if (kind === 'no') return 'no';
  const plain = plainText(text);
  if (plain === '') return emojiAnswer(text);
  const parts = normalizeText(text).split(CLAUSE_BREAK).map((p) => plainText(p)).filter(Boolean);
  const leading = leadingAnswer(plain);
  if (leading) {
    // "ja misschien", "nee, weet ik niet": the words right after the answer word can undo it.
    const first = parts[0]?.split(' ').slice(1).join(' ') ?? '';
    return first && parseYesNo(first) === 'unknown' ? 'unknown' : leading;
  }
  // The part before a reservation ("…, maar …") is the answer; parts without one must agree.
  const [main, ...reservations] = normalizeText(text).split(RESERVATION);
  const mainAnswer = agreed(main.split(CLAUSE_BREAK));
  if (mainAnswer || reservations.length || parts.length > 1) return mainAnswer;
  return parseYesNo(text);
}
