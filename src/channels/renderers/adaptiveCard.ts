// One result card as an Adaptive Card (schema 1.5: Teams' highest, and Web Chat 4.18 renders up
// to 1.6). Reading order is the order in the body: position, title (a heading), who carries it
// out, why it fits, the next step with its page, then "Meer uitleg" (Action.ShowCard) with the
// rest and the named sources. `speak` is what Web Chat's screen-reader announcement reads.
import type { Attachment } from 'botbuilder';
import { cardSpeech, cardPlainText } from '../cardText';
import type { NamedLink, OfficeCard, ResultCard } from '../message';

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
type Element = Record<string, unknown>;

/**
 * Card text is Markdown: "1. Werken" would become a numbered list and "- " a bullet. A
 * non-breaking space after such a marker keeps the text as written (and is read as a space);
 * emphasis and link characters are escaped.
 */
export function plainMarkdown(text: string): string {
  return text.replace(/^(\s*)(\d+[.)]|[-+*#>])\s/gm, '$1$2\u00a0').replace(/([\\`*_[\]])/g, '\\$1');
}

const block = (text: string, extra: Element = {}): Element => ({ type: 'TextBlock', text: plainMarkdown(text), wrap: true, ...extra });
/** A label in bold before its text: "**Volgende stap:** Zoek vacatures …". */
const labelled = (label: string, text: string, extra: Element = {}): Element => ({ type: 'TextBlock', text: `**${plainMarkdown(label)}:** ${plainMarkdown(text)}`, wrap: true, ...extra });
/** Lines as one Markdown list: a screen reader hears "list, 2 items". */
const list = (lines: string[], extra: Element = {}): Element => ({ type: 'TextBlock', text: lines.map((l) => `- ${plainMarkdown(l)}`).join('\r'), wrap: true, ...extra });
const openUrl = (link: NamedLink): Element => ({ type: 'Action.OpenUrl', title: link.label, url: link.url });

export function adaptiveCard(body: Element[], actions: Element[] = [], extra: Element = {}): Attachment {
  return {
    contentType: ADAPTIVE_CARD,
    content: {
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: '1.5',
      ...extra,
      body,
      ...(actions.length ? { actions } : {}),
    },
  };
}

/** Where to go: each office with its address, phone, opening hours, appointment page and map. */
function officesBody(offices: NonNullable<ResultCard['offices']>): Element[] {
  const office = (o: OfficeCard): Element[] => [
    block(o.name, { weight: 'Bolder', spacing: 'Small' }),
    block(o.address, { spacing: 'None' }),
    block(o.phone, { spacing: 'None' }),
    block(o.openingHours, { spacing: 'None', isSubtle: true }),
    { type: 'ActionSet', actions: [...o.links, o.map].map(openUrl), spacing: 'Small' },
  ];
  return [block(offices.label, { weight: 'Bolder', spacing: 'Medium' }), ...offices.list.flatMap(office)];
}

/** The part behind "Meer uitleg" (or shown at once when the card is `open`). */
function detailsBody(card: ResultCard): Element[] {
  const body: Element[] = [];
  if (card.details?.points?.length) body.push(list(card.details.points));
  for (const fact of card.details?.facts ?? card.facts ?? []) body.push(labelled(fact.label, fact.value, { spacing: 'Small' }));
  const links = card.sources?.links ?? [];
  if (links.length) {
    body.push(block(card.sources!.label, { weight: 'Bolder', spacing: 'Medium' }));
    body.push({ type: 'ActionSet', actions: links.map(openUrl) });
  }
  return body;
}

/** `extra`: channel-specific card properties (Teams: full width). */
export function resultAdaptiveCard(card: ResultCard, extra: Element = {}): Attachment {
  const body: Element[] = [];
  if (card.position) body.push(block(card.position, { isSubtle: true, size: 'Small', spacing: 'None' }));
  body.push(block(card.title, { style: 'heading', weight: 'Bolder', size: 'Medium', spacing: card.position ? 'None' : 'Default' }));
  if (card.subtitle) body.push(block(card.subtitle, { isSubtle: true, spacing: 'None' }));
  if (card.points?.length) body.push(card.points.length === 1 ? block(card.points[0], { spacing: 'Small' }) : list(card.points, { spacing: 'Small' }));
  if (card.nextStep) {
    body.push(labelled(card.nextStep.label, card.nextStep.text, { spacing: 'Medium' }));
    if (card.nextStep.link) body.push({ type: 'ActionSet', actions: [openUrl(card.nextStep.link)] });
  }
  if (card.offices?.list.length) body.push(...officesBody(card.offices));
  const details = detailsBody(card);
  const actions: Element[] = [];
  if (details.length && card.details && !card.open) {
    actions.push({ type: 'Action.ShowCard', title: card.details.label, card: { type: 'AdaptiveCard', body: details } });
  } else {
    body.push(...details);
  }
  if (card.link && !card.sources) actions.push(openUrl(card.link));
  return adaptiveCard(body, actions, { speak: cardSpeech(card), fallbackText: cardPlainText(card, { urls: false }), ...extra });
}
