// Meta's limits for WhatsApp Cloud API messages, and fitting text into them.
import type { WhatsAppMessage } from './whatsapp';

export const LIMITS = {
  text: 4096,
  buttonBody: 1024,
  buttons: 3,
  buttonTitle: 20,
  buttonId: 256,
  listBody: 4096,
  listButton: 20,
  rows: 10,
  rowTitle: 24,
  rowDescription: 72,
  rowId: 200,
  /** The body of a proposals list or a link button (Meta allows 1024 for interactive bodies). */
  interactiveBody: 1024,
  urlButton: 20,
} as const;

export function textMessage(body: string): WhatsAppMessage {
  // Link previews would put a large card under every source link.
  return { type: 'text', text: { body, preview_url: false } };
}

/** Cuts at a word end and adds an ellipsis, so "Praten met een adviseur van UWV" stays readable. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space >= max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Splits at the last paragraph break, line break or space before `max`; never returns empty parts. */
export function splitText(text: string, max: number): string[] {
  const parts: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    let at = window.lastIndexOf('\n\n');
    if (at < max / 2) at = window.lastIndexOf('\n');
    if (at < max / 2) at = window.lastIndexOf(' ');
    if (at < max / 2) at = max;
    parts.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  if (rest) parts.push(rest);
  return parts;
}
