// Answers that hold no content for an open question: "nee", "weet ik niet", "maakt niet uit",
// "liever niet". The whole answer must be one (after politeness and filler): "nee, ik werk niet
// meer in de bouw" or "geen. gestopt met mbo" are content. One table, Dutch and English.
import { closestWord } from './fuzzy';
import type { NonAnswer } from './facts';
import { MAX_INPUT_CHARS, normalizeText } from './normalize';
import { keepsRecentTexts } from './recentTexts';

/** Words around a non-answer that change nothing: "nee hoor", "geen idee eigenlijk", "sorry, idk". */
const FILLER_WORDS = [
  'hoor', 'eigenlijk', 'echt', 'helaas', 'sorry', 'sry', 'sorri', 'nou', 'uhm', 'uh', 'eh', 'ehm', 'hmm', 'pff', 'tja', 'haha',
  'dus', 'gewoon', 'ook', 'nog', 'al', 'nu', 'zo', 'op dit moment', 'momenteel', 'really', 'honestly',
  'actually', 'to be honest', 'tbh', 'yet', 'joh', 'man', 'he', 'hè', 'lol', 'well', 'um', 'oh', 'ok', 'oke', 'okay', 'ja', 'yes', 'yeah', 'dan', 'toch',
];

/** Per kind, the phrases (regex sources, whole answer after fillers are removed). */
export const NON_ANSWER_PHRASES: Record<NonAnswer, string[]> = {
  // Before 'no': "liever niet", "zeg ik liever niet" hold a "niet".
  private: [
    '(?:dat )?(?:zeg|vertel|deel) ik (?:liever|echt) niet', '(?:dat )?wil ik (?:liever )?niet (?:zeggen|vertellen|delen)', 'liever niet(?: zeggen| delen)?',
    'dat (?:hou|houd) ik (?:liever )?voor mezelf', 'gaat (?:je|jou|jullie) (?:niks|niets) aan', 'prive', 'dat is prive', 'geen commentaar', 'no comment',
    "(?:i'?d )?rather not(?: say| tell| share)?", "i(?:'d| would) prefer not to(?: say| share)?", 'prefer not to (?:say|share)', 'private', "that'?s private",
    // With what is kept ("dat deel ik liever niet", "I'd rather not share that", "daar praat ik liever niet over").
    '(?:dat|dit|het) (?:zeg|vertel|deel|hou|houd) ik (?:liever )?(?:niet|voor mezelf)', '(?:daar|hier) (?:praat|wil|zeg) ik (?:liever )?(?:niet|niks|niets)(?: over)?(?: (?:praten|zeggen|kwijt))?',
    'ik (?:deel|zeg|vertel) (?:dat|dit|het) (?:liever )?niet', 'ik wil (?:dat|dit|het) (?:liever )?niet (?:zeggen|vertellen|delen)', 'liever niet (?:over )?(?:praten|hebben)',
    "i(?:'d| would)(?: really)? (?:rather|prefer) not(?: to)?(?: (?:say|tell|share|answer|talk about))?(?: (?:that|this|it))?", "(?:i'?d )?rather not (?:say|tell|share|answer)(?: (?:that|this|it))?",
    "(?:i )?(?:do\\s*n[o']?t|dont|do not) want to (?:say|share|tell|talk about)(?: (?:that|this|it))?", 'prefer not to (?:say|share|answer)(?: (?:that|this|it))?',
  ],
  'no-preference': [
    '(?:dat |het )?maakt (?:me |mij )?(?:niet|niets|niks|weinig) (?:zoveel |zo veel |veel )?uit', 'maak(?:t)? niet uit', 'mnu',
    'geen (?:voorkeur|wens|wensen|bijzondere voorkeur)', 'geen speciale (?:voorkeur|wensen)', 'alles(?: is| vind ik)? (?:goed|prima|oke|ok|best)', 'alles', '(?:van )?alles wel',
    'om het even', 'boeit (?:me |mij )?niet', 'kan me niet (?:zoveel )?schelen', 'maakt me weinig uit', 'wat dan ook', 'wat jij wil',
    "(?:it )?does\\s*n[o']?t matter", "(?:i )?do\\s*n[o']?t (?:mind|care)", 'no preference', 'anything(?: is fine| goes)?', 'whatever(?: works)?', 'either is fine', 'doet er niet toe', 'het doet er niet toe', 'all good', 'any',
  ],
  unknown: [
    '(?:ik )?weet (?:ik |het |ik het )?(?:(?:nog|nu|zelf|echt|eigenlijk|ook|gewoon) )*(?:niet|nie|geen idee)(?: (?:zo )?(?:goed|precies|zeker))?',
    'ik weet het (?:(?:nog|nu|zelf|echt|eigenlijk|ook|gewoon) )*niet(?: (?:zo )?(?:goed|precies|zeker))?', 'weet ik veel', 'geen (?:flauw )?(?:idee|iedee|ide|idea|benul)',
    'geen flauw benul', 'ik heb geen idee', 'niet zeker', 'ik ben niet zeker', 'onbekend', 'nog onbekend', 'nog niet bekend', 'geen idee nog', 'wt niet', 'wn',
    'idk', 'dunno', 'no idea', "(?:i )?(?:really )?(?:do\\s*n[o']?t|dont|do not) (?:really )?know", 'not sure', "i'?m not sure", 'no clue', 'unknown', '\\?+',
  ],
  no: [
    'nee', 'neen', 'nein', 'neuh', 'nope', 'nah', 'no', 'n', 'nee dank je', 'nee bedankt', 'no thanks', 'geen', 'niks', 'niets', 'nothing', 'none', 'niet',
    '(?:ik heb )?(?:nog )?nooit gewerkt', '(?:ik heb )?(?:nog )?nooit', 'nog nooit gewerkt', 'geen werk(?:ervaring)?', 'geen (?:werk)?ervaring', 'geen baan gehad',
    '(?:i )?(?:have )?never worked', 'never', 'no (?:work )?experience', 'not really', 'not', 'niet echt', 'nvt', 'n\\.?v\\.?t\\.?', 'n/a', 'niet van toepassing',
  ],
};

