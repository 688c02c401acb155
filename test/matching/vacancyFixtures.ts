// Seekers and vacancies for the vacancy-matching golden table: realistic situations in and around
// Utrecht (and one in Groningen), written from how people and employers describe them.
import { type ProfileInput, ProfileSchema } from '../../src/matching';
import type { SeekerForMatching } from '../../src/matching/vacancyMatch';
import { VacancyDataSchema, type VacancyDataInput, type VacancyForMatching } from '../../src/mediation/vacancy';

const esco = (id: string) => `http://data.europa.eu/esco/occupation/${id}`;
export const OCC = {
  forklift: esco('eeac6251-1974-42f5-91ed-513c6c883755'), // heftruckchauffeur
  orderPicker: esco('cd94def5-3442-4c2e-ae3d-0761a3008bcb'), // orderpicker
  cashier: esco('2b871272-bd61-4206-bd1a-0b96d7023098'), // kassamedewerker
  clerk: esco('044d78cc-f62f-4532-83a5-8e04f2889652'), // administratief medewerker
  homeCare: esco('1391bdf9-bd61-4fb5-91ca-c29036ab2b60'), // thuiszorgmedewerker
  truckDriver: esco('45037d43-a8f5-4f46-b332-b2935bc305f4'), // vrachtwagenchauffeur
  cook: esco('90f75f67-495d-49fa-ab57-2f320e251d7e'), // kok
  cloudDeveloper: esco('781a6350-e686-45b9-b075-e4c8d5a05ff7'), // softwareontwikkelaar voor de cloud
};

const seeker = (id: string, input: ProfileInput): SeekerForMatching => ({ id, profile: ProfileSchema.parse(input) });
const vacancy = (id: string, title: string, input: VacancyDataInput): VacancyForMatching => ({ id, title, data: VacancyDataSchema.parse(input) });

export const SEEKERS = {
  /** Laid off after 12 years on a forklift in Nieuwegein; wants the same work, full time. */
  marco: seeker('marco', {
    income: { situation: 'ww' },
    workHistory: [{ occupationUri: OCC.forklift, years: 12 }],
    education: { level: 'mbo-2' },
    dutchLevel: 'native',
    drivingLicence: true,
    goals: { direction: 'same', postcode: '3432', hoursPerWeek: { min: 32, max: 40 } },
  }),
  /** Cashier for years, now on bijstand with a back problem: no lifting, daytime only, close to home. */
  fatima: seeker('fatima', {
    income: { situation: 'bijstand' },
    workHistory: [{ occupationUri: OCC.cashier, years: 8 }],
    education: { level: 'vmbo' },
    dutchLevel: 'B1',
    barriers: ['health'],
    limits: { noHeavyWork: true, times: 'daytime', maxTravelMinutes: 20 },
    goals: { direction: 'similar', postcode: '3511', hoursPerWeek: { max: 24 } },
  }),
  /** 21, Wajong, finished practical school (mbo 1), never worked, no licence, open to anything. */
  joost: seeker('joost', {
    income: { situation: 'wajong' },
    education: { level: 'mbo-1' },
    dutchLevel: 'native',
    drivingLicence: false,
    goals: { direction: 'unsure', postcode: '3521', hoursPerWeek: { min: 20, max: 32 } },
  }),
  /** Came from Ukraine, office work there (confirmed), university diploma not valued yet, Dutch A2. */
  olena: seeker('olena', {
    income: { situation: 'bijstand' },
    workHistory: [{ occupationUri: OCC.clerk, years: 6 }],
    education: { level: 'wo', foreignDiploma: true },
    dutchLevel: 'A2',
    goals: { direction: 'unsure', postcode: '3514', hoursPerWeek: { min: 24, max: 36 } },
  }),
  /** Flex worker who said "orderpicker bij een distributiecentrum" but never confirmed an occupation. */
  pieter: seeker('pieter', {
    income: { situation: 'flex' },
    workHistory: [{ title: 'orderpicker bij een distributiecentrum', years: 4 }],
    education: { level: 'vmbo' },
    dutchLevel: 'native',
    goals: { direction: 'similar', postcode: '3542', hoursPerWeek: { min: 24, max: 40 } },
  }),
  /** Cook until 2012, then raised children; can work only during school hours, at most 20 hours. */
  sanne: seeker('sanne', {
    income: { situation: 'none' },
    workHistory: [{ occupationUri: OCC.cook, years: 7, endYear: 2012 }],
    education: { level: 'mbo-3' },
    dutchLevel: 'native',
    limits: { times: 'school-hours' },
    goals: { direction: 'unsure', postcode: '3512', hoursPerWeek: { min: 12, max: 20 }, start: 'within-6-months' },
  }),
  /** Forklift driver in Groningen whose job ends (van werk naar werk). */
  hans: seeker('hans', {
    income: { situation: 'employed' },
    workHistory: [{ occupationUri: OCC.forklift, years: 20 }],
    education: { level: 'mbo-2' },
    dutchLevel: 'native',
    drivingLicence: true,
    goals: { direction: 'same', postcode: '9712', hoursPerWeek: { min: 32, max: 40 } },
  }),
};

