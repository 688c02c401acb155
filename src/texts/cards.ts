// Texts of the proposal cards and "Meer voorstellen" (issue 15), Dutch at B1 and English.
// Hooked into nl.ts / en.ts as `cards`.
export const cardsNl = {
  /** The button after the first three proposals; also what the seeker may type. */
  more: 'Meer voorstellen',
  /** Under the first three, when there are more. */
  moreHint: (rest: number) => (rest === 1 ? 'Ik heb nog 1 voorstel. Kies "Meer voorstellen" als je het wilt zien.' : `Ik heb nog ${rest} voorstellen. Kies "Meer voorstellen" als je ze wilt zien.`),
  moreIntro: 'Dit zijn mijn andere voorstellen:',
  noMore: 'Je hebt al mijn voorstellen gezien.',
  position: (n: number, total: number) => `Voorstel ${n} van ${total}`,
  /** The button that opens the rest of a card. */
  details: 'Meer uitleg',
  /** What a WhatsApp row sends, and what the seeker may type, to see one proposal in full. */
  detailsReply: (n: number) => `Meer uitleg ${n}`,
  noSuchProposal: (max: number) => `Ik heb geen voorstel met dat nummer. Kies een nummer van 1 tot ${max}, bijvoorbeeld "Meer uitleg 1".`,
  whichOne: 'Over welk voorstel wil je meer weten? Typ bijvoorbeeld "Meer uitleg 1".',
  source: 'Bron',
  sources: 'Bronnen',
  decides: 'Wie beslist',
  /** WhatsApp: the button that opens the list (at most 20 characters) and the line under the overview. */
  listButton: 'Bekijk voorstellen',
  listHint: 'Kies een voorstel voor meer uitleg.',
  /** The seeker's own offices on a proposal (issue 18). Link labels at most 20 characters (WhatsApp). */
  offices: 'Hier kun je terecht',
  phone: (phone: string) => `Telefoon: ${phone}`,
  openingHours: (hours: string) => `Open: ${hours}`,
  map: 'Bekijk op de kaart',
  appointment: 'Maak een afspraak',
  website: 'Website',
};

export const cardsEn: typeof cardsNl = {
  more: 'More proposals',
  moreHint: (rest: number) => (rest === 1 ? 'I have 1 more proposal. Choose "More proposals" to see it.' : `I have ${rest} more proposals. Choose "More proposals" to see them.`),
  moreIntro: 'These are my other proposals:',
  noMore: 'You have seen all my proposals.',
  position: (n: number, total: number) => `Proposal ${n} of ${total}`,
  details: 'More details',
  detailsReply: (n: number) => `More details ${n}`,
  noSuchProposal: (max: number) => `I have no proposal with that number. Choose a number from 1 to ${max}, for example "More details 1".`,
  whichOne: 'Which proposal would you like to know more about? Type for example "More details 1".',
  source: 'Source',
  sources: 'Sources',
  decides: 'Who decides',
  listButton: 'See proposals',
  listHint: 'Choose a proposal to see more details.',
  offices: 'Where to go',
  phone: (phone: string) => `Phone: ${phone}`,
  openingHours: (hours: string) => `Open: ${hours}`,
  map: 'View on the map',
  appointment: 'Make an appointment',
  website: 'Website',
};
