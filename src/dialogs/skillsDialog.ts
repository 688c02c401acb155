// The intake's questions about work history in the seeker's own words → occupations (confirmed with
// the seeker), education, Dutch, driving licence, and health limits only if the seeker wants to
// share. intakeSteps.ts cuts them into steps (work; school and language; health).
import { findLimits, isBareNo, isBareYes, isNonAnswer, parseDuration, parseDutchLevel, parseEducationLevel, parseYesNoAnswer, saysNeverWorked, saysNoneOfThese, startsWithNo, withoutEmployer, withoutJobLead, withoutLeadingYes } from '../language';
import type { DutchLevel, EducationLevel } from '../matching';
import type { IntakeAnswers } from './intakeAnswers';
import type { Question, QuestionContext, Understood } from './questionnaire';
import { choiceQuestion, yesNoQuestion, pickCandidate, type Option } from './questions';
import type { Matcher } from './services';
import { ageQuestion, foreignDiplomaQuestion, limitsMoreQuestion, limitsQuestion, mergeLimits, notedReply } from './limitsQuestions';

const CANDIDATES = 3;

const EDUCATION_BUTTONS: EducationLevel[] = ['none', 'primary', 'vmbo', 'mbo-2', 'mbo-4', 'havo', 'hbo', 'wo'];

const DUTCH_BUTTONS: { value: DutchLevel; key: 'native' | 'good' | 'some' | 'little' }[] = [
  { value: 'native', key: 'native' },
  { value: 'B2', key: 'good' },
  { value: 'A2', key: 'some' },
  { value: 'A1', key: 'little' },
];

/**
 * Splits "10 jaar heftruckchauffeur bij …, kan niet meer zwaar tillen" into years, the words to
 * search for and the limit the seeker stated on the way.
 */
function describeJob(input: string, q: QuestionContext): { words: string; years?: number; limits?: ReturnType<typeof findLimits>; said?: string } {
  const limits = findLimits(input);
  // "bij Albert Heijn gewerkt, administratie": the work, not the employer.
  const text = withoutEmployer(limits?.rest || input);
  const duration = parseDuration(text, { reference: q.now });
  const words = withoutJobLead(duration?.rest ?? text).trim() || text;
  const years = duration ? Math.round((duration.months / 12) * 10) / 10 : undefined;
  // Halves are kept: "6 maanden" is half a year, not 1 year.
  const halves = years === undefined ? undefined : Math.round(years * 2) / 2;
  return { words, years: halves || undefined, ...(limits ? { limits, said: limits.phrases.join('; ') } : {}) };
}

/** "Ik noteer ook: geen zwaar lichamelijk werk." when a limit came with the job. */
function limitReply(job: ReturnType<typeof describeJob>, q: QuestionContext): string | undefined {
  return job.limits ? notedReply(job.limits, q.t) : undefined;
}

const joinReplies = (...replies: (string | undefined)[]) => replies.filter(Boolean).join('\n\n') || undefined;

function jobQuestion(matcher: Matcher): Question {
  return {
    id: 'job',
    freeText: true,
    ask: (q) => [{ text: q.t.skills.jobQuestion, choices: [{ value: 'never', label: q.t.skills.noJob }] }],
    understand: (text, q): Understood => {
      if (saysNeverWorked(text) || isBareNo(text) || text.trim().toLowerCase() === q.t.skills.noJob.toLowerCase()) {
        return { ok: true, apply: (a) => ((a.jobs = []), delete a.candidates, (a.askEarlierJob = false)) };
      }
      // "weet ik niet", "idk": no answer, so no job is stored (never the words as a job title).
      if (isNonAnswer(text)) return { ok: true, apply: (a) => (delete a.candidates, (a.askEarlierJob = false)), reply: q.t.skills.jobSkipped };
      const job = describeJob(text, q);
      const { words, years } = job;
      const candidates = matcher.searchOccupations(words, CANDIDATES).map(({ uri, label }) => ({ uri, label }));
      return {
        ok: true,
        apply: (a) => {
          a.jobs = [{ text: words, ...(years ? { years } : {}) }];
          a.candidates = candidates;
          delete a.candidatesFor;
          if (job.limits) mergeLimits(a, job.limits, job.said);
          delete a.askEarlierJob;
        },
        reply: joinReplies(limitReply(job, q), candidates.length ? undefined : q.t.skills.keptOwnWords),
      };
    },
  };
}

