// Proposals on WhatsApp, within Meta's limits: the shown proposals as ONE interactive list (a
// short overview in the body, one row per proposal whose id asks for its details: "Meer uitleg 2"),
// and one proposal's details as text with its page behind a named link button (cta_url), so no
// address is shown as text. Texts too long for a message are split; only the last part carries
// the button. The seeker's offices (issue 18) follow, each with its map behind a named button.
import { cardHeading, cardLines, officeLines } from '../cardText';
import type { OfficeCard, ResultCard, ResultList } from '../message';
import type { WhatsAppMessage } from './whatsapp';
import { LIMITS, shorten, splitText, textMessage } from './whatsappText';

/** "*1. Werken als orderpicker*\nWerkgevers bij jou in de buurt\nJe hebt …": a card in a few lines. */
function overview(card: ResultCard, withWhy: boolean): string {
  const title = card.number !== undefined ? `${card.number}. ${card.title}` : card.title;
  return [`*${title}*`, card.subtitle, withWhy ? card.points?.[0] : undefined].filter(Boolean).join('\n');
}

/** The list's body: every card with its first reason if that fits 1024 characters, else without. */
function listBody(list: ResultList): string {
  for (const withWhy of [true, false]) {
    const body = [...list.cards.map((c) => overview(c, withWhy)), list.hint].join('\n\n');
    if (body.length <= LIMITS.interactiveBody) return body;
  }
  return shorten([...list.cards.map((c) => `*${shorten(cardHeading(c), 80)}*`), list.hint].join('\n'), LIMITS.interactiveBody);
}

function row(card: ResultCard): { id: string; title: string; description?: string } {
  const full = card.number !== undefined ? `${card.number}. ${card.title}` : card.title;
  const title = shorten(full, LIMITS.rowTitle);
  // A shortened title is whole in the description; else who carries it out.
  const about = title === full ? card.subtitle : card.subtitle ? `${card.title} (${card.subtitle})` : card.title;
  const id = (card.detailsReply ?? full).slice(0, LIMITS.rowId);
  return about ? { id, title, description: shorten(about, LIMITS.rowDescription) } : { id, title };
}

export function renderWhatsAppList(list: ResultList): WhatsAppMessage[] {
  const cards = list.cards.slice(0, LIMITS.rows);
  return [
    {
      type: 'interactive',
      interactive: {
        type: 'list',
        body: { text: listBody({ ...list, cards }) },
        action: { button: shorten(list.listButton, LIMITS.listButton), sections: [{ rows: cards.map(row) }] },
      },
    },
  ];
}

/** At most this many offices get a message of their own (each is one more message). */
export const MAX_OFFICE_MESSAGES = 2;

/** An office in a message of its own, its map behind a named button ("Bekijk op de kaart"). */
function officeMessage(office: OfficeCard): WhatsAppMessage {
  const [title, ...rest] = officeLines(office);
  const body = shorten([`*${title}*`, ...rest].join('\n'), LIMITS.interactiveBody);
  const { map } = office;
  return { type: 'interactive', interactive: { type: 'cta_url', body: { text: body }, action: { name: 'cta_url', parameters: { display_text: shorten(map.label, LIMITS.urlButton), url: map.url } } } };
}

/** One proposal in full: title, who, why, next step, the rest, the sources by name; then its offices. */
export function renderWhatsAppCard(card: ResultCard): WhatsAppMessage[] {
  const offices = (card.offices?.list ?? []).slice(0, MAX_OFFICE_MESSAGES).map(officeMessage);
  return [...cardMessages(card), ...offices];
}

function cardMessages(card: ResultCard): WhatsAppMessage[] {
  const lines = cardLines(card, `*${cardHeading(card)}*`, { offices: false });
  const links = card.sources?.links ?? [];
  if (links.length) lines.push(`${card.sources!.label}: ${links.map((l) => l.label).join('; ')}`);
  const link = card.nextStep?.link ?? links[0];
  const parts = splitText(lines.join('\n'), link ? LIMITS.interactiveBody : LIMITS.text);
  if (!link) return parts.map(textMessage);
  const last = parts.pop()!;
  return [
    ...parts.map(textMessage),
    {
      type: 'interactive',
      interactive: { type: 'cta_url', body: { text: last }, action: { name: 'cta_url', parameters: { display_text: shorten(link.label, LIMITS.urlButton), url: link.url } } },
    },
  ];
}