// Longer kinds first so "geen idee" is unknown (not 'no' "geen") and "liever niet" private.
const ORDER: NonAnswer[] = ['private', 'no-preference', 'unknown', 'no'];
// Each phrase also without its spaces, for answers typed as one word ("weetikniet", "geenidee").
const PATTERNS = ORDER.map((kind) => {
  const phrases = NON_ANSWER_PHRASES[kind];
  return [kind, new RegExp(`^(?:${[...phrases, ...phrases.map((p) => p.replace(/ /g, ''))].join('|')})$`)] as const;
});
const FILLER = new RegExp(`^(?:${FILLER_WORDS.join('|')})\\b\\s*|\\s*\\b(?:${FILLER_WORDS.join('|')})$`);
/** Long words a typo may hit ("iedee", "voorkeir", "eigelijk"). Short ones must be exact. */
const TYPO_WORDS = ['idee', 'voorkeur', 'eigenlijk', 'gewerkt', 'liever', 'zeggen', 'maakt', 'helaas', 'werkervaring', 'ervaring', 'preference', 'matter', 'anything', 'whatever', 'honestly'];

/** What the seeker does not know, after "geen idee" / "weet niet" / "don't know": a short question clause. */
const ABOUT_WHAT = /\s(?:hoe|wat|welke?|waar|wanneer|hoeveel|hoelang|of|what|how|which|where|when|whether|if)(?:\s+(?:dat|dit|het|je|ik|u|is|was|heet|heette|noemt|noem|noemen|heten|bedoel|bedoelt|betekent|moet|zeggen|kiezen|kies|precies|lang|nog|goed|it|it's|its|this|that|called|mean|means|i|you|should|say|choose|exactly|long))+$/;

function clean(text: string): string {
  let t = normalizeText(text)
    .replace(/[’‘`]/g, "'")
    .replace(/[.,!;:…]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  t = t.split(' ').map((w) => (w.length >= 5 ? closestWord(w, TYPO_WORDS) ?? w : w)).join(' ');
  for (let before = ''; before !== t; ) (before = t), (t = t.replace(FILLER, '').trim());
  return t;
}

function match(t: string): NonAnswer | undefined {
  for (const [kind, pattern] of PATTERNS) if (pattern.test(t)) return kind;
  const squashed = t.replace(/\s+/g, '');
  for (const [kind, pattern] of PATTERNS) if (pattern.test(squashed)) return kind;
  return undefined;
}

/**
 * The kind of non-answer the whole answer is, or undefined when it says something:
 * 'no' ("nee hoor", "geen", "nooit gewerkt"), 'unknown' ("weet ik niet", "idk", "geen idee eigenlijk"),
 * 'no-preference' ("maakt niet uit", "geen voorkeur", "doesn't matter"), 'private' ("liever niet",
 * "rather not say"). "nee, geen idee" is unknown: a leading "nee"/"ja" gives way to what follows.
 */
export function classifyNonAnswer(text: string): NonAnswer | undefined {
  // Asked of the same message by the facts, the question and the intake hook in one turn.
  if (classified.has(text)) return classified.get(text);
  const kind = classifyOnce(text);
  if (classified.size >= CLASSIFIED_KEPT) classified.clear();
  if (text.length <= 2 * MAX_INPUT_CHARS) classified.set(text, kind);
  return kind;
}

const classified = new Map<string, NonAnswer | undefined>();
keepsRecentTexts(() => classified.clear(), (text) => classified.has(text));
const CLASSIFIED_KEPT = 256;

function classifyOnce(text: string): NonAnswer | undefined {
  const cleaned = clean(text);
  if (cleaned === '' || cleaned.length > 80) return undefined;
  // "neee", "nooooo", "geeeen idee": stretched letters, tried as two and as one.
  for (const t of new Set([cleaned, cleaned.replace(/(\p{L})\1{2,}/gu, '$1$1'), cleaned.replace(/(\p{L})\1{2,}/gu, '$1')])) {
    const direct = match(t);
    if (direct) return direct;
    // "nee, geen idee", "geen werkervaring nee": a "nee"/"ja" before or after gives way to the rest.
    const around = /^(?:nee|ja|no|yes|nope)\s+(.+)$/.exec(t) ?? /^(.+?)\s+(?:nee|no)$/.exec(t);
    const inner = around ? match(clean(around[1])) : undefined;
    if (inner) return inner;
    // "geen idee hoe dat heet", "weet niet wat dat is", "I don't know what it's called".
    const about = ABOUT_WHAT.exec(t);
    if (about && about.index > 0 && match(t.slice(0, about.index).trim()) === 'unknown') return 'unknown';
  }
  return undefined;
}
