// Employers write all kinds of things at the menu: "ik zoek personeel", "wij hebben een
// vacature", "we are hiring". Seekers write "ik zoek werk" or "ik zoek een vacature". Both
// mention vacatures, so the menu's word matching alone mixes them up; these phrases decide.
import { normalizeText } from '../language';

const EMPLOYER = [
  /\bpersoneel\b/,
  /\b(wij|we|ons bedrijf|mijn bedrijf|onze zaak|mijn zaak)\b.*\b(vacatures?|zoeken|hebben|nemen|aannemen|ontslaan|reorganis\w*)\b/,
  /\b(iemand|mensen|medewerkers?|werknemers?|collega'?s)\b.*\b(aannemen|in dienst nemen)\b/,
  /\bvacatures?\b.*\b(invullen|vervullen|open|openstaan|plaatsen)\b/,
  /\b(hiring|hire|staff|employer|employees|we have a vacancy|our company)\b/,
];
const SEEKER = /\b(ik zoek|zoek ik|ik wil)\b.*\b(werk|baan|vacatures?|job)\b|\b(looking for|find|finding|search for|searching for|need|want) (a |an |some )?(new )?(job|work)\b/;

/** Bemiddeling: an employer who comes to leave a vacancy, register a group or ask how it is doing. */
const MEDIATION: Record<MediationIntent, RegExp> = {
  vacancy: /\bvacatures?\b.*\b(achterlaten|doorgeven|plaatsen|aanmelden|melden|opgeven)\b|\bleave a vacancy\b|\bpost a vacancy\b/,
  group: /\bgroep\b.*\b(aanmelden|registreren)\b|\bcode voor (mijn|onze) (medewerkers|personeel)\b|\bregister a group\b/,
  progress: /\bhoe gaat het met (de|onze|mijn) groep\b|\bhow is (the|our|my) group( doing)?\b/,
};
export type MediationIntent = 'vacancy' | 'group' | 'progress';

/** "ik wil een vacature achterlaten" → vacancy; "hoe gaat het met de groep?" → progress. */
export function mediationIntent(text: string): MediationIntent | undefined {
  const plain = normalizeText(text);
  return (Object.keys(MEDIATION) as MediationIntent[]).find((key) => MEDIATION[key].test(plain));
}

/** "ik zoek een vacature", "ik wil werk": a seeker, also where the menu's word matching fails. */
export function soundsLikeSeeker(text: string): boolean {
  const plain = normalizeText(text);
  return SEEKER.test(plain) && !/\bpersoneel\b/.test(plain) && !mediationIntent(text);
}

export function soundsLikeEmployer(text: string): boolean {
  if (mediationIntent(text)) return true;
  const plain = normalizeText(text);
  if (SEEKER.test(plain) && !/\bpersoneel\b/.test(plain)) return false;
  return EMPLOYER.some((pattern) => pattern.test(plain));
}
