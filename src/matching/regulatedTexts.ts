// Seeker-facing texts of the recognition and stepping-stone proposals (Dutch B1, English second).
import type { Locale } from './texts';

export interface RegulatedTexts {
  recognitionTitleForeign: (title: string) => string;
  recognitionTitleDomestic: (title: string) => string;
  foreignDiploma: string;
  dutchNeeded: (level: string) => string;
  levelGap: string;
  trainingFirstNextStep: string;
  stoneTitleQualification: (name: string, level: number) => string;
  stoneTitleOccupation: (label: string) => string;
  stoneProviderQualification: string;
  stoneProviderOccupation: string;
  stoneWhy: (stone: string, title: string) => string;
  stoneBecauseNamed: string;
  stoneBecauseDutch: string;
  stoneBecauseLevel: string;
  stoneDuration: (name: string, level: number, minYears: number, maxYears: number) => string;
  stoneWorkAndLearn: string;
  stoneWhoPays: (organisation: string, how: string) => string;
  stoneIdw: string;
  stoneEligibilityQualification: string;
  stoneEligibilityOccupation: string;
  stoneNextStepQualification: (name: string) => string;
  stoneNextStepOccupation: (label: string) => string;
  stoneWhatToBring: string[];
  mboSourceName: string;
  lerenenwerkenName: string;
}

const years = (min: number, max: number, word: string, plural: string) =>
  min === max ? `${min} ${min === 1 ? word : plural}` : `${min} tot ${max} ${plural}`;

const nl: RegulatedTexts = {
  recognitionTitleForeign: (t) => `Je diploma laten erkennen om als ${t} te werken`,
  recognitionTitleDomestic: (t) => `Wat je nodig hebt om als ${t} te werken`,
  foreignDiploma: 'Je hebt je diploma in het buitenland gehaald. Dat moet eerst erkend worden. Pas daarna mag je in Nederland in dit beroep werken.',
  dutchNeeded: (level) => `Voor dit werk moet je goed Nederlands kunnen, meestal op niveau ${level}. Je kunt nu al beginnen met leren.`,
  levelGap: 'Voor dit beroep heb je een opleiding op een hoger niveau nodig dan je nu hebt.',
  trainingFirstNextStep: 'Vraag het leerwerkloket welke opleiding naar dit beroep leidt, hoe lang die duurt en of je kunt beginnen.',
  stoneTitleQualification: (name, level) => `Tussenstap: de opleiding ${name} (mbo niveau ${level})`,
  stoneTitleOccupation: (label) => `Tussenstap: werken als ${label}`,
  stoneProviderQualification: 'Een mbo-school, vaak samen met een werkgever (BBL)',
  stoneProviderOccupation: 'Werkgevers in dit vak',
  stoneWhy: (stone, title) => `Als ${stone} werk je dicht bij het werk van een ${title}. Zo doe je al werkervaring op in dit vak.`,
  stoneBecauseNamed: 'Je noemde dit zelf als werk dat je wilt doen.',
  stoneBecauseDutch: 'Zo kun je al werken terwijl je beter Nederlands leert. Je leert de taal ook op je werk.',
  stoneBecauseLevel: 'Zo kom je stap voor stap dichter bij het beroep.',
  stoneDuration: (name, level, min, max) => `De opleiding ${name} is mbo niveau ${level} en duurt meestal ${years(min, max, 'jaar', 'jaar')}.`,
  stoneWorkAndLearn: 'Je kunt vaak werken en leren tegelijk (BBL). Dan verdien je al geld.',
  stoneWhoPays: (organisation, how) => `Wie betaalt de opleiding? Vraag het aan ${organisation}. ${how}`,
  stoneIdw: 'Laat ook je diploma waarderen (IDW via Nuffic, voor mbo via SBB). Dan weten de school en werkgevers welk niveau je hebt. Soms krijg je dan vrijstellingen.',
  stoneEligibilityQualification: 'De school beslist of je kunt beginnen en of je vrijstellingen krijgt. Wie de opleiding betaalt, hangt af van je situatie.',
  stoneEligibilityOccupation: 'De werkgever beslist of je past. Vraag ook of de werkgever je wil opleiden.',
  stoneNextStepQualification: (name) => `Vraag het leerwerkloket of een mbo-school naar de opleiding ${name}. Vraag ook naar BBL: werken en leren tegelijk.`,
  stoneNextStepOccupation: (label) => `Vraag het leerwerkloket hoe je als ${label} kunt beginnen. Vaak kan dat met werken en leren tegelijk.`,
  stoneWhatToBring: ['je diploma en cijferlijst (ook uit het buitenland)', 'een lijstje van werk dat je eerder deed', 'je diplomawaardering, als je die al hebt'],
  mboSourceName: 'Regeling kwalificatiedossiers mbo (wetten.overheid.nl)',
  lerenenwerkenName: 'Leren en werken: leerwerkloketten',
};

