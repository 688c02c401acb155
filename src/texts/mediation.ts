// Bemiddeling for the seeker (issue 17): consent to be matched to vacancies, a vacancy as a
// proposal, "stel me voor", and the employer's arrangement (van werk naar werk). Dutch at B1,
// English the same. Hooked into nl.ts / en.ts as `mediation`.

/** Bump when the matching consent text changes (stored with the consent). */
export const MATCHING_CONSENT_VERSION = 'matching-v1';

/** "Een werkgever bij jou in de buurt zoekt een heftruckchauffeur, 32 uur per week." */
export interface OfferWords {
  what: string;
  hours?: string;
  place?: string;
  nearby: boolean;
}

export const mediationNl = {
  consentExplain: [
    'Ik zie werkgevers die mensen zoeken voor werk dat bij je kan passen. Zo\'n vrije baan heet een vacature.',
    'Ik kan je die vacatures laten zien. Daarvoor gebruik ik je profiel: je werk, je uren en je postcode.',
    'De werkgever ziet je naam niet. Wil je een baan? Dan kijkt eerst een adviseur van het Werkcentrum met je mee. Pas als de adviseur je voorstelt, hoort de werkgever wie je bent.',
    'Wil je het later niet meer? Typ dan: "ik wil niet meer voorgesteld worden".',
  ],
  consentQuestion: 'Mag ik je profiel gebruiken om vacatures voor je te zoeken?',
  consentYes: 'Ja, dat mag',
  consentNo: 'Nee, liever niet',
  consentThanks: 'Dank je. Dit heb ik voor je gevonden.',
  consentRefused: 'Goed. Ik gebruik je profiel niet voor vacatures, en ik vraag het niet opnieuw. Wil je het later toch? Typ dan: "stel me voor aan werkgevers".',
  consentNotNow: 'Geen probleem. Ik vraag het een andere keer.',
  offerTitle: (what: string) => `Vacature: ${what}`,
  employerNearby: 'Een werkgever bij jou in de buurt',
  employerIn: (place: string) => `Een werkgever in ${place}`,
  employerSomewhere: 'Een werkgever',
  hours: (hours: string) => `${hours} uur per week`,
  missingLabel: 'Let op',
  offerNextStep: 'Een adviseur van het Werkcentrum kan je voorstellen aan de werkgever.',
  offerLine: (o: OfferWords) => `${o.nearby ? 'Een werkgever bij jou in de buurt' : o.place ? `Een werkgever in ${o.place}` : 'Een werkgever'} zoekt een ${o.what}${o.hours ? `, ${o.hours} uur per week` : ''}.`,
  offerQuestion: 'Wil je dat een adviseur je voorstelt?',
  offerYes: 'Ja, stel me voor',
  offerNo: 'Nee, deze niet',
  requested: [
    'Goed, ik geef het door aan een adviseur van het Werkcentrum.',
    'De adviseur kijkt of het werk bij je past. Past het? Dan stelt de adviseur je voor aan de werkgever. Pas dan hoort de werkgever je naam.',
    'Je hoort het van de adviseur in deze chat.',
  ],
  requestedAgain: 'Dat had je al gevraagd. Een adviseur kijkt ernaar. Je hoort het in deze chat.',
  offerClosed: 'Sorry, deze vacature is net gesloten. Ik heb je vraag niet doorgegeven.',
  offerSkipped: 'Goed, deze niet.',
  notUnderstood: 'Sorry, dat begreep ik niet. Kies "Ja, stel me voor" of "Nee, deze niet".',
  withdrawn: 'Goed. Ik stel je niet meer voor aan werkgevers. Ik gebruik je profiel niet meer voor vacatures. Vragen die nog open stonden, heb ik ingetrokken.',
  notGiven: 'Ik gebruik je profiel niet voor vacatures. Er verandert dus niets.',
  optedIn: 'Dank je. Vanaf nu laat ik vacatures die bij je passen zien bij je voorstellen. De werkgever ziet je naam pas als een adviseur je voorstelt.',
  optInNeedsProfile: 'Daarvoor moet ik je antwoorden bewaren. Doe eerst de vragen en geef toestemming om ze te bewaren.',
  arrangement: {
    title: 'De regeling van je werkgever',
    provider: 'Je werkgever',
    why: 'Je werkgever heeft afspraken gemaakt voor mensen van wie het werk stopt.',
    trainingPaid: 'Je werkgever betaalt een opleiding voor je.',
    trainingBudget: (euro: string) => `Je werkgever betaalt tot ${euro} voor een opleiding.`,
    transitievergoeding: 'Je mag je transitievergoeding gebruiken voor een opleiding. Dat is het geld dat je krijgt als je werkgever je ontslaat.',
    timeOff: 'Je krijgt vrij om te solliciteren en om op gesprek te gaan.',
    outplacement: 'Je werkgever betaalt hulp bij het zoeken naar ander werk. Dat heet outplacement.',
    words: (words: string) => `Je werkgever zegt: "${words}"`,
    ask: (who: string) => `Vraag ernaar bij ${who}. Een adviseur van het Werkcentrum kan ook met je meedenken.`,
    askDefault: 'je werkgever, bijvoorbeeld bij HR (personeelszaken)',
    decides: 'Je werkgever beslist hoe de regeling precies werkt.',
  },
};

