// Follow-up after a referral or an introduction (issue 18): "Zal ik over 2 weken vragen hoe het
// ging?" and, later, "Is het gelukt bij het leerwerkloket?". Dutch at B1, English the same.
// Hooked into nl.ts / en.ts as `followUp`.

/** "over 1 week" / "over 2 weken", as said in a sentence. */
const weeksNl = (days: number) => (days % 7 === 0 ? (days === 7 ? '1 week' : `${days / 7} weken`) : `${days} dagen`);
const weeksEn = (days: number) => (days % 7 === 0 ? (days === 7 ? '1 week' : `${days / 7} weeks`) : `${days} days`);

export const followUpNl = {
  /** Before the question: what it is about. */
  offerAbout: (subject: string, provider: string) => `Je gaat verder met: ${subject} (${provider}).`,
  offerAboutIntroduction: (subject: string) => `Een adviseur kijkt of je voorgesteld kunt worden voor de vacature ${subject}.`,
  offerQuestion: 'Zal ik over 2 weken vragen hoe het ging?',
  in1: 'Over 1 week',
  in2: 'Over 2 weken',
  in4: 'Over 4 weken',
  offerNo: 'Nee, liever niet',
  scheduled: (days: number) => `Goed. Over ${weeksNl(days)} vraag ik hoe het ging. Je krijgt de vraag hier.`,
  declined: 'Goed. Dan vraag ik het niet.',
  offerNotUnderstood: 'Sorry, dat begreep ik niet. Kies wanneer ik het mag vragen. Of kies "Nee, liever niet".',
  /** A seeker who comes back: the question first. */
  welcomeBack: 'Fijn dat je er weer bent. Ik heb eerst een vraag.',
  question: (provider: string) => `Is het gelukt bij ${provider}?`,
  questionAbout: (subject: string) => `Het ging om: ${subject}.`,
  questionIntroduction: (subject: string) => `Is het gelukt met de vacature ${subject}?`,
  done: 'Gelukt',
  notYet: 'Nog niet',
  failed: 'Het lukte niet',
  doneReply: 'Wat fijn! Goed gedaan. Succes met de volgende stap.',
  notYetAgain: (days: number) => `Dat is goed. Soms kost het tijd. Over ${weeksNl(days)} vraag ik het nog een keer.`,
  notYetLast: 'Dat is goed. Soms kost het tijd. Lukt het niet? Typ dan "adviseur". Dan helpt een adviseur je verder.',
  failedReply: 'Wat jammer dat het niet lukte.',
  advisorQuestion: 'Wil je dat een adviseur met je meekijkt wat wel kan?',
  advisorYes: 'Ja, graag',
  advisorNo: 'Nee, nu niet',
  advisorDeclined: 'Goed. Wil je later toch hulp? Typ dan "adviseur".',
  later: 'Geen probleem. Ik vraag het later nog een keer.',
  answerNotUnderstood: 'Sorry, dat begreep ik niet. Kies "Gelukt", "Nog niet" of "Het lukte niet". Weet je het niet? Typ dan "weet ik niet".',
  alreadyAnswered: 'Dank je. Dat had je me al laten weten.',
};

export const followUpEn: typeof followUpNl = {
  offerAbout: (subject: string, provider: string) => `You are going on with: ${subject} (${provider}).`,
  offerAboutIntroduction: (subject: string) => `An advisor checks whether you can be introduced for the vacancy ${subject}.`,
  offerQuestion: 'Shall I ask you in 2 weeks how it went?',
  in1: 'In 1 week',
  in2: 'In 2 weeks',
  in4: 'In 4 weeks',
  offerNo: 'No, rather not',
  scheduled: (days: number) => `All right. In ${weeksEn(days)} I will ask how it went. You will get the question here.`,
  declined: 'All right. Then I will not ask.',
  offerNotUnderstood: 'Sorry, I did not understand that. Choose when I may ask. Or choose "No, rather not".',
  welcomeBack: 'Good to see you again. I have a question first.',
  question: (provider: string) => `Did it work out with ${provider}?`,
  questionAbout: (subject: string) => `It was about: ${subject}.`,
  questionIntroduction: (subject: string) => `Did it work out with the vacancy ${subject}?`,
  done: 'It worked',
  notYet: 'Not yet',
  failed: 'It did not work',
  doneReply: 'How good! Well done. Good luck with the next step.',
  notYetAgain: (days: number) => `That is fine. Sometimes it takes time. In ${weeksEn(days)} I will ask again.`,
  notYetLast: 'That is fine. Sometimes it takes time. Does it not work out? Then type "advisor". An advisor will help you further.',
  failedReply: 'What a pity that it did not work out.',
  advisorQuestion: 'Do you want an advisor to look with you at what is possible?',
  advisorYes: 'Yes, please',
  advisorNo: 'No, not now',
  advisorDeclined: 'All right. Do you want help later after all? Then type "advisor".',
  later: 'No problem. I will ask again later.',
  answerNotUnderstood: 'Sorry, I did not understand that. Choose "It worked", "Not yet" or "It did not work". Do you not know? Then type "I don\'t know".',
  alreadyAnswered: 'Thank you. You had already told me.',
};

/** For the advisor who takes over after "Het lukte niet" (the console is in Dutch). */
export const followUpHandoffDetail = (subject: string, provider: string) => `Opvolging: "${subject}" bij ${provider} is niet gelukt. De werkzoekende wil hulp van een adviseur.`;
