// What the seeker wants: a wish in their own words ("iets met dieren", "liefst in de zorg"),
// hours ("32 uur", "fulltime"), when they can start ("per direct", "na de zomer") and whether
// they want training and how long ("kort cursusje misschien wel", "geen zin meer in school").
import { addMonths, compareDates, formatIsoDate } from './calendar';
import { parseDate } from './dates';
import { parseDuration } from './durations';
import type { Facts } from './facts';
import { type Clause, type FactContext, negatedBefore, nonAnswerOf, UNCERTAIN, withoutFiller } from './factsText';
import { parseHoursPerWeek } from './hours';
import { findLimits, isNonAnswer } from './limits';
import { bareDuration } from './factsWork';
import { parseYesNo } from './yesNo';

const TRAINING = /\b(?:opleiding\w*|cursus\w*|omscholing|omscholen|bijscholing|bijscholen|training|course|studeren|studie|school|leren|diploma halen|certificaat halen|mbo-opleiding|study|studying|retrain\w*)\b/;
const NO_TRAINING = /\b(?:geen zin (?:meer )?(?:in|om)|niet meer naar school|(?:wil|hoef|liever) (?:ook )?geen (?:[a-z]+ )?(?:opleiding|cursus|school|studie)|wil (?:niet|geen)|(?:don'?t|dont|do not) want (?:to|a|any)|no more|not (?:interested|again)|hekel aan|klaar met|niet meer leren|niet studeren)\b/;
const WANT_TRAINING = /\b(?:wil|wel|graag|zou|want|would|willing|open voor|open to|interesse|interested|misschien wel|prima|goed|good|fine|oke|ok|ja|yes|sure|korte?|short)\b/;
const SHORT = /\b(?:kort\w*|kleine|klein|cursusje|short|quick|brief)\b/;

function readTraining(ctx: FactContext): Pick<Facts, 'trainingWilling' | 'trainingMonths'> {
  const facts: Pick<Facts, 'trainingWilling' | 'trainingMonths'> = {};
  const asked = ctx.asked === 'training' || ctx.asked === 'trainingMonths';
  let previousTraining = false;
  for (const clause of ctx.clauses) {
    const t = clause.text;
    const bare = previousTraining && !facts.trainingMonths ? bareDuration(t) : undefined;
    previousTraining = TRAINING.test(t);
    if (bare && facts.trainingWilling) {
      // "een cursus, maximaal 6 maanden": the length belongs to the training said just before.
      facts.trainingMonths = { months: bare.months, approximate: bare.approximate || clause.approximate || /\b(?:max(?:imaal)?|hooguit)\b/.test(t) };
      ctx.used.add(clause.index);
      continue;
    }
    if (!TRAINING.test(t) && !asked) continue;
    // "een opleiding van een jaar is te lang", "als mijn cursus klaar is": no wish either way.
    if (/\b(?:te lang|too long|weet (?:ik )?niet of|not sure (?:if|whether)|twijfel|mijn (?:cursus|opleiding|studie)|my (?:course|training|studies))\b/.test(t)) continue;
    if (/\b(?:gestopt met|heb .* gedaan|afgemaakt|gehaald|gevolgd|niet afgemaakt|dropped out)\b/.test(t) && !/\bwil\b/.test(t)) continue;
    // "geen opleiding" alone says no diploma, not no wish: a negated training needs a wish word.
    const negated = TRAINING.test(t) && negatedBefore(t.slice(0, t.search(TRAINING)), 2) && /\b(?:wil|hoef|liever|zin|want|need|interested|interesse)\b/.test(t);
    if (NO_TRAINING.test(t) || (negated && !/\b(?:kort|short)\b/.test(t))) {
      facts.trainingWilling = false;
      ctx.used.add(clause.index);
      continue;
    }
    if (TRAINING.test(t) && WANT_TRAINING.test(t)) facts.trainingWilling = true;
    const d = parseDuration(t);
    if ((TRAINING.test(t) || asked) && d && d.months > 0 && d.months <= 60 && !/\b(?:geleden|ago|sinds|since)\b/.test(t)) {
      facts.trainingMonths = { months: d.months, approximate: d.approximate || clause.approximate || /\b(?:max(?:imaal)?|hooguit|at most|up to|tot)\b/.test(t) };
      if (facts.trainingWilling === undefined) facts.trainingWilling = true;
    } else if (SHORT.test(t) && (TRAINING.test(t) || asked) && !facts.trainingMonths) {
      // "kort cursusje": a few months at most; the value is a guess, so approximate.
      facts.trainingMonths = { months: 2, approximate: true };
      if (facts.trainingWilling === undefined) facts.trainingWilling = true;
    }
    if (TRAINING.test(t)) ctx.used.add(clause.index);
  }
  if (asked && facts.trainingWilling === undefined && ctx.asked === 'training') {
    const t = ctx.text;
    const yn = /\bmisschien wel\b|\bmaybe yes\b/.test(t) ? 'yes' : parseYesNo(t);
    if (yn === 'yes') facts.trainingWilling = true;
    else if (yn === 'no') facts.trainingWilling = false;
  }
  return facts;
}

const HOURS_TOPIC = /\b(?:\d+(?:[.,]\d)?\s*(?:uur|uren|u|hours?|hrs)\b|fulltime|full-time|full time|voltijd|\d+\s*dagen (?:per|in de|a) week|\d+\s*days (?:a|per) week)/;

/** "ik werk 32 uur als schoonmaker": hours of the job now, not the hours wanted. */
const CURRENT_WORK = /\b(?:ik werk|werkte|gewerkt|i work|worked|i'?m working)\b/;
const WANTS = /\b(?:wil|zou|kan|zoek|liefst|graag|want|would|can|looking|prefer)\b/;

function readHours(ctx: FactContext): Facts['hours'] {
  const sources = ctx.asked === 'hours' ? [{ text: ctx.text, approximate: UNCERTAIN.test(ctx.text) } as Pick<Clause, 'text' | 'approximate'>] : ctx.clauses;
  let afterCurrentWork = false;
  for (const clause of sources) {
    const t = clause.text;
    // "I work part time as a cleaner, 16 hours": the clause after the current job still describes it.
    const currentWork = CURRENT_WORK.test(t) && !WANTS.test(t);
    const describesJob = currentWork || (afterCurrentWork && !WANTS.test(t));
    afterCurrentWork = currentWork;
    if (ctx.asked !== 'hours' && describesJob) continue;
    if (ctx.asked !== 'hours' && (!HOURS_TOPIC.test(t) || /\b(?:reizen|reistijd|travel|rijden|fietsen|per dag|a day|geleden|ago|euro|€|per uur|an hour|uurloon)\b/.test(t))) continue;
    if (ctx.asked !== 'hours' && negatedBefore(t.slice(0, t.search(HOURS_TOPIC)), 1)) continue;
    const hours = parseHoursPerWeek(t);
    if (!hours) continue;
    if ('any' in hours) return ctx.asked === 'hours' ? 'any' : undefined;
    if (hours.vague) continue;
    if (hours.max < 4 && ctx.asked !== 'hours') continue;
    return { min: hours.min, max: hours.max, ...(clause.approximate ? { approximate: true } : {}) };
  }
  return undefined;
}

const START_VERB = /\b(?:beginnen|starten|aan de slag|beschikbaar|inzetbaar|available|(?:can|could|ready to|want to|able to|wil|kan|zou) (?:ik )?(?:start|begin)(?:nen)?\b)/;

function readStart(ctx: FactContext): Facts['start'] {
  const sources = ctx.asked === 'start' ? [ctx.text] : ctx.clauses.filter((c) => START_VERB.test(c.text) && !TRAINING.test(c.text)).map((c) => c.text);
  for (const t of sources) {
    if (negatedBefore(t.slice(0, Math.max(0, t.search(START_VERB))), 2) && !/\bniet eerder dan\b/.test(t)) continue;
    const answer = parseDate(t, { reference: formatIsoDate(ctx.reference) });
    if (!answer || 'unknown' in answer) continue;
    if ('asap' in answer) return 'now';
    const [y, m, d] = answer.date.split('-').map(Number);
    const date = { year: y, month: m, day: d };
    if (compareDates(date, addMonths(ctx.reference, 0)) < 0) continue;
    if (compareDates(date, addMonths(ctx.reference, 1)) <= 0 && /\b(?:morgen|tomorrow|maandag|volgende week|next week)\b/.test(t)) return 'now';
    if (compareDates(date, addMonths(ctx.reference, 3)) <= 0) return 'within-3-months';
    if (compareDates(date, addMonths(ctx.reference, 6)) <= 0) return 'within-6-months';
    return 'later';
  }
  return undefined;
}

const WISH = /\b(?:(?:ik )?(?:wil|zou) (?:heel )?(?:graag|liefst|het liefst)?|(?:het )?liefst|liever|graag|(?:ik )?zoek (?:werk|een baan|iets|a job)|(?:ik ben )?geinteresseerd in|interesse in|(?:i'?m )?interested in|(?:i'?m )?looking for (?:work|a job)|mijn droom is|droom(?:baan)? is|i'?d (?:like|love) to|i would (?:like|love) to|i want to|i'?d prefer|i prefer|preferably|ideally|mijn voorkeur (?:gaat uit naar|is))\b\s*/;
const GENERIC = /^(?:(?:weer|snel|gewoon|ook|nog|een|a|some|iets|something|wat)\s+)*(?:werk(?:en)?|aan het werk|aan de slag|een baan|baan|job|a job|work(?:ing)?|geld verdienen|(?:meer )?geld|money|beginnen|starten|start|verder|doen|hetzelfde|the same|same|iets anders|something else|iets|something|)$/;
const WISH_NOT = /\b(?:opleiding|cursus|school|studeren|uur|uren|hours|fulltime|parttime|dagen|reizen|travel|beginnen|starten|rijbewijs|weten|vragen|praten|spreken|hulp|help|stoppen|terug|ww|bijstand|uitkering|geld|euro|thuis blijven|met pensioen|buurt|dichtbij|dicht bij|near|close to|ochtend\w*|middag\w*|avond\w*|morning|afternoon|evening|overdag|nacht\w*|weekend\w*|dagdienst\w*|hetzelfde|zelfde|same|anders|else|vroeger|nieuws|new|different|jaar|jaren|maanden|years?|months?|nog)\b/;

function readWish(ctx: FactContext): Facts['wish'] {
  const open = ctx.asked === 'interest' || ctx.asked === 'target' || ctx.asked === 'direction';
  if (open && isNonAnswer(ctx.text) && /\b(?:maakt|voorkeur|even|alles|matter|preference|anything|whatever)\b/.test(ctx.text)) return 'none';
  // At a wish question the whole answer is the wish ("iets met mijn handen, buiten"), without its limits.
  const said = ctx.clauses.filter((c) => !ctx.used.has(c.index) && !nonAnswerOf(c.text)).map((c) => c.text).join(', ');
  const whole = open && said ? [{ index: -1, text: (findLimits(said)?.rest ?? said).replace(/[\s,;.]*\b(?:maar|but|en|and)?[\s,;.]*$/, '').replace(/\s+/g, ' ') }] : [];
  for (const clause of [...whole, ...ctx.clauses]) {
    if (ctx.used.has(clause.index)) continue;
    const t = withoutFiller(clause.text);
    const m = WISH.exec(t);
    if (!m && !open) continue;
    let text = m ? t.slice(m.index + m[0].length) : t;
    if (negatedBefore(m ? t.slice(0, m.index) : '', 1) || /^(?:niet|geen|not|no|never|nooit|niks|niets|nothing|nergens)\b/.test(text)) continue;
    const limits = findLimits(text);
    if (limits) text = limits.rest;
    // "fulltime werken in de logistiek": the hours are a fact of their own, the wish is the rest.
    text = text.replace(/\b(?:\d+(?:\s*(?:-|tot|a|à)\s*\d+)?\s*(?:uur|uren|hours?)(?:\s+(?:per|in de|a)\s+week)?|fulltime|full-time|parttime|part-time|voltijd|deeltijd)\b/g, ' ').replace(/\s+/g, ' ').trim();
    text = text
      .replace(/\b(?:heel graag|graag|het liefst|liefst|weer|gewoon|eigenlijk|denk ik|ofzo|of zo|i think|maybe|misschien)\b/g, ' ')
      .replace(/\s+(?:werken|doen|gaan werken|aan de slag|work|working|do|als werk|worden)\s*$/, '')
      .replace(/^(?:werken|work|working|to work|gaan werken)\s+(?=(?:in|met|als|bij|with|as|at|outside|inside|buiten|binnen)\b)/, '')
      .replace(/^(?:aan de slag|aan het werk|werken|gaan werken)\s+(?=als\b)/, '')
      .replace(/\s+(?:zou )?(?:willen|wil)(?:\s+(?:werken|doen))?$/, '')
      .replace(/^(?:wel|ook|nog)\s+/, '')
      .replace(/^(?:als|as)\s+(?:een\s+|a\s+|an\s+)?/, '')
      .replace(/[.!?]+$/, '')
      .replace(/\s+/g, ' ')
      .trim();
    text = text.replace(/^(?:(?:max(?:imaal)?|min(?:imaal)?|hooguit|ongeveer|voor|for|per week|a week)(?:\s+|$))+|\s+(?:max(?:imaal)?|per week|a week)$/g, '').trim();
    // Something must be left to search with: "ik zoek iets voor 24 uur" says no wish.
    const content = text.replace(/\b(?:voor|iets|wat|een|het|de|als|in|met|bij|per|week|for|some|something|the|a|as|with|at)\b/g, '').trim();
    if (!/\p{L}{3,}/u.test(content) && !/\b(?:in|de|the) it$/.test(text)) continue;
    if (!text || GENERIC.test(text) || WISH_NOT.test(text) || isNonAnswer(text) || text.split(' ').length > 8) continue;
    ctx.used.add(clause.index);
    return { text };
  }
  return undefined;
}

/** Wish, hours, start, training. */
export function readGoalFacts(ctx: FactContext): Facts {
  const facts: Facts = { ...readTraining(ctx) };
  const hours = readHours(ctx);
  if (hours) facts.hours = hours;
  const start = readStart(ctx);
  if (start) facts.start = start;
  const wish = readWish(ctx);
  if (wish) facts.wish = wish;
  return facts;
}