/** The English indefinite article ("an architect", "a nurse"). */
const an = (word: string) => (/^[aeiou]/i.test(word) ? 'an' : 'a');

const en: RegulatedTexts = {
  recognitionTitleForeign: (t) => `Get your diploma recognised to work as ${an(t)} ${t}`,
  recognitionTitleDomestic: (t) => `What you need to work as ${an(t)} ${t}`,
  foreignDiploma: 'You obtained your diploma abroad. It has to be recognised first. Only then may you work in this profession in the Netherlands.',
  dutchNeeded: (level) => `This work needs good Dutch, usually at level ${level}. You can start learning now.`,
  levelGap: 'This profession needs training at a higher level than you have now.',
  trainingFirstNextStep: 'Ask the Leerwerkloket which training leads to this profession, how long it takes and whether you can start.',
  stoneTitleQualification: (name, level) => `Stepping stone: the course ${name} (MBO level ${level})`,
  stoneTitleOccupation: (label) => `Stepping stone: working as ${label}`,
  stoneProviderQualification: 'An MBO school, often together with an employer (BBL)',
  stoneProviderOccupation: 'Employers in this field',
  stoneWhy: (stone, title) => `As ${an(stone)} ${stone} you work close to the work of ${an(title)} ${title}. You already gain work experience in this field.`,
  stoneBecauseNamed: 'You named this yourself as work you want to do.',
  stoneBecauseDutch: 'This way you can already work while you improve your Dutch. You also learn the language at work.',
  stoneBecauseLevel: 'This way you get closer to the profession step by step.',
  stoneDuration: (name, level, min, max) => `The course ${name} is MBO level ${level} and usually takes ${min === max ? min : `${min} to ${max}`} ${max === 1 ? 'year' : 'years'}.`,
  stoneWorkAndLearn: 'You can often work and learn at the same time (BBL). Then you already earn money.',
  stoneWhoPays: (organisation, how) => `Who pays for the course? Ask ${organisation}. ${how}`,
  stoneIdw: 'Also have your diploma evaluated (IDW via Nuffic, for MBO via SBB). Then the school and employers know its level. Sometimes you get exemptions.',
  stoneEligibilityQualification: 'The school decides whether you can start and whether you get exemptions. Who pays for the course depends on your situation.',
  stoneEligibilityOccupation: 'The employer decides whether you fit. Also ask whether the employer will train you.',
  stoneNextStepQualification: (name) => `Ask the Leerwerkloket or an MBO school about the course ${name}. Also ask about BBL: working and learning at the same time.`,
  stoneNextStepOccupation: (label) => `Ask the Leerwerkloket how to start as ${label}. Often you can work and learn at the same time.`,
  stoneWhatToBring: ['your diploma and transcript (also from abroad)', 'a list of work you did before', 'your diploma evaluation, if you already have one'],
  mboSourceName: 'MBO qualification files regulation (wetten.overheid.nl)',
  lerenenwerkenName: 'Leren en werken: learning and work desks (Dutch)',
};

export function regulatedTextsFor(locale: Locale): RegulatedTexts {
  return locale === 'en' ? en : nl;
}
