// The intake's questions about what the seeker cannot do (after "health limits: yes"), their age
// and a diploma from abroad, and the travel time. Limits typed anywhere (the job, the wish) are
// merged here too, so a stated limit is kept in the seeker's words and never silently dropped.
import { findLifted, findLimits, isNonAnswer, isSkip, parseBirthYear, parseTravelMinutes, parseYesNo, saysNoMoreLimits, saysSomethingElse, type FoundLimits, type LiftedLimit } from '../language';
import { en } from '../texts/en';
import { nl, type Texts } from '../texts/nl';
import type { IntakeAnswers } from './intakeAnswers';
import type { Question, QuestionContext, Understood } from './questionnaire';
import { yesNoQuestion } from './questions';

const OPTIONS = ['heavy', 'school', 'nights', 'travel'] as const;
type LimitOption = (typeof OPTIONS)[number];
type LimitField = 'heavy' | 'times' | 'travel';
const WORDS_MAX = 300;
const TIMES_ORDER = ['school-hours', 'daytime', 'no-nights'] as const;

export interface MergeHow {
  /** Limits the seeker says do not hold ("ik kan wel tillen"): taken off first. */
  lifted?: LiftedLimit[];
  /** The limits are said again (a correction): what the answer states replaces what was there. */
  replace?: boolean;
}

/** The fields a lifted limit takes off, given the limits there are. */
function fieldsLifted(lifted: LiftedLimit[], l: NonNullable<IntakeAnswers['limits']>): LimitField[] {
  return lifted.flatMap((lift): LimitField[] => {
    if (lift === 'heavy' || lift === 'travel') return [lift];
    // Evenings are fine: "only daytime" no longer holds; nights fine: no time limit at all.
    return lift === 'nights' || l.times === 'school-hours' || l.times === 'daytime' ? ['times'] : [];
  });
}

const fieldsOf = (found: FoundLimits | undefined): LimitField[] => [
  ...(found?.noHeavyWork ? (['heavy'] as const) : []), ...(found?.times ? (['times'] as const) : []), ...(found?.maxTravelMinutes ? (['travel'] as const) : []),
];

/** The seeker's words without the parts about `off` ("niks zwaars, geen drukke omgeving" → "geen drukke omgeving"). */
function withoutFields(said: string, off: Set<LimitField>): string {
  const found = findLimits(said, { about: true });
  const states = (text: string) => fieldsOf(findLimits(text, { about: true })).some((f) => off.has(f));
  if (!found || !states(said)) return said;
  return [...found.phrases.filter((p) => !states(p)), found.rest].filter(Boolean).join(', ');
}

/**
 * Adds what was found (and the seeker's own words) to the answers' limits: limits add up, the
 * stricter time and the shorter travel win. Lifted limits (and with `replace` the restated ones) go
 * first, with the words that said them.
 */
