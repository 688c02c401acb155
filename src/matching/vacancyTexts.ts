// The sentences of vacancy matching (vacancyMatch.ts): why a pair fits, what is missing, and why a
// pair is left out. One implementation per language (vacancyTexts.nl.ts, vacancyTexts.en.ts);
// sentences shared with the other proposals come from texts.ts.
import type { DutchLevel, EducationLevel } from './profile';
import type { SupportOpenness } from '../mediation/vacancy';

export type Exclusion =
  | 'iva'
  | 'heavy-work'
  | 'times'
  | 'driving-licence'
  | 'region'
  | 'travel'
  | 'hours'
  | 'dutch'
  | 'level'
  | 'wants-new-work'
  | 'no-fit';

export interface VacancyTexts {
  education: Record<EducationLevel, string>;
  support: Record<SupportOpenness, string>;
  learnOnTheJob: string;
  workAndLearn: string;
  trainingBudget: string;
  inRegion(region: string): string;
  nearby(place: string): string;
  furtherAway(place: string): string;
  travelUnknown(minutes: number): string;
  hoursFit(hours: string): string;
  hoursGap(hours: string, wanted: string): string;
  hoursText(min: number, max: number): string;
  wantedHours(min: number | undefined, max: number | undefined): string;
  hasDiploma(required: string): string;
  diplomaStepBelow(required: string, own: string): string;
  diplomaViaBbl(required: string): string;
  diplomaValuationFirst(required: string): string;
  levelViaBbl: string;
  dutchFits(required: DutchLevel): string;
  dutchBelow(required: DutchLevel, own: DutchLevel): string;
  hasLicence: string;
  licenceUnknown: string;
  supportOffered(forms: readonly SupportOpenness[]): string;
  supportNotSaid(forms: readonly SupportOpenness[]): string;
  supportAskAdviser: string;
  trialPlacement: string;
  heavyToCheck: string;
  schoolHoursToCheck: string;
  startLater: string;
  employerAlsoAsks(words: string): string;
  guessedWork(words: string, occupation: string): string;
  excluded: Record<Exclusion, string>;
}
