// The intake's questions about what the seeker cannot do (after "health limits: yes"), their age
// and a diploma from abroad, and the travel time. Limits typed anywhere (the job, the wish) are
// merged here too, so a stated limit is kept in the seeker's words and never silently dropped.
import { findLimits, isNonAnswer, isSkip, parseBirthYear, parseTravelMinutes, parseYesNo, saysSomethingElse, type FoundLimits } from '../language';
import { en } from '../texts/en';
import { nl, type Texts } from '../texts/nl';
import type { IntakeAnswers } from './intakeAnswers';
import type { Question, QuestionContext, Understood } from './questionnaire';
import { yesNoQuestion } from './questions';

const OPTIONS = ['heavy', 'school', 'nights', 'travel'] as const;
type LimitOption = (typeof OPTIONS)[number];
const WORDS_MAX = 300;

/** Adds what was found (and the seeker's own words) to the answers' limits; returns the answers. */
export function mergeLimits(a: IntakeAnswers, found: FoundLimits | undefined, words?: string): void {
  const limits = { ...(a.limits ?? {}) };
  if (found?.noHeavyWork) limits.noHeavyWork = true;
  if (found?.times) {
    const order = ['school-hours', 'daytime', 'no-nights'] as const;
    limits.times = limits.times && order.indexOf(limits.times) < order.indexOf(found.times) ? limits.times : found.times;
  }
  if (found?.maxTravelMinutes) limits.maxTravelMinutes = Math.min(limits.maxTravelMinutes ?? 240, found.maxTravelMinutes);
  const said = words?.trim();
  if (said && !(limits.words ?? '').toLowerCase().includes(said.toLowerCase())) {
    limits.words = [limits.words, said].filter(Boolean).join('; ').slice(0, WORDS_MAX);
  }
  a.limits = limits;
}

/** The limits as short lines in the seeker's language (for replies and the summary). */
export function limitLines(a: IntakeAnswers, t: Texts): string[] {
  const f = t.summary.facts;
  const l = a.limits ?? {};
  return [
    ...(l.noHeavyWork ? [f.noHeavyWork] : []),
    ...(l.times ? [f.times[l.times]] : []),
    ...(l.maxTravelMinutes ? [f.travel(l.maxTravelMinutes)] : []),
    ...(l.words ? [f.limitWords(l.words)] : []),
  ];
}

/** "Ik noteer: geen zwaar lichamelijk werk of tillen." (the seeker's phrase when no field fits). */
export function notedReply(found: FoundLimits, t: Texts): string {
  const lines = limitLines({ limits: { ...found, words: undefined } }, t).map((l) => l.toLowerCase());
  return t.skills.limitsNoted([...lines, ...(found.other ?? []).map((p) => `"${p}"`)].join(', '));
}

const hasLimits = (a: IntakeAnswers) => Boolean(a.limits && (a.limits.noHeavyWork || a.limits.times || a.limits.maxTravelMinutes || a.limits.words));
const isButton = (text: string, key: LimitOption) => [nl, en].some((t) => t.skills.limitOptions[key].toLowerCase() === text.trim().toLowerCase());

/** One answer to "Wat kun je niet?": buttons and free text; unrecognised words are kept as said. */
function understandLimits(text: string, q: QuestionContext): Understood {
  const found = findLimits(text);
  const button = OPTIONS.find((key) => isButton(text, key));
  if (!found && saysSomethingElse(text)) return { ok: false, hint: q.t.skills.limitsHint };
  // A structured button says it all; typed words (and "niet ver reizen", which has no field) are kept.
  const words = button && button !== 'travel' ? undefined : text.trim();
  return {
    ok: true,
    apply: (a) => mergeLimits(a, found, words),
    reply: found ? notedReply(found, q.t) : q.t.skills.limitsNoted(`"${text.trim()}"`),
  };
}

const limitChoices = (t: Texts, a: IntakeAnswers) =>
  OPTIONS.filter((key) => !(key === 'heavy' && a.limits?.noHeavyWork) && !(key === 'school' && a.limits?.times === 'school-hours') && !(key === 'nights' && a.limits?.times))
    .map((key) => ({ value: key, label: t.skills.limitOptions[key] }));

