// Vacancy matching in Dutch at B1 (../shared/taal.md): "je", short sentences, no promises.
import type { VacancyTexts } from './vacancyTexts';

const list = (items: string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} of ${items[items.length - 1]}`);

export const vacancyTextsNl: VacancyTexts = {
  education: {
    none: 'geen diploma', primary: 'basisschool', vmbo: 'een vmbo-diploma', 'mbo-1': 'mbo niveau 1', 'mbo-2': 'mbo niveau 2',
    'mbo-3': 'mbo niveau 3', 'mbo-4': 'mbo niveau 4', havo: 'een havo-diploma', vwo: 'een vwo-diploma', hbo: 'een hbo-diploma', wo: 'een universitair diploma',
  },
  support: {
    banenafspraak: 'de banenafspraak (extra banen voor mensen met een ziekte of beperking)',
    loonkostensubsidie: 'loonkostensubsidie (de gemeente betaalt een deel van het loon)',
    jobcoach: 'een jobcoach (iemand die je helpt op je werk)',
    proefplaatsing: 'een proefplaatsing (eerst een tijdje op proef werken)',
  },
  learnOnTheJob: 'Je leert het werk op de werkplek. De werkgever leert je in.',
  workAndLearn: 'Bij deze werkgever kun je werken en leren tegelijk (BBL). Je krijgt dan loon.',
  trainingBudget: 'Deze werkgever heeft geld voor opleiding.',
  inRegion: (region) => `Het werk is in jouw regio (${region}).`,
  nearby: (place) => `Het werk is dicht bij jou: ${place}.`,
  furtherAway: (place) => `Het werk is wat verder weg: ${place}. Kijk of je er goed kunt komen.`,
  travelUnknown: (minutes) => `Je wilt niet langer dan ${minutes} minuten reizen. Kijk waar het werk precies is.`,
  hoursFit: (hours) => `Het werk is ${hours} per week. Dat past bij de uren die je wilt.`,
  hoursGap: (hours, wanted) => `Het werk is ${hours} per week. Jij wilt ${wanted}. Vraag of dat anders kan.`,
  hoursText: (min, max) => (min === max ? `${min} uur` : `${min} tot ${max} uur`),
  wantedHours: (min, max) =>
    min !== undefined && min > 0 && max !== undefined ? `${min} tot ${max} uur` : max !== undefined ? `hoogstens ${max} uur` : `minstens ${min ?? 0} uur`,
  hasDiploma: (required) => `De werkgever vraagt ${required}. Dat heb je.`,
  diplomaStepBelow: (required, own) => `De werkgever vraagt ${required}. Jij hebt ${own}. Vraag of je ervaring ook telt.`,
  diplomaViaBbl: (required) => `Je mist nog ${required}. Bij deze werkgever kun je dat halen: je werkt en leert tegelijk (BBL).`,
  diplomaValuationFirst: (required) =>
    `De werkgever vraagt ${required}. Laat je buitenlandse diploma waarderen. Dan weet je welk niveau het heeft.`,
  levelViaBbl: 'Voor dit werk heb je meestal een hogere opleiding nodig. Bij deze werkgever kun je werken en leren tegelijk (BBL).',
  dutchFits: (required) => `De werkgever vraagt Nederlands op niveau ${required}. Dat kun je.`,
  dutchBelow: (required, own) => `De werkgever vraagt Nederlands op niveau ${required}. Jij zit nu op ${own}. Een taalcursus kan helpen.`,
  hasLicence: 'Voor dit werk heb je een rijbewijs nodig. Dat heb je.',
  licenceUnknown: 'Voor dit werk heb je een rijbewijs nodig. We weten niet of je dat hebt.',
  supportOffered: (forms) => `De werkgever staat open voor ${list(forms.map((f) => vacancyTextsNl.support[f]))}. Dat past bij jou.`,
  supportNotSaid: (forms) =>
    `Misschien heb je hulp nodig op je werk, zoals ${list(forms.map((f) => vacancyTextsNl.support[f]))}. De werkgever zei niet of dat kan. Een adviseur vraagt het na.`,
  supportAskAdviser: 'Misschien heb je hulp nodig op je werk. De werkgever zei niet of dat kan. Een adviseur vraagt het na.',
  trialPlacement: 'Je kunt eerst een tijdje op proef werken (proefplaatsing). UWV of de gemeente beslist of dat kan.',
  heavyToCheck: 'De werkgever zegt dat het werk niet zwaar is. Vraag dat goed na, want je kunt geen zwaar werk doen.',
  schoolHoursToCheck: 'Het werk is overdag. Vraag of je alleen onder schooltijd kunt werken.',
  startLater: 'De werkgever zoekt iemand die snel kan beginnen. Jij wilt later beginnen.',
  employerAlsoAsks: (words) => `De werkgever vraagt ook: "${words}". Kijk of dat bij je past.`,
  guessedWork: (words, occupation) => `De werkgever noemt het werk "${words}". Wij denken dat het lijkt op ${occupation}. Een adviseur kijkt of dat klopt.`,
  excluded: {
    iva: 'IVA-uitkering (volledig en blijvend arbeidsongeschikt): geen vacatures, behalve werk dat de werkzoekende zelf noemde.',
    'heavy-work': 'Zwaar lichamelijk werk, en de werkzoekende kan geen zwaar werk doen.',
    times: 'De werktijden passen niet bij de tijden waarop de werkzoekende kan werken.',
    'driving-licence': 'Voor dit werk is een rijbewijs nodig, en de werkzoekende heeft geen rijbewijs.',
    region: 'Het werk is in een andere regio dan waar de werkzoekende woont.',
    travel: 'Het werk is verder weg dan de werkzoekende wil reizen.',
    hours: 'Het aantal uren verschilt te veel van wat de werkzoekende wil.',
    dutch: 'De werkgever vraagt veel beter Nederlands dan de werkzoekende nu spreekt.',
    level: 'Het werk vraagt een veel hogere opleiding, en de werkgever biedt geen BBL om die te halen.',
    'wants-new-work': 'De werkzoekende wil ander werk dan dit soort werk.',
    'no-fit': 'Het werk past niet bij de ervaring, vaardigheden of wensen van de werkzoekende.',
  },
};
