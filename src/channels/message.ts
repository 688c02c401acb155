// Channel-neutral messages: dialogs say WHAT to show; a renderer decides HOW per channel.
export interface ChoiceOption {
  /** Stable value the dialog understands. */
  value: string;
  /** Button text shown to the seeker. */
  label: string;
}

/**
 * A structured result (e.g. one proposal). Channels with cards (Teams) show it as a card; the
 * message's `text` stays the complete plain version for every other channel and the transcript.
 */
export interface ResultCard {
  title: string;
  subtitle?: string;
  /** Short lines shown as a list (e.g. why this fits). */
  points?: string[];
  facts?: { label: string; value: string }[];
  link?: { label: string; url: string };
}

export interface OutgoingMessage {
  text: string;
  /** Buttons (closed question). Free text is always understood too. */
  choices?: ChoiceOption[];
  card?: ResultCard;
  /** A file to take away (the overview PDF): a document on WhatsApp. */
  document?: { url: string; name: string };
  /** Pages to open (the overview and its PDF): link buttons where the channel has them. */
  links?: { label: string; url: string }[];
}
