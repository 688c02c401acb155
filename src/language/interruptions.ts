import { z } from 'zod';
import { closestWord } from './fuzzy';
import { plainText } from './normalize';

export const InterruptionSchema = z.enum([
  'help', 'back', 'restart', 'stop', 'human', 'erase', 'language-en', 'language-nl', 'back-to-bot', 'overview', 'withdraw-code',
]);
export type Interruption = z.infer<typeof InterruptionSchema>;

export interface DetectInterruptionOptions {
  /**
   * The current question expects free text in which job titles may appear (e.g. "adviseur",
   * "medewerker"). Then a lone noun does not ask for a person; only a request does
   * ("ik wil een adviseur spreken").
   */
  freeText?: boolean;
}

// Politeness and filler that never changes the command: "kan ik alsjeblieft even terug?"
const FILLER = new Set([
  'graag', 'alsjeblieft', 'alstublieft', 'aub', 'asjeblieft', 'ajb', 'svp', 'pls', 'plz', 'please', 'even', 'eens',
  'nou', 'hoor', 'he', 'hey', 'hoi', 'hallo', 'hi', 'hello', 'sorry', 'sry', 'dan', 'maar', 'nu', 'toch', 'weer',
  'now', 'just', 'ok', 'oke', 'okee', 'okay', 'dank', 'je', 'u', 'thanks', 'bedankt',
]);

// Words corrected for typos before matching ("medewerkr", "opnieuuw", "verwijdr").
const VOCABULARY = [
  'medewerker', 'medewerkers', 'adviseur', 'consulent', 'persoon', 'spreken', 'praten', 'bellen', 'opnieuw',
  'overnieuw', 'beginnen', 'stoppen', 'verwijder', 'verwijderen', 'gegevens', 'nederlands', 'engels', 'english',
  'dutch', 'human', 'person', 'restart', 'delete', 'chatbot', 'begrijp', 'alsjeblieft', 'alstublieft', 'afsluiten',
  'overzicht', 'overview', 'intrekken',
];

const MAX_WORDS = 8;
// "ik heb als adviseur klanten gebeld": describing a job, not asking for a person.
const DESCRIBES_WORK = /\b(als|ik was|ik werkte|ik werk|werkte|gewerkt|worked|as an?)\b/;

