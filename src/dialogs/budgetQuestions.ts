// The application for a region's scheme as a table of questions (like vacancyQuestions.ts): which
// training → which school → what it costs (above the maximum: go on or stop) → when it starts →
// "Klopt dit?" → consent. "weet niet" is never an answer here: the question says where to find it
// out, and "Ik zoek het eerst uit" stops without storing anything. Several facts in one answer are
// all taken (budgetHooks); at "Klopt dit?" a changed fact ("nee, het kost 2000 euro") is taken at once.
import {
  APPLY_LABELS, classifyNonAnswer, costIn, isBareNo, isBareYes, isNonAnswer, matchChoice, mentionedChoices, parseDate, parseYesNoAnswer, readBudgetFacts, schoolIn, startsWithNo, trainingIn, trainingStartIn,
  type BudgetFacts,
} from '../language';
import { formatDate, formatEuro } from '../language/format';
import type { Texts } from '../texts';
import { en } from '../texts/en';
import { nl } from '../texts/nl';
import type { Question, QuestionContext, QuestionnaireHooks, Understood } from './questionnaire';
import { choiceQuestion } from './questions';
import type { BudgetApplicationData, BudgetSchemeView } from './services';

export const BUDGET_FIELDS = ['training', 'provider', 'cost', 'start'] as const;
export type BudgetField = (typeof BUDGET_FIELDS)[number];

export interface BudgetAnswers {
  scheme: BudgetSchemeView;
  training?: string;
  provider?: string;
  costEuros?: number;
  start?: NonNullable<BudgetFacts['start']>;
  /** The cost is above the maximum and the seeker goes on anyway (an advisor decides). */
  overMaxOk?: boolean;
  /** 'later': to find out first; 'stopped': not above the maximum. Nothing is stored. */
  stop?: 'later' | 'stopped';
  confirmed?: boolean;
  /** A field to ask again after "Klopt dit?"; 'which': ask which; 'again': only check again. */
  fix?: BudgetField | 'which' | 'again';
  consent?: boolean;
}

type Q = Question<BudgetAnswers>;
type Ctx = QuestionContext<BudgetAnswers>;

const LATER = [{ value: 'later', labels: [nl.budget.later, en.budget.later] }];
const FIELD_CHOICES = BUDGET_FIELDS.map((value) => ({ value, labels: [nl.budget.check.labels[value], en.budget.check.labels[value], ...(value === 'provider' ? ['opleider', 'opleidingsbedrijf', 'provider'] : value === 'cost' ? ['bedrag', 'prijs', 'kost', 'amount', 'price'] : value === 'start' ? ['begindatum', 'datum', 'start', 'begin', 'date'] : ['cursus', 'course'])] }));

const saysUnknown = (text: string) => ['unknown', 'private', 'no-preference'].includes(classifyNonAnswer(text) ?? '') || isNonAnswer(text);
const open = (has: (a: BudgetAnswers) => boolean) => (a: BudgetAnswers) => !a.stop && !has(a);
const overMax = (a: BudgetAnswers) => a.costEuros !== undefined && a.costEuros > a.scheme.maxPerPerson;

/** A free-text fact question: "weet niet" gets where to find it out, "Ik zoek het eerst uit" stops. */
function factQuestion(id: BudgetField, spec: { has: (a: BudgetAnswers) => boolean; text: (t: Texts) => string; hint: (t: Texts) => string; read: (text: string, q: Ctx) => ((a: BudgetAnswers) => void) | undefined; freeText?: boolean }): Q {
  return {
    id,
    freeText: spec.freeText,
    when: open(spec.has),
    ask: (q) => [{ text: spec.text(q.t), choices: [{ value: 'later', label: q.t.budget.later }] }],
    help: (q) => spec.hint(q.t),
    understand: (text, q): Understood<BudgetAnswers> => {
      if (matchChoice(text, LATER)?.value === 'later') return { ok: true, apply: (a) => (a.stop = 'later') };
      if (saysUnknown(text)) return { ok: false, hint: spec.hint(q.t) };
      const apply = spec.read(text, q);
      return apply ? { ok: true, apply } : { ok: false, hint: spec.hint(q.t) };
    },
  };
}

const oneLine = (text: string, max: number) => text.trim().replace(/\s+/g, ' ').slice(0, max);

const trainingQuestion = factQuestion('training', {
  has: (a) => a.training !== undefined,
  freeText: true,
  text: (t) => t.budget.trainingQuestion,
  hint: (t) => t.budget.trainingHint,
  read: (text) => {
    const training = trainingIn(text) ?? (text.trim().length >= 3 ? oneLine(text, 150) : undefined);
    return training && !isBareYes(text) && !isBareNo(text) ? (a) => (a.training = training) : undefined;
  },
});

