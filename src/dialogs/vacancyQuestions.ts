// The vacancy, as a table of questions (like situationDialog.ts): the work in own words → the ESCO
// occupation, confirmed → hours → place → start → diploma → Dutch → anything else needed → what
// can be learned → openness to support. "weet niet" skips a question and stores nothing; several
// facts in one answer are all taken (vacancyAlsoRead).
import {
  classifyNonAnswer, hoursIn, isBareNo, isNonAnswer, LEARN_ON_THE_JOB, mentionedChoices, parseDutchLevel, parseEducationLevel, parsePostcode, parseYesNoAnswer,
  isPhrase, NO_DIPLOMA_PHRASES, NOTHING_PHRASES, readVacancyFacts, requirementsIn, saysNoneOfThese, startIn, SUPPORT_OPENNESS, type VacancyFacts,
} from '../language';
import type { LearnOnTheJob, SupportOpenness } from '../mediation/vacancy';
import type { DutchLevel, EducationLevel } from '../matching/profile';
import { mentionsEmployeeData } from './employeeData';
import type { Question, QuestionContext, QuestionnaireHooks, Understood } from './questionnaire';
import { pickCandidate } from './questions';
import type { OccupationCandidate } from './services';
import { isSkipped, skip, type VacancyAnswers } from './vacancyAnswers';

type Q = Question<VacancyAnswers>;
type Ctx = QuestionContext<VacancyAnswers>;
const CANDIDATES = 4;

/** "weet ik niet", "geen idee": the question is skipped, nothing is stored. */
function skipped(id: string, q: Ctx): Understood<VacancyAnswers> {
  return { ok: true, apply: (a) => skip(a, id), reply: q.t.employerMediation.vacancy.skipped };
}
const saysUnknown = (text: string) => ['unknown', 'private', 'no-preference'].includes(classifyNonAnswer(text) ?? '');
const open = (id: string, has: (a: VacancyAnswers) => boolean) => (a: VacancyAnswers) => !has(a) && !isSkipped(a, id);

function workQuestion(search: (text: string, limit: number) => OccupationCandidate[]): Q {
  return {
    id: 'work',
    freeText: true,
    when: (a) => !a.words,
    ask: (q) => [{ text: q.t.employerMediation.vacancy.workQuestion }],
    understand: (text, q) => {
      if (mentionsEmployeeData(text)) return { ok: false, hint: q.t.employer.noPersonalData };
      // The work is what everything else hangs on: "weet niet" is no description.
      if (saysUnknown(text) || isNonAnswer(text)) return { ok: false, hint: q.t.employerMediation.vacancy.workHint };
      const words = text.trim().replace(/\s+/g, ' ').slice(0, 300);
      if (words.length < 3) return { ok: false, hint: q.t.employerMediation.vacancy.workHint };
      const candidates = search(words.split(/[,;]/)[0], CANDIDATES).map(({ uri, label }) => ({ uri, label }));
      return { ok: true, apply: (a) => ((a.words = words), (a.candidates = candidates), delete a.occupationUri, delete a.occupationLabel, (a.occupationDone = !candidates.length)) };
    },
  };
}

const occupationQuestion: Q = {
  id: 'occupation',
  when: (a) => Boolean(a.candidates?.length) && !a.occupationDone,
  ask: (q) => [{
    text: q.t.employerMediation.vacancy.occupationQuestion(q.answers.words ?? ''),
    choices: [...(q.answers.candidates ?? []).map((c) => ({ value: c.uri, label: c.label })), { value: 'none', label: q.t.employerMediation.vacancy.noneOfThese }],
  }],
  understand: (text, q) => {
    const candidates = q.answers.candidates ?? [];
    const picked = pickCandidate(text, candidates, q.answers.words);
    if (picked) return { ok: true, apply: (a) => ((a.occupationUri = picked.uri), (a.occupationLabel = picked.label), (a.occupationDone = true)), reply: q.t.employerMediation.vacancy.occupationChosen(picked.label) };
    if (saysNoneOfThese(text) || saysUnknown(text) || text.trim() === q.t.employerMediation.vacancy.noneOfThese) {
      return { ok: true, apply: (a) => ((a.occupationDone = true), delete a.occupationUri, delete a.occupationLabel), reply: q.t.employerMediation.vacancy.occupationNone };
    }
    return { ok: false };
  },
};