export function mergeLimits(a: IntakeAnswers, found: FoundLimits | undefined, words?: string, how: MergeHow = {}): void {
  const limits = { ...(a.limits ?? {}) };
  const off = new Set([...fieldsLifted(how.lifted ?? [], limits), ...(how.replace ? fieldsOf(found) : [])]);
  if (off.has('heavy')) delete limits.noHeavyWork;
  if (off.has('times')) delete limits.times;
  if (off.has('travel')) delete limits.maxTravelMinutes;
  if (off.size && limits.words) {
    const kept = limits.words.split('; ').map((said) => withoutFields(said, off)).filter(Boolean);
    if (kept.length) limits.words = kept.join('; ');
    else delete limits.words;
  }
  if (found?.noHeavyWork) limits.noHeavyWork = true;
  if (found?.times) limits.times = limits.times && TIMES_ORDER.indexOf(limits.times) < TIMES_ORDER.indexOf(found.times) ? limits.times : found.times;
  if (found?.maxTravelMinutes) limits.maxTravelMinutes = Math.min(limits.maxTravelMinutes ?? 240, found.maxTravelMinutes);
  const said = words?.trim();
  if (said && !(limits.words ?? '').toLowerCase().includes(said.toLowerCase())) {
    limits.words = [limits.words, said].filter(Boolean).join('; ').slice(0, WORDS_MAX);
  }
  if (Object.keys(limits).length) a.limits = limits;
  else delete a.limits;
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

/** "Dat haal ik weg: geen zwaar lichamelijk werk of tillen." for the limits a lifted one takes off. */
function liftedReply(a: IntakeAnswers, lifted: LiftedLimit[], t: Texts): string | undefined {
  const l = a.limits ?? {};
  const off = fieldsLifted(lifted, l);
  const gone = { ...(off.includes('heavy') ? { noHeavyWork: l.noHeavyWork } : {}), ...(off.includes('times') ? { times: l.times } : {}), ...(off.includes('travel') ? { maxTravelMinutes: l.maxTravelMinutes } : {}) };
  const lines = limitLines({ limits: gone }, t).map((line) => line.toLowerCase());
  return lines.length ? t.skills.limitsLifted(lines.join(', ')) : undefined;
}

const hasLimits = (a: IntakeAnswers) => Boolean(a.limits && (a.limits.noHeavyWork || a.limits.times || a.limits.maxTravelMinutes || a.limits.words));
const isButton = (text: string, key: LimitOption) => [nl, en].some((t) => t.skills.limitOptions[key].toLowerCase() === text.trim().toLowerCase());

/**
 * One answer to "Wat kun je niet?" or "Is er nog iets?": buttons and free text. Structured limits
 * are taken; anything else the seeker names ("niet lang achter een scherm") is kept in their words.
 * Asked again while limits are there (a correction), what the answer says replaces what was there.
 */
function understandLimits(text: string, q: QuestionContext, replace = false): Understood {
  const found = findLimits(text, { about: true });
  const lifted = findLifted(text);
  const button = OPTIONS.find((key) => isButton(text, key));
  if (!found && !lifted.length && saysSomethingElse(text)) return { ok: false, hint: q.t.skills.limitsHint };
  // A structured button says it all; typed words (and "niet ver reizen", which has no field) are kept.
  // "ik kan wel tillen" alone names no limit: no words.
  const words = (button && button !== 'travel') || (!found && lifted.length) ? undefined : text.trim();
  const replies = [liftedReply(q.answers, lifted, q.t), found ? notedReply(found, q.t) : words ? q.t.skills.limitsNoted(`"${words}"`) : undefined];
  return {
    ok: true,
    apply: (a) => mergeLimits(a, found, words, { lifted, replace }),
    reply: replies.filter(Boolean).join('\n\n') || undefined,
  };
}

/** Nothing to name: "nee", "geen", "weet ik niet", "sla over" (but "geen drukke omgeving" is a limit). */
const namesNothing = (text: string) => !findLimits(text, { about: true }) && !findLifted(text).length && (saysNoMoreLimits(text) || isSkip(text));

const limitChoices = (t: Texts, a: IntakeAnswers) =>
  OPTIONS.filter((key) => !(key === 'heavy' && a.limits?.noHeavyWork) && !(key === 'school' && a.limits?.times === 'school-hours') && !(key === 'nights' && a.limits?.times))
    .map((key) => ({ value: key, label: t.skills.limitOptions[key] }));

export const limitsQuestion: Question = {
  id: 'limits',
  freeText: true,
  when: (a) => a.healthLimits === 'yes' && !hasLimits(a),
  ask: (q) => [{ text: q.t.skills.limitsIntro }, { text: q.t.skills.limitsQuestion, choices: limitChoices(q.t, q.answers) }],
  // Only asked with limits already there when it is asked again to correct them.
  understand: (text, q) => (namesNothing(text) ? { ok: true, apply: () => undefined } : understandLimits(text, q, hasLimits(q.answers))),
};

/** Once, after a first limit: a second one (a bad back and school hours); it adds, never drops. */
export const limitsMoreQuestion: Question = {
  id: 'limitsMore',
  freeText: true,
  when: (a) => a.healthLimits === 'yes' && hasLimits(a),
  ask: (q) => [{ text: q.t.skills.limitsMoreQuestion, choices: [...limitChoices(q.t, q.answers), { value: 'done', label: q.t.skills.limitsDone }] }],
  understand: (text, q) => {
    const done = [nl, en].some((t) => t.skills.limitsDone.toLowerCase() === text.trim().toLowerCase()) || namesNothing(text);
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
