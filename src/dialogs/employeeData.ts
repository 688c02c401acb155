// Employers tell us about their company, never about their employees. Free-text answers in the
// employer dialog are checked for personal data first (the root dialog already refuses a BSN or
// IBAN everywhere): phone numbers, e-mail addresses, dates of birth and what looks like a name.
import { findPii } from '../language';

/**
 * "meneer Jansen", "naam: Piet", "Jan de Vries", "Piet van Dijk". Names without a title or a
 * Dutch surname particle are not recognised (a word list of first names would flag job titles);
 * the dialog asks for no names, and the transcript masks numbers and e-mail addresses anyway.
 */
const NAME_PATTERNS = [
  /\b(meneer|mevrouw|mevr\.?|dhr\.?|mr\.?|mrs\.?|ms\.?)\s+[A-Z]/,
  /\b(naam|heet|heten|name is|called)\s*:?\s+[A-Z][a-z]+/,
  /\b[A-Z][a-z]+\s+(van\s+(de|der|den)|van|de|der|den|ten|ter)\s+[A-Z][a-z]+/,
];

export function mentionsEmployeeData(text: string): boolean {
  if (findPii(text, ['phone', 'email', 'birthdate']).length > 0) return true;
  return NAME_PATTERNS.some((pattern) => pattern.test(text));
}