const hoursQuestion: Q = {
  id: 'hours',
  when: open('hours', (a) => a.hours !== undefined),
  ask: (q) => [{ text: q.t.employerMediation.vacancy.hoursQuestion, choices: [{ value: 'unknown', label: q.t.answers.dontKnow }] }],
  understand: (text, q) => {
    if (saysUnknown(text)) return skipped('hours', q);
    const hours = hoursIn(text, false);
    return hours ? { ok: true, apply: (a) => (a.hours = hours) } : { ok: false, hint: q.t.employerMediation.vacancy.hoursHint };
  },
};

const postcodeQuestion: Q = {
  id: 'postcode',
  when: open('postcode', (a) => a.postcode !== undefined),
  ask: (q) => [{ text: q.t.employerMediation.vacancy.postcodeQuestion }],
  understand: (text, q) => {
    if (saysUnknown(text)) return skipped('postcode', q);
    const postcode = parsePostcode(text);
    return postcode ? { ok: true, apply: (a) => (a.postcode = postcode) } : { ok: false, hint: q.t.employerMediation.vacancy.postcodeHint };
  },
};

const startQuestion: Q = {
  id: 'start',
  when: open('start', (a) => a.start !== undefined),
  ask: (q) => [{ text: q.t.employerMediation.vacancy.startQuestion, choices: (['now', 'within-3-months', 'later'] as const).map((value) => ({ value, label: q.t.employerMediation.vacancy.starts[value] })) }],
  understand: (text, q) => {
    if (saysUnknown(text)) return skipped('start', q);
    const start = startIn(text, q.now, q.locale) ?? (['now', 'within-3-months', 'later'] as const).find((s) => [q.t.employerMediation.vacancy.starts[s].toLowerCase(), s].includes(text.trim().toLowerCase()));
    return start ? { ok: true, apply: (a) => (a.start = start) } : { ok: false };
  },
};

const educationQuestion: Q = {
  id: 'education',
  when: open('education', (a) => a.education !== undefined),
  ask: (q) => [{ text: q.t.employerMediation.vacancy.educationQuestion, choices: [{ value: 'none', label: q.t.employerMediation.vacancy.educationNone }, { value: 'mbo-2', label: 'mbo 2' }, { value: 'unknown', label: q.t.answers.dontKnow }] }],
  understand: (text, q) => {
    if (saysUnknown(text)) return skipped('education', q);
    if (isPhrase(text, NO_DIPLOMA_PHRASES) || isPhrase(text, NOTHING_PHRASES) || text.trim() === q.t.employerMediation.vacancy.educationNone) return { ok: true, apply: (a) => (a.education = 'none') };
    const level = parseEducationLevel(text);
    // "mbo" without a level: the lowest mbo level it can mean is asked for.
    const value: EducationLevel | undefined = level ? (level.value === 'mbo' ? 'mbo-2' : level.value) : undefined;
    return value ? { ok: true, apply: (a) => (a.education = value) } : { ok: false, hint: q.t.employerMediation.vacancy.educationHint };
  },
};

const dutchQuestion: Q = {
  id: 'dutch',
  when: open('dutch', (a) => a.dutch !== undefined),
  ask: (q) => [{ text: q.t.employerMediation.vacancy.dutchQuestion, choices: (['A2', 'B1', 'B2'] as const).map((value) => ({ value, label: q.t.employerMediation.vacancy.dutch[value] })) }],
  understand: (text, q) => {
    if (saysUnknown(text)) return skipped('dutch', q);
    const typed = (['A2', 'B1', 'B2'] as const).find((l) => q.t.employerMediation.vacancy.dutch[l].toLowerCase() === text.trim().toLowerCase());
    const level: DutchLevel | undefined = typed ?? parseDutchLevel(text)?.value;
    return level ? { ok: true, apply: (a) => (a.dutch = level) } : { ok: false, hint: q.t.employerMediation.vacancy.dutchHint };
  },
};

const extraQuestion: Q = {
  id: 'extra',
  freeText: true,
  when: open('extra', (a) => Boolean(a.extraDone)),
  ask: (q) => [{ text: q.t.employerMediation.vacancy.extraQuestion, choices: [{ value: 'nothing', label: q.t.employerMediation.vacancy.nothingElse }] }],
  understand: (text, q) => {
    if (saysUnknown(text)) return skipped('extra', q);
    if (mentionsEmployeeData(text)) return { ok: false, hint: q.t.employer.noPersonalData };
    const facts = requirementsIn(text);
    if (Object.keys(facts).length) return { ok: true, apply: (a) => (Object.assign(a, facts), (a.extraDone = true)) };
    if (isBareNo(text) || isPhrase(text, NOTHING_PHRASES) || text.trim() === q.t.employerMediation.vacancy.nothingElse) return { ok: true, apply: (a) => (a.extraDone = true) };
    const words = text.trim().replace(/\s+/g, ' ');
    return words.length >= 3 ? { ok: true, apply: (a) => ((a.extraWords = words.slice(0, 300)), (a.extraDone = true)) } : { ok: false, hint: q.t.employerMediation.vacancy.extraHint };
  },
};

