// Builders for the common kinds of question: a closed question with buttons (free text understood
// with synonyms and typos), and yes / no / don't know.
import { matchChoice, parseYesNo, type YesNo } from '../language';
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
      const value = spec.first?.(text, q) ?? (matchChoice(text, choices)?.value as V | undefined) ?? spec.fallback?.(text, q);
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

/** A yes/no question: the buttons, plus everything parseYesNo understands ("klopt", "jazeker", 👍). */
export function yesNoQuestion<A = IntakeAnswers>(spec: Omit<ChoiceQuestionSpec<YesNo | 'private', A>, 'options' | 'first'> & { withUnknown?: 'dontKnow' | 'private' }): Question<A> {
  return choiceQuestion({ ...spec, options: yesNoOptions(spec.withUnknown ?? false), first: (text) => parseYesNo(text) });
}

/** The occupation a seeker picked from offered candidates: by number, by exact label, or by part of it. */
export function pickCandidate<C extends { label: string }>(typed: string, candidates: readonly C[]): C | undefined {
  const byNumber = /^\d$/.test(typed) ? candidates[Number(typed) - 1] : undefined;
  return byNumber ?? candidates.find((c) => c.label.toLowerCase() === typed) ?? candidates.find((c) => typed.length > 3 && c.label.toLowerCase().includes(typed));
}
