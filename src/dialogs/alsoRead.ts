// The intake's hook into the questionnaire: after the asked question understood its answer, the
// same message is read for every other fact (readFacts), and what is new is taken once, skipped
// later and repeated in one line. Also: an answer the question's own parser misses but the facts
// hold ("ik heb sinds maart WW …" to the situation question), and non-answers never stored as content.
import { INTAKE_QUESTION_IDS, isNonAnswer, readFacts, type Facts, type IntakeQuestionId, type NonAnswer } from '../language';
import { applyTakes, takeFacts, type Take, type TakeContext } from './intakeFacts';
import type { IntakeAnswers } from './intakeAnswers';
import type { Question, QuestionContext, QuestionnaireHooks, Understood } from './questionnaire';
import type { Matcher } from './services';

/**
 * Where the facts read the asked question better than its own parser: several jobs in one answer
 * ("10 jaar heftruckchauffeur en daarvoor orderpicker"), "nooit gewerkt", a wish. One job keeps
 * the seeker's own words ("schoonmaker in een kantoor") as the job question always did.
 */
function factsFirst(id: string, facts: Facts): boolean {
  if (id === 'job' || id === 'earlierJob') return severalJobs(facts) || facts.noWork === true;
  return id === 'interest';
}

/**
 * Two jobs only when the answer says so: each with its own years ("2 jaar kassa en 3 jaar
 * callcenter") or one marked earlier ("… en daarvoor heftruck"). "schoonmaak, kantoren, 5 jr" and
 * "kapster, 20 jaar eigen zaak" describe one job.
 */
function severalJobs(facts: Facts): boolean {
  const jobs = facts.jobs ?? [];
  return jobs.length >= 2 && (jobs.every((j) => j.years !== undefined) || jobs.slice(1).some((j) => j.earlier));
}
/** Questions that read the limits in their answer themselves (not taken twice). */
const READ_LIMITS = new Set(['job', 'earlierJob', 'hours', 'interest', 'health', 'limits', 'limitsMore']);

const isIntakeQuestion = (id: string): id is IntakeQuestionId => (INTAKE_QUESTION_IDS as readonly string[]).includes(id);
const join = (...replies: (string | undefined)[]) => replies.filter(Boolean).join('\n\n') || undefined;

/** What a non-answer means at an open question: no job, no earlier job, no wish, no (more) limits. */
function nonAnswerOf(id: string, kind: NonAnswer, q: QuestionContext): Understood | undefined {
  const t = q.t;
  switch (id) {
    case 'job':
      return kind === 'no'
        ? { ok: true, apply: (a) => ((a.jobs = []), delete a.candidates, delete a.candidatesFor, (a.askEarlierJob = false)) }
        : { ok: true, apply: (a) => (delete a.candidates, delete a.candidatesFor, (a.askEarlierJob = false)), reply: t.skills.jobSkipped };
    case 'earlierJob':
      return { ok: true, apply: (a) => ((a.jobs = a.jobs?.slice(0, 1) ?? []), (a.askEarlierJob = false)) };
    case 'interest':
      return { ok: true, apply: (a) => (delete a.interests, delete a.targets, delete a.targetCandidates), reply: t.goals.noWish };
    case 'limits':
    case 'limitsMore':
      return { ok: true, apply: () => undefined };
    default:
      return undefined;
  }
}

/** The facts without those the asked question took itself (its jobs are not earlier jobs too). */
function withoutFactsOf(id: string, facts: Facts): Facts {
  const rest = { ...facts };
  if (id === 'job' || id === 'earlierJob') (delete rest.jobs, delete rest.noWork);
  if (id === 'interest') delete rest.wish;
  return rest;
}

const unsearched = (m: Matcher): Matcher => ({ searchOccupations: () => [], regionOf: (postcode) => m.regionOf(postcode), propose: (...args) => m.propose(...args) });

/** Reads one answer as the intake does: the asked question, then every other fact in it. */
export async function readAnswer(...args: Parameters<typeof readOnce>): Promise<Understood> {
  const understood = await readOnce(...args);
  if (!understood.ok) return understood;
  const id = args[1].id;
  // Asked in this intake: never filled in passing later, also when it was skipped ("sla over").
  return { ...understood, apply: (a) => (understood.apply(a), a.asked?.includes(id) || (a.asked = [...(a.asked ?? []), id])) };
}

