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

interface ChoiceQuestionSpec<V extends string> {
  id: string;
  when?: (a: IntakeAnswers) => boolean;
  intro?: (q: QuestionContext) => string[];
  text: (q: QuestionContext) => string;
  options: readonly Option<V>[];
  apply: (a: IntakeAnswers, value: V) => void;
  reply?: (q: QuestionContext, value: V) => string | undefined;
  help?: (q: QuestionContext) => string;
  /** Tried before the buttons, for answers a parser understands better (e.g. yes/no). */
  first?: (text: string, q: QuestionContext) => V | undefined;
  /** Understands free text that is not one of the options (e.g. a date for "when"). */
  fallback?: (text: string, q: QuestionContext) => V | undefined;
}

export function choiceQuestion<V extends string>(spec: ChoiceQuestionSpec<V>): Question {
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
    understand: (text, q): Understood => {
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
export function yesNoQuestion(spec: Omit<ChoiceQuestionSpec<YesNo | 'private'>, 'options' | 'first'> & { withUnknown?: 'dontKnow' | 'private' }): Question {
  return choiceQuestion({ ...spec, options: yesNoOptions(spec.withUnknown ?? false), first: (text) => parseYesNo(text) });
}
