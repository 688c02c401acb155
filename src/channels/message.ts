// Channel-neutral messages: dialogs say WHAT to show; a renderer decides HOW per channel.
export interface ChoiceOption {
  /** Stable value the dialog understands. */
  value: string;
  /** Button text shown to the seeker. */
  label: string;
}

export interface OutgoingMessage {
  text: string;
  /** Buttons (closed question). Free text is always understood too. */
  choices?: ChoiceOption[];
}
