// English texts with the same structure as texts.nl.ts (for seekers who prefer English).
import type { Texts } from './texts';

const years = (min: number, max: number) => (min === max ? `${min} years` : `${min} to ${max} years`);
const list = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

export const textsEn: Texts = {
  incomeExplained: {
    employed: 'you have a job with a permanent contract',
    flex: 'you have flexible work (a temporary, agency or zero-hours contract)',
    'self-employed': 'you are self-employed',
    ww: 'you receive WW (a UWV benefit when you have lost your job)',
    bijstand: 'you receive bijstand (money from the municipality when you do not have enough income)',
    wia: 'you receive WIA (a UWV benefit when you can work less after 2 years of illness)',
    wajong: 'you receive Wajong (a UWV benefit for people who became ill or disabled when young)',
    'other-benefit': 'you receive another benefit',
    none: 'you have no work and no benefit at the moment',
  },
  becauseIncome: (explained) => `This may suit you because ${explained}.`,
  whoPays: (organisation, how) => `Who pays? Ask ${organisation}. ${how}`,
  nearYou: (sentences) => `Near you: ${sentences.join(' ')}`,

  jobTitle: (occupation) => `Work as ${occupation}`,
  jobProvider: 'Employers near you (vacancies on werk.nl)',
  jobEligibility: 'Anyone may apply. The employer chooses who gets the job.',
  jobNextStep: (occupation) => `Look for ${occupation} vacancies on werk.nl. Want help with your CV or letter? Ask the Leerwerkloket.`,
  jobWhatToBring: ['your CV', 'diplomas and certificates'],

  schoolingTitle: (qualification, level) => `MBO course ${qualification} (level ${level})`,
  schoolingProvider: 'A vocational school (ROC) or a recognised training provider near you',
  schoolingEligibility: 'The school decides whether you can start. Ask about the entry requirements.',
  schoolingNextStep: (qualification) =>
    `Ask the Leerwerkloket which school offers ${qualification} and who can pay. Find the Leerwerkloket on lerenenwerken.nl.`,
  schoolingWhatToBring: ['your diplomas and grade lists', 'your CV or a list of work you did before'],
  schoolingFits: (qualification, occupation, min, max) =>
    `The course ${qualification} fits work as ${occupation}. It usually takes ${years(min, max)}.`,
  startQualificationTitle: 'Get an MBO level 2 diploma (startkwalificatie)',
  startQualificationWhy:
    'You do not have a startkwalificatie yet. That is a diploma at MBO level 2, havo or vwo. With such a diploma it is easier to find work.',
  startQualificationNextStep:
    'Ask the Leerwerkloket which MBO course suits you and which school offers it. Find the Leerwerkloket on lerenenwerken.nl.',
  schoolingEstimate: 'Note: which course fits which occupation is our estimate. Please check.',
  schoolingWorkAndLearn: 'You can also do this as BBL: you work and learn at the same time, and you are paid.',
  longerThanWished: (months) =>
    `This course takes longer than the ${months} months you want. Ask whether it can be shorter, for example with an experience certificate (EVC).`,
  stepUpInLevel: 'This is a step up from your current education. That is possible, but harder.',
  dutchFirst: 'For this course it helps to improve your Dutch first.',

  essentialSkills: (have, total, occupation) => `You have ${have} of the ${total} most important skills for ${occupation}.`,
  allEssentialSkills: (occupation) => `You already have all the most important skills for ${occupation}.`,
  allNewSkills: (total, occupation) => `For work as ${occupation} you learn ${total} new skills. A course helps with that.`,
  overlapPercent: (percent, occupation) => `Your experience matches ${percent}% of the work as ${occupation}.`,
  missingSkills: (labels, more) => (more > 0 ? `You still need ${list(labels)}, and ${more} more.` : `You still need ${list(labels)}.`),
  missingSkillsNoLabel: (count) => `You still need ${count} ${count === 1 ? 'skill' : 'skills'}. An adviser can go through them with you.`,
  sameAsPastWork: 'This is the work you did before.',
  closeToPastWork: (past) => `This work is similar to your work as ${past}.`,
  namedWish: 'You said you would like to do this work.',
  matchesInterest: (interest) => `This fits what you are looking for: "${interest}".`,
  mentionedThisWork: (words) => `You mentioned "${words}". We think you mean this work.`,
  mentionedWork: (words) => `You mentioned "${words}". This work is similar.`,
  adviserCanCheck: 'An adviser can look with you at whether this work suits you.',
  travelNote: (minutes) => `You do not want to travel more than ${minutes} minutes. Keep that in mind when you search.`,
  shortage: (region, period) => `In ${region} employers are looking for many people for this work (${period}).`,
  nationalShortage: (period) => `Employers are looking for many people for this work (${period}).`,

  routeTitleVia: (qualification, occupation) => `Through the course ${qualification} to work as ${occupation}`,
  routeTitle: (occupation) => `Route to work as ${occupation}`,
  routeProviderMbo: 'A vocational school (ROC) or a recognised training provider near you',
  routeProviderHigher: 'A university of applied sciences or a university',
  routeProviderLicence: 'A driving school near you',
  routeEligibility: 'The school decides whether you can start. Ask about the entry requirements.',
  routeAboveLevel: (occupation) => `Work as ${occupation} usually needs a higher education than you have now. So a course comes first.`,
  routeMbo: (qualification, level, min, max) =>
    `The course ${qualification} (MBO level ${level}) leads to this work. It usually takes ${years(min, max)}.`,
  routeThenMbo: (qualification, level, min, max) =>
    `After that you can do the course ${qualification} (MBO level ${level}). It usually takes ${years(min, max)}.`,
  routeDiplomaFirst: (occupation) =>
    `For work as ${occupation} employers usually ask for a higher education degree. First have your foreign diploma evaluated. Then you know its level.`,
  routeNextStepDiploma: (organisation) => `Ask ${organisation} to evaluate your diploma. Then look with the Leerwerkloket at which work or course fits.`,
  routeHigherEducation: 'This work usually needs a higher professional (hbo) or university (wo) degree. That usually takes 4 years or more.',
  routeNextStepMbo: (qualification) =>
    `Ask the Leerwerkloket which school offers ${qualification} and whether you can start. Find the Leerwerkloket on lerenenwerken.nl.`,
  routeNextStepHigher: (occupation) =>
    `Ask the Leerwerkloket which hbo or university programme leads to work as ${occupation}, and whether you can enter. Find the Leerwerkloket on lerenenwerken.nl.`,
  routeLicenceFirst: (occupation) => `Work as ${occupation} needs a driving licence. You said you do not have one yet.`,
  routeNextStepLicence: 'First get your driving licence at a driving school. Then ask the Leerwerkloket which course you need. Find it on lerenenwerken.nl.',
  routeWhatToBring: ['your diplomas and grade lists', 'your CV or a list of work you did before'],
  wishSchooling: (occupation) => `With this course you can work as ${occupation}, for example.`,
  schoolingLength: (min, max) => `The course usually takes ${years(min, max)}.`,
  regulatedNoVacancies: (authority) => `This is a protected profession. You may only do it once ${authority} recognises your diploma or registers you.`,

  limitHeavyLeftOut: 'We leave out physically heavy work, because you said you cannot lift heavy things.',
  limitHeavyKept: 'You said you cannot do physically heavy work. We took that into account.',
  limitTimesLeftOut: (times) => `We leave out shift work, because you can work ${{ 'school-hours': 'only during school hours', daytime: 'only in the daytime', 'no-nights': 'not at night' }[times]}.`,
  limitTimesKept: (times) => `You can work ${{ 'school-hours': 'only during school hours', daytime: 'only in the daytime', 'no-nights': 'not at night' }[times]}. We took that into account.`,
  limitLicenceRoute: 'You do not have a driving licence yet. For work that needs driving, the licence comes first.',
  limitLicenceLeftOut: 'We leave out work that needs driving, because you do not have a driving licence.',
  limitLicenceKept: 'You do not have a driving licence yet. We took that into account.',
  limitHours: (hours) => `You want to work no more than ${hours} hours a week. So we do not suggest working and learning at the same time (BBL).`,
  limitTravel: (minutes) => `You do not want to travel more than ${minutes} minutes. Keep that in mind when you look for vacancies or schools.`,
  limitDutch: 'You are still learning Dutch. For courses we say when it helps to improve your Dutch first.',

  boostTraining: 'You would like to learn something.',
  boostLanguage: 'This helps you improve your Dutch, which helps at work.',
  boostStartNow: 'You want to start soon.',
  boostSupport: 'You get help from one fixed person.',
  boostHealth: 'This helps if your health means you cannot do everything.',
  boostDirection: 'An adviser helps you choose which way to go.',
};