export const limitsQuestion: Question = {
  id: 'limits',
  freeText: true,
  when: (a) => a.healthLimits === 'yes' && !hasLimits(a),
  ask: (q) => [{ text: q.t.skills.limitsIntro }, { text: q.t.skills.limitsQuestion, choices: limitChoices(q.t, q.answers) }],
  understand: (text, q) => (!findLimits(text) && (parseYesNo(text) === 'no' || isSkip(text)) ? { ok: true, apply: () => undefined } : understandLimits(text, q)),
};

/** Once, after a first limit: a second one (a bad back and school hours). */
export const limitsMoreQuestion: Question = {
  id: 'limitsMore',
  freeText: true,
  when: (a) => a.healthLimits === 'yes' && hasLimits(a),
  ask: (q) => [{ text: q.t.skills.limitsMoreQuestion, choices: [...limitChoices(q.t, q.answers), { value: 'done', label: q.t.skills.limitsDone }] }],
  understand: (text, q) => {
    const done = !findLimits(text) && [nl, en].some((t) => t.skills.limitsDone.toLowerCase() === text.trim().toLowerCase()) || (!findLimits(text) && (parseYesNo(text) === 'no' || isNonAnswer(text) || isSkip(text)));
    return done ? { ok: true, apply: () => undefined } : understandLimits(text, q);
  },
};

export const ageQuestion: Question = {
  id: 'age',
  ask: (q) => [{ text: q.t.skills.ageWhy }, { text: q.t.skills.ageQuestion, choices: [{ value: 'skip', label: q.t.situation.skip }] }],
  help: (q) => q.t.skills.ageWhy,
  understand: (text, q): Understood => {
    // The age first: "ik ben 21 en heb geen diploma" holds a "no" that is about the diploma.
    const year = parseBirthYear(text, q.now);
    if (year === undefined && (isSkip(text) || parseYesNo(text) === 'unknown' || parseYesNo(text) === 'no')) return { ok: true, apply: (a) => delete a.birthYear };
    if (year === undefined) return { ok: false, hint: q.t.skills.ageHint };
    return { ok: true, apply: (a) => (a.birthYear = year), reply: q.t.skills.ageNoted(q.now.getUTCFullYear() - year) };
  },
};

/** Only when it can be so: a diploma, and Dutch is not the seeker's first language. */
export const foreignDiplomaQuestion = yesNoQuestion({
  id: 'foreignDiploma',
  onNonAnswer: 'skip',
  withUnknown: 'dontKnow',
  when: (a) => a.education !== undefined && !['none', 'primary'].includes(a.education) && a.dutchLevel !== undefined && a.dutchLevel !== 'native',
  text: (q) => q.t.skills.foreignQuestion,
  help: (q) => q.t.skills.foreignHelp,
  apply: (a, value) => {
    if (value === 'yes') a.foreignDiploma = true;
    else if (value === 'no') a.foreignDiploma = false;
    else delete a.foreignDiploma;
  },
});


/** Asked where it matters: a postcode is known, or the seeker said they cannot travel far. */
export const travelQuestion: Question = {
  id: 'travel',
  when: (a) => a.limits?.maxTravelMinutes === undefined && (a.postcode !== undefined || Boolean(findLimits(a.limits?.words ?? '')?.nearHome)),
  ask: (q) => [{ text: q.t.goals.travelQuestion, choices: (['quarter', 'half', 'hour', 'any'] as const).map((value) => ({ value, label: q.t.goals.travelOptions[value] })) }],
  understand: (text, q): Understood => {
    // The buttons ("Een kwartier", "Een half uur", "Een uur", "Maakt niet uit") read like typed answers.
    if (isNonAnswer(text) || isSkip(text)) return { ok: true, apply: () => undefined };
    const minutes = parseTravelMinutes(text);
    if (minutes === undefined) return { ok: false, hint: q.t.goals.travelHint };
    return { ok: true, apply: (a) => mergeLimits(a, { maxTravelMinutes: minutes, phrases: [], rest: '' }) };
  },
};
