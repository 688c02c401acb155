// What a seeker hears on their own channel when an advisor decides on their application for a
// region's scheme (issue 18): granted (how much, what next) or refused (with the advisor's reason
// and what they can do). Dutch at B1 (/work/shared/taal.md), English the same.
import { euroText } from '../budget/ledger';
import { fill } from './fill';

const TEXTS = {
  nl: {
    granted:
      'Goed nieuws! Je aanvraag voor het {scheme} is goedgekeurd. Je krijgt {amount} voor de opleiding {training}.\n\n' +
      'Een adviseur van het Werkcentrum neemt contact met je op. Die vertelt je hoe de betaling gaat.',
    partly: 'De opleiding kost {cost}. Je krijgt dus een deel. Bespreek met de adviseur hoe je de rest betaalt.',
    refused:
      'Je aanvraag voor het {scheme} is niet goedgekeurd. Dat is jammer.\n\n' +
      'De reden: {reason}\n\n' +
      'Wil je weten wat je nu kunt doen? Of ben je het er niet mee eens? Typ dan: "ik wil een adviseur spreken".',
  },
  en: {
    granted:
      'Good news! Your application for the {scheme} has been approved. You get {amount} for the training {training}.\n\n' +
      'An advisor of the Werkcentrum will contact you. They will tell you how the payment works.',
    partly: 'The training costs {cost}. So you get part of it. Talk with the advisor about how you pay the rest.',
    refused:
      'Your application for the {scheme} has not been approved. We are sorry.\n\n' +
      'The reason: {reason}\n\n' +
      'Do you want to know what you can do now? Or do you not agree? Then type: "I want to talk to an advisor".',
  },
} as const;

export type DecisionLocale = keyof typeof TEXTS;
export const decisionLocale = (locale: string | undefined): DecisionLocale => (locale?.toLowerCase().startsWith('en') ? 'en' : 'nl');

/** Scheme titles are written as names ("Regionaal scholingsbudget"); in a sentence they start lower-case. */
const inSentence = (title: string) => (/^[A-Z][a-z]/.test(title) ? title[0].toLowerCase() + title.slice(1) : title);

export function grantedText(locale: string | undefined, d: { scheme: { nl: string; en: string }; training: string; grantedCents: number; costCents: number }): string {
  const l = decisionLocale(locale);
  const text = fill(TEXTS[l].granted, { scheme: inSentence(d.scheme[l]), amount: euroText(d.grantedCents, l), training: `"${d.training}"` });
  return d.grantedCents < d.costCents ? `${text}\n\n${fill(TEXTS[l].partly, { cost: euroText(d.costCents, l) })}` : text;
}

export function refusedText(locale: string | undefined, d: { scheme: { nl: string; en: string }; reason: string }): string {
  const l = decisionLocale(locale);
  return fill(TEXTS[l].refused, { scheme: inSentence(d.scheme[l]), reason: d.reason });
}
