// All seeker-facing Dutch text (B1: short sentences, "je", one question per message, question last).
export const nl = {
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
