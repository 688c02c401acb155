// Work done: "ik was 31 jaar orderpicker", "10 jaar heftruckchauffeur, daarvoor 3 jaar
// schoonmaak" (two jobs, the second earlier), "nooit gewerkt". In a sentence a job needs a cue
// (a length of time, "als", "gewerkt in"); at the job question the clause itself is the job.
import { parseDuration } from './durations';
import type { Facts, JobFact } from './facts';
import { type Clause, type FactContext, negatedBefore, UNCERTAIN, withoutFiller } from './factsText';
import { findLimits, isNonAnswer } from './limits';

const NO_WORK = /\b(?:(?:nog\s+)?nooit\s+(?:betaald\s+)?(?:gewerkt|een baan gehad|werk gehad)|geen\s+(?:werk)?ervaring|geen\s+werkervaring|(?:never|not ever)\s+(?:had a job|worked)|no\s+(?:work\s+)?experience|haven'?t worked)\b(?!\s+(?:in|als|as|bij|met|with)\b)/;

/** Words that show the rest of a sentence is not a job ("45 jaar oud", "2 jaar in de WW", "3 jaar in Nederland"). */
const NOT_A_JOB = /\b(?:oud|old|ww|bijstand|uitkering|wia|wajong|werkloos|unemployed|thuis|home|ziek|sick|nederland|holland|netherlands|buitenland|abroad|getrouwd|married|kinderen|children|school|opleiding|studie|mbo|hbo|havo|vmbo|universiteit|university|rijbewijs|licen[cs]e|geleden|ago|jaar|jaren|maanden|maand|years?|months?|weken|weeks?|leeftijd|age|nederlands|dutch|taal|language|uur|uren|hours|reizen|travel|zorgen voor|mantelzorg|zwanger|ontslagen|fired|weet|idk|klopt|foutje|sorry|gehad|denk|misschien|wil|want|graag|liefst|zou|would)\b/;
const STOP_AFTER = /\s+(?:bij|in|at|for|voor|met|with|maar|but|en|and|of|or|via|sinds|since|tot|until|daarna|toen|want|omdat|because)\b.*$/;
const LEAD = /^(?:(?:ik|i)\s+)?(?:(?:heb|had|ben|was|werkte|werk|worked|work|am|have)\s+)*(?:(?:al|ook|nog|eerst|daarvoor|vroeger|eerder|before that|before|previously|earlier)\s+)*(?:(?:ervaring|gewerkt|werkzaam|worked|working|experience)\s+)?(?:(?:als|as|in|bij)\s+)?(?:(?:een|de|het|a|an|the)\s+)?/;
const TRAIL = /(?:\s+(?:gewerkt|gedaan|geweest|werkzaam|worked|ongeveer|about|denk ik|geloof ik|schat ik|ofzo|of zo|i think|i guess|or so|maybe|misschien|ook|too|lang|long|for))+$/;
const WISH = /\b(?:wil|wilde|zou|graag|liefst|droom|want|would like|i'?d like|hoop|hope|interesse|interested)\b/;

export function cleanJobText(text: string): string {
  let t = text.replace(/[.,;:!?"()]+/g, ' ').replace(/\s+/g, ' ').trim();
  for (let i = 0; i < 3; i++) t = t.replace(LEAD, '').replace(TRAIL, '').trim();
  return t.replace(/^(?:een|de|het|a|an|the)\s+/, '').trim();
}

function plausible(text: string, maxWords: number): boolean {
  const words = text.split(' ').filter(Boolean);
  return words.length >= 1 && words.length <= maxWords && /\p{L}{3,}/u.test(text) && !/\d/.test(text) && !NOT_A_JOB.test(text) && !isNonAnswer(text);
}

function years(months: number | undefined): number | undefined {
  return months === undefined ? undefined : Math.round((months / 12) * 100) / 100;
}

/** A job in a sentence: "31 jaar orderpicker", "als kok gewerkt", "worked as a driver for 5 years". */
function jobInSentence(clause: Clause): JobFact | undefined {
  const t = withoutFiller(clause.text);
  if (WISH.test(t) || /\?$/.test(t)) return undefined;
  const duration = parseDuration(t);
  // "geen 1 jaar", "nog een half jaar", "sinds 2 maanden", "al 2 jaar werkloos", "over 2 jaar".
  const durationMatch = /(\d+(?:[.,]\d+)?|\p{L}+)\s*\+?\s*(?:jaar|jaren|jaartje|maanden|maand|maandjes?|weken|years?|months?|weeks?)\b/u.exec(t);
  const before = durationMatch ? t.slice(0, durationMatch.index) : t;
  if (durationMatch && (negatedBefore(before, 2) || /\b(?:sinds|since|nog|over|in|binnen|within|geleden|another|next)\s*(?:\p{L}+\s*)?$/u.test(before))) return undefined;
  const als = /\b(?:werk|werkte|gewerkt|werkzaam|was|ben|worked|work|working|ervaring|experience|baan|job)\b[^,]*?\b(?:als|as)\s+(?:een\s+|a\s+|an\s+)?(.+)$/.exec(t);
  // "gewerkt in de bouw" names a sector; "werkte bij het UWV" names an employer, not an occupation.
  const inSector = /\b(?:gewerkt|werkte|worked|werkzaam|ervaring)\s+in\s+(?:de|het|the)\s+(\p{L}+)\b/u.exec(t) ?? /\bin\s+(?:de|het|the)\s+(\p{L}+)\s+(?:gewerkt|werkzaam)\b/u.exec(t);
  let text: string | undefined;
  if (als) text = cleanJobText(als[1].replace(STOP_AFTER, '').replace(/\b(?:\d+|\p{L}+)\s+(?:jaar|jaren|years?|maanden|months?)\b.*$/u, ''));
  else if (inSector) text = inSector[1];
  else if (duration?.rest && durationMatch) text = cleanJobText(duration.rest.replace(STOP_AFTER, ''));
  if (!text || !plausible(text, 3)) return undefined;
  if (negatedBefore(t.slice(0, t.indexOf(text.split(' ')[0])), 2) && !durationMatch) return undefined;
  const job: JobFact = { text };
  const y = years(duration?.months);
  if (y !== undefined && y > 0 && y <= 50) job.years = y;
  if (clause.approximate || duration?.approximate) job.approximate = true;
  return job;
}

/** At the job question the clause is the job: "kok", "orderpicker 2 jaar denk ik", "in de bouw". */
function jobAsAnswer(clause: Clause): JobFact | undefined {
  const t = withoutFiller(clause.text);
  if (isNonAnswer(t) || WISH.test(t) || negatedBefore(t.split(' ').slice(0, 2).join(' '), 2)) return undefined;
  const limits = findLimits(t);
  const base = limits ? limits.rest : t;
  const duration = parseDuration(base);
  if (duration && /\b(?:geen|niet|not|no)\s+(?:\p{L}+\s+)?$/u.test(base.slice(0, base.search(/\d|\b(?:een|half|paar)\b/)))) return undefined;
  const text = cleanJobText((duration ? duration.rest ?? '' : base).replace(STOP_AFTER, ''));
  if (!plausible(text, 5)) return undefined;
  const job: JobFact = { text };
  const y = years(duration?.months);
  if (y !== undefined && y > 0 && y <= 50) job.years = y;
  if (clause.approximate || duration?.approximate || UNCERTAIN.test(t)) job.approximate = true;
  return job;
}

/** Jobs (latest first, earlier ones marked) and "never worked". */
export function readWorkFacts(ctx: FactContext): Facts {
  const facts: Facts = {};
  if (NO_WORK.test(ctx.text) && !negatedBefore(ctx.text.slice(0, ctx.text.search(NO_WORK)), 1)) facts.noWork = true;
  const atQuestion = ctx.asked === 'job' || ctx.asked === 'earlierJob' || ctx.asked === 'pickOccupation' || ctx.asked === 'pickEarlierOccupation';
  const jobs: JobFact[] = [];
  let earlier = ctx.asked === 'earlierJob' || ctx.asked === 'pickEarlierOccupation';
  for (const clause of ctx.clauses) {
    if (clause.earlier) earlier = true;
    if (NO_WORK.test(clause.text)) continue;
    const job = (atQuestion && !ctx.used.has(clause.index) ? jobAsAnswer(clause) : undefined) ?? jobInSentence(clause);
    if (!job) continue;
    if (earlier || jobs.length > 0) job.earlier = true;
    jobs.push(job);
    ctx.used.add(clause.index);
  }
  if (jobs.length) facts.jobs = jobs;
  if (facts.noWork && jobs.length) delete facts.noWork;
  return facts;
}
