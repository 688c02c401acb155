// "Waarom vraag je dit?" and "wat gebeurt er als ik nee zeg?" at an intake question: the specific
// reason, or what skipping means, from the knowledge base's "waarom-…" entries (their answer and
// their ifNo text: one home for those words), instead of the general help for the question. The
// words that ask it are in src/language/asides.ts.
import { questionAside } from '../language';
import type { Locale } from '../texts';
import type { Knowledge } from './services';

/** Intake question id → the knowledge entry that says why we ask it and what happens without an answer. */
export const WHY_ENTRY: Readonly<Record<string, string>> = {
  consent: 'waarom-bewaren',
  resume: 'waarom-bewaren',
  situation: 'waarom-situatie',
  wiaType: 'waarom-situatie',
  wwEnd: 'waarom-einddatum',
  amount: 'waarom-bedrag',
  job: 'waarom-werkervaring',
  pickOccupation: 'waarom-werkervaring',
  earlierJob: 'waarom-werkervaring',
  pickEarlierOccupation: 'waarom-werkervaring',
  education: 'waarom-opleiding',
  foreignDiploma: 'waarom-opleiding',
  dutch: 'waarom-nederlands',
  age: 'waarom-leeftijd',
  licence: 'waarom-rijbewijs',
  health: 'waarom-gezondheid',
  limits: 'waarom-gezondheid',
  limitsMore: 'waarom-gezondheid',
  direction: 'waarom-wens',
  interest: 'waarom-wens',
  target: 'waarom-wens',
  hours: 'waarom-uren',
  postcode: 'waarom-postcode',
  travel: 'waarom-postcode',
  start: 'waarom-start',
  training: 'waarom-leren',
  trainingMonths: 'waarom-leren',
};

/** The knowledge entry that answers "why do you ask this?" for this question, if the message asks that. */
export function whyEntryFor(text: string, questionId: string | undefined): string | undefined {
  return questionId !== undefined && questionAside(text) === 'why' ? WHY_ENTRY[questionId] : undefined;
}

/** The reason for, or what happens without an answer to, the active question; undefined when the message asks neither. */
export function asideAnswerFor(knowledge: Knowledge, text: string, questionId: string | undefined, locale: Locale): string | undefined {
  const entry = questionId === undefined ? undefined : WHY_ENTRY[questionId];
  const aside = entry ? questionAside(text) : undefined;
  if (!entry || !aside) return undefined;
  return aside === 'if-no' ? (knowledge.ifNoOf(entry, locale) ?? knowledge.answerOf(entry, locale)) : knowledge.answerOf(entry, locale);
}
