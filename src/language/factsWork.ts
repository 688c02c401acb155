// Work done: "ik was 31 jaar orderpicker", "10 jaar heftruckchauffeur, daarvoor 3 jaar
// schoonmaak" (two jobs, the second earlier), "nooit gewerkt". In a sentence a job needs a cue
// (a length of time, "als", "gewerkt in"); at the job question the clause itself is the job.
import { parseDuration } from './durations';
import type { Facts, JobFact } from './facts';
import { type Clause, type FactContext, negatedBefore, THIRD_PERSON, UNCERTAIN, withoutFiller } from './factsText';
import { isEmployerPart } from './intakeWords';
import { findLimits, isNonAnswer } from './limits';

const NO_WORK = /\b(?:(?:nog\s+)?nooit\s+(?:betaald\s+)?(?:gewerkt|een baan gehad|werk gehad)|geen\s+(?:werk)?ervaring|geen\s+werkervaring|(?:never|not ever)\s+(?:had a job|worked)|no\s+(?:work\s+)?experience|haven'?t worked)\b(?!\s+(?:in|als|as|bij|met|with)\b)/;

/** Words that show the rest of a sentence is not a job ("45 jaar oud", "2 jaar in de WW", "3 jaar in Nederland"). */
const NOT_A_JOB = /\b(?:oud|old|ww|bijstand|uitkering|wia|wajong|werkloos|unemployed|thuis|home|ziek|sick|nederland|holland|netherlands|buitenland|abroad|getrouwd|married|kinderen|children|school|opleiding|studie|mbo|hbo|havo|vmbo|universiteit|university|rijbewijs|licen[cs]e|geleden|ago|jaar|jaren|maanden|maand|years?|months?|weken|weeks?|leeftijd|age|nederlands|dutch|taal|language|uur|uren|hours|reizen|travel|zorgen voor|mantelzorg|zwanger|ontslagen|fired|weet|idk|klopt|foutje|sorry|gehad|denk|misschien|wil|want|graag|liefst|zou|would|max|maximaal|minimaal|hooguit|ongeveer|ruim|bijna|woon\w*|live[ds]?|living|zit|zat|sta|stond|ga|ging|doe|deed|wacht|zoek|gezocht|solliciteer\w*|getrouwd|samen|alleen|hier|daar|there|here|loos|mijn|my|zijn|haar|his|her|is|are|zoon|dochter|son|daughter|kind|child|gezeten|gevangenis|detentie|prison|jail|gewoond|gestudeerd|geleefd|gereisd|geen|niet|nooit|niks|niets|no|not|never|nothing|bedoel|bedoelde|mean|meant|zeg|zei|said|say|sorry|stage|gelopen|internship|vrijwilliger\w*|volunteer\w*|heb|hebben|ben|have|am|ik|i|alles|everything|anything|verschillende|diverse|allerlei|various|ja|jawel|jazeker|yes|yeah|yep|jep|hoor|did|done|zeker|sure|tuurlijk|natuurlijk|inderdaad)\b/;
/** "ik ben kok": one word that looks like an occupation, not "ik ben moeder" or "ik ben moe". */
const EARLIER_WORDS = /^(?:(?:en\s+)?(?:daarvoor|vroeger|eerder|voorheen|before that|before|previously|earlier)\s+)/;
const IS_OCCUPATION = /^(?:ik ben|ik was|was ik|i am|i'm|im|i was)\s+(?:een\s+|a\s+|an\s+)?((?:\p{L}+\s)?\p{L}{3,}(?:er|ster|eur|ist|aar|man|vrouw|kundige|medewerker|kok|hulp|leider|kracht|ant|ent|ician|or|werker|loodgieter|chef|cook|nurse|cleaner|driver))(?:\s+(?:van beroep|geweest|by trade))?$/u;
const NOT_OCCUPATION = /^(?:huisvrouw|huisman|housewife|househusband|thuisblijfmoeder|vader|moeder|ouder|mantelzorger|student|scholier|nederlander|vluchteling|statushouder|alleenstaande|weduwe|weduwnaar|werkzoekende|nieuwkomer|eigenaar|zwanger|inwoner|burger|father|mother|parent|student|refugee|member|partner|beginner|senior|junior|later|eerder|ouder|jonger|over)$/;
const STOP_AFTER = /\s+(?:bij|in|at|for|voor|met|with|maar|but|en|and|of|or|via|sinds|since|tot|until|daarna|toen|want|omdat|because)\b.*$/;
const LEAD = /^(?:(?:in|bij)\s+\p{L}+\s+(?=(?:was|werkte)\s+ik\b))?(?:(?:daar|there|toen|then|daarna|after that)\s+)?(?:(?:ik|i)\s+)?(?:(?:was|werkte|ben|had) (?:ik|i)\s+)?(?:(?:heb|had|ben|was|werkte|werk|worked|work|am|have)\s+)*(?:(?:nu|now|momenteel|currently|al|ook|nog|eerst|daarvoor|vroeger|eerder|before that|before|previously|earlier)\s+)*(?:(?:ervaring|gewerkt|werkzaam|worked|working|experience)\s+)?(?:(?:als|as|in|bij)\s+)?(?:(?:een|de|het|a|an|the)\s+)?/u;
const TRAIL = /(?:\s+(?:ong|ca|circa|rond|ruim|bijna|gewerkt|gedaan|geweest|werkzaam|worked|ongeveer|about|denk ik|geloof ik|schat ik|ofzo|of zo|i think|i guess|or so|maybe|misschien|ook|too|lang|long|for))+$/;
const WISH = /\b(?:wil|wilde|zou|graag|liefst|liever|droom|want|would like|i'?d like|hoop|hope|interesse|interested|zoek|looking for)\b/;

export function cleanJobText(text: string): string {
  let t = text.replace(/[.,;:!?"()]+/g, ' ').replace(/\s+/g, ' ').trim();
  for (let i = 0; i < 3; i++) t = t.replace(LEAD, '').replace(TRAIL, '').trim();
  return t.replace(/^(?:een|de|het|a|an|the)\s+/, '').trim();
}

function plausible(text: string, maxWords: number): boolean {
  const words = text.split(' ').filter(Boolean);
  return words.length >= 1 && words.length <= maxWords && /\p{L}{3,}/u.test(text) && !/\d/.test(text) && !NOT_A_JOB.test(text) && !isNonAnswer(text);
}

/** The job text must be whole words of the clause ("werkloos" must not become "loos"). */
function containsWords(clause: string, text: string): boolean {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'u').test(clause.replace(/[.,;:!?"()]+/g, ' ').replace(/\s+/g, ' '));
}

function years(months: number | undefined): number | undefined {
  return months === undefined ? undefined : Math.round((months / 12) * 100) / 100;
}

/** A job in a sentence: "31 jaar orderpicker", "als kok gewerkt", "worked as a driver for 5 years". */
function jobInSentence(clause: Clause): JobFact | undefined {
  const t = withoutFiller(clause.text).replace(EARLIER_WORDS, '');
  if (WISH.test(t) || /\?$/.test(t) || THIRD_PERSON.test(t)) return undefined;
  const duration = parseDuration(t);
  // "geen 1 jaar", "nog een half jaar", "sinds 2 maanden", "al 2 jaar werkloos", "over 2 jaar".
  const durationMatch = /(\d+(?:[.,]\d+)?|\p{L}+)\s*\+?\s*(?:jaar|jaren|jaartjes?|jr|maanden|maand|maandjes?|mnd|weken|years?|months?|weeks?)\b/u.exec(t);
  const before = durationMatch ? t.slice(0, durationMatch.index) : t;
  if (durationMatch && negatedBefore(before, 2)) return undefined;
  // "sinds 2 maanden", "nog een half jaar", "for 2 years": a length that is not a job's.
  const lengthOfJob = !durationMatch || !/\b(?:sinds|since|nog|over|in|binnen|within|geleden|another|next|for|al|already)\s*(?:\p{L}+\s*)?$/u.test(before);
  // "10 jaar geleden als kok gewerkt": when, not how long; the length is unknown, so no job is guessed.
  if (durationMatch && /^\s*(?:geleden|ago)\b/.test(t.slice(durationMatch.index + durationMatch[0].length))) return undefined;
  // "niet langer dan een jaar", "max 2 jaar": a limit on something else (a training), not work done.
  if (durationMatch && /\b(?:langer|korter|longer|shorter)\s+(?:dan|than)\s*(?:\p{L}+\s*)?$|\b(?:max(?:imaal)?|hooguit|hoogstens|up\s+to|at\s+most)\s*(?:\p{L}+\s*)?$/u.test(before)) return undefined;
  const als = /\b(?:werk|werkte|gewerkt|werkzaam|was|ben|worked|work|working|ervaring|experience|baan|job)\b[^,]*?\b(?:als|as)\s+(?:een\s+|a\s+|an\s+)?(.+)$/.exec(t);
  // "gewerkt in de bouw" names a sector; "werkte bij het UWV" names an employer, not an occupation.
  const inSector = /\b(?:gewerkt|werkte|worked|werkzaam|ervaring)\s+in\s+(?:de|het|the)\s+(\p{L}+)\b/u.exec(t) ?? /\bin\s+(?:de|het|the)\s+(\p{L}+)\s+(?:gewerkt|werkzaam)\b/u.exec(t);
  let text: string | undefined;
  if (als) text = cleanJobText(als[1].replace(STOP_AFTER, '').replace(/\b(?:\d+|\p{L}+)\s+(?:jaar|jaren|years?|maanden|months?)\b.*$/u, ''));
  else if (inSector) text = inSector[1];
  else if (duration?.rest && durationMatch && lengthOfJob && !/^\s*(?:bij|at|for)\b/.test(t.slice(durationMatch.index + durationMatch[0].length))) text = cleanJobText(duration.rest.replace(STOP_AFTER, ''));
  if (!text) {
    const is = IS_OCCUPATION.exec(t.replace(EARLIER_WORDS, '').replace(/\s+(?:for|voor|gedurende|in|at|bij)\s+.*$|\s+(?:\d+|\p{L}+)\s+(?:jaar|years?|maanden|months?)(?:\s+(?:lang|long))?$/u, '').trim());
    if (is && !NOT_OCCUPATION.test(is[1])) text = is[1];
  }
  if (!text || !plausible(text, 3) || !containsWords(t, text)) return undefined;
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
  if (!plausible(text, 5) || !containsWords(t, text)) return undefined;
  const job: JobFact = { text };
  const y = years(duration?.months);
  if (y !== undefined && y > 0 && y <= 50) job.years = y;
  if (clause.approximate || duration?.approximate || UNCERTAIN.test(t)) job.approximate = true;
  return job;
}

/** A clause that is only a length of time: "ongeveer 10 jaar", "5 jaar denk ik". */
export function bareDuration(text: string): { months: number; approximate: boolean } | undefined {
  const d = parseDuration(text);
  if (!d || d.months <= 0 || d.months > 600) return undefined;
  const rest = (d.rest ?? '').replace(/\b(?:ongeveer|about|ruim|bijna|max(?:imaal)?|hooguit|denk ik|ik denk|i think|ofzo|of zo|misschien|maybe|lang|long|for|al|wel|nog|en|and|ook)\b/g, '').trim();
  return rest === '' ? { months: d.months, approximate: d.approximate } : undefined;
}

/** Jobs (latest first, earlier ones marked) and "never worked". */
export function readWorkFacts(ctx: FactContext): Facts {
  const facts: Facts = {};
  if (NO_WORK.test(ctx.text) && !negatedBefore(ctx.text.slice(0, ctx.text.search(NO_WORK)), 1)) facts.noWork = true;
  const atQuestion = ctx.asked === 'job' || ctx.asked === 'earlierJob' || ctx.asked === 'pickOccupation' || ctx.asked === 'pickEarlierOccupation';
  const jobs: JobFact[] = [];
  const employers = new Set<JobFact>();
  let earlier = ctx.asked === 'earlierJob' || ctx.asked === 'pickEarlierOccupation';
  for (const clause of ctx.clauses) {
    if (clause.earlier) earlier = true;
    // "heftruckchauffeur, ongeveer 10 jaar": a bare length after a job is that job's length.
    const last = jobs[jobs.length - 1];
    const bare = last && last.years === undefined ? bareDuration(clause.text) : undefined;
    if (bare) {
      last.years = years(bare.months);
      if (bare.approximate || clause.approximate) last.approximate = true;
      ctx.used.add(clause.index);
      continue;
    }
    if (NO_WORK.test(clause.text) || ctx.used.has(clause.index)) continue;
    // A cue in the sentence ("als", "gewerkt in de") reads better than the clause as a whole.
    // "heftruckchauffeur, 2 jaar denk ik": a word or two followed by a bare length is a job too.
    const next = ctx.clauses[clause.index + 1];
    const withLength = !atQuestion && next && clause.text.split(' ').length <= 2 && bareDuration(next.text) ? jobAsAnswer(clause) : undefined;
    const inSentence = jobInSentence(clause) ?? withLength;
    const job = inSentence ?? (atQuestion && !ctx.used.has(clause.index) ? jobAsAnswer(clause) : undefined);
    // "bij Albert Heijn gewerkt, administratie": the employer only counts when no work is named.
    if (job && !inSentence && isEmployerPart(withoutFiller(clause.text))) employers.add(job);
    // The same job said twice is one job; a pasted CV gives at most five.
    if (!job || jobs.some((j) => j.text === job.text) || jobs.length >= 5) continue;
    if (/^(?:en\s+)?(?:daarna|after that|toen|then|nu|now)\b/.test(clause.text)) {
      // "postbode en daarna koerier": the job said after "daarna" is the latest.
      for (const before of jobs) before.earlier = true;
      job.text = job.text.replace(/^(?:daarna|after that|toen|then|nu|now)\s+/, '');
    } else if (earlier) job.earlier = true;
    jobs.push(job);
    ctx.used.add(clause.index);
  }
  const work = jobs.filter((j) => !employers.has(j));
  if (jobs.length) facts.jobs = work.length ? work : jobs;
  if (facts.noWork && jobs.length) delete facts.noWork;
  return facts;
}
