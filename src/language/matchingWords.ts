// Bemiddeling at any moment: "ik wil niet meer voorgesteld worden" withdraws the consent to be
// matched to vacancies; "stel me voor aan werkgevers" gives it (again). Read on the plain text
// (lowercase, no punctuation); a withdrawal is checked first, so a negated request never opts in.
import { plainText } from './normalize';

const WITHDRAW: RegExp[] = [
  /\b(niet|nooit|geen) (meer |langer )?(worden )?(voor ?gesteld|voorstellen aan|bemiddeld|bemiddelen|gematcht|matchen|gekoppeld)\b/,
  /\b(niet|nooit)\b(\s+\S+){0,6}\s+(voorgesteld|bemiddeld|gematcht) worden\b/,
  /\bgeen (vacatures|werkgevers|bemiddeling|matching) meer\b/,
  /\b(stop|stoppen|ophouden|hou op|stopzetten) (maar |met |de |het |die |deze |alle )*(bemiddeling|bemiddelen|matching|matchen|vacatures|voorstellen aan werkgevers)\b/,
  /\b(bemiddeling|matching) (stoppen|stopzetten|uitzetten|intrekken)\b/,
  /\btoestemming\b.*\b(intrekken|in trekken|terugtrekken|terug|in)\b/,
  /\b(no longer|not|dont|do not|never) (want to )?(be )?(introduced|matched|put forward)\b/,
  /\b(dont|do not|stop) (introduc|match|mediat)\w*( me)?\b/,
  /\bno more (vacancies|matching|introductions)\b/,
  /\b(withdraw|revoke|cancel)\w* (my )?consent\b/,
];
/** "toestemming intrekken" only about this consent, not the profile or the share code. */
const ABOUT_MATCHING = /\b(vacature\w*|werkgever\w*|bemiddel\w*|match\w*|voorgesteld|voorstellen aan|introduc\w*|employer\w*|vacanc\w*)\b/;

const OPT_IN: RegExp[] = [
  /\b(stel|stellen) (me|mij) (toch |wel |maar )*voor aan (een |de )?werkgever/,
  /\b(ik wil|wil ik) (graag |toch |wel |maar )*(voorgesteld|bemiddeld|gematcht) worden\b/,
  /\b(laat|toon) (me|mij) (toch |wel |maar )*(de )?vacatures\b/,
  /\bintroduce me to (an |the )?employers?\b/,
  /\b(i want|id like|i would like) to be (introduced|matched)\b/,
  /\b(show me|i want to see) (the )?vacancies\b/,
];

const plainOf = (text: string) => plainText(text).replace(/'/g, '');

const stops = (plain: string) => WITHDRAW.some((p) => p.test(plain)) && (ABOUT_MATCHING.test(plain) || !/\b(toestemming|consent)\b/.test(plain));

export function saysStopMatching(text: string): boolean {
  return stops(plainOf(text));
}

export function saysStartMatching(text: string): boolean {
  const plain = plainOf(text);
  return !stops(plain) && OPT_IN.some((p) => p.test(plain));
}
