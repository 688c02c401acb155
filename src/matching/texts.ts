// The shape of every seeker-facing sentence the matching module produces. One implementation
// per language (texts.nl.ts, texts.en.ts); logic never builds seeker text inline.
import type { IncomeSituation } from './profile';
import { textsEn } from './texts.en';
import { textsNl } from './texts.nl';

export type Locale = 'nl' | 'en';

export interface Texts {
  /** The income situation explained the first time it is named. */
  incomeExplained: Record<IncomeSituation, string>;
  becauseIncome(explained: string): string;
  /** Who to ask about paying, from the who-to-ask table: "Wie betaalt? Vraag het aan X. <how>" */
  whoPays(organisation: string, how: string): string;
  /** The seeker's own offices after a referral (one contact sentence each, src/region/contact.ts). */
  nearYou(contactSentences: string[]): string;

  jobTitle(occupation: string): string;
  jobProvider: string;
  jobEligibility: string;
  jobNextStep(occupation: string): string;
  jobWhatToBring: string[];

  schoolingTitle(qualification: string, level: number): string;
  schoolingProvider: string;
  schoolingEligibility: string;
  schoolingNextStep(qualification: string): string;
  schoolingWhatToBring: string[];
  schoolingFits(qualification: string, occupation: string, minYears: number, maxYears: number): string;
  schoolingEstimate: string;
  startQualificationTitle: string;
  startQualificationWhy: string;
  startQualificationNextStep: string;
  schoolingWorkAndLearn: string;
  longerThanWished(months: number): string;
  stepUpInLevel: string;
  dutchFirst: string;

  essentialSkills(have: number, total: number, occupation: string): string;
  allEssentialSkills(occupation: string): string;
  allNewSkills(total: number, occupation: string): string;
  overlapPercent(percent: number, occupation: string): string;
  missingSkills(labels: string[], moreWithoutLabel: number): string;
  missingSkillsNoLabel(count: number): string;
  sameAsPastWork: string;
  closeToPastWork(pastOccupation: string): string;
  namedWish: string;
  matchesInterest(interest: string): string;
  /** Quotes the seeker's own words for work we only guessed (never stated as fact). */
  mentionedThisWork(words: string): string;
  mentionedWork(words: string): string;
  /** When nothing else can honestly be said about a direction. */
  adviserCanCheck: string;
  travelNote(minutes: number): string;

  routeTitle(occupation: string): string;
  routeTitleVia(qualification: string, occupation: string): string;
  routeProviderMbo: string;
  routeProviderHigher: string;
  routeProviderLicence: string;
  routeEligibility: string;
  routeAboveLevel(occupation: string): string;
  routeMbo(qualification: string, level: number, minYears: number, maxYears: number): string;
  routeHigherEducation: string;
  routeDiplomaFirst(occupation: string): string;
  routeNextStepDiploma(organisation: string): string;
  routeThenMbo(qualification: string, level: number, minYears: number, maxYears: number): string;
  routeNextStepMbo(qualification: string): string;
  routeNextStepHigher(occupation: string): string;
  routeLicenceFirst(occupation: string): string;
  routeNextStepLicence: string;
  routeWhatToBring: string[];
  wishSchooling(occupation: string): string;
  schoolingLength(minYears: number, maxYears: number): string;
  regulatedNoVacancies(authority: string): string;

  limitHeavyLeftOut: string;
  limitHeavyKept: string;
  limitTimesLeftOut(times: 'school-hours' | 'daytime' | 'no-nights'): string;
  limitTimesKept(times: 'school-hours' | 'daytime' | 'no-nights'): string;
  limitLicenceRoute: string;
  limitLicenceKept: string;
  limitLicenceLeftOut: string;
  limitHours(maxHours: number): string;
  limitTravel(minutes: number): string;
  limitDutch: string;
  shortage(region: string, period: string): string;
  nationalShortage(period: string): string;

  boostTraining: string;
  boostLanguage: string;
  boostStartNow: string;
  boostSupport: string;
  boostHealth: string;
  boostDirection: string;
}

export function textsFor(locale: Locale): Texts {
  return locale === 'en' ? textsEn : textsNl;
}