/** The job the offered candidates belong to (the last-named one, unless said otherwise). */
const candidateJob = (a: IntakeAnswers) => a.candidatesFor ?? Math.max(0, (a.jobs?.length ?? 1) - 1);

/**
 * After the first job is settled, the next job named in the same answer ("… en daarvoor
 * orderpicker") gets its own candidates to confirm.
 */
function settle(a: IntakeAnswers, index: number, next: { index: number; candidates: OccupationChoice[] } | undefined): void {
  delete a.candidates;
  delete a.candidatesFor;
  if (next && next.index > index && next.candidates.length) {
    a.candidates = next.candidates;
    a.candidatesFor = next.index;
  }
}

type OccupationChoice = NonNullable<IntakeAnswers['candidates']>[number];

/** A later job in the answers without an occupation yet, with its search candidates. */
function nextToConfirm(a: IntakeAnswers, index: number, matcher: Matcher): { index: number; candidates: OccupationChoice[] } | undefined {
  const next = index + 1;
  const job = a.jobs?.[next];
  if (!job || job.occupation) return undefined;
  return { index: next, candidates: matcher.searchOccupations(job.text, CANDIDATES).map(({ uri, label }) => ({ uri, label })) };
}

/** The seeker picks the occupation of a named job from the candidates, or keeps their words. */
function pickQuestion(matcher: Matcher, id: string, earlier: boolean): Question {
  return {
    id,
    when: (a) => (a.candidates?.length ?? 0) > 0 && (candidateJob(a) > 0) === earlier,
    ask: (q) => [
      {
        text: q.t.skills.pickQuestion(q.answers.jobs?.[candidateJob(q.answers)]?.text ?? ''),
        choices: [...(q.answers.candidates ?? []).map((c) => ({ value: c.uri, label: c.label })), { value: 'none', label: q.t.skills.noneOfThese }],
      },
    ],
    understand: (text, q): Understood => {
      const candidates = q.answers.candidates ?? [];
      const index = candidateJob(q.answers);
      const next = nextToConfirm(q.answers, index, matcher);
      const typed = text.trim().toLowerCase();
      const chosen = pickCandidate(typed, candidates, q.answers.jobs?.[index]?.text);
      if (chosen) {
        const years = q.answers.jobs?.[index]?.years;
        return {
          ok: true,
          apply: (a) => {
            const jobs = [...(a.jobs ?? [])];
            jobs[index] = { ...(jobs[index] ?? { text }), occupation: chosen, confirmed: true };
            a.jobs = jobs;
            settle(a, index, next);
          },
          reply: q.t.skills.confirmed(chosen.label, years),
        };
      }
      if (typed === q.t.skills.noneOfThese.toLowerCase() || saysNoneOfThese(typed)) {
        // "Geen van deze": the seeker's own words, and no occupation at all.
        return { ok: true, apply: (a) => settle(a, index, next), reply: q.t.skills.keptOwnWords };
      }
      return { ok: false };
    },
  };
}