async function readOnce(
  text: string,
  question: Question,
  q: QuestionContext,
  understood: Understood,
  asked: readonly string[],
  matcher: Matcher,
): Promise<Understood> {
  const id = question.id;
  const reading = readFacts(text, { reference: q.now, locale: q.locale, ...(isIntakeQuestion(id) ? { asked: id } : {}) });
  if (question.freeText && reading.nonAnswer) return nonAnswerOf(id, reading.nonAnswer, q) ?? understood;
  if (isNonAnswer(text) || reading.nonAnswer) return understood;

  const c: TakeContext = { q, matcher, asked: [...asked, ...(q.answers.asked ?? [])] };
  const look = structuredClone(q.answers);
  // The asked question from the facts: where its own parser missed, or keeps the whole message.
  const found: Take[] = factsFirst(id, reading.facts) || !understood.ok ? takeFacts(reading.facts, look, { ...c, force: id }, { only: [id] }) : [];
  // Only an answer to this question counts: "sinds maart" to "tot wanneer?" is a start, not the end.
  const own = found.some((t) => t.question === id || t.also?.includes(id)) ? found : [];
  if (!own.length && !understood.ok) return withAside(understood, reading.facts, look, c);
  if (!own.length) understood.ok && understood.apply(look);
  // Its own parser read it: the facts may still say it was a guess ("ongeveer 1500").
  // Only the takes' guessed fields are kept, and none depends on an occupation search: none is run.
  const guessed = own.length ? [] : takeFacts(reading.facts, structuredClone(q.answers), { ...c, matcher: unsearched(matcher), force: id }, { only: [id] }).flatMap((t) => t.approximate ?? []);
  // What the asked question took from the facts is not taken again for another question.
  const rest = own.length ? withoutFactsOf(id, reading.facts) : reading.facts;
  const extras = takeFacts(rest, look, c, { except: READ_LIMITS.has(id) && !own.length ? ['limits'] : [] });
  if (!own.length && !extras.length && !guessed.length) return understood;

  const lines = [...own, ...extras].map((t) => t.line).filter((l): l is string => Boolean(l));
  const noted = lines.length ? (own.length ? q.t.noted.taken : q.t.noted.also)(lines.join(', ')) : undefined;
  const ownReply = own.length ? undefined : understood.ok ? understood.reply : undefined;
  return {
    ok: true,
    apply: (a: IntakeAnswers) => {
      if (own.length) applyTakes(a, own.map((t) => ({ ...t, question: undefined })), true);
      else if (understood.ok) understood.apply(a);
      for (const field of guessed) if (!a.approximate?.includes(field)) a.approximate = [...(a.approximate ?? []), field];
      applyTakes(a, extras, true);
    },
    reply: join(ownReply, noted),
  };
}

/**
 * Facts that cannot be mistaken for an answer to another question: a number with its unit, a
 * postcode, an age, a licence, a start. Said at a question they do not answer, they are taken for
 * later ("32 uur" at the diploma question), and the question is asked again without "Sorry".
 */
const ASIDE_QUESTIONS = ['amount', 'age', 'licence', 'hours', 'postcode', 'start'];

function withAside(understood: Understood, facts: Facts, look: IntakeAnswers, c: TakeContext): Understood {
  if (understood.ok) return understood;
  const aside = takeFacts(facts, look, c, { only: ASIDE_QUESTIONS.filter((id) => !c.asked.includes(id)) });
  const lines = aside.map((t) => t.line).filter((l): l is string => Boolean(l));
  if (!aside.length || !lines.length) return understood;
  return { ...understood, aside: { apply: (a) => applyTakes(a, aside, true), reply: c.q.t.noted.taken(lines.join(', ')) } };
}

/** The hooks the intake's three topic dialogs pass to the questionnaire. */
export function intakeHooks(matcher: Matcher): QuestionnaireHooks {
  return {
    alsoRead: (text, question, q, understood, asked) => readAnswer(text, question, q, understood, asked, matcher),
    skip: (question, answers) => answers.prefilled?.includes(question.id) ?? false,
  };
}
