// Builders for the common kinds of question: a closed question with buttons (free text understood
// with synonyms and typos), and yes / no / don't know.
import { classifyNonAnswer, isBareYes, matchChoice, normalizeText, parseYesNoAnswer, startsWithNo, type Choice, type YesNo } from '../language';
import { en } from '../texts/en';
import { nl, type Texts } from '../texts/nl';
import type { IntakeAnswers } from './intakeAnswers';
import type { Question, QuestionContext, Understood } from './questionnaire';

export interface Option<V extends string> {
  value: V;
  /** The button text in a language. */
  label: (t: Texts) => string;
  /** Other ways people say it (any language). */
  synonyms?: readonly string[];
}

interface ChoiceQuestionSpec<V extends string, A = IntakeAnswers> {
  id: string;
  when?: (a: A) => boolean;
  intro?: (q: QuestionContext<A>) => string[];
  text: (q: QuestionContext<A>) => string;
  options: readonly Option<V>[];
  apply: (a: A, value: V) => void;
  reply?: (q: QuestionContext<A>, value: V) => string | undefined;
  help?: (q: QuestionContext<A>) => string;
  /** Tried before the buttons, for answers a parser understands better (e.g. yes/no). */
  first?: (text: string, q: QuestionContext<A>) => V | undefined;
  /** Understands free text that is not one of the options (e.g. a date for "when"). */
  fallback?: (text: string, q: QuestionContext<A>) => V | undefined;
  /**
   * "weet ik niet", "liever niet" when no button means that: 'skip' goes on without storing
   * anything; 'ask' asks again with the question's help (for a question the intake needs); unset,
   * the answer goes to the parsers (consent: "liever niet" is a no).
   */
  onNonAnswer?: 'skip' | 'ask';
}

/**
 * A whole answer that says nothing ("weet niet", "geen idee hoe dat heet", "liever niet") is not
 * read as content ("geen" → no diploma, "niet" → no Dutch): the button that means the same
 * ("Weet ik niet", "Zeg ik liever niet"), else nothing. A bare "nee"/"geen" stays for the parsers,
 * where it can be an answer ("geen" diploma).
 */
function nonAnswerChoice(text: string, choices: readonly Choice[]): { value?: string } | undefined {
  const kind = classifyNonAnswer(text);
  if (kind !== 'unknown' && kind !== 'private') return undefined;
  const option = choices.find((c) => c.labels.some((l) => classifyNonAnswer(l) === kind));
  return { value: option?.value };
}

export function choiceQuestion<V extends string, A = IntakeAnswers>(spec: ChoiceQuestionSpec<V, A>): Question<A> {
  // Both languages' button texts count, so a seeker may answer in either.
  const choices = spec.options.map((o) => ({ value: o.value, labels: [o.label(nl), o.label(en), ...(o.synonyms ?? [])] }));
  return {
    id: spec.id,
    when: spec.when,
    help: spec.help,
    ask: (q) => [
      ...(spec.intro?.(q) ?? []).map((text) => ({ text })),
      { text: spec.text(q), choices: spec.options.map((o) => ({ value: o.value, label: o.label(q.t) })) },
    ],
    understand: (text, q): Understood<A> => {
      const typed = normalizeText(text);
      const button = choices.find((c) => c.labels.some((l) => normalizeText(l) === typed))?.value as V | undefined;
      const none = button ? undefined : nonAnswerChoice(text, choices);
      if (none && none.value === undefined && spec.onNonAnswer === 'ask') return { ok: false, hint: spec.help?.(q) };
      if (none && none.value === undefined && spec.onNonAnswer === 'skip') return { ok: true, apply: () => undefined, reply: q.t.intake.skippedQuestion };
      const value = button ?? (none?.value as V | undefined) ?? spec.first?.(text, q) ?? (matchChoice(text, choices)?.value as V | undefined) ?? spec.fallback?.(text, q);
      if (value === undefined) return { ok: false };
      return { ok: true, apply: (a) => spec.apply(a, value), reply: spec.reply?.(q, value) };
    },
  };
}

export const yesNoOptions = (withUnknown: 'dontKnow' | 'private' | false = false): Option<YesNo | 'private'>[] => [
  { value: 'yes', label: (t) => t.answers.yes },
  { value: 'no', label: (t) => t.answers.no },
  ...(withUnknown ? [{ value: withUnknown === 'private' ? ('private' as const) : ('unknown' as const), label: (t: Texts) => t.answers[withUnknown] }] : []),
];

/**
 * A yes/no question: the buttons, plus everything parseYesNoAnswer understands ("klopt", "jazeker",
 * 👍, and a leading "ja"/"nee" with a reason after it).
 */
export function yesNoQuestion<A = IntakeAnswers>(spec: Omit<ChoiceQuestionSpec<YesNo | 'private', A>, 'options' | 'first'> & { withUnknown?: 'dontKnow' | 'private' }): Question<A> {
  return choiceQuestion({ ...spec, options: yesNoOptions(spec.withUnknown ?? false), first: (text) => parseYesNoAnswer(text) });
}

/**
 * The occupation a seeker picked from offered candidates: by position ("2", "de tweede", "the
 * last one"), by its label with typos or extra words ("chef kok", "kok was ik"), or by part of it.
 * A bare "ja" to "You wrote X: which fits best?" means X itself, when exactly one candidate is
 * the seeker's own words (`ownWords`).
 */
export function pickCandidate<C extends { label: string }>(typed: string, candidates: readonly C[], ownWords?: string): C | undefined {
  // "geen van deze, ik was kok", "nee, de tweede niet": not a pick.
  if (startsWithNo(typed)) return undefined;
  const picked = matchChoice(typed, candidates.map((c) => ({ value: c.label, labels: [c.label] })));
  if (picked) return candidates.find((c) => c.label === picked.value);
  const text = typed.trim().toLowerCase();
  const part = candidates.find((c) => text.length > 3 && c.label.toLowerCase().includes(text));
  if (part || !ownWords || !isBareYes(typed)) return part;
  const same = candidates.filter((c) => c.label.toLowerCase() === ownWords.trim().toLowerCase());
  return same.length === 1 ? same[0] : undefined;
}