function earlierJobQuestion(matcher: Matcher): Question {
  return {
    id: 'earlierJob',
    freeText: true,
    when: (a) => (a.jobs?.length ?? 0) > 0 && a.askEarlierJob !== false,
    ask: (q) => [{ text: q.t.skills.earlierQuestion, choices: [{ value: 'no', label: q.t.answers.no }] }],
    understand: (answer, q): Understood => {
      if (startsWithNo(answer) || isNonAnswer(answer)) return { ok: true, apply: (a) => ((a.jobs = a.jobs?.slice(0, 1) ?? []), (a.askEarlierJob = false)) };
      // "ja, 3 jaar kok": the yes answers the question, the rest is the job; a bare "ja" names none yet.
      const text = withoutLeadingYes(answer);
      if (!text || isBareYes(answer)) return { ok: false, hint: q.t.skills.earlierWhat };
      const job = describeJob(text, q);
      const { words, years } = job;
      // A search hit is a guess: the seeker confirms it next (or keeps their own words).
      const candidates = matcher.searchOccupations(words, CANDIDATES).map(({ uri, label }) => ({ uri, label }));
      return {
        ok: true,
        apply: (a) => {
          a.jobs = [...(a.jobs?.slice(0, 1) ?? []), { text: words, ...(years ? { years } : {}) }];
          a.candidates = candidates;
          delete a.candidatesFor;
          if (job.limits) mergeLimits(a, job.limits, job.said);
          a.askEarlierJob = false;
        },
        reply: joinReplies(limitReply(job, q), candidates.length ? undefined : q.t.skills.keptOwnWords),
      };
    },
  };
}

const educationQuestion = choiceQuestion<EducationLevel>({
  id: 'education',
  onNonAnswer: 'skip',
  text: (q) => q.t.skills.educationQuestion,
  options: EDUCATION_BUTTONS.map((value): Option<EducationLevel> => ({ value, label: (t) => t.skills.education[value] })),
  first: (text) => {
    const level = parseEducationLevel(text)?.value;
    // "mbo" without a level: count it as mbo 2 (a starting qualification) rather than ask again.
    return level === 'mbo' ? 'mbo-2' : level;
  },
  apply: (a, value) => (a.education = value),
});

const dutchQuestion = choiceQuestion<DutchLevel>({
  id: 'dutch',
  onNonAnswer: 'skip',
  text: (q) => q.t.skills.dutchQuestion,
  options: DUTCH_BUTTONS.map(({ value, key }): Option<DutchLevel> => ({ value, label: (t) => t.skills.dutch[key] })),
  first: (text) => parseDutchLevel(text)?.value,
  apply: (a, value) => (a.dutchLevel = value),
});

const licenceQuestion = yesNoQuestion({
  id: 'licence',
  onNonAnswer: 'skip',
  text: (q) => q.t.skills.licenceQuestion,
  apply: (a: IntakeAnswers, value) => {
    if (value === 'yes' || value === 'no') a.drivingLicence = value === 'yes';
    else delete a.drivingLicence;
  },
});

const healthYesNo = yesNoQuestion({
  id: 'health',
  onNonAnswer: 'skip',
  withUnknown: 'private',
  text: (q) => q.t.skills.healthQuestion,
  apply: (a: IntakeAnswers, value) => (a.healthLimits = value === 'yes' ? 'yes' : value === 'no' ? 'no' : 'private'),
});

/**
 * "ja, ik kan niet meer tillen" answers the question and states the limit at once. "nee, maar ik
 * kan alleen onder schooltijd werken": no health limits (a time is not one), the time kept.
 */
const healthQuestion: Question = {
  ...healthYesNo,
  understand: (text, q) => {
    const found = findLimits(text);
    if (!found) return healthYesNo.understand(text, q);
    const health = parseYesNoAnswer(text) === 'no' && !found.noHeavyWork ? 'no' : 'yes';
    return {
      ok: true,
      apply: (a) => ((a.healthLimits = health), mergeLimits(a, found, health === 'yes' ? text.trim() : found.phrases.join('; '))),
      reply: notedReply(found, q.t),
    };
  },
};

/** The work, school and health questions, in order (intakeSteps.ts cuts them into steps). */
export function skillsQuestions(matcher: Matcher): Question[] {
  return [
    jobQuestion(matcher),
    pickQuestion(matcher, 'pickOccupation', false),
    earlierJobQuestion(matcher),
    pickQuestion(matcher, 'pickEarlierOccupation', true),
    educationQuestion,
    dutchQuestion,
    foreignDiplomaQuestion,
    ageQuestion,
    licenceQuestion,
    healthQuestion,
    limitsQuestion,
    limitsMoreQuestion,
  ];
}
