// Channel-neutral messages: dialogs say WHAT to show; a renderer decides HOW per channel.
export interface ChoiceOption {
  /** Stable value the dialog understands. */
  value: string;
  /** Button text shown to the seeker. */
  label: string;
}

/** A link as a person reads it: a human name ("UWV: Scholing met WW"), never the URL itself. */
export interface NamedLink {
  label: string;
  url: string;
}

/** A concrete office the seeker can go to (issue 18): name, address, how to reach it, its map. */
export interface OfficeCard {
  name: string;
  /** One line: "Daalseplein 2, 3511 SX Utrecht". */
  address: string;
  /** Labelled: "Telefoon: 088 898 92 94". */
  phone: string;
  /** Labelled: "Open: maandag tot en met vrijdag …". */
  openingHours: string;
  /** The appointment page, else the website, by name ("Maak een afspraak"). */
  links: NamedLink[];
  /** The office on a map ("Bekijk op de kaart"). */
  map: NamedLink;
}

/**
 * A structured result (e.g. one proposal). Channels with cards (Web Chat, Teams) show it as a
 * card, WhatsApp as a list row and a details message; the message's `text` stays the complete
 * plain version for every other channel and the transcript. The fields after `link` are optional:
 * a card is readable with `title` alone.
 */
export interface ResultCard {
  /** Short title, read first. */
  title: string;
  /** Who carries it out (the provider). */
  subtitle?: string;
  /** One or two short lines: why this fits. */
  points?: string[];
  facts?: { label: string; value: string }[];
  link?: NamedLink;
  /** Its number in the list of proposals (1 = best), as the seeker refers to it. */
  number?: number;
  /** The same in words ("Voorstel 1 van 5"), read before the title. */
  position?: string;
  /** What to do first; the link (when there is one) opens the page for it. */
  nextStep?: { label: string; text: string; link?: NamedLink };
  /** Where to go for the next step: the seeker's own offices, shown right under it. */
  offices?: { label: string; list: OfficeCard[] };
  /** The rest, behind "Meer uitleg": more reasons, who decides, what to bring. */
  details?: { label: string; points?: string[]; facts?: { label: string; value: string }[] };
  /** Named official pages ("Bronnen"). */
  sources?: { label: string; links: NamedLink[] };
  /** What the seeker can send to see the details in a message of its own ("Meer uitleg 2"): a WhatsApp row's id. */
  detailsReply?: string;
  /** Show the details at once (the seeker asked for them), not behind a button. */
  open?: boolean;
}

/** Several results shown together (e.g. the three best proposals), with the words a list needs. */
export interface ResultList {
  cards: ResultCard[];
  /** WhatsApp: the button that opens the list (≤ 20 characters) and the line under the overview. */
  listButton: string;
  hint: string;
}

export interface OutgoingMessage {
  text: string;
  /** Buttons (closed question). Free text is always understood too. */
  choices?: ChoiceOption[];
  card?: ResultCard;
  list?: ResultList;
  /** A file to take away (the overview PDF): a document on WhatsApp. */
  document?: { url: string; name: string };
  /** Pages to open (the overview and its PDF): link buttons where the channel has them. */
  links?: { label: string; url: string }[];
}
