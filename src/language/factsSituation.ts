// Situation, since when, until when and how much: "ik heb sinds twee maanden WW, die loopt tot
// september volgend jaar" → ww, since October, until next September. A mention only counts when
// it is about the seeker now: not negated ("geen WW meer"), not past ("ik had WW, nu bijstand"),
// not the seeker's work ("ik werkte bij het UWV", "klanten in de bijstand").
import { parseAmount } from './amounts';
import { addMonths, compareDates, formatIsoDate, toCalendarDate, type CalendarDate } from './calendar';
import { normalizeText } from './normalize';
import { parseDate } from './dates';
import { parseDuration } from './durations';
import type { DateFact, Facts } from './facts';
import {
  type Clause, type FactContext, NOT_A_STATEMENT, THIRD_PERSON, negatedBefore, PAST_BEFORE, PRESENT_BEFORE, UNCERTAIN,
} from './factsText';
import { parseIncomeSituation, type IncomeSituation } from './vocabulary';

type Situation = IncomeSituation;

/** Words that name a situation inside a sentence (word-bounded; the closed question uses INCOME_SITUATIONS). */
export const SITUATION_WORDS: [RegExp, Situation][] = [
  [/\b(?:ww(?:-?uitkering)?|werkloosheidsuitkering|werkloosheidswet|unemployment benefits?)\b/g, 'ww'],
  [/\b(?:bijstand\w*|participatiewet|uitkering van de gemeente|gemeentelijke uitkering|welfare|social assistance|benefits? from the (?:municipality|city|council))\b/g, 'bijstand'],
  [/\b(?:wia|wga|iva|wao|arbeidsongeschiktheidsuitkering|disability benefits?)\b/g, 'wia'],
  [/\b(?:wajong\w*)\b/g, 'wajong'],
  [/\b(?:anw|ioaw|ioaz|aow|nabestaandenuitkering|ziektewet(?:-?uitkering)?|zw-?uitkering|sickness benefits?|sick pay)\b/g, 'other-benefit'],
  [/\b(?:zzp(?:-?er|'er)?|zelfstandige? ondernemer|zelfstandige|freelancer|self-employed|self employed|eigen bedrijf|own business)\b/g, 'self-employed'],
  [/\b(?:uitzendbureau|uitzendkracht|uitzendwerk|uitzendcontract|via een uitzend\w*|nul-?urencontract|0-urencontract|oproepkracht|oproepcontract|flexcontract|payroll|temp agency|agency work|zero[- ]hours? contract)\b/g, 'flex'],
  [/\b(?:in loondienst|vaste baan|vast contract|tijdelijk contract|ik heb (?:nu )?(?:een )?(?:baan|werk|job)|ik werk (?:nu|momenteel|nog|op dit moment)\b|i(?:'m| am) employed|i have a job|i work (?:as|at|for))/g, 'employed'],
  [/\b(?:geen inkomen|geen uitkering|zonder inkomen|no income|no benefits?|partner verdient|van (?:mijn )?spaargeld|leef van (?:mijn )?partner)\b/g, 'none'],
];
const BENEFITS = new Set<Situation>(['ww', 'bijstand', 'wia', 'wajong', 'other-benefit']);
/** "ik werkte bij het UWV", "klanten in de bijstand": the word is the seeker's work, not income. */
const WORK_CONTENT_BEFORE = /\b(?:bij (?:de |het |een )?(?:afdeling )?|voor (?:de |het )?|mensen (?:in|met|uit) (?:de |een )?|klanten (?:in|met|uit) (?:de |een )?|clienten (?:in|met|uit) (?:de |een )?|people (?:on|with) |clients (?:on|with) |consulent |adviseur |medewerker )$/;
const WORK_VERB = /\b(?:werkte|gewerkt|worked|werkzaam|stage gelopen|collega)\b/;
/** "mijn WW is afgelopen", "WW stopt volgende week": ended or about the end, checked after the word. */
const ENDED_AFTER = /^\s*(?:uitkering\s+)?(?:is|was)\s+(?:al\s+)?(?:afgelopen|gestopt|voorbij|op|klaar|beeindigd|geeindigd|stopgezet|over)\b|^\s*(?:ended|stopped|ran out|is over)\b|^\s*(?:-?uitkering\s+)?(?:\p{L}+\s+){0,2}(?:gehad|gekregen|ontvangen)\b/u;

interface Mention {
  value: Situation;
  clause: Clause;
  present: boolean;
  wiaType?: 'wga' | 'iva';
}

function mentionsIn(clause: Clause): Mention[] {
  const found: { value: Situation; start: number; end: number; word: string }[] = [];
  for (const [re, value] of SITUATION_WORDS) {
    for (const m of clause.text.matchAll(re)) found.push({ value, start: m.index, end: m.index + m[0].length, word: m[0] });
  }
  found.sort((a, b) => a.start - b.start);
  const mentions: Mention[] = [];
  if (NOT_A_STATEMENT.test(clause.text) || clause.text.endsWith('?') || THIRD_PERSON.test(clause.text)) return mentions;
  let from = 0;
  for (const f of found) {
    // "ik weet niet tot wanneer mijn WW loopt": not knowing is no negation of the WW.
    const local = clause.text.slice(from, f.start).replace(/\bweet (?:ik |het )?(?:nog )?niet\b/g, ' ');
    const before = clause.text.slice(0, f.start);
    from = f.end;
    if (f.value !== 'none' && f.value !== 'employed' && negatedBefore(local, 4)) continue;
    if (WORK_CONTENT_BEFORE.test(before) || (WORK_VERB.test(clause.text) && f.value !== 'employed')) continue;
    if (ENDED_AFTER.test(clause.text.slice(f.end))) continue;
    const past = PAST_BEFORE.test(local) && !PRESENT_BEFORE.test(local);
    const wiaType = f.word === 'wga' ? 'wga' : f.word === 'iva' ? 'iva' : undefined;
    mentions.push({ value: f.value, clause, present: !past && !clause.earlier, ...(wiaType ? { wiaType } : {}) });
  }
  return mentions;
}

/** The seeker's situation now; two different present situations → the one said with "nu", else none. */
function readSituation(ctx: FactContext): { mention?: Mention; all: Mention[] } {
  const all = ctx.clauses.flatMap(mentionsIn).filter((m) => m.present);
  const values = [...new Set(all.map((m) => m.value))];
  if (values.length === 1) return { mention: all.find((m) => m.wiaType) ?? all[0], all };
  if (values.length > 1) {
    const positive = all.filter((m) => m.value !== 'none');
    const now = positive.filter((m) => PRESENT_BEFORE.test(m.clause.text));
    const pick = [...new Set(now.map((m) => m.value))].length === 1 ? now[0] : [...new Set(positive.map((m) => m.value))].length === 1 ? positive[0] : undefined;
    return { mention: pick, all };
  }
  if (ctx.asked === 'situation' && ctx.clauses.length <= 2) {
    const match = parseIncomeSituation(ctx.text);
    // "werkzoekend" is looking for work, not having it.
    if (match && match.confidence >= 0.8 && !(match.value === 'employed' && /zoek|werkloos|geen|niet/.test(ctx.text))) return { mention: { value: match.value, clause: ctx.clauses[0], present: true }, all };
  }
  return { all };
}

const toFact = (date: CalendarDate, granularity: DateFact['granularity'], approximate: boolean): DateFact => ({ date: formatIsoDate(date), granularity, approximate });

/** "sinds twee maanden", "al 3 jaar", "sinds maart", "since last March", "2 maanden geleden". */
export function readSince(clause: string, ref: CalendarDate, approximate: boolean): DateFact | undefined {
  // dates.ts reads "sinds maart", "since last March", "sinds twee maanden", "al 3 jaar" looking back.
  const said = parseDate(clause, { reference: formatIsoDate(ref) });
  if (said && 'date' in said && (said.kind === 'since' || /\b(?:geleden|ago)\b/.test(clause))) {
    const [y, m, d] = said.date.split('-').map(Number);
    if (compareDates({ year: y, month: m, day: d }, ref) > 0) return undefined;
    return { date: said.date, granularity: said.granularity, approximate: approximate || said.approximate };
  }
  const t = clause.replace(/\b(?:last|vorige?)\s+(?=(?:jan|feb|maart|mrt|apr|mei|jun|jul|aug|sep|okt|oct|nov|dec|march|may)\w*)/g, '');
  if (/\b(?:sinds|since|vanaf|from) (?:vorig jaar|last year)\b/.test(t)) return toFact({ year: ref.year - 1, month: 1, day: 1 }, 'year', approximate);
  if (/\b(?:sinds|since|vanaf|from) (?:vorige maand|last month)\b/.test(t)) return toFact({ ...addMonths(ref, -1), day: 1 }, 'month', approximate);
  const ago = /\b(.{1,20}?\s*(?:jaar|jaren|maanden|maand|weken|week|years?|months?|weeks?))\s+(?:geleden|ago)\b/.exec(t);
  const span = /\b(?:sinds|since|al|for|already)\s+(?:ruim\s+|bijna\s+|about\s+|ongeveer\s+)?((?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|anderhalf|half|een half|a|an|a few|a couple of|paar|een paar|enkele|\d+(?:[.,]\d)?)\s*(?:jaar|jaren|jaartje|jr|maanden|maand|maandjes?|mnd|weken|week|years?|months?|weeks?))\b/.exec(t);
  const lengthText = ago?.[1] ?? span?.[1];
  if (lengthText) {
    const d = parseDuration(lengthText);
    if (!d || d.months <= 0 || d.months > 600) return undefined;
    const whole = Math.round(d.months);
    return toFact({ ...addMonths(ref, -whole), day: 1 }, 'month', approximate || d.approximate || whole !== d.months);
  }
  const at = /\b(?:sinds|since|vanaf|from|per)\s+(.{2,30})/.exec(t);
  if (!at) return undefined;
  const answer = parseDate(at[1], { reference: formatIsoDate(ref) });
  if (!answer || !('date' in answer)) return undefined;
  let [y, m, d] = answer.date.split('-').map(Number);
  const explicitYear = /\b(?:19|20)\d{2}\b|'\d{2}\b/.test(at[1]);
  // A month without a year is the last one that has begun ("sinds maart" in December: this March).
  if (compareDates({ year: y, month: m, day: d }, ref) > 0) {
    if (explicitYear) return undefined;
    y -= 1;
  }
  return toFact({ year: y, month: m, day: d }, answer.granularity, approximate || answer.approximate);
}

/** The last day a date can mean: "eind dit jaar" said in December is still ahead. */
function lastDayOf(date: string, granularity: DateFact['granularity']): CalendarDate {
  const [y, m, d] = date.split('-').map(Number);
  if (granularity === 'year') return { year: y, month: 12, day: 31 };
  if (granularity === 'month') return { year: y, month: m, day: new Date(Date.UTC(y, m, 0)).getUTCDate() };
  return { year: y, month: m, day: d };
}

/** "about 9 months I think" at the end question: that long from today. */
function lengthFromNow(text: string, ctx: FactContext): { date: string; granularity: DateFact['granularity']; approximate: boolean } | undefined {
  return ctx.asked === 'wwEnd' ? endAfterLength(text, ctx.reference) : undefined;
}

/**
 * "nog n jaar", "not sure, maybe a year", "about 9 months I think" said for an end date: the
 * first of the month that long from today, always approximate. Not a time already past ("al 2
 * jaar", "2 jaar geleden"), nor a length with other words ("2 jaar gewerkt").
 */
export function endAfterLength(text: string, reference: Date | string | CalendarDate): { date: string; granularity: 'month'; approximate: true } | undefined {
  if (/\b(?:sinds|since|geleden|ago|al|already|vanaf)\b/.test(normalizeText(text))) return undefined;
  const d = parseDuration(text);
  if (!d || d.months <= 0 || d.months > 60) return undefined;
  const rest = (d.rest ?? '').replace(/\b(?:nog|about|ongeveer|ong|denk ik|i think|ofzo|or so|still|another|for|not sure|niet zeker|weet niet zeker|maybe|misschien|probably|waarschijnlijk|zo'?n|rond|around|i guess|geloof ik|ww|uitkering|benefit)\b/g, '');
  if (/\p{L}{3,}/u.test(rest)) return undefined;
  const ref = typeof reference === 'object' && !(reference instanceof Date) ? reference : toCalendarDate(reference);
  const date = addMonths(ref, Math.round(d.months));
  return { date: formatIsoDate({ ...date, day: 1 }), granularity: 'month', approximate: true };
}

const END_VERB = /\b(?:loopt|lopen|liep|stopt|eindigt|afloopt|loopt af|houdt op|duurt|ends?|runs?|expires?|stops?|krijg|ontvang|get|have)\b/;
const UNKNOWN_END = /\bweet (?:ik )?(?:het )?(?:nog )?niet (?:tot wanneer|hoe lang|wanneer)|\b(?:don'?t|dont|do not) know (?:until when|how long|when)|\bnog niet bekend (?:tot wanneer|hoe lang)/;

/** "loopt tot september volgend jaar", "nog een half jaar", "until next summer"; 'unknown' when not known. */
function readBenefitEnd(ctx: FactContext, benefitClauses: Set<number>): Facts['benefitEnd'] {
  for (const clause of ctx.clauses) {
    const t = clause.text;
    if (UNKNOWN_END.test(t)) return 'unknown';
    // At the amount question the benefit is known: "1400 per maand, tot eind volgend jaar".
    const untilAtAmount = ctx.asked === 'amount' && /\b(?:tot|t\/m|until|till|nog|loopt|ends?|runs?)\b/.test(t);
    const about = ctx.asked === 'wwEnd' || untilAtAmount || benefitClauses.has(clause.index) || (benefitClauses.size > 0 && /^(?:die|dat|het|it|that|which|en die|tot|t\/m|until|till|loopt|nog|ends?|runs?)\b/.test(t));
    if (!about || /\b(?:sinds|since|geleden|ago)\b/.test(t)) continue;
    const marker = /\b(?:tot en met|t\/m|tot|until|till|nog|another|for another|over|in|eind|begin|half)\b/.exec(t);
    if (!marker && ctx.asked !== 'wwEnd' && !END_VERB.test(t)) continue;
    if (!END_VERB.test(t) && ctx.asked !== 'wwEnd' && !/\b(?:tot|until|till|t\/m|nog)\b/.test(t)) continue;
    const answer = parseDate(marker ? t.slice(marker.index) : t, { reference: formatIsoDate(ctx.reference) }) ?? lengthFromNow(t, ctx);
    if (!answer || !('date' in answer)) continue;
    if (compareDates(lastDayOf(answer.date, answer.granularity), ctx.reference) <= 0) continue;
    ctx.used.add(clause.index);
    return { date: answer.date, granularity: answer.granularity, approximate: answer.approximate || clause.approximate };
  }
  return undefined;
}

const PER_MONTH: Record<string, number> = { week: 52 / 12, 'four-weeks': 13 / 12, month: 1, year: 1 / 12 };
const MONEY_CONTEXT = /€|\beuro?s?\b|\beur\b|,-|\d\s*k\d?\b|\b(?:netto|bruto|per maand|per mnd|in de maand|p\/m|pm|p\.m|a month|per month|uitkering van|krijg ik|ik krijg|ontvang|verdien|i get|i receive|i earn)\b/;

/** Money per month: only euro-marked or clearly money, or a bare number at the amount question. */
function readAmount(ctx: FactContext): Facts['monthlyAmount'] {
  const sources = ctx.asked === 'amount' ? [ctx.text] : ctx.clauses.filter((c) => MONEY_CONTEXT.test(c.text) && /\d/.test(c.text)).map((c) => c.text);
  for (const text of sources) {
    // Money the seeker pays or owes is not income: "1500 euro schuld", "800 euro huur".
    if (/\b(?:schuld\w*|huur|rent|debts?|kosten|costs?|betalen|betaal|pay|boete|fine|rekening|bill|hypotheek|mortgage|premie|lening|loan)\b/.test(text)) continue;
    if (/\b(?:sinds|since|vanaf|geboren|born)\s+(?:\p{L}+\s+)?(?:19|20)\d{2}\b/u.test(text) && !/€|euro/.test(text)) continue;
    const amount = parseAmount(text, { locale: ctx.locale });
    if (!amount || amount.period === 'hour') continue;
    const marked = /€|\beuro|\beur\b|,-/.test(text);
    // A year is never an amount: 1950..2100 without a euro sign is read as a year.
    if (!marked && Number.isInteger(amount.amount) && amount.amount >= 1950 && amount.amount <= 2100 && !/\b(?:per maand|netto|bruto)\b/.test(text)) continue;
    const monthly = Math.round(amount.amount * (PER_MONTH[amount.period ?? 'month'] ?? 1));
    if (monthly < 20 || monthly > 25_000) continue;
    return { amount: monthly, approximate: Boolean(amount.approximate) || UNCERTAIN.test(text) || amount.max !== undefined };
  }
  return undefined;
}

/** Situation, WIA type, since, benefit end and monthly amount. */
export function readSituationFacts(ctx: FactContext): Facts {
  const facts: Facts = {};
  const { mention, all } = readSituation(ctx);
  if (mention) {
    facts.situation = mention.value;
    const type = all.find((m) => m.wiaType)?.wiaType;
    if (mention.value === 'wia' && type) facts.wiaType = type;
  }
  if (ctx.asked === 'wiaType' && !facts.wiaType) {
    if (/\b(?:wga|gedeeltelijk|deels|partly|partially)\b/.test(ctx.text)) facts.wiaType = 'wga';
    else if (/\b(?:iva|volledig|helemaal|fully|completely)\b/.test(ctx.text)) facts.wiaType = 'iva';
  }
  const situationAsked = ctx.asked === 'situation' || ctx.asked === 'wiaType' || ctx.asked === 'wwEnd' || ctx.asked === 'amount';
  if (facts.situation || situationAsked) {
    for (const clause of ctx.clauses) {
      if (!/\b(?:sinds|since|al|already|geleden|ago|vanaf|for)\b/.test(clause.text)) continue;
      // "al 10 jaar als kok": the length of a job, not of the situation.
      if (/\b(?:als|as)\b/.test(clause.text) && !all.some((m) => m.clause.index === clause.index)) continue;
      const bare = !/\p{L}{3,}/u.test(clause.text.replace(/\b(?:sinds|since|al|already|ongeveer|about|ruim|bijna|geleden|ago|vanaf|for|nu|now|ik|i|heb|have|het|it|dat|die|ook|ja|een|a|an|half|paar|few|couple|of|\p{L}*(?:jaar|jaren|maand\w*|week|weken|years?|months?|weeks?)|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october|last|vorige?)\b/gu, ''));
      if (!all.some((m) => m.clause.index === clause.index) && !bare) continue;
      const since = readSince(clause.text, ctx.reference, clause.approximate);
      if (since) {
        facts.since = since;
        break;
      }
    }
  }
  const benefit = facts.situation ? BENEFITS.has(facts.situation) : false;
  if (benefit || ctx.asked === 'wwEnd' || ctx.asked === 'amount') {
    const benefitClauses = new Set(all.filter((m) => BENEFITS.has(m.value)).map((m) => m.clause.index));
    const end = readBenefitEnd(ctx, benefitClauses);
    if (end) facts.benefitEnd = end;
  }
  const amount = readAmount(ctx);
  if (amount) facts.monthlyAmount = amount;
  return facts;
}
