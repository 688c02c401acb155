// The intake's questions about the seeker's situation and income (step 1, see intakeSteps.ts).
import { classifyNonAnswer, endAfterLength, INCOME_SITUATIONS, isSkip, parseAmount, parseDate, type Amount } from '../language';
import type { IncomeSituation } from '../matching';
import { formatDate, formatEuro } from '../language/format';
import { markApproximate, type IntakeAnswers } from './intakeAnswers';
import type { Question } from './questionnaire';
import { choiceQuestion, type Option } from './questions';

const SITUATIONS: IncomeSituation[] = ['employed', 'flex', 'self-employed', 'ww', 'bijstand', 'wia', 'wajong', 'other-benefit', 'none'];
const synonymsOf = (value: string) => INCOME_SITUATIONS.find((s) => s.value === value)?.labels ?? [];
const BENEFITS: IncomeSituation[] = ['ww', 'bijstand', 'wia', 'wajong', 'other-benefit'];

const PER_MONTH: Record<Amount['period'] & string, number> = { hour: 0, week: 52 / 12, 'four-weeks': 13 / 12, month: 1, year: 1 / 12 };

/** Whether a date (its last day, for a month or year) lies before today. */
function endsBefore(answer: { date: string; granularity: 'day' | 'month' | 'year' }, now: Date): boolean {
  const [y, m] = answer.date.split('-').map(Number);
  const last = answer.granularity === 'year' ? `${y}-12-31` : answer.granularity === 'month' ? new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10) : answer.date;
  return last < now.toISOString().slice(0, 10);
}

/** The situation, and what no longer applies with it (a WIA type, a WW end date). */
export function setSituation(a: IntakeAnswers, value: IncomeSituation): void {
  a.situation = value;
  if (value !== 'wia') delete a.wiaType;
  if (value !== 'ww') (delete a.benefitEnd, delete a.benefitEndUnknown);
}

/** The situation questions, in order (intakeSteps.ts cuts them into steps). */
export const situationQuestions: Question[] = [
  choiceQuestion({
    id: 'situation',
    text: (q) => q.t.situation.question,
    options: SITUATIONS.map((value): Option<IncomeSituation> => ({ value, label: (t) => t.situation.options[value], synonyms: synonymsOf(value) })),
    apply: setSituation,
    help: (q) => q.t.situation.help,
    // Everything after depends on it: "weet ik niet" gets the explanation and the question again.
    onNonAnswer: 'ask',
  }),
  choiceQuestion({
    id: 'wiaType',
    onNonAnswer: 'skip',
    when: (a) => a.situation === 'wia',
    text: (q) => q.t.situation.wiaQuestion,
    options: [
      { value: 'wga', label: (t) => t.situation.wga, synonyms: ['gedeeltelijk', 'deels', 'partly'] },
      { value: 'iva', label: (t) => t.situation.iva, synonyms: ['volledig', 'helemaal', 'fully'] },
      { value: 'unknown', label: (t) => t.answers.dontKnow },
    ],
    apply: (a, value) => {
      if (value === 'unknown') delete a.wiaType;
      else a.wiaType = value;
    },
  }),
  {
    id: 'wwEnd',
    when: (a) => a.situation === 'ww',
    ask: (q) => [{ text: q.t.situation.wwEndQuestion, choices: [{ value: 'unknown', label: q.t.answers.dontKnow }] }],
    understand: (text, q) => {
      const answer = parseDate(text, { reference: q.now, locale: q.locale });
      // "sinds september": when the WW began, not when it ends; an end already past is no end either.
      if (answer && 'date' in answer && (answer.kind === 'since' || endsBefore(answer, q.now))) return { ok: false, hint: q.t.situation.wwEndHint };
      // "nog n jaar", "not sure, maybe a year": that long from today, a guess.
      const end = answer && 'date' in answer ? answer : endAfterLength(text, q.now);
      if (end) {
        return {
          ok: true,
          apply: (a: IntakeAnswers) => ((a.benefitEnd = end.date), delete a.benefitEndUnknown, markApproximate(a, 'benefitEnd', end.approximate)),
          reply: q.t.situation.wwEndUnderstood(formatDate(end.date, q.locale, end.granularity)),
        };
      }
      if ((answer && 'unknown' in answer) || classifyNonAnswer(text) === 'unknown') {
        return { ok: true, apply: (a: IntakeAnswers) => ((a.benefitEndUnknown = true), delete a.benefitEnd, markApproximate(a, 'benefitEnd', false)) };
      }
      return { ok: false, hint: q.t.situation.wwEndHint };
    },
  },
  {
    id: 'amount',
    when: (a) => BENEFITS.includes(a.situation as IncomeSituation),
    ask: (q) => [{ text: q.t.situation.amountQuestion, choices: [{ value: 'skip', label: q.t.situation.skip }] }],
    understand: (text, q) => {
      if (isSkip(text)) return { ok: true, apply: (a: IntakeAnswers) => delete a.monthlyAmount };
      const amount = parseAmount(text, { locale: q.locale });
      const factor = PER_MONTH[amount?.period ?? 'month'];
      if (!amount || !factor || amount.amount <= 0 || amount.amount > 100_000) return { ok: false, hint: q.t.situation.amountHint };
      const monthly = Math.round(amount.amount * factor);
      return { ok: true, apply: (a: IntakeAnswers) => (a.monthlyAmount = monthly), reply: q.t.situation.amountUnderstood(formatEuro(monthly, q.locale)) };
    },
  },
];