export const VACANCIES = {
  forkliftNieuwegein: vacancy('v-forklift', 'Heftruckchauffeur', {
    words: 'heftruckchauffeur in ons magazijn', occupationUri: OCC.forklift, hoursPerWeek: { min: 32, max: 38 },
    postcode: '3433', place: 'Nieuwegein', requirements: { heavyWork: true, times: 'daytime' }, learnOnTheJob: ['inwerken'],
  }),
  pickerShifts: vacancy('v-picker', 'Orderpicker', {
    words: 'orderpicker distributiecentrum', occupationUri: OCC.orderPicker, hoursPerWeek: { min: 24, max: 32 },
    postcode: '3542', place: 'Utrecht Lage Weide', requirements: { heavyWork: true, times: 'shifts' },
    learnOnTheJob: ['inwerken'], support: ['proefplaatsing', 'jobcoach'],
  }),
  pickerCity: vacancy('v-picker-city', 'Medewerker stadsdistributie', {
    words: 'pakketten sorteren en laden in de stadshub', occupationUri: OCC.orderPicker, hoursPerWeek: { min: 16, max: 24 },
    postcode: '3513', place: 'Utrecht', requirements: { heavyWork: true, times: 'daytime' }, learnOnTheJob: ['inwerken'],
  }),
  cashierCentre: vacancy('v-cashier', 'Kassamedewerker', {
    words: 'kassamedewerker supermarkt', occupationUri: OCC.cashier, hoursPerWeek: { min: 12, max: 24 },
    postcode: '3511', place: 'Utrecht centrum', requirements: { dutch: 'B1', heavyWork: false }, learnOnTheJob: ['inwerken'],
    support: ['banenafspraak', 'loonkostensubsidie', 'jobcoach'],
  }),
  cashierDeMeern: vacancy('v-cashier-2', 'Kassamedewerker', {
    words: 'kassamedewerker bouwmarkt', occupationUri: OCC.cashier, hoursPerWeek: { min: 16, max: 24 },
    postcode: '3454', place: 'De Meern', requirements: { dutch: 'B1' }, learnOnTheJob: ['inwerken'],
  }),
  clerkCity: vacancy('v-clerk', 'Administratief medewerker', {
    words: 'administratief medewerker burgerzaken', occupationUri: OCC.clerk, hoursPerWeek: { min: 32, max: 36 },
    postcode: '3511', place: 'Utrecht', requirements: { education: 'mbo-4', dutch: 'B2' },
  }),
  homeCareBbl: vacancy('v-care', 'Thuiszorgmedewerker (BBL)', {
    words: 'thuiszorgmedewerker, opleiding tot verzorgende IG', occupationUri: OCC.homeCare, hoursPerWeek: { min: 24, max: 32 },
    postcode: '3431', place: 'Nieuwegein', requirements: { education: 'mbo-3', dutch: 'B1' }, learnOnTheJob: ['bbl'],
  }),
  truck: vacancy('v-truck', 'Vrachtwagenchauffeur', {
    words: 'chauffeur C/CE distributie', occupationUri: OCC.truckDriver, hoursPerWeek: { min: 40, max: 40 },
    postcode: '3439', place: 'Nieuwegein', requirements: { drivingLicence: true },
  }),
  schoolCook: vacancy('v-cook', 'Kok schoolkantine', {
    words: 'kok voor de lunch in een schoolkantine', occupationUri: OCC.cook, hoursPerWeek: { min: 16, max: 20 },
    postcode: '3512', place: 'Utrecht', requirements: { times: 'daytime' }, start: 'now',
  }),
  cloud: vacancy('v-cloud', 'Cloud developer', {
    words: 'cloud developer', occupationUri: OCC.cloudDeveloper, hoursPerWeek: { min: 36, max: 40 },
    postcode: '3511', place: 'Utrecht', requirements: { education: 'hbo', dutch: 'B2' },
  }),
};

export const ALL_SEEKERS = Object.values(SEEKERS);
export const ALL_VACANCIES = Object.values(VACANCIES);