const providerQuestion = factQuestion('provider', {
  has: (a) => a.provider !== undefined,
  freeText: true,
  text: (t) => t.budget.providerQuestion,
  hint: (t) => t.budget.providerHint,
  read: (text) => {
    const provider = schoolIn(text) ?? (text.trim().length >= 2 ? oneLine(text, 120) : undefined);
    return provider && !isBareYes(text) && !isBareNo(text) ? (a) => (a.provider = provider) : undefined;
  },
});

const costQuestion = factQuestion('cost', {
  has: (a) => a.costEuros !== undefined,
  text: (t) => t.budget.costQuestion,
  hint: (t) => t.budget.costHint,
  read: (text, q) => {
    const cost = costIn(text, true, q.locale);
    return cost === undefined ? undefined : (a) => ((a.costEuros = cost), delete a.overMaxOk);
  },
});

const startQuestion = factQuestion('start', {
  has: (a) => a.start !== undefined,
  text: (t) => t.budget.startQuestion,
  hint: (t) => t.budget.startHint,
  read: (text, q) => {
    const start = trainingStartIn(text, q.now, q.locale);
    // "zo snel mogelijk": as soon as the advisor decides, so this month.
    const asap = !start && (() => { const d = parseDate(text, { reference: q.now, locale: q.locale }); return d !== undefined && 'asap' in d; })();
    const value = start ?? (asap ? { date: q.now.toISOString().slice(0, 8) + '01', granularity: 'month' as const } : undefined);
    return value ? (a) => (a.start = value) : undefined;
  },
});

/** Yes or no with the question's own buttons ("Ja, toch aanvragen"); "liever niet" is a no, "weet niet" no answer. */
function ownYesNo(id: string, spec: { when: (a: BudgetAnswers) => boolean; intro: (q: Ctx) => string[]; text: (q: Ctx) => string; labels: (t: Texts) => { yes: string; no: string }; apply: (a: BudgetAnswers, yes: boolean) => void }): Q {
  return choiceQuestion<'yes' | 'no', BudgetAnswers>({
    id,
    when: spec.when,
    intro: spec.intro,
    text: spec.text,
    options: [{ value: 'yes', label: (t) => spec.labels(t).yes }, { value: 'no', label: (t) => spec.labels(t).no }],
    first: (text) => {
      const answer = parseYesNoAnswer(text);
      return answer === 'yes' ? 'yes' : answer === 'no' || answer === 'private' ? 'no' : undefined;
    },
    apply: (a, value) => spec.apply(a, value === 'yes'),
  });
}

const overMaxQuestion: Q = ownYesNo('overMax', {
  when: (a) => !a.stop && overMax(a) && a.overMaxOk === undefined,
  intro: (q) => [q.t.budget.overMax(formatEuro(q.answers.scheme.maxPerPerson, q.locale))],
  text: (q) => q.t.budget.overMaxQuestion,
  labels: (t) => ({ yes: t.budget.overMaxYes, no: t.budget.overMaxNo }),
  apply: (a, yes) => (yes ? (a.overMaxOk = true) : (a.stop = 'stopped')),
});

/** The lines of "Dit is je aanvraag:". */
export function applicationLines(a: BudgetAnswers, q: Pick<Ctx, 't' | 'locale'>): string[] {
  const l = q.t.budget.check.labels;
  return [
    `- ${l.training}: ${a.training ?? '-'}`,
    `- ${l.provider}: ${a.provider ?? '-'}`,
    `- ${l.cost}: ${a.costEuros !== undefined ? formatEuro(a.costEuros, q.locale) : '-'}`,
    `- ${l.start}: ${a.start ? formatDate(a.start.date, q.locale, a.start.granularity) : '-'}`,
  ];
}

/** "nee, het kost 2000 euro", "de school is NCOI": the facts a correction at "Klopt dit?" holds. */
function changedFacts(text: string, q: Ctx): Partial<BudgetAnswers> {
  const facts = readBudgetFacts(text, q.now, q.locale);
  const changed: Partial<BudgetAnswers> = {};
  if (facts.costEuros !== undefined && facts.costEuros !== q.answers.costEuros) changed.costEuros = facts.costEuros;
  if (facts.start && facts.start.date !== q.answers.start?.date) changed.start = facts.start;
  if (facts.provider && facts.provider !== q.answers.provider) changed.provider = facts.provider;
  return changed;
}

