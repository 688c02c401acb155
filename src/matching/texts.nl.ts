// Seeker-facing Dutch at B1 (../shared/taal.md): "je", short sentences, jargon explained,
// no promises about money or rights.
import type { Texts } from './texts';

const years = (min: number, max: number) => (min === max ? `${min} jaar` : `${min} tot ${max} jaar`);
const list = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;

export const textsNl: Texts = {
  incomeExplained: {
    employed: 'je hebt werk met een vast contract',
    flex: 'je hebt flexwerk (een tijdelijk contract, uitzendwerk of een nulurencontract)',
    'self-employed': 'je werkt als zelfstandige (zzp)',
    ww: 'je hebt WW (een uitkering van UWV als je werkloos bent geworden)',
    bijstand: 'je hebt bijstand (geld van de gemeente als je niet genoeg inkomen hebt)',
    wia: 'je hebt WIA (een uitkering van UWV als je na 2 jaar ziekte minder kunt werken)',
    wajong: 'je hebt Wajong (een uitkering van UWV voor mensen die jong ziek of beperkt zijn geworden)',
    'other-benefit': 'je hebt een andere uitkering',
    none: 'je hebt nu geen werk en geen uitkering',
  },
  becauseIncome: (explained) => `Dit kan passen, want ${explained}.`,
  whoPays: (organisation, how) => `Wie betaalt? Vraag het aan ${organisation}. ${how}`,
  nearYou: (sentences) => `Bij jou in de buurt: ${sentences.join(' ')}`,

  jobTitle: (occupation) => `Werken als ${occupation}`,
  jobProvider: 'Werkgevers bij jou in de buurt (vacatures op werk.nl)',
  jobEligibility: 'Iedereen mag solliciteren. De werkgever kiest wie de baan krijgt.',
  jobNextStep: (occupation) => `Zoek vacatures voor ${occupation} op werk.nl. Wil je hulp bij je cv of je brief? Vraag het leerwerkloket.`,
  jobWhatToBring: ['je cv', "diploma's en certificaten"],

  schoolingTitle: (qualification, level) => `Mbo-opleiding ${qualification} (niveau ${level})`,
  schoolingProvider: 'Een mbo-school (roc) of een erkende opleider bij jou in de buurt',
  schoolingEligibility: 'De school beslist of je kunt beginnen. Vraag naar de toelatingseisen.',
  schoolingNextStep: (qualification) =>
    `Vraag het leerwerkloket welke school de opleiding ${qualification} geeft en wie kan betalen. Je vindt het leerwerkloket op lerenenwerken.nl.`,
  schoolingWhatToBring: ["je diploma's en cijferlijsten", 'je cv of een lijstje van werk dat je eerder deed'],
  schoolingFits: (qualification, occupation, min, max) =>
    `De opleiding ${qualification} past bij werk als ${occupation}. Die duurt meestal ${years(min, max)}.`,
  startQualificationTitle: 'Een mbo-diploma halen op niveau 2 (startkwalificatie)',
  startQualificationWhy:
    'Je hebt nog geen startkwalificatie. Dat is een diploma van mbo niveau 2, havo of vwo. Met zo\'n diploma vind je makkelijker werk.',
  startQualificationNextStep:
    'Vraag het leerwerkloket welke mbo-opleiding bij je past en welke school die geeft. Je vindt het leerwerkloket op lerenenwerken.nl.',
  schoolingEstimate: 'Let op: welke opleiding bij welk beroep past, is een schatting van ons. Vraag het na.',
  schoolingWorkAndLearn: 'Je kunt dit ook als BBL doen: je werkt en leert tegelijk, en je krijgt loon.',
  longerThanWished: (months) =>
    `Deze opleiding duurt langer dan de ${months} maanden die je wilt. Vraag of het korter kan, bijvoorbeeld met een ervaringscertificaat (EVC).`,
  stepUpInLevel: 'Dit is een stap hoger dan je opleiding nu. Dat kan, maar het is zwaarder.',
  dutchFirst: 'Voor deze opleiding helpt het om eerst beter Nederlands te leren.',

  essentialSkills: (have, total, occupation) => `Je hebt ${have} van de ${total} belangrijkste vaardigheden voor ${occupation}.`,
  allEssentialSkills: (occupation) => `Je hebt alle belangrijkste vaardigheden voor ${occupation} al.`,
  allNewSkills: (total, occupation) => `Voor werk als ${occupation} leer je ${total} nieuwe vaardigheden. Een opleiding helpt daarbij.`,
  overlapPercent: (percent, occupation) => `Je ervaring past voor ${percent}% bij werk als ${occupation}.`,
  missingSkills: (labels, more) =>
    more > 0
      ? `Je mist nog ${list(labels)}, en nog ${more} andere. Die andere hebben we alleen in het Engels.`
      : `Je mist nog ${list(labels)}.`,
  missingSkillsNoLabel: (count) =>
    `Je mist nog ${count} ${count === 1 ? 'vaardigheid' : 'vaardigheden'}. Die hebben we alleen in het Engels. Een adviseur kan ze met je bespreken.`,
  sameAsPastWork: 'Dit is het werk dat je eerder deed.',
  closeToPastWork: (past) => `Dit werk lijkt op je werk als ${past}.`,
  namedWish: 'Je zei dat je dit werk graag wilt doen.',
  matchesInterest: (interest) => `Dit past bij wat je zoekt: "${interest}".`,
  mentionedThisWork: (words) => `Je noemde "${words}". Wij denken dat je dit werk bedoelt.`,
  mentionedWork: (words) => `Je noemde "${words}". Dit werk lijkt daarop.`,
  adviserCanCheck: 'Een adviseur kan met je bekijken of dit werk bij je past.',
  travelNote: (minutes) => `Je wilt niet langer dan ${minutes} minuten reizen. Let daarop als je zoekt.`,
  shortage: (region, period) => `In ${region} zoeken werkgevers veel mensen voor dit werk (${period}).`,
  nationalShortage: (period) => `Werkgevers zoeken veel mensen voor dit werk (${period}).`,

  routeTitleVia: (qualification, occupation) => `Via de opleiding ${qualification} naar werk als ${occupation}`,
  routeTitle: (occupation) => `Route naar werk als ${occupation}`,
  routeProviderMbo: 'Een mbo-school (roc) of een erkende opleider bij jou in de buurt',
  routeProviderHigher: 'Een hogeschool of universiteit',
  routeProviderLicence: 'Een rijschool bij jou in de buurt',
  routeEligibility: 'De school beslist of je kunt beginnen. Vraag naar de toelatingseisen.',
  routeAboveLevel: (occupation) => `Voor werk als ${occupation} heb je meestal een hogere opleiding nodig dan je nu hebt. Daarom eerst een opleiding.`,
  routeMbo: (qualification, level, min, max) =>
    `De opleiding ${qualification} (mbo niveau ${level}) leidt naar dit werk. Die duurt meestal ${years(min, max)}.`,
  routeThenMbo: (qualification, level, min, max) =>
    `Daarna kun je de opleiding ${qualification} doen (mbo niveau ${level}). Die duurt meestal ${years(min, max)}.`,
  routeDiplomaFirst: (occupation) =>
    `Voor werk als ${occupation} vragen werkgevers meestal een hbo- of wo-diploma. Laat eerst je buitenlandse diploma waarderen. Dan weet je welk niveau het heeft.`,
  routeNextStepDiploma: (organisation) => `Vraag ${organisation} om je diploma te waarderen. Kijk daarna met het leerwerkloket welk werk of welke opleiding past.`,
  routeHigherEducation: 'Voor dit werk heb je meestal een hbo- of wo-opleiding nodig. Die duurt meestal 4 jaar of langer.',
  routeNextStepMbo: (qualification) =>
    `Vraag het leerwerkloket welke school de opleiding ${qualification} geeft en of je kunt beginnen. Je vindt het leerwerkloket op lerenenwerken.nl.`,
  routeNextStepHigher: (occupation) =>
    `Vraag het leerwerkloket welke hbo- of wo-opleiding leidt naar werk als ${occupation}, en of je kunt instromen. Je vindt het leerwerkloket op lerenenwerken.nl.`,
  routeLicenceFirst: (occupation) => `Voor werk als ${occupation} heb je een rijbewijs nodig. Je zei dat je nog geen rijbewijs hebt.`,
  routeNextStepLicence: 'Haal eerst je rijbewijs bij een rijschool. Vraag daarna het leerwerkloket welke opleiding je nodig hebt. Je vindt het op lerenenwerken.nl.',
  routeWhatToBring: ["je diploma's en cijferlijsten", 'je cv of een lijstje van werk dat je eerder deed'],
  wishSchooling: (occupation) => `Met deze opleiding kun je bijvoorbeeld werken als ${occupation}.`,
  schoolingLength: (min, max) => `De opleiding duurt meestal ${years(min, max)}.`,
  regulatedNoVacancies: (authority) => `Dit beroep is beschermd. Je mag het pas doen als ${authority} je diploma erkent of je inschrijft.`,

  limitHeavyLeftOut: 'Zwaar lichamelijk werk laten we weg, want je zei dat je niet zwaar kunt tillen.',
  limitHeavyKept: 'Je zei dat je geen zwaar lichamelijk werk kunt doen. Daar hebben we op gelet.',
  limitTimesLeftOut: (times) => `Werk in ploegendiensten laten we weg, want je kunt ${{ 'school-hours': 'alleen onder schooltijd', daytime: 'alleen overdag', 'no-nights': 'niet in de nacht' }[times]} werken.`,
  limitTimesKept: (times) => `Je kunt ${{ 'school-hours': 'alleen onder schooltijd', daytime: 'alleen overdag', 'no-nights': 'niet in de nacht' }[times]} werken. Daar hebben we op gelet.`,
  limitLicenceRoute: 'Je hebt nog geen rijbewijs. Bij werk waarvoor je moet rijden, staat eerst het rijbewijs.',
  limitLicenceLeftOut: 'Werk waarvoor je moet rijden laten we weg, want je hebt geen rijbewijs.',
  limitLicenceKept: 'Je hebt nog geen rijbewijs. Daar hebben we op gelet.',
  limitHours: (hours) => `Je wilt niet meer dan ${hours} uur per week werken. Werken en leren tegelijk (BBL) noemen we daarom niet.`,
  limitTravel: (minutes) => `Je wilt niet langer dan ${minutes} minuten reizen. Let daarop als je vacatures of scholen zoekt.`,
  limitDutch: 'Je leert nog Nederlands. Bij opleidingen zeggen we erbij als het helpt om eerst beter Nederlands te leren.',

  boostTraining: 'Je wilt graag iets leren.',
  boostLanguage: 'Zo kun je je Nederlands verbeteren. Dat helpt bij werk.',
  boostStartNow: 'Je wilt snel beginnen.',
  boostSupport: 'Je krijgt hulp van een vast persoon.',
  boostHealth: 'Dit helpt als je door je gezondheid niet alles kunt.',
  boostDirection: 'Een adviseur helpt je kiezen welke kant je op wilt.',
};
