// The website's own texts (header, footer, chat page, statements), Dutch at B1 and English.
// The page shows one language; site.js swaps to the other in place (keys are the same).

export interface PageTexts {
  /** <title> of the chat page. */
  title: string;
  tagline: string;
  hint: string;
  loading: string;
  loadFailed: string;
  endFailed: string;
  endChat: string;
  endedTitle: string;
  endedText: string;
  newChat: string;
  chatLabel: string;
  typeMessage: string;
  noBsn: string;
  /** "Run by {organisation}". */
  runBy: string;
  phone: string;
  website: string;
  privacy: string;
  accessibility: string;
  footerLabel: string;
  backToChat: string;
  /** The link to the other language, written in that language. */
  otherLanguage: string;
  otherLanguageLabel: string;
  /** What the page sends to the bot when the seeker switches to this language. */
  switchMessage: string;
  notFoundTitle: string;
  notFoundText: string;
  skipToContent: string;
}

export const nl: PageTexts = {
  title: 'Werkloket – hulp bij werk, leren en inkomen',
  tagline: 'Hulp bij werk, leren en inkomen in jouw regio.',
  hint: 'Op een gedeelde computer? Sluit het gesprek af als je klaar bent.',
  loading: 'De chat wordt geladen…',
  loadFailed: 'De chat kan nu niet laden. Probeer het later opnieuw.',
  endFailed: 'Afsluiten lukt nu niet. Probeer het opnieuw.',
  endChat: 'Gesprek afsluiten',
  endedTitle: 'Het gesprek is afgesloten.',
  endedText: 'Deze computer onthoudt je gesprek niet meer. Een volgende bezoeker kan je gesprek hier niet meer zien.',
  newChat: 'Nieuw gesprek beginnen',
  chatLabel: 'Chat',
  typeMessage: 'Typ je bericht',
  noBsn: 'Deel geen BSN of andere persoonsnummers in de chat.',
  runBy: 'Werkloket is een dienst van {organisation}.',
  phone: 'Bellen',
  website: 'Website',
  privacy: 'Privacyverklaring',
  accessibility: 'Toegankelijkheid',
  footerLabel: 'Over deze website',
  backToChat: 'Terug naar de chat',
  otherLanguage: 'English',
  otherLanguageLabel: 'Read this page in English',
  switchMessage: 'Nederlands graag',
  notFoundTitle: 'Deze pagina bestaat niet.',
  notFoundText: 'Ga terug naar de chat.',
  skipToContent: 'Naar de inhoud',
};

export const en: PageTexts = {
  title: 'Werkloket – help with work, learning and income',
  tagline: 'Help with work, learning and income in your region.',
  hint: 'On a shared computer? End the chat when you are done.',
  loading: 'The chat is loading…',
  loadFailed: 'The chat cannot load right now. Please try again later.',
  endFailed: 'Ending the chat does not work right now. Please try again.',
  endChat: 'End chat',
  endedTitle: 'The chat has ended.',
  endedText: 'This computer no longer remembers your chat. The next visitor cannot see your chat here.',
  newChat: 'Start a new chat',
  chatLabel: 'Chat',
  typeMessage: 'Type your message',
  noBsn: 'Do not share your BSN (citizen service number) or other personal numbers in the chat.',
  runBy: 'Werkloket is a service of {organisation}.',
  phone: 'Call',
  website: 'Website',
  privacy: 'Privacy statement',
  accessibility: 'Accessibility',
  footerLabel: 'About this website',
  backToChat: 'Back to the chat',
  otherLanguage: 'Nederlands',
  otherLanguageLabel: 'Lees deze pagina in het Nederlands',
  switchMessage: 'English please',
  notFoundTitle: 'This page does not exist.',
  notFoundText: 'Go back to the chat.',
  skipToContent: 'Skip to content',
};

export type PageLocale = 'nl' | 'en';

export function pageTexts(locale: PageLocale): PageTexts {
  return locale === 'en' ? en : nl;
}
