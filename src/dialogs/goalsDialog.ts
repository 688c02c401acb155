// The intake's questions about what work, how many hours, where (4-digit postcode only), how soon,
// and whether and how long the seeker wants to train. intakeSteps.ts cuts them into steps.
import { classifyNonAnswer, DIRECTION_SYNONYMS, findLimits, isNonAnswer, isSkip, matchChoice, parseDate, parseHoursPerWeek, parseTrainingLength, parsePostcode, saysNoneOfThese, withoutWishLead } from '../language';
import { en } from '../texts/en';
import { nl } from '../texts/nl';
import { markApproximate, type IntakeAnswers } from './intakeAnswers';
import type { Question, QuestionContext, Understood } from './questionnaire';
import { choiceQuestion, yesNoQuestion, pickCandidate } from './questions';
import type { Matcher } from './services';
import { mergeLimits, notedReply, travelQuestion } from './limitsQuestions';

/** Interest search hits offered as "Bedoel je …?" only from this confidence. */
const TARGET_MIN_CONFIDENCE = 0.5;
type Start = NonNullable<IntakeAnswers['start']>;

/** Months from now until a date the seeker named, to place "per 1 maart" in a start bucket. */
function startFromDate(text: string, q: QuestionContext): Start | undefined {
  const answer = parseDate(text, { reference: q.now, locale: q.locale });
  if (!answer) return undefined;
  if ('asap' in answer) return 'now';
  if ('unknown' in answer) return 'later';
  const [y, m] = answer.date.split('-').map(Number);
  const months = (y - q.now.getUTCFullYear()) * 12 + (m - 1 - q.now.getUTCMonth());
  return months <= 1 ? 'now' : months <= 3 ? 'within-3-months' : months <= 6 ? 'within-6-months' : 'later';
}

const hoursQuestion: Question = {
  id: 'hours',
  ask: (q) => [
    {
      text: q.t.goals.hoursQuestion,
      choices: [
        { value: 'full', label: q.t.goals.hoursOptions.full },
        { value: 'part', label: q.t.goals.hoursOptions.part },
        { value: 'few', label: q.t.goals.hoursOptions.few },
      ],
    },
  ],
  understand: (text, q): Understood => {
    // "24 uur, alleen onder schooltijd": the hours, and the limit kept as said.
    const limits = findLimits(text);
    const keep = (a: IntakeAnswers) => limits && mergeLimits(a, limits, limits.phrases.join('; '));
    const reply = limits ? notedReply(limits, q.t) : undefined;
    const typed = (limits?.rest ?? text).trim().toLowerCase();
    if (typed === q.t.goals.hoursOptions.few.toLowerCase()) return { ok: true, apply: (a) => ((a.hours = { min: 1, max: 12 }), keep(a)), reply };
    const hours = parseHoursPerWeek(typed.replace(/\s*\(.*\)$/, ''));
    if (!hours) return { ok: false, hint: q.t.goals.hoursHint };
    if ('any' in hours) return { ok: true, apply: (a) => (delete a.hours, keep(a)), reply };
    const max = Math.min(60, Math.max(1, Math.round(hours.max)));
    const min = Math.min(max, Math.max(0, Math.round(hours.min)));
    return { ok: true, apply: (a) => ((a.hours = { min, max }), keep(a)), reply };
  },
};

function postcodeQuestion(matcher: Matcher): Question {
  return {
    id: 'postcode',
    ask: (q) => [{ text: q.t.goals.postcodeQuestion, choices: [{ value: 'skip', label: q.t.situation.skip }] }],
    understand: (text, q): Understood => {
      if (isSkip(text)) return { ok: true, apply: (a) => (delete a.postcode, delete a.region) };
      const postcode = parsePostcode(text);
      if (!postcode) return { ok: false, hint: q.t.goals.postcodeHint };
      const region = matcher.regionOf(postcode);
      return {
        ok: true,
        apply: (a) => {
          a.postcode = postcode;
          if (region) a.region = region;
          else delete a.region;
        },
        reply: region ? q.t.goals.regionKnown(region) : undefined,
      };
    },
  };
}

function interestQuestion(matcher: Matcher): Question {
  return {
    id: 'interest',
    freeText: true,
    when: (a) => a.direction === 'new' || a.direction === 'unsure',
    ask: (q) => [{ text: q.t.goals.interestQuestion, choices: [{ value: 'unknown', label: q.t.answers.dontKnow }] }],
    understand: (text, q): Understood => {
      // "maakt niet uit", "geen idee": no wish, and nothing found from it.
      if (isSkip(text) || isNonAnswer(text)) {
        return { ok: true, apply: (a) => (delete a.interests, delete a.targets, delete a.targetCandidates), reply: q.t.goals.noWish };
      }
      const limits = findLimits(text);
      const said = (limits?.rest || text).trim();
      // The seeker's own words are what an advisor reads; search hits are guesses the seeker confirms next.
      const words = withoutWishLead(said) || said;
      const candidates = matcher.searchOccupations(words, 3).filter((c) => c.confidence >= TARGET_MIN_CONFIDENCE).map(({ uri, label }) => ({ uri, label }));
      return {
        ok: true,
        apply: (a) => {
          a.interests = said.slice(0, 300);
          delete a.targets;
          if (candidates.length) a.targetCandidates = candidates;
          else delete a.targetCandidates;
          if (limits) mergeLimits(a, limits, limits.phrases.join('; '));
        },
        reply: limits ? notedReply(limits, q.t) : undefined,
      };
    },
  };
}

