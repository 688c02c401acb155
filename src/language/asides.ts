// Messages beside the answer the bot asked for: a question about the bot's question ("waarom vraag
// je dit?", "wat gebeurt er als ik nee zeg?"), thanks or "oké" when nothing is asked, and a first
// message written in English. The dialogs decide what to do with them; the words live here.
import { plainText } from './normalize';

/** "Why do you ask this?": the reason for the active question. */
const WHY = /\b(waarom|why|wat heb je (daar aan|daaraan|eraan|er aan)|wat doe je (ermee|daarmee)|what do you need (it|this|that) for)\b/;

/**
 * "What happens if I say no / do not answer?": what skipping the active question means. Checked
 * before WHY: "waarom moet ik dit invullen" is about having to answer.
 */
const IF_NO = new RegExp(
  [
    /\b(wat (gebeurt er|gebeurd er|gebeurt|gebeurd|als|nou als|nu als|dan als)|en als)\b.*\b(nee|niks|niets|geen antwoord|niet (antwoord|beantwoord|invul|zeg|wil)\w*|weiger\w*|overslaan|sla)\b/.source,
    /\b(moet|hoef|verplicht)\b.*\b(invullen|beantwoorden|antwoorden|antwoord geven|zeggen|vertellen|delen)\b/.source,
    /\b(is|zijn) (dit|deze vraag|dat|die vraag|het) (verplicht|nodig|echt nodig)\b/.source,
    /\b(mag|kan|kun) (ik )?(deze vraag |dit |die vraag |het )?(ook )?(overslaan|niet (invullen|beantwoorden|zeggen))\b/.source,
    /\bwhat (happens |if |happens if |if i )\b.*\b(no|not|don'?t|do not|refuse|skip|nothing)\b/.source,
    /\b(do i (have|need) to|must i|should i) (answer|fill|say|tell|share)\b/.source,
    /\b(is (this|it|that) (required|mandatory|necessary|obligatory)|can i skip)\b/.source,
  ].join('|'),
);

/** How a question about the question opens, when there is no question mark. */
const ASKS = /^(waarom|wat|moet|hoef|is|zijn|mag|kan|kun|en als|why|what|do|does|must|should|is|can|and if)\b/;

export type QuestionAside = 'why' | 'if-no';

/** A question about the bot's own question: 'if-no' (may I skip it, what if I say no) or 'why'. */
export function questionAside(text: string): QuestionAside | undefined {
  const plain = plainText(text);
  // Only a question counts: "ik weet niet waarom, maar iets met dieren" is an answer.
  if (!plain || !(text.trim().endsWith('?') || ASKS.test(plain))) return undefined;
  if (IF_NO.test(plain)) return 'if-no';
  if (WHY.test(plain)) return 'why';
  return undefined;
}

const THANKS =
  /^(ok|oke|okee|okay|oki|okido|prima|top|super|mooi|fijn|goed|helder|duidelijk|check|cool|great|nice|perfect|fine|alright|all right|got it|((heel|hartstikke|erg|echt|super|vriendelijk) )*(bedankt|dank( je| u)?( wel)?|dankjewel|dankuwel|thanks|thank you|thx|ty)( voor (je|de|uw) (hulp|antwoord|uitleg))?( for (your|the) (help|answer))?)( (hoor|ok|oke|bedankt|dank je|thanks|thank you|veel|very much|so much))*$/;

/** "dank je", "oké", "top", "thanks": no question and no choice, just a kind word back. */
export function isThanksOrOk(text: string): boolean {
  return THANKS.test(plainText(text).replace(/\s+/g, ' ').trim());
}

// Words that occur in English sentences and (almost) never in Dutch ones. Dutch shares "is",
// "was", "in", "have" (no: "heb"), so those are left out.
const ENGLISH_WORDS = new Set([
  'the', 'you', 'your', 'i', 'im', 'i\'m', 'my', 'me', 'do', 'does', 'can', 'could', 'would', 'speak', 'english', 'help',
  'hello', 'hi', 'good', 'morning', 'afternoon', 'evening', 'please', 'find', 'looking', 'for', 'job', 'work', 'want',
  'need', 'only', 'am', 'are', 'with', 'how', 'what', 'where', 'who', 'why', 'this', 'that', 'from', 'to', 'a', 'an',
  'and', 'not', 'don\'t', 'dont', 'understand', 'is', 'it', 'get', 'of', 'have', 'has', 'there', 'anyone', 'someone',
  'question', 'about', 'thanks', 'thank', 'hey', 'dear', 'sir', 'madam', 'any', 'some', 'new', 'jobs', 'unemployed',
  'benefit', 'looking', 'searching', 'search', 'job', 'language', 'talk',
]);
// Dutch words that give a Dutch sentence away, even with an English word in it ("ik zoek een job").
const DUTCH_WORDS = new Set([
  'ik', 'je', 'jij', 'u', 'een', 'het', 'de', 'is', 'en', 'niet', 'met', 'voor', 'van', 'wil', 'zoek', 'kan', 'kun',
  'hoe', 'wat', 'waar', 'mijn', 'heb', 'hebben', 'graag', 'goedemorgen', 'hallo', 'hoi', 'dag', 'werk', 'baan',
  'spreek', 'nederlands', 'alsjeblieft', 'bedankt', 'vraag', 'ben', 'zijn', 'op', 'om', 'naar', 'er', 'dat', 'die',
  'ook', 'maar', 'nog', 'al', 'wel', 'geen', 'mij', 'me',
]);
// Words both languages use the same way: they count for neither.
const SHARED = new Set(['is', 'me', 'hi', 'hallo', 'hello', 'hey', 'ok', 'oke', 'okay', 'job', 'help', 'in', 'werkloket']);

/**
 * A message that reads as English ("Hello, do you speak English?", "Good morning, can you help me
 * find work?"): at least three words, at least two English-only words, and no Dutch-only word.
 */
export function looksEnglish(text: string): boolean {
  const words = plainText(text).split(/\s+/).filter(Boolean);
  if (words.length < 3) return false;
  const english = words.filter((w) => ENGLISH_WORDS.has(w) && !SHARED.has(w) && !DUTCH_WORDS.has(w)).length;
  const dutch = words.filter((w) => DUTCH_WORDS.has(w) && !SHARED.has(w) && !ENGLISH_WORDS.has(w)).length;
  return english >= 2 && dutch === 0;
}
