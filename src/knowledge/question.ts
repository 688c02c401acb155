// Is a message a question to the knowledge base, or an answer to the question the bot asked?
// Answers to the bot's own questions must keep working: "wat?", "weet ik niet", "kan ik niet
// zeggen", a job title or "32 uur" are answers. Only clear question forms count.
import { normalise } from '../matching';

/** Question words that open an information question ("hoe vraag ik WW aan"). */
const WH_START = /^(hoe|wat|wanneer|waar|waarom|wie|hoeveel|welke|welk|how|what|when|where|why|who|which)\b/;
/** A verb-first question ("mag ik …", "kan ik …") is only clear with a question mark. */
const VERB_START = /^(mag|mogen|kan|kun|kunnen|moet|moeten|is|zijn|heb|krijg|ben|bestaat|can|could|may|must|is|are|do|does|should|will)\b/;
/**
 * Questions about the bot's own question are not for the knowledge base: they ask for help with
 * the current question ("wat bedoel je?", "waarom vraag je dat?", "mag ik dit overslaan?").
 */
const ABOUT_THE_QUESTION =
  /\b(bedoel|bedoelt|bedoeld|overslaan|sla ik|deze vraag|die vraag|de vraag|waarom vraag|waarom wil je|invullen|antwoorden|kiezen|typen|mean|skip|this question|why do you ask)\b/;

export type QuestionForm = 'clear' | 'maybe' | 'about-the-question';

/**
 * 'clear': ends with "?" or opens with a question word (both 3+ words).
 * 'maybe': a verb-first question without "?" ("mag ik werken met bijstand").
 * 'about-the-question': asks about what the bot asked. undefined: not a question.
 */
export function questionForm(text: string): QuestionForm | undefined {
  const trimmed = text.trim();
  const plain = normalise(trimmed);
  const words = plain.split(' ').filter(Boolean);
  const mark = trimmed.endsWith('?');
  const wh = WH_START.test(plain);
  const verb = VERB_START.test(plain);
  if (!mark && !wh && !verb) return undefined;
  if (words.length < 3) return undefined;
  if (ABOUT_THE_QUESTION.test(plain)) return 'about-the-question';
  if (mark || wh) return 'clear';
  return verb ? 'maybe' : undefined;
}
