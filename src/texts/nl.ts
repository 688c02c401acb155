// All seeker-facing Dutch text (B1: short sentences, "je", one question per message, question last).
export const nl = {
  // Human handoff (src/bot/handoffStarter.ts, handoffMiddleware.ts). {placeholders} are filled in by the bot.
  // Help lines checked November 2026: 113 and 0800-0113 are free, day and night (113.nl; ANP 3 Oct 2025);
  // Veilig Thuis 0800-2000, free, 24/7 (rijksoverheid.nl, "Wat moet ik doen bij huiselijk geweld");
  // Geldfit 0800-8115, free line of the Nederlandse Schuldhulproute (geldfit.nl); 112 for direct danger.
  handoff: {
    intro: 'Ik zoek een adviseur voor je. Een adviseur is een medewerker van het Werkcentrum.',
    queue: 'Je bent nummer {position} in de wachtrij. Je wacht ongeveer {minutes} minuten.',
    whileWaiting: 'Typ hier alvast je vraag. De adviseur ziet ook wat je eerder aan mij schreef.',
    backToBotHint: 'Wil je toch verder met mij? Typ dan "terug naar de bot".',
    stillWaiting: 'Dank je, je bericht is doorgegeven. Je bent nog nummer {position} in de wachtrij.',
    officeClosed: 'Onze adviseurs zijn er nu niet. Ze werken op: {hours}.',
    nextOpen: 'We zijn weer open op {day} om {time}.',
    leaveQuestion: 'Je kunt hier je vraag achterlaten. Een adviseur leest die als we weer open zijn.',
    callBackQuestion: 'Of wil je dat we je bellen of mailen?',
    callBackButton: 'Bel of mail me',
    leaveQuestionButton: 'Vraag achterlaten',
    backToBotButton: 'Terug naar de bot',
    leaveQuestionOk: 'Goed. Typ je vraag maar. Een adviseur leest die als we weer open zijn.',
    consent: 'Dan hebben we je telefoonnummer of e-mailadres nodig. We bewaren het alleen om je terug te bellen of te mailen. Daarna verwijderen we het.',
    consentQuestion: 'Mag ik je telefoonnummer of e-mailadres daarvoor bewaren?',
    consentYes: 'Ja, dat mag',
    consentNo: 'Nee, liever niet',
    askContact: 'Typ je telefoonnummer of je e-mailadres.',
    contactNotUnderstood: 'Dat herken ik niet als telefoonnummer of e-mailadres. Typ bijvoorbeeld 06 12345678 of naam@voorbeeld.nl.',
    contactSaved: 'Dank je. Een adviseur neemt contact met je op als we weer open zijn.',
    contactDeclined: 'Dat is goed. Ik bewaar geen nummer of e-mailadres. Je kunt hier je vraag achterlaten.',
    advisorJoined: 'Je praat nu met {name}, adviseur van het Werkcentrum.',
    released: 'Je praat weer met Werkloket, de digitale hulp. We gaan verder waar we waren.',
    closedByAdvisor: 'De adviseur heeft het gesprek afgesloten. Je praat weer met Werkloket, de digitale hulp.',
    seekerBack: 'Goed. Je praat weer met mij, Werkloket. We gaan verder waar we waren.',
    advisorName: '{name} (adviseur)',
    days: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
    today: 'vandaag',
    tomorrow: 'morgen',
    urgentHandoff: 'Ik vraag ook een adviseur om met je te praten.',
    urgent: {
      crisis: [
        'Fijn dat je dit vertelt. Je hoeft dit niet alleen te dragen.',
        'Denk je aan zelfdoding? Bel gratis 113 of 0800-0113, of chat op 113.nl. Dat kan dag en nacht.',
        'Ben je nu in direct gevaar? Bel dan 112.',
      ],
      violence: [
        'Wat naar dat je dit meemaakt. Je staat er niet alleen voor.',
        'Bel Veilig Thuis: 0800-2000. Dat is gratis en kan dag en nacht. Je mag anoniem blijven.',
        'Ben je nu in direct gevaar? Bel dan 112.',
      ],
      debt: [
        'Zorgen over geld zijn zwaar. Er is hulp, ook als je schulden hebt.',
        'Bel gratis Geldfit: 0800-8115, of kijk op geldfit.nl. Je gemeente heeft ook schuldhulpverlening: gratis hulp bij schulden.',
      ],
      homeless: [
        'Wat naar dat je geen vaste plek hebt. Er is hulp.',
        'Neem contact op met je gemeente. Die helpt met opvang en een slaapplek. Ben je nu in direct gevaar? Bel dan 112.',
      ],
    },
  },
  welcome: [
    'Hallo! Ik ben Werkloket, de digitale hulp van het Werkcentrum in jouw regio.',
    'Ik help je op weg met werk, leren en geld. En ik vertel je welke organisatie je verder helpt.',
  ],
  menuQuestion: 'Waar kan ik je mee helpen?',
  menu: {
    work: 'Ik zoek werk',
    employer: 'Ik ben werkgever',
    question: 'Ik heb een vraag',
    human: 'Praten met een mens',
  },
  menuRetry: 'Dat begreep ik niet helemaal. Kies een van de knoppen, of typ bijvoorbeeld "werk zoeken".',
  menuAnswers: {
    work: [
      'Fijn dat je er bent. Ik stel je straks een paar korte vragen over je werk, je inkomen en je wensen.',
      'Wil je nu al met iemand praten? Bel dan het Werkcentrum in je regio, of kijk op werk.nl.',
    ],
    employer: [
      'Welkom! Zoek je personeel, of wil je iemand met ondersteuning aannemen?',
      'Het werkgeversservicepunt in je regio helpt je daarbij. Zij zijn er voor alle werkgevers.',
    ],
    question: [
      'Stel je vraag maar. Bijvoorbeeld: "Hoe vraag ik WW aan?"',
      'Over uitkeringen beslist UWV of de gemeente. Ik vertel je bij wie je moet zijn.',
    ],
    human: [
      'Je wilt met een mens praten. Dat kan.',
      'Bel het Werkcentrum in je regio tijdens kantoortijden. Of laat hier je vraag achter.',
    ],
  },
  error: 'Sorry, er ging iets mis aan onze kant. Probeer het zo nog een keer.',
} as const;

/** Every language has exactly the same keys, so a missing translation fails the type check. */
type Widen<T> = T extends string ? string : T extends readonly (infer U)[] ? readonly Widen<U>[] : { readonly [K in keyof T]: Widen<T[K]> };
export type Texts = Widen<typeof nl>;
