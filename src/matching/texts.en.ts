// English texts with the same structure as texts.nl.ts (for seekers who prefer English).
import type { Texts } from './texts';

const euro = (n: number) => n.toFixed(2);
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
  whoPays: {
    employed: 'Who pays? Ask your employer. Employers sometimes contribute, especially with BBL.',
    flex: 'Who pays? Ask your employer or agency. The Leerwerkloket knows which schemes exist.',
    'self-employed': 'Who pays? The Leerwerkloket knows which schemes exist for self-employed people.',
    ww: 'Who pays? Sometimes UWV pays. UWV decides. Ask before you start.',
    bijstand: 'Who pays? Sometimes the municipality helps. The municipality decides. Ask before you start.',
    wia: 'Who pays? Sometimes UWV pays. UWV decides. Ask UWV.',
    wajong: 'Who pays? Sometimes UWV pays. UWV decides. Ask UWV.',
    'other-benefit': 'Who pays? Ask the organisation that pays your benefit, or the Leerwerkloket.',
    none: 'Who pays? The Leerwerkloket knows which schemes exist. Check current fees with the school.',
  },

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
  wageMedian: (p50, group) =>
    `In this kind of work (${group}) half of the people earn more than ${euro(p50)} euros gross per hour. Young people are included (CBS, 2022).`,
  shortage: (region, period) => `In ${region} employers are looking for many people for this work (${period}).`,
  nationalShortage: (period) => `Employers are looking for many people for this work (${period}).`,

  boostTraining: 'You would like to learn something.',
  boostLanguage: 'This helps you improve your Dutch, which helps at work.',
  boostStartNow: 'You want to start soon.',
  boostSupport: 'You get help from one fixed person.',
  boostHealth: 'This helps if your health means you cannot do everything.',
  boostDirection: 'An adviser helps you choose which way to go.',
};
