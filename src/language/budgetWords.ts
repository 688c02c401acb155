// The regional budget in the chat: "ik wil het scholingsbudget aanvragen" at any moment, and the
// facts of an application in the seeker's words ("de cursus heftruckchauffeur bij ROC Midden
// Nederland, kost 1.850 euro, begint in maart"). Precision first: a fact not clearly said is asked.
import { parseAmount } from './amounts';
import type { CalendarAnswer } from './dates';
import { parseDate } from './dates';
import type { Locale } from './locale';
import { normalizeText, plainText } from './normalize';

/** The button under a scheme's proposal, in both languages. */
export const APPLY_LABELS = { nl: 'Aanvragen', en: 'Apply' } as const;

const BUDGET = /\b(scholings ?budget|opleidings ?budget|regionaal budget|regio ?budget|budget voor (een |de |mijn )?(opleiding|cursus|scholing)|training budget|(regional )?budget for (a |my |the )?(training|course))\b/;
const APPLY = /\b(aan ?vragen|aanvraag|vraag (ik|je)\b.*\baan|aan te vragen|apply|application|request|krijgen|gebruiken|wil ik|ik wil|get)\b/;
const NOT = /\b(geen|niet|no|not|dont|never|nooit)\b/;

/** "ik wil het scholingsbudget aanvragen", "scholingsbudget aanvragen", "apply for the training budget". */
export function saysApplyForBudget(text: string): boolean {
  const plain = plainText(text).replace(/'/g, '');
  if (!BUDGET.test(plain) || NOT.test(plain)) return false;
  return APPLY.test(plain) || plain.replace(BUDGET, '').trim() === '';
}

/** The apply button's own words ("Aanvragen", "Apply"), typed or pressed. */
export function isApplyButton(text: string): boolean {
  const plain = plainText(text);
  return Object.values(APPLY_LABELS).some((l) => plainText(l) === plain);
}

export interface BudgetFacts {
  training?: string;
  provider?: string;
  /** Euros (cents allowed). */
  costEuros?: number;
  start?: { date: string; granularity: CalendarAnswer['granularity'] };
}

const COST_CUE = /\b(kost|kosten|kostte|prijs|bedrag|betalen|euro|eur|cost|costs|price|fee)\b|€/;
/** A school's name: after "bij"/"via"/"at", or with a school word in it. */
const SCHOOL_AFTER = /\b(?:bij|via|aan het|aan de|op het|op de|at|with|from)\s+((?:de |het |the )?[\p{L}\d][\p{L}\d&'.\- ]{1,80})/u;
const SCHOOL_WORD = /\b(roc|mbo|hbo|school|academie|academy|hogeschool|college|instituut|institute|opleidingen|opleidingscentrum|university|universiteit|leerbedrijf|training centre|trainingscentrum)\b/i;
/** "de school klopt niet": about the school, not its name. */
const COMPLAINT = /\b(klopt|kloppen|fout|verkeerd|niet goed|aanpassen|veranderen|wrong|change|incorrect)\b/;
/** Where a fact's words stop in a sentence: the next fact begins. */
const CLAUSE_END = /\s*(?:,|;|\.(?:\s|$)|\s(?:en |die |dat |het kost|kost|kosten|voor |begint|start|vanaf|per |in (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)|which|that|costs?|starts?|for )).*$/i;

function clean(words: string): string {
  return words.replace(/\s+/g, ' ').replace(/^[\s"'“”]+|[\s"'“”.!?,;:]+$/g, '').trim();
}

/** The school in an answer ("bij ROC Midden Nederland"); undefined when none is named clearly. */
export function schoolIn(text: string): string | undefined {
  // "de school is NCOI", "the school is NCOI".
  const named = /\b(?:school|opleider|opleidingsbedrijf|provider)\s+(?:is|wordt|moet zijn|should be)\s+(?!niet\b|not\b|fout\b|wrong\b)(.+)$/i.exec(text);
  if (named) {
    const name = clean(named[1].replace(CLAUSE_END, ''));
    if (name.length >= 2) return name.slice(0, 120);
  }
  const after = SCHOOL_AFTER.exec(text);
  if (after) {
    const name = clean(after[1].replace(CLAUSE_END, ''));
    if (name.length >= 2 && !/^(mij|me|jou|je|een|de|het|mijn|school)$/i.test(name)) return name.slice(0, 120);
  }
  // "ROC Midden Nederland, 1850 euro": a clause with a school word is the school.
  const clause = text.split(/[,;]/).map(clean).find((c) => SCHOOL_WORD.test(c) && !COMPLAINT.test(normalizeText(c)) && !COST_CUE.test(normalizeText(c)));
  return clause && clause.length <= 120 ? clause : undefined;
}

/** The cost in an answer: only with a money word or €, unless `asked` (the cost question). */
export function costIn(text: string, asked: boolean, locale: Locale = 'nl'): number | undefined {
  const normalized = normalizeText(text);
  if (!asked && !COST_CUE.test(normalized)) return undefined;
  const amount = parseAmount(text, { locale });
  if (!amount || amount.period === 'month' || amount.period === 'hour' || amount.period === 'week') return undefined;
  const euros = Math.round(amount.amount * 100) / 100;
  return euros > 0 && euros <= 100_000 ? euros : undefined;
}

/** When the training starts: a date or month ("1 maart", "in september", "volgende maand"). */
export function trainingStartIn(text: string, now: Date, locale: Locale = 'nl'): BudgetFacts['start'] {
  // A money amount is no date ("1.850 euro").
  const withoutMoney = text.replace(/€\s*[\d.,]+|[\d.,]+\s*(?:euro|eur)\b/gi, ' ');
  const date = parseDate(withoutMoney, { reference: now, locale });
  if (!date || !('date' in date) || date.kind === 'since' || date.granularity === 'year') return undefined;
  return { date: date.date, granularity: date.granularity };
}

/** The training's name in the seeker's words, without "ik wil" and the other facts. */
export function trainingIn(text: string): string | undefined {
  let words = clean(text.replace(SCHOOL_AFTER, ' ').replace(CLAUSE_END, ''));
  words = words.replace(/^(?:ik wil(?:de)?|ik ga|ik zou|graag|i want to|i'd like to|i would like to)\s+(?:graag\s+)?(?:(?:de|het|een|a|an|the)\s+)?/i, '');
  words = clean(words.replace(/\s+(?:doen|volgen|gaan doen|halen|do|take|follow)$/i, '').replace(/^(?:de|het|een|a|an|the)\s+/i, ''));
  return words.length >= 3 && words.length <= 150 ? words : undefined;
}

/** The facts of an application said in one answer (the asked question's own fact is read by it). */
export function readBudgetFacts(text: string, now: Date, locale: Locale = 'nl'): BudgetFacts {
  const facts: BudgetFacts = {};
  const provider = schoolIn(text);
  if (provider) facts.provider = provider;
  const cost = costIn(text, false, locale);
  if (cost !== undefined) facts.costEuros = cost;
  const start = trainingStartIn(text, now, locale);
  if (start) facts.start = start;
  return facts;
}
