// Facts (what readFacts found in one answer) → the intake's answers. Each taker fills one part of
// the answers, only where the seeker has not answered yet in this intake, and says which question
// that answers (so it is skipped) and how to repeat it in one short line (so it can be corrected).
import { saysDirectionOnly, trainingMonthsOf, type DateFact, type Facts, type JobFact } from '../language';
import type { IncomeSituation } from '../matching';
import { formatDate, formatEuro, formatTrainingLength } from '../language/format';
import type { IntakeAnswers } from './intakeAnswers';
import { mergeLimits, limitLines } from './limitsQuestions';
import type { QuestionContext } from './questionnaire';
import type { Matcher } from './services';
import { setSituation } from './situationDialog';

const CANDIDATES = 3;
/** Wish search hits offered as "Bedoel je …?" only from this confidence (as the interest question). */
const TARGET_MIN_CONFIDENCE = 0.5;

/** One part of the answers taken from the facts. */
export interface Take {
  /** The question this answers (skipped from now on); none for facts no question asks (since). */
  question?: string;
  /** More questions this makes unnecessary (an earlier job named with the last one). */
  also?: string[];
  /** The answer fields the seeker gave as a guess. */
  approximate?: string[];
  apply: (a: IntakeAnswers) => void;
  /** The fact in a few words, for "Ik heb ook genoteerd: …". */
  line?: string;
}

export interface TakeContext {
  q: QuestionContext;
  matcher: Matcher;
  /** Questions already asked in this run: never filled in passing. */
  asked: readonly string[];
  /** The question being answered: taken even when its field is already known (the seeker answers it again). */
  force?: string;
}

type Taker = (f: Facts, a: IntakeAnswers, c: TakeContext) => Take[];

/** Whether a question may be answered from the facts: it is the asked one, or open and not asked yet. */
const open = (c: TakeContext, question: string, known: boolean) => c.force === question || (!known && !c.asked.includes(question));
const about = (c: TakeContext, text: string, approximate?: boolean) => (approximate ? c.q.t.noted.about(text) : text);
/** A guessed day ("sinds twee maanden" = 24 September) is said as its month: "sinds ongeveer september 2026". */
const dateText = (c: TakeContext, d: DateFact) => formatDate(d.date, c.q.locale, d.approximate && d.granularity === 'day' ? 'month' : d.granularity);
const roundYears = (years: number | undefined) => (years === undefined || years <= 0 ? undefined : Math.round(years * 10) / 10);
const BENEFITS: IncomeSituation[] = ['ww', 'bijstand', 'wia', 'wajong', 'other-benefit'];

const situation: Taker = (f, a, c) => {
  const out: Take[] = [];
  const value = f.situation;
  if (value && open(c, 'situation', a.situation !== undefined)) {
    out.push({ question: 'situation', apply: (x) => setSituation(x, value), line: c.q.t.situation.options[value] });
  }
  const wia = f.wiaType;
  if (wia && (value ?? a.situation) === 'wia' && open(c, 'wiaType', a.wiaType !== undefined)) {
    out.push({ question: 'wiaType', apply: (x) => (x.wiaType = wia), line: wia.toUpperCase() });
  }
  return out;
};

const dates: Taker = (f, a, c) => {
  const out: Take[] = [];
  const since = f.since;
  if (since && (a.since === undefined || c.force)) {
    out.push({ apply: (x) => (x.since = since.date), line: c.q.t.noted.since(about(c, dateText(c, since), since.approximate)), approximate: since.approximate ? ['since'] : [] });
  }
  const end = f.benefitEnd;
  if (end && a.situation === 'ww' && open(c, 'wwEnd', a.benefitEnd !== undefined || a.benefitEndUnknown === true)) {
    if (end === 'unknown') out.push({ question: 'wwEnd', apply: (x) => ((x.benefitEndUnknown = true), delete x.benefitEnd), line: c.q.t.noted.benefitEndUnknown });
    else
      out.push({
        question: 'wwEnd',
        apply: (x) => ((x.benefitEnd = end.date), delete x.benefitEndUnknown),
        line: c.q.t.noted.benefitEnd(about(c, dateText(c, end), end.approximate)),
        approximate: end.approximate ? ['benefitEnd'] : [],
      });
  }
  return out;
};

