// Van werk naar werk: the group whose jobs end, as a table of questions: how many → which work →
// when the jobs end → what the employer offers. Numbers and work only, never names.
import { classifyNonAnswer, findNumbers, GROUP_OFFERS, isBareNo, isPhrase, mentionedChoices, NOTHING_PHRASES, parseDate } from '../language';
import type { GroupOffer } from '../mediation/group';
import { mentionsEmployeeData } from './employeeData';
import type { Question } from './questionnaire';
import { isSkipped, skip, type GroupAnswers } from './vacancyAnswers';

type Q = Question<GroupAnswers>;
const saysUnknown = (text: string) => ['unknown', 'private', 'no-preference'].includes(classifyNonAnswer(text) ?? '');

export const groupQuestions: Q[] = [
  {
    id: 'headcount',
    when: (a) => a.headcount === undefined,
    ask: (q) => [{ text: q.t.employerMediation.group.headcountQuestion }],
    understand: (text, q) => {
      if (mentionsEmployeeData(text)) return { ok: false, hint: q.t.employer.noPersonalData };
      const numbers = findNumbers(text, { locale: q.locale }).map((n) => n.value).filter((v) => Number.isInteger(v) && v > 0 && v <= 100_000);
      return numbers.length === 1 ? { ok: true, apply: (a) => (a.headcount = numbers[0]) } : { ok: false, hint: q.t.employerMediation.group.headcountHint };
    },
  },
  {
    id: 'work',
    freeText: true,
    when: (a) => !a.work,
    ask: (q) => [{ text: q.t.employerMediation.group.workQuestion }],
    understand: (text, q) => {
      if (mentionsEmployeeData(text) || saysUnknown(text)) return { ok: false, hint: mentionsEmployeeData(text) ? q.t.employer.noPersonalData : q.t.employerMediation.group.workHint };
      const work = text.trim().replace(/\s+/g, ' ').slice(0, 300);
      return work.length >= 3 ? { ok: true, apply: (a) => (a.work = work) } : { ok: false, hint: q.t.employerMediation.group.workHint };
    },
  },
  {
    id: 'ends',
    when: (a) => !a.endsAt && !isSkipped(a, 'ends'),
    ask: (q) => [{ text: q.t.employerMediation.group.endsQuestion, choices: [{ value: 'unknown', label: q.t.answers.dontKnow }] }],
    understand: (text, q) => {
      if (saysUnknown(text)) return { ok: true, apply: (a) => skip(a, 'ends'), reply: q.t.employerMediation.vacancy.skipped };
      const date = parseDate(text, { reference: q.now, locale: q.locale });
      if (date && 'date' in date && date.date >= q.now.toISOString().slice(0, 10)) return { ok: true, apply: (a) => (a.endsAt = date.date) };
      return { ok: false, hint: q.t.employerMediation.group.endsHint };
    },
  },
  {
    id: 'offer',
    when: (a) => a.offers === undefined,
    ask: (q) => [{
      text: q.t.employerMediation.group.offerQuestion,
      choices: [...(['training-paid', 'transition-fee', 'time-off', 'outplacement'] as const).map((value) => ({ value, label: q.t.employerMediation.group.offers[value] })), { value: 'nothing', label: q.t.employerMediation.group.nothingYet }],
    }],
    understand: (text, q) => {
      const offers = mentionedChoices(text, GROUP_OFFERS) as GroupOffer[];
      if (offers.length) return { ok: true, apply: (a) => (a.offers = offers) };
      if (saysUnknown(text) || isBareNo(text) || isPhrase(text, NOTHING_PHRASES) || text.trim() === q.t.employerMediation.group.nothingYet) return { ok: true, apply: (a) => (a.offers = []) };
      return { ok: false, hint: q.t.employerMediation.group.offerHint };
    },
  },
];