const checkQuestion: Q = {
  id: 'check',
  when: (a) => !a.stop && !a.confirmed && !a.fix,
  ask: (q) => [
    { text: [q.t.budget.check.intro, ...applicationLines(q.answers, q)].join('\n') },
    { text: q.t.budget.check.question, choices: [{ value: 'yes', label: q.t.budget.check.yes }, { value: 'change', label: q.t.budget.check.change }] },
  ],
  understand: (text, q): Understood<BudgetAnswers> => {
    const changed = changedFacts(text, q);
    // Changed at once; then the questions again (a new cost may be above the maximum) and the check.
    if (Object.keys(changed).length) return { ok: true, apply: (a) => (Object.assign(a, changed), changed.costEuros !== undefined && delete a.overMaxOk, (a.fix = 'again')), reply: q.t.budget.changed };
    const [field] = mentionedChoices(text, FIELD_CHOICES);
    if (field) return { ok: true, apply: (a) => (a.fix = field as BudgetField) };
    const typed = text.trim();
    if (typed === q.t.budget.check.yes || (parseYesNoAnswer(text) === 'yes' && !startsWithNo(text))) return { ok: true, apply: (a) => (a.confirmed = true) };
    if (typed === q.t.budget.check.change || parseYesNoAnswer(text) === 'no' || /\b(aanpassen|veranderen|wijzigen|change)\b/i.test(text)) return { ok: true, apply: (a) => (a.fix = 'which') };
    return { ok: false };
  },
};

const whichQuestion: Q = {
  id: 'which',
  when: (a) => !a.stop && a.fix === 'which',
  ask: (q) => [{ text: q.t.budget.check.whichQuestion, choices: BUDGET_FIELDS.map((value) => ({ value, label: q.t.budget.check.labels[value] })) }],
  understand: (text) => {
    const field = matchChoice(text, FIELD_CHOICES)?.value ?? mentionedChoices(text, FIELD_CHOICES)[0];
    return field ? { ok: true, apply: (a) => (a.fix = field as BudgetField) } : { ok: false };
  },
};

const consentQuestion: Q = ownYesNo('consent', {
  when: (a) => !a.stop && a.confirmed === true && a.consent === undefined,
  intro: (q) => [q.t.budget.consent.explain(q.answers.scheme.organisation)],
  text: (q) => q.t.budget.consent.question(q.answers.scheme.organisation),
  labels: (t) => ({ yes: t.budget.consent.yes, no: t.budget.consent.no }),
  // Only a clear yes is consent; "liever niet" is a no, "weet niet" is asked again.
  apply: (a, yes) => (a.consent = yes),
});

export const budgetQuestions: Q[] = [trainingQuestion, providerQuestion, costQuestion, overMaxQuestion, startQuestion, checkQuestion, whichQuestion, consentQuestion];

/** Which answers a field of "Klopt dit?" clears, so its question is asked again. */
export function clearBudgetField(a: BudgetAnswers, field: BudgetField): void {
  if (field === 'training') delete a.training;
  if (field === 'provider') delete a.provider;
  if (field === 'cost') (delete a.costEuros, delete a.overMaxOk);
  if (field === 'start') delete a.start;
}

/** The checked answers as the application's data; undefined while one is missing. */
export function applicationData(a: BudgetAnswers): BudgetApplicationData | undefined {
  if (!a.training || !a.provider || a.costEuros === undefined || !a.start) return undefined;
  const start = a.start.granularity === 'month' ? a.start.date.slice(0, 7) : a.start.date;
  return { training: a.training, provider: a.provider, costEuros: a.costEuros, start };
}

/** Facts for later questions in one answer ("… bij ROC Midden Nederland, 1.850 euro, begint in maart"). */
export const budgetHooks: QuestionnaireHooks<BudgetAnswers> = {
  alsoRead: (text, question, q, understood) => {
    if (!['training', 'provider', 'cost', 'start'].includes(question.id) || matchChoice(text, LATER)) return understood;
    const facts = readBudgetFacts(text, q.now, q.locale);
    const other: Partial<BudgetAnswers> = {};
    if (question.id !== 'provider' && facts.provider && q.answers.provider === undefined) other.provider = facts.provider;
    if (question.id !== 'cost' && facts.costEuros !== undefined) other.costEuros = facts.costEuros;
    if (question.id !== 'start' && facts.start) other.start = facts.start;
    if (!Object.keys(other).length) return understood;
    const take = (a: BudgetAnswers) => (Object.assign(a, other), other.costEuros !== undefined && delete a.overMaxOk);
    if (understood.ok) return { ...understood, apply: (a) => (understood.apply(a), take(a)) };
    return { ok: false, aside: { apply: take, reply: q.t.budget.noted } };
  },
};

/** The apply button's words in both languages (for the summary's extra choice). */
export const APPLY_CHOICE = { value: 'apply', labels: [APPLY_LABELS.nl, APPLY_LABELS.en] };
