// "Klopt dit?" before an employer's vacancy or group is stored: yes stores it; "nee, 24 uur"
// changes it at once; "de uren kloppen niet" asks that question again; "iets aanpassen" asks which.
import { CHANGE_PHRASES, matchChoice, MEDIATION_FIELDS, mentionedChoices, mentionsPhrase, parseYesNoAnswer, startsWithNo } from '../language';
import type { Question, QuestionContext, Understood } from './questionnaire';
import { choiceQuestion } from './questions';
import type { ContactAnswers } from './vacancyAnswers';

export interface CheckSpec<A extends ContactAnswers> {
  fields: readonly string[];
  lines: (a: A, q: QuestionContext<A>) => string[];
  /** Facts a correction holds ("nee, 24 uur"): applied at once. */
  facts?: (text: string, q: QuestionContext<A>) => Partial<A>;
}

export function checkQuestions<A extends ContactAnswers>(spec: CheckSpec<A>): Question<A>[] {
  const fieldChoices = MEDIATION_FIELDS.filter((f) => spec.fields.includes(f.value));
  return [
    {
      id: 'check',
      when: (a) => !a.confirmed && !a.fix,
      ask: (q) => [{ text: [q.t.employerMediation.check.intro, ...spec.lines(q.answers, q)].join('\n') }, { text: q.t.employerMediation.check.question, choices: [{ value: 'yes', label: q.t.employerMediation.check.yes }, { value: 'change', label: q.t.employerMediation.check.change }] }],
      understand: (text, q): Understood<A> => {
        const facts = spec.facts?.(text, q) ?? {};
        if (Object.keys(facts).length) return { ok: false, aside: { apply: (a) => Object.assign(a, facts), reply: q.t.employerMediation.check.changed } };
        const [field] = mentionedChoices(text, fieldChoices);
        if (field) return { ok: true, apply: (a) => (a.fix = field) };
        if (text.trim() === q.t.employerMediation.check.yes || (parseYesNoAnswer(text) === 'yes' && !startsWithNo(text))) return { ok: true, apply: (a) => (a.confirmed = true) };
        if (text.trim() === q.t.employerMediation.check.change || parseYesNoAnswer(text) === 'no' || mentionsPhrase(text, CHANGE_PHRASES)) return { ok: true, apply: (a) => (a.fix = 'which') };
        return { ok: false };
      },
    },
    choiceQuestion<string, A>({
      id: 'which',
      when: (a) => a.fix === 'which',
      text: (q) => q.t.employerMediation.check.whichQuestion,
      options: fieldChoices.map((f) => ({ value: f.value, label: (t) => t.employerMediation.check.labels[f.value as keyof typeof t.employerMediation.check.labels], synonyms: f.labels })),
      first: (text) => matchChoice(text, fieldChoices)?.value,
      apply: (a, value) => (a.fix = value),
    }),
  ];
}