const amount: Taker = (f, a, c) => {
  const m = f.monthlyAmount;
  // Only asked with a benefit; with another situation (or none known yet) it is kept too, as said.
  if (!m || m.amount > 100_000 || !open(c, 'amount', a.monthlyAmount !== undefined)) return [];
  const monthly = Math.round(m.amount);
  const known = a.situation === undefined || BENEFITS.includes(a.situation);
  return [{ question: known ? 'amount' : undefined, apply: (x) => (x.monthlyAmount = monthly), line: about(c, c.q.t.noted.amount(formatEuro(monthly, c.q.locale)), m.approximate), approximate: m.approximate ? ['monthlyAmount'] : [] }];
};

const candidatesOf = (c: TakeContext, text: string) => c.matcher.searchOccupations(text, CANDIDATES).map(({ uri, label }) => ({ uri, label }));

function jobLine(c: TakeContext, job: JobFact): string {
  const years = roundYears(job.years);
  return c.q.t.noted.job(job.text, years === undefined ? undefined : about(c, String(years).replace('.', c.q.locale === 'nl' ? ',' : '.'), job.approximate));
}
const jobOf = (job: JobFact) => ({ text: job.text.slice(0, 200), ...(roundYears(job.years) ? { years: roundYears(job.years) } : {}) });

const jobs: Taker = (f, a, c) => {
  const named = a.jobs?.length ?? 0;
  // The job question answered in any way ("nee", "weet ik niet") is not filled in passing.
  const jobKnown = a.jobs !== undefined || a.askEarlierJob === false;
  if (f.noWork && open(c, 'job', jobKnown)) {
    return [{ question: 'job', also: ['earlierJob'], apply: (x) => ((x.jobs = []), delete x.candidates, delete x.candidatesFor, (x.askEarlierJob = false)), line: c.q.t.noted.noWork }];
  }
  if (!f.jobs?.length) return [];
  if (c.force === 'earlierJob' || (named === 1 && !open(c, 'job', true))) {
    // Work before the last job: the second job, confirmed next (unless another pick is waiting).
    // In passing only what was said as earlier work ("daarvoor …"), never the last job again.
    const job = c.force === 'earlierJob' ? (f.jobs.find((j) => j.earlier) ?? f.jobs[0]) : f.jobs.find((j) => j.earlier);
    if (!job || !open(c, 'earlierJob', named > 1 || a.askEarlierJob === false) || named === 0) return [];
    const candidates = a.candidates?.length ? [] : candidatesOf(c, job.text);
    return [{
      question: 'earlierJob',
      apply: (x) => {
        x.jobs = [...(x.jobs ?? []).slice(0, 1), jobOf(job)];
        x.askEarlierJob = false;
        if (candidates.length) (x.candidates = candidates), (x.candidatesFor = 1);
      },
      line: c.q.t.noted.earlierJob(jobLine(c, job)),
      approximate: job.approximate ? ['jobs.1.years'] : [],
    }];
  }
  if (!open(c, 'job', jobKnown)) return [];
  const last = f.jobs.find((j) => !j.earlier) ?? f.jobs[0];
  const before = f.jobs.find((j) => j !== last);
  const found = candidatesOf(c, last.text);
  const pick = found.length ? { for: 0, candidates: found } : before ? { for: 1, candidates: candidatesOf(c, before.text) } : undefined;
  const lines = [jobLine(c, last), ...(before ? [c.q.t.noted.earlierJob(jobLine(c, before))] : [])];
  return [{
    question: 'job',
    also: before ? ['earlierJob'] : [],
    apply: (x) => {
      x.jobs = [jobOf(last), ...(before ? [jobOf(before)] : [])];
      delete x.candidates;
      delete x.candidatesFor;
      if (pick?.candidates.length) (x.candidates = pick.candidates), (x.candidatesFor = pick.for);
      if (before) x.askEarlierJob = false;
      else delete x.askEarlierJob;
    },
    line: lines.join(', '),
    approximate: [...(last.approximate ? ['jobs.0.years'] : []), ...(before?.approximate ? ['jobs.1.years'] : [])],
  }];
};

