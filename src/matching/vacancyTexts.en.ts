// Vacancy matching in plain English: the same sentences, with the same structure, as vacancyTexts.nl.ts.
import type { VacancyTexts } from './vacancyTexts';

const list = (items: string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`);

export const vacancyTextsEn: VacancyTexts = {
  education: {
    none: 'no diploma', primary: 'primary school', vmbo: 'a vmbo diploma', 'mbo-1': 'mbo level 1', 'mbo-2': 'mbo level 2',
    'mbo-3': 'mbo level 3', 'mbo-4': 'mbo level 4', havo: 'a havo diploma', vwo: 'a vwo diploma', hbo: 'an hbo (bachelor) diploma', wo: 'a university diploma',
  },
  support: {
    banenafspraak: 'the jobs agreement (banenafspraak: extra jobs for people with an illness or disability)',
    loonkostensubsidie: 'a wage-cost subsidy (the municipality pays part of the wage)',
    jobcoach: 'a job coach (someone who helps you at work)',
    proefplaatsing: 'a trial placement (working on trial for a while first)',
  },
  learnOnTheJob: 'You learn the work at the workplace. The employer trains you.',
  workAndLearn: 'With this employer you can work and learn at the same time (BBL). You are paid a wage.',
  trainingBudget: 'This employer has money for training.',
  inRegion: (region) => `The work is in your region (${region}).`,
  nearby: (place) => `The work is close to you: ${place}.`,
  furtherAway: (place) => `The work is a bit further away: ${place}. Check that you can get there easily.`,
  travelUnknown: (minutes) => `You want to travel at most ${minutes} minutes. Check where exactly the work is.`,
  hoursFit: (hours) => `The work is ${hours} a week. That fits the hours you want.`,
  hoursGap: (hours, wanted) => `The work is ${hours} a week. You want ${wanted}. Ask whether that can change.`,
  hoursText: (min, max) => (min === max ? `${min} hours` : `${min} to ${max} hours`),
  wantedHours: (min, max) =>
    min !== undefined && min > 0 && max !== undefined ? `${min} to ${max} hours` : max !== undefined ? `at most ${max} hours` : `at least ${min ?? 0} hours`,
  hasDiploma: (required) => `The employer asks for ${required}. You have that.`,
  diplomaStepBelow: (required, own) => `The employer asks for ${required}. You have ${own}. Ask whether your experience counts too.`,
  diplomaViaBbl: (required) => `You still need ${required}. With this employer you can get it: you work and learn at the same time (BBL).`,
  diplomaValuationFirst: (required) => `The employer asks for ${required}. Have your foreign diploma evaluated. Then you know its level.`,
  levelViaBbl: 'This work usually needs a higher education. With this employer you can work and learn at the same time (BBL).',
  dutchFits: (required) => `The employer asks for Dutch at level ${required}. You can do that.`,
  dutchBelow: (required, own) => `The employer asks for Dutch at level ${required}. You are at ${own} now. A language course can help.`,
  hasLicence: 'You need a driving licence for this work. You have one.',
  licenceUnknown: 'You need a driving licence for this work. We do not know whether you have one.',
  supportOffered: (forms) => `The employer is open to ${list(forms.map((f) => vacancyTextsEn.support[f]))}. That fits you.`,
  supportNotSaid: (forms) =>
    `You may need support at work, such as ${list(forms.map((f) => vacancyTextsEn.support[f]))}. The employer did not say whether that is possible. An adviser will ask.`,
  supportAskAdviser: 'You may need support at work. The employer did not say whether that is possible. An adviser will ask.',
  trialPlacement: 'You can work on trial for a while first (trial placement). UWV or the municipality decides whether that is possible.',
  heavyToCheck: 'The employer says the work is not heavy. Check this carefully, because you cannot do heavy work.',
  schoolHoursToCheck: 'The work is in the daytime. Ask whether you can work during school hours only.',
  startLater: 'The employer is looking for someone who can start soon. You want to start later.',
  employerAlsoAsks: (words) => `The employer also asks: "${words}". Check whether that suits you.`,
  guessedWork: (words, occupation) => `The employer calls the work "${words}". We think it is like ${occupation}. An adviser checks this.`,
  excluded: {
    iva: 'IVA benefit (fully and permanently unable to work): no vacancies, except work the seeker named.',
    'heavy-work': 'Physically heavy work, and the seeker cannot do heavy work.',
    times: 'The working times do not fit the times the seeker can work.',
    'driving-licence': 'This work needs a driving licence, and the seeker has none.',
    region: 'The work is in another region than where the seeker lives.',
    travel: 'The work is further away than the seeker wants to travel.',
    hours: 'The hours differ too much from what the seeker wants.',
    dutch: 'The employer asks for much better Dutch than the seeker speaks now.',
    level: 'The work needs a much higher education, and the employer offers no BBL to get it.',
    'wants-new-work': 'The seeker wants other work than this kind of work.',
    'no-fit': "The work does not fit the seeker's experience, skills or wishes.",
  },
};