/** Patterns on the cleaned text (lowercase, no punctuation, filler removed). First hit wins. */
const RULES: { intent: Interruption; pattern: RegExp; anyLength?: boolean }[] = [
  {
    intent: 'erase',
    anyLength: true,
    pattern: /\b(verwijder|verwijderen|wis|wissen|delete|erase|remove|vergeet|forget)\b.*\b(mijn|al mijn|me|mij|my|alle)?\s*(gegevens|data|informatie|info|persoonsgegevens|account|profiel|personal data)\b|\b(gegevens|data|informatie|profiel) (verwijderen|wissen|deleten|laten verwijderen)\b|^(vergeet mij|vergeet me|forget me|verwijder alles|wis alles|delete everything)$/,
  },
  {
    intent: 'back-to-bot',
    pattern: /\b(terug naar|back to|verder met|weer naar|weer met) (de |het |the )?(bot|chatbot|robot|computer|automaat)\b/,
  },
  {
    intent: 'human',
    anyLength: true,
    pattern: /\b(een |met een |met |a |an |to a |to an |with a )?(echt(e)? (persoon|mens)|levend(e)? (persoon|mens)|mens|medewerker|adviseur|consulent|iemand|human|real person|person|agent|advisor|someone|somebody|live chat|live agent)( \w+){0,2} (spreken|praten|bellen|chatten|speak|talk|call|chat)\b|\b(spreken|praten|bellen|chatten|contact|speak|talk|call|chat) (met|with|to)( een| a| an)? (echt(e)? )?(persoon|mens|medewerker|adviseur|consulent|iemand|human|person|agent|advisor|someone)\b|\b(bel me|bel mij|bellen mij|call me|kan ik (iemand )?bellen|kunnen jullie (mij |me )?bellen|kan iemand (mij |me )?bellen|can someone call me|terugbellen|callback|call back)\b/,
  },
  {
    intent: 'human',
    pattern: /^(ik wil |mag ik |kan ik |i want |can i |i would like |id like )?(een |a |an )?(echt(e)? (persoon|mens)|mens|medewerker|adviseur|consulent|human|real person|agent|advisor|persoon)( spreken| alstublieft)?$/,
  },
  {
    intent: 'language-en',
    pattern: /^(in |kan het in |kunnen we in |can we (talk |speak |continue )?in |can you (talk |speak )?(in )?|do you speak |i (only )?speak |speak |talk )?(het )?(english|engels|eng)( alsjeblieft| graag| please| praten| spreken)?$|\b(english please|in english|i don'?t speak dutch|i dont speak dutch|no dutch|i don'?t understand dutch|i dont understand dutch|switch to english)\b/,
  },
  {
    intent: 'language-nl',
    pattern: /^(in |kan het in |kunnen we in |can we (talk |speak |continue )?in |speak |spreek |praat )?(het )?(nederlands|dutch|nl|hollands)( alsjeblieft| graag| please| praten| spreken)?$|\b(in het nederlands|nederlands graag|dutch please|in dutch|ik spreek geen engels|switch to dutch)\b/,
  },
  {
    intent: 'restart',
    pattern: /^(ik wil |kan ik |mag ik |laten we |lets |let's |can i |i want to )?(helemaal |all )?(opnieuw|overnieuw|opnieuw beginnen|overnieuw beginnen|opnieuw starten|begin opnieuw|begin overnieuw|start opnieuw|nog een keer beginnen|nog een keer|van voren af aan|vanaf het begin|reset|restart|start over|start again|begin again|over again|from the start|from the beginning|start from scratch)( beginnen| please)?$/,
  },
  {
    intent: 'stop',
    pattern: /^(ik wil |ik ga |i want to |i wanna |kan ik |can i )?(stop|stoppen|ophouden|hou op|stop ermee|stop maar|ik stop|afsluiten|annuleren|annuleer|cancel|quit|exit|end|laat maar|stop met (dit |deze |de )?(chat|gesprek|vragen)|stop this|end (the )?chat|stop (the )?chat|klaar ermee|ik ben klaar ermee)$/,
  },
  {
    intent: 'back',
    pattern: /^(ik wil |kan ik |mag ik |ga |go |can i |i want to |een stap |one step |stap )?(terug|back|go back|vorige|vorige vraag|previous|previous question|de vorige vraag|naar de vorige vraag|terug naar de vorige vraag|terug naar vorige vraag|ik wil de vorige vraag veranderen|undo|ongedaan maken)( gaan| please)?$/,
  },
  {
    intent: 'help',
    pattern: /^(help|hulp|helpen|hellup|hlp|help me|helpen aub|ik heb hulp nodig|ik wil hulp|kun je me helpen|kunt u me helpen|kunt u mij helpen|kun je mij helpen|ik snap het niet|ik snap er niets van|ik snap er niks van|snap ik niet|snap het niet|ik begrijp het niet|begrijp ik niet|ik begrijp de vraag niet|ik snap de vraag niet|wat bedoel je|wat bedoelt u|wat moet ik doen|wat moet ik invullen|huh|what|what do you mean|i don'?t understand|i dont understand|i need help|can you help me|how does this work|hoe werkt dit)$/,
  },
  // "Neem je overzicht mee" (src/dialogs/overviewDialog.ts): the take-away overview at any moment.
  {
    intent: 'overview',
    pattern: /^(ik wil |mag ik |kan ik |geef me |stuur me |i want |i'?d like |can i have |can i get |send me |give me |show me |toon )?(mijn |het |je |een |my |the |your )?(overzicht|overview)( meenemen| mee| hebben| krijgen| zien| downloaden| printen| please| with me| as pdf| als pdf)?$|^neem (je|mijn) overzicht mee$|^take (my|your) overview( with me)?$/,
  },
  // The share code stops at once: "code intrekken", "trek de code in", "withdraw the code".
  {
    intent: 'withdraw-code',
    pattern: /^(ik wil |kan ik |mag ik |i want to |can i |please )?((de |mijn |die )?code (intrekken|stoppen|stopzetten|verwijderen|weghalen|annuleren|uitzetten)|trek (de |mijn |die )?code (in|terug)|stop (de |mijn )?code|intrekken code|(withdraw|revoke|cancel|stop|delete) (the |my )?(share )?code)$/,
  },
];

/**
 * A request to leave the current question: help, back, restart, stop, human, erase, language
 * switch, or back-to-bot. Rule: only explicit commands count. Short messages (at most 8 words
 * after removing politeness such as "graag", "alsjeblieft", "even") must BE the command
 * ("terug", "kan ik terug?", "ik snap het niet"); longer messages and sentences that merely
 * mention a word ("ik wil terug naar de zorg", "ik heb hulp nodig bij solliciteren") are
 * ordinary answers. Asking for a person and erasing data are recognised at any length, because
 * missing them is worse than a false alarm (the dialog confirms before acting).
 */
export function detectInterruption(text: string, options: DetectInterruptionOptions = {}): Interruption | undefined {
  const raw = plainText(text);
  if (raw === '') return /^\s*\?+\s*$/.test(text) ? 'help' : undefined;
  const words = raw.split(' ').map((w) => closestWord(w, VOCABULARY) ?? w);
  const corrected = words.join(' ');
  const cleaned = words.filter((w) => !FILLER.has(w)).join(' ');
  const isShort = cleaned.split(' ').length <= MAX_WORDS;

  for (const rule of RULES) {
    if (!rule.anyLength && !isShort) continue;
    if (options.freeText && rule.intent === 'human' && !rule.anyLength) continue;
    if (rule.intent === 'human' && rule.anyLength && DESCRIBES_WORK.test(cleaned)) continue;
    if (rule.pattern.test(cleaned) || rule.pattern.test(corrected)) return rule.intent;
  }
  return undefined;
}