const skills: Taker = (f, a, c) => {
  const t = c.q.t;
  const out: Take[] = [];
  const { education, foreignDiploma, dutchLevel, drivingLicence, healthLimits, birthYear } = f;
  if (education && open(c, 'education', a.education !== undefined)) out.push({ question: 'education', apply: (x) => (x.education = education), line: t.noted.education(t.skills.education[education]) });
  if (dutchLevel && open(c, 'dutch', a.dutchLevel !== undefined)) out.push({ question: 'dutch', apply: (x) => (x.dutchLevel = dutchLevel), line: t.noted.dutch(dutchLevel) });
  if (foreignDiploma !== undefined && open(c, 'foreignDiploma', a.foreignDiploma !== undefined)) {
    out.push({ question: 'foreignDiploma', apply: (x) => (x.foreignDiploma = foreignDiploma), line: t.noted.foreignDiploma(foreignDiploma) });
  }
  if (birthYear !== undefined && birthYear >= 1930 && birthYear <= c.q.now.getUTCFullYear() - 14 && open(c, 'age', a.birthYear !== undefined)) {
    out.push({ question: 'age', apply: (x) => (x.birthYear = birthYear), line: t.noted.age(c.q.now.getUTCFullYear() - birthYear) });
  }
  if (drivingLicence !== undefined && open(c, 'licence', a.drivingLicence !== undefined)) out.push({ question: 'licence', apply: (x) => (x.drivingLicence = drivingLicence), line: t.noted.licence(drivingLicence) });
  // "Yes" only when said as such: a limit named in passing still leaves the health question (which
  // may be left unanswered) to the seeker.
  if (healthLimits && !(healthLimits === 'yes' && f.limits) && open(c, 'health', a.healthLimits !== undefined)) out.push({ question: 'health', apply: (x) => (x.healthLimits = healthLimits), line: t.noted.health[healthLimits] });
  return out;
};

/** Limits add up (never replace); named in passing, "anything else?" is not asked after them. */
const limits: Taker = (f, _a, c) => {
  const l = f.limits;
  if (!l || !(l.noHeavyWork || l.times || l.maxTravelMinutes || l.words)) return [];
  const found = { ...(l.noHeavyWork ? { noHeavyWork: true as const } : {}), ...(l.times ? { times: l.times } : {}), ...(l.maxTravelMinutes ? { maxTravelMinutes: l.maxTravelMinutes } : {}), phrases: [], rest: '' };
  // The structured limits in a few words; the seeker's own phrase only when no field holds it.
  const lines = limitLines({ limits: { ...l, words: undefined } }, c.q.t).map((line) => line.charAt(0).toLowerCase() + line.slice(1));
  const line = lines.length ? lines.join(', ') : `"${l.words}"`;
  return [{ question: c.asked.includes('limitsMore') ? undefined : 'limitsMore', apply: (x) => mergeLimits(x, found, l.words), line }];
};

function wishTake(f: Facts, a: IntakeAnswers, c: TakeContext): Take[] {
  const wish = f.wish;
  // Only where the wish question may come: the same (or similar) work needs no other wish.
  const asks = a.direction === undefined || a.direction === 'new' || a.direction === 'unsure';
  if (!wish || !asks || !open(c, 'interest', a.interests !== undefined || (a.targets?.length ?? 0) > 0)) return [];
  // A wish has words of its own: not "," and not just "iets nieuws" (that is the direction).
  if (wish !== 'none' && (!/\p{L}{2}/u.test(wish.text) || saysDirectionOnly(wish.text))) return [];
  if (wish === 'none') return [{ question: 'interest', apply: (x) => (delete x.interests, delete x.targets, delete x.targetCandidates), line: c.q.t.noted.noWish }];
  const said = wish.text.slice(0, 300);
  const candidates = c.matcher.searchOccupations(said, 3).filter((o) => o.confidence >= TARGET_MIN_CONFIDENCE).map(({ uri, label }) => ({ uri, label }));
  return [{
    question: 'interest',
    apply: (x) => {
      x.interests = said;
      delete x.targets;
      if (candidates.length) x.targetCandidates = candidates;
      else delete x.targetCandidates;
    },
    line: c.q.t.noted.wish(said),
  }];
}