/** "Bedoel je …?": only an occupation the seeker picks becomes a target (= "the seeker named it"). */
const targetQuestion: Question = {
  id: 'target',
  when: (a) => (a.targetCandidates?.length ?? 0) > 0,
  ask: (q) => [
    {
      text: q.t.goals.targetQuestion(q.answers.interests ?? ''),
      choices: [...(q.answers.targetCandidates ?? []).map((c) => ({ value: c.uri, label: c.label })), { value: 'none', label: q.t.goals.targetNone }],
    },
  ],
  understand: (text, q): Understood => {
    const candidates = q.answers.targetCandidates ?? [];
    const typed = text.trim().toLowerCase();
    const chosen = pickCandidate(typed, candidates, q.answers.interests);
    if (chosen) return { ok: true, apply: (a) => ((a.targets = [chosen]), delete a.targetCandidates), reply: q.t.goals.targetNoted(chosen.label) };
    const none = [nl.goals.targetNone, en.goals.targetNone].some((l) => l.toLowerCase() === typed) || saysNoneOfThese(typed);
    if (none) return { ok: true, apply: (a) => (delete a.targets, delete a.targetCandidates), reply: q.t.goals.targetKept };
    return { ok: false };
  },
};

const TRAINING_MONTHS = { short: 2, half: 6, year: 12, long: 24 } as const;
type TrainingBucket = keyof typeof TRAINING_MONTHS;
const TRAINING_BUCKETS = (['short', 'half', 'year', 'long'] as const).map((value) => ({ value, labels: [nl.goals.trainingMonths[value], en.goals.trainingMonths[value]] }));

/**
 * A button stores its bucket; a typed length is kept as said ("3 maanden" is 3, not the 6 of
 * "Tot een half jaar"), marked approximate when it was a guess ("een paar weken", "2 à 3 maanden").
 */
const trainingMonthsQuestion: Question = {
  id: 'trainingMonths',
  when: (a) => a.trainingWilling === true,
  ask: (q) => [{ text: q.t.goals.trainingMonthsQuestion, choices: TRAINING_BUCKETS.map(({ value }) => ({ value, label: q.t.goals.trainingMonths[value] })) }],
  understand: (text, q): Understood => {
    // "weet ik nog niet": no length stored; the question is skipped like other choice questions.
    const kind = classifyNonAnswer(text);
    if (kind === 'unknown' || kind === 'private') return { ok: true, apply: () => undefined, reply: q.t.intake.skippedQuestion };
    const exact = matchChoice(text, TRAINING_BUCKETS);
    const bucket = exact?.confidence === 1 ? (exact.value as TrainingBucket) : undefined;
    const said = bucket ? undefined : parseTrainingLength(text);
    if (said) return { ok: true, apply: (a) => ((a.trainingMonths = said.months), markApproximate(a, 'trainingMonths', said.approximate)) };
    const value = bucket ?? (exact?.value as TrainingBucket | undefined);
    if (!value) return { ok: false };
    return { ok: true, apply: (a) => ((a.trainingMonths = TRAINING_MONTHS[value]), markApproximate(a, 'trainingMonths', false)) };
  },
};

/** The goals questions, in order (intakeSteps.ts cuts them into steps). */
export function goalsQuestions(matcher: Matcher): Question[] {
  return [
    choiceQuestion({
      id: 'direction',
      onNonAnswer: 'skip',
      text: (q) => q.t.goals.directionQuestion,
      options: (['same', 'similar', 'new', 'unsure'] as const).map((value) => ({
        value,
        label: (t) => t.goals.direction[value],
        synonyms: DIRECTION_SYNONYMS[value],
      })),
      apply: (a, value) => (a.direction = value),
    }),
    interestQuestion(matcher),
    targetQuestion,
    hoursQuestion,
    postcodeQuestion(matcher),
    travelQuestion,
    choiceQuestion<Start>({
      id: 'start',
      onNonAnswer: 'skip',
      text: (q) => q.t.goals.startQuestion,
      options: (['now', 'within-3-months', 'within-6-months', 'later'] as const).map((value) => ({ value, label: (t) => t.goals.start[value] })),
      fallback: startFromDate,
      apply: (a, value) => (a.start = value),
    }),
    yesNoQuestion({
      id: 'training',
      onNonAnswer: 'skip',
      withUnknown: 'dontKnow',
      text: (q) => q.t.goals.trainingQuestion,
      apply: (a, value) => {
        // "weet ik niet" is no answer: not stored as a yes (matching then assumes nothing).
        if (value === 'yes' || value === 'no') a.trainingWilling = value === 'yes';
        else delete a.trainingWilling;
        if (value !== 'yes') delete a.trainingMonths;
      },
    }),
    trainingMonthsQuestion,
  ];
}
