// A result card as plain text, in the order a person reads it: title, who, why, next step, the
// rest. The transcript, the advisor console and channels without cards read this form; WhatsApp
// builds its messages from the same parts.
import type { OfficeCard, ResultCard } from './message';

/** A sentence ends with a stop, so a screen reader pauses between the parts. */
const sentence = (text: string) => (/[.!?:]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** "1. Werken als orderpicker (werk.nl)": how the list shows a card in one line. */
export function cardHeading(card: ResultCard): string {
  const title = card.number !== undefined ? `${card.number}. ${card.title}` : card.title;
  return card.subtitle ? `${title} (${card.subtitle})` : title;
}

/** The facts behind "Meer uitleg" ("Neem mee: …"). */
export function factLines(card: ResultCard): string[] {
  return (card.details?.facts ?? card.facts ?? []).map((f) => `${f.label}: ${f.value}`);
}

/**
 * "UWV Utrecht. Open: …": what the text does not say yet. The next step (or who pays) already
 * names each office with its address and phone; the card shows them again as a block.
 */
export function officeLine(office: OfficeCard): string {
  return [office.name, office.openingHours].map(sentence).join(' ');
}

/** The office in full, one fact a line: name, address, phone, opening hours. */
export function officeLines(office: OfficeCard): string[] {
  return [office.name, office.address, office.phone, office.openingHours];
}

/**
 * Title, who, every reason, the next step with the offices' opening hours, and the facts: the
 * card's text from top to bottom. `offices: false` leaves the offices out (WhatsApp sends each
 * with its map button).
 */
export function cardLines(card: ResultCard, heading = cardHeading(card), options: { offices?: boolean } = {}): string[] {
  const lines = [heading, ...(card.points ?? []), ...(card.details?.points ?? [])];
  if (card.nextStep) lines.push(`${card.nextStep.label}: ${card.nextStep.text}`);
  if (card.offices && options.offices !== false) lines.push(...card.offices.list.map(officeLine));
  return [...lines, ...factLines(card)];
}

/**
 * Everything on the card. `urls`: a link's address in brackets after its name, for channels
 * whose text cannot hold a link (the name always comes first; never an address alone).
 */
export function cardPlainText(card: ResultCard, options: { urls?: boolean } = {}): string {
  const link = (l: { label: string; url: string }) => (options.urls === false ? l.label : `${l.label} (${l.url})`);
  const lines = cardLines(card);
  // The offices' appointment and map pages, by name: only where the text can hold the address.
  if (options.urls !== false) for (const o of card.offices?.list ?? []) lines.push(`${o.name}: ${[...o.links, o.map].map(link).join('; ')}`);
  if (card.sources?.links.length) lines.push(`${card.sources.label}: ${card.sources.links.map(link).join('; ')}`);
  return lines.join('\n');
}

/** What a screen reader announces for the card (title → who → why → next step), no addresses. */
export function cardSpeech(card: ResultCard): string {
  const parts = [card.position, card.title, card.subtitle, ...(card.points ?? [])].filter((p): p is string => !!p).map(sentence);
  if (card.nextStep) parts.push(sentence(`${card.nextStep.label}: ${card.nextStep.text}`));
  for (const o of card.offices?.list ?? []) parts.push(officeLine(o));
  return parts.join(' ');
}