const goals: Taker = (f, a, c) => {
  const t = c.q.t;
  const out: Take[] = [...wishTake(f, a, c)];
  const { hours, postcode, start, trainingWilling, trainingMonths } = f;
  if (hours && open(c, 'hours', a.hours !== undefined)) {
    if (hours === 'any') out.push({ question: 'hours', apply: (x) => delete x.hours, line: t.noted.anyHours });
    else {
      const max = Math.min(60, Math.max(1, Math.round(hours.max)));
      const min = Math.min(max, Math.max(0, Math.round(hours.min)));
      const said = min === max ? `${max}` : `${min}-${max}`;
      out.push({ question: 'hours', apply: (x) => (x.hours = { min, max }), line: about(c, t.noted.hours(said), hours.approximate), approximate: hours.approximate ? ['hours'] : [] });
    }
  }
  if (postcode && open(c, 'postcode', a.postcode !== undefined)) {
    const region = c.matcher.regionOf(postcode);
    out.push({ question: 'postcode', apply: (x) => ((x.postcode = postcode), region ? (x.region = region) : delete x.region), line: t.noted.postcode(postcode, region) });
  }
  if (start && open(c, 'start', a.start !== undefined)) out.push({ question: 'start', apply: (x) => (x.start = start), line: t.noted.start(t.goals.start[start]) });
  const willing = trainingWilling ?? (trainingMonths ? true : undefined);
  const months = trainingMonths && (willing ?? a.trainingWilling) === true && open(c, 'trainingMonths', a.trainingMonths !== undefined)
    ? trainingMonthsOf(trainingMonths.months) // as said: "3 maanden" is 3 (only the buttons are buckets)
    : undefined;
  if (willing !== undefined && open(c, 'training', a.trainingWilling !== undefined)) {
    // With a length the one line says both ("een opleiding van hoogstens 6 maanden").
    out.push({ question: 'training', apply: (x) => ((x.trainingWilling = willing), willing || delete x.trainingMonths), line: months ? undefined : t.noted.training(willing) });
  }
  if (months) {
    out.push({ question: 'trainingMonths', apply: (x) => (x.trainingMonths = months), line: t.noted.trainingMonths(formatTrainingLength(months, c.q.locale)), approximate: trainingMonths?.approximate ? ['trainingMonths'] : [] });
  }
  return out;
};

/** In the order of the intake, so a later taker sees what an earlier one set (WW before its end date). */
const TAKERS: { takes: Taker; questions: string[] }[] = [
  { takes: situation, questions: ['situation', 'wiaType'] },
  { takes: dates, questions: ['wwEnd'] },
  { takes: amount, questions: ['amount'] },
  { takes: jobs, questions: ['job', 'earlierJob'] },
  { takes: skills, questions: ['education', 'dutch', 'foreignDiploma', 'age', 'licence', 'health'] },
  { takes: limits, questions: ['limits', 'limitsMore'] },
  { takes: goals, questions: ['interest', 'hours', 'postcode', 'start', 'training', 'trainingMonths'] },
];

/**
 * What the facts add to `answers` (which it changes: pass a copy to look ahead). `only`: just the
 * takers for these questions; `except`: not these (the asked question read them itself).
 */
export function takeFacts(facts: Facts, answers: IntakeAnswers, c: TakeContext, filter: { only?: string[]; except?: string[] } = {}): Take[] {
  const taken: Take[] = [];
  for (const { takes, questions } of TAKERS) {
    if (filter.only && !questions.some((q) => filter.only!.includes(q))) continue;
    if (filter.except && questions.some((q) => filter.except!.includes(q))) continue;
    for (const take of takes(facts, answers, c)) {
      if (filter.only && take.question && !filter.only.includes(take.question)) continue;
      take.apply(answers);
      taken.push(take);
    }
  }
  return taken;
}

/** Applies takes to the answers: their values, the questions they answer, the guessed fields. */
export function applyTakes(a: IntakeAnswers, takes: readonly Take[], prefill: boolean): void {
  for (const take of takes) {
    take.apply(a);
    if (prefill) for (const id of [take.question, ...(take.also ?? [])]) if (id && !a.prefilled?.includes(id)) a.prefilled = [...(a.prefilled ?? []), id];
    for (const field of take.approximate ?? []) if (!a.approximate?.includes(field)) a.approximate = [...(a.approximate ?? []), field];
  }
}