const learnQuestion: Q = {
  id: 'learn',
  when: open('learn', (a) => a.learn !== undefined),
  ask: (q) => [{ text: q.t.employerMediation.vacancy.learnQuestion, choices: [...(['bbl', 'training-budget', 'inwerken'] as const).map((value) => ({ value, label: q.t.employerMediation.vacancy.learn[value] })), { value: 'nothing', label: q.t.employerMediation.vacancy.nothingElse }] }],
  understand: (text, q) => {
    if (saysUnknown(text)) return skipped('learn', q);
    const learn = mentionedChoices(text, LEARN_ON_THE_JOB) as LearnOnTheJob[];
    if (learn.length) return { ok: true, apply: (a) => (a.learn = learn) };
    if (isBareNo(text) || isPhrase(text, NOTHING_PHRASES) || text.trim() === q.t.employerMediation.vacancy.nothingElse) return { ok: true, apply: (a) => (a.learn = []) };
    return { ok: false, hint: q.t.employerMediation.vacancy.learnHint };
  },
};

const ALL_SUPPORT: SupportOpenness[] = ['banenafspraak', 'loonkostensubsidie', 'jobcoach', 'proefplaatsing'];
const supportQuestion: Q = {
  id: 'support',
  when: open('support', (a) => a.support !== undefined),
  ask: (q) => [{ text: q.t.employerMediation.vacancy.supportIntro }, { text: q.t.employerMediation.vacancy.supportQuestion, choices: [{ value: 'yes', label: q.t.employerMediation.vacancy.supportAll }, { value: 'no', label: q.t.answers.no }, { value: 'unknown', label: q.t.answers.dontKnow }] }],
  understand: (text, q) => {
    if (saysUnknown(text)) return skipped('support', q);
    const named = mentionedChoices(text, SUPPORT_OPENNESS) as SupportOpenness[];
    const yesNo = parseYesNoAnswer(text);
    if (named.length && yesNo !== 'no') return { ok: true, apply: (a) => (a.support = named) };
    if (yesNo === 'yes' || text.trim() === q.t.employerMediation.vacancy.supportAll) return { ok: true, apply: (a) => (a.support = ALL_SUPPORT) };
    if (yesNo === 'no') return { ok: true, apply: (a) => (a.support = []) };
    return { ok: false, hint: q.t.employerMediation.vacancy.supportHint };
  },
};

export function vacancyQuestions(search: (text: string, limit: number) => OccupationCandidate[]): Q[] {
  return [workQuestion(search), occupationQuestion, hoursQuestion, postcodeQuestion, startQuestion, educationQuestion, dutchQuestion, extraQuestion, learnQuestion, supportQuestion];
}

/** The facts of an answer that belong to other questions, not yet answered (or a correction of them). */
function otherFacts(facts: VacancyFacts, questionId: string): Partial<VacancyAnswers> {
  const own: Record<string, (keyof VacancyFacts)[]> = { hours: ['hours'], postcode: ['postcode'], start: ['start'], extra: ['drivingLicence', 'heavyWork', 'times'] };
  const skipKeys = own[questionId] ?? [];
  return Object.fromEntries(Object.entries(facts).filter(([key, value]) => value !== undefined && !skipKeys.includes(key as keyof VacancyFacts)));
}

/** Several facts in one answer: "heftruckchauffeur, 32 uur, per direct" also fills hours and start. */
export const vacancyHooks: QuestionnaireHooks<VacancyAnswers> = {
  alsoRead: (text, question, q, understood) => {
    if (question.id === 'occupation' || question.id === 'learn' || question.id === 'support') return understood;
    const facts = otherFacts(readVacancyFacts(text, q.now, q.locale), question.id);
    const take = (a: VacancyAnswers) => {
      Object.assign(a, facts);
      if (facts.drivingLicence !== undefined || facts.heavyWork !== undefined || facts.times) a.extraDone = true;
      a.skipped = (a.skipped ?? []).filter((id) => !Object.keys(facts).includes(id));
    };
    if (!Object.keys(facts).length) return understood;
    if (understood.ok) return { ...understood, apply: (a) => (understood.apply(a), take(a)) };
    return { ok: false, aside: { apply: take, reply: q.t.employerMediation.check.noted } };
  },
};