export const mediationEn: typeof mediationNl = {
  consentExplain: [
    'I see employers looking for people for work that may suit you. Such an open job is called a vacancy.',
    'I can show you those vacancies. For that I use your profile: your work, your hours and your postcode.',
    'The employer does not see your name. Do you want a job? Then an advisor of the Werkcentrum looks at it with you first. Only when the advisor introduces you does the employer learn who you are.',
    'Do you not want this any more later? Then type: "I no longer want to be introduced".',
  ],
  consentQuestion: 'May I use your profile to look for vacancies for you?',
  consentYes: 'Yes, you may',
  consentNo: 'No, rather not',
  consentThanks: 'Thank you. This is what I found for you.',
  consentRefused: 'All right. I will not use your profile for vacancies, and I will not ask again. Do you want it later after all? Then type: "introduce me to employers".',
  consentNotNow: 'No problem. I will ask another time.',
  offerTitle: (what: string) => `Vacancy: ${what}`,
  employerNearby: 'An employer near you',
  employerIn: (place: string) => `An employer in ${place}`,
  employerSomewhere: 'An employer',
  hours: (hours: string) => `${hours} hours a week`,
  missingLabel: 'Note',
  offerNextStep: 'An advisor of the Werkcentrum can introduce you to the employer.',
  offerLine: (o: OfferWords) => `${o.nearby ? 'An employer near you' : o.place ? `An employer in ${o.place}` : 'An employer'} is looking for a ${o.what}${o.hours ? `, ${o.hours} hours a week` : ''}.`,
  offerQuestion: 'Do you want an advisor to introduce you?',
  offerYes: 'Yes, introduce me',
  offerNo: 'No, not this one',
  requested: [
    'Good, I will pass it on to an advisor of the Werkcentrum.',
    'The advisor checks whether the work suits you. Does it? Then the advisor introduces you to the employer. Only then does the employer learn your name.',
    'The advisor will tell you in this chat.',
  ],
  requestedAgain: 'You asked for this already. An advisor is looking at it. You will hear in this chat.',
  offerClosed: 'Sorry, this vacancy has just closed. I did not pass on your request.',
  offerSkipped: 'All right, not this one.',
  notUnderstood: 'Sorry, I did not understand that. Choose "Yes, introduce me" or "No, not this one".',
  withdrawn: 'All right. I will no longer introduce you to employers. I no longer use your profile for vacancies. Requests that were still open are withdrawn.',
  notGiven: 'I do not use your profile for vacancies. So nothing changes.',
  optedIn: 'Thank you. From now on I show vacancies that suit you with your proposals. The employer sees your name only when an advisor introduces you.',
  optInNeedsProfile: 'For that I need to keep your answers. First answer the questions and agree that I keep them.',
  arrangement: {
    title: 'Your employer\'s arrangement',
    provider: 'Your employer',
    why: 'Your employer has made arrangements for people whose work ends.',
    trainingPaid: 'Your employer pays for a training for you.',
    trainingBudget: (euro: string) => `Your employer pays up to ${euro} for a training.`,
    transitievergoeding: 'You may use your transitievergoeding for a training. That is the money you get when your employer dismisses you.',
    timeOff: 'You get time off to apply for jobs and go to interviews.',
    outplacement: 'Your employer pays for help finding other work. This is called outplacement.',
    words: (words: string) => `Your employer says: "${words}"`,
    ask: (who: string) => `Ask ${who} about it. An advisor of the Werkcentrum can also help you think it through.`,
    askDefault: 'your employer, for example HR (human resources)',
    decides: 'Your employer decides how the arrangement works exactly.',
  },
};
