// WhatsApp (Cloud API): one neutral activity → the message bodies for POST /{phone-number-id}/messages
// (without `to` and `messaging_product`, which the adapter adds). Meta's limits decide the form:
// up to 3 choices whose labels fit 20 characters → reply buttons; up to 10 → a list (row titles 24,
// descriptions 72); more → numbered text (the dialogs understand "3" as the third choice). A
// button's or row's id is the full label, so the reply maps back to text the dialogs understand
// without any state. Texts longer than WhatsApp allows are split at paragraph, line or word ends.
// Proposals (a result list or one result card) have their own form: renderers/whatsappCards.ts.
import type { Activity } from 'botbuilder';
import { cardOf, choicesOf, listOf } from './neutral';
import { renderWhatsAppCard, renderWhatsAppList } from './whatsappCards';
import { LIMITS, shorten, splitText, textMessage } from './whatsappText';

export { LIMITS, shorten, splitText } from './whatsappText';

export type WhatsAppMessage =
  | { type: 'text'; text: { body: string; preview_url: boolean } }
  /** A file: `link` as rendered; the adapter uploads it and sends the media `id` instead when it can. */
  | { type: 'document'; document: { link?: string; id?: string; filename: string; caption?: string } }
  | { type: 'interactive'; interactive: { type: 'button'; body: { text: string }; action: { buttons: { type: 'reply'; reply: { id: string; title: string } }[] } } }
  | {
      type: 'interactive';
      interactive: {
        type: 'list';
        body: { text: string };
        action: { button: string; sections: { rows: { id: string; title: string; description?: string }[] }[] };
      };
    }
  | { type: 'interactive'; interactive: { type: 'cta_url'; body: { text: string }; action: { name: 'cta_url'; parameters: { display_text: string; url: string } } } };

export interface WhatsAppLabels {
  /** The button that opens a list (at most 20 characters). */
  listButton: string;
  /** Under a numbered list of choices. */
  numberHint: string;
  /** Body when a question has no text of its own. */
  choose: string;
}

export function renderWhatsApp(activity: Partial<Activity>, labels: WhatsAppLabels): WhatsAppMessage[] {
  if (activity.type !== undefined && activity.type !== 'message') return [];
  const text = (activity.text ?? '').trim();
  const choices = choicesOf(activity);
  // Proposals: one list to choose from, or one proposal with its page behind a named button.
  const list = listOf(activity);
  if (list?.cards.length && !choices.length) return renderWhatsAppList(list);
  const card = cardOf(activity);
  if (card && !choices.length) return renderWhatsAppCard(card);
  const documents = (activity.attachments ?? []).filter((a) => a.contentType === 'application/pdf' && a.contentUrl);
  // A PDF goes as a document; a short text without buttons becomes its caption.
  if (documents.length && !choices.length && text.length <= LIMITS.buttonBody) {
    return documents.map((d) => ({ type: 'document', document: { link: d.contentUrl!, filename: `${d.name ?? 'document'}.pdf`.replace(/(\.pdf)+$/i, '.pdf'), caption: text || undefined } }));
  }
  if (!choices.length) return splitText(text, LIMITS.text).map(textMessage);

  const fitsButtons = choices.length <= LIMITS.buttons && choices.every((c) => c.title.length <= LIMITS.buttonTitle && c.value.length <= LIMITS.buttonId);
  const fitsList = choices.length <= LIMITS.rows && choices.every((c) => c.value.length <= LIMITS.rowId);
  if (!fitsButtons && !fitsList) {
    const numbered = [text, choices.map((c, i) => `${i + 1}. ${c.title}`).join('\n'), labels.numberHint].filter(Boolean).join('\n\n');
    return splitText(numbered, LIMITS.text).map(textMessage);
  }
  // Everything before the last part goes as plain text; the last part carries the choices.
  const parts = splitText(text || labels.choose, LIMITS.text);
  const last = splitText(parts.pop()!, fitsButtons ? LIMITS.buttonBody : LIMITS.listBody);
  const body = last.pop()!;
  const before = [...parts, ...last].map(textMessage);
  if (fitsButtons) {
    return [
      ...before,
      {
        type: 'interactive',
        interactive: { type: 'button', body: { text: body }, action: { buttons: choices.map((c) => ({ type: 'reply', reply: { id: c.value, title: c.title } })) } },
      },
    ];
  }
  const rows = choices.map((c) => {
    const title = shorten(c.title, LIMITS.rowTitle);
    // A shortened title keeps the whole label readable in the row's description.
    return title === c.title ? { id: c.value, title } : { id: c.value, title, description: shorten(c.title, LIMITS.rowDescription) };
  });
  return [
    ...before,
    { type: 'interactive', interactive: { type: 'list', body: { text: body }, action: { button: shorten(labels.listButton, LIMITS.listButton), sections: [{ rows }] } } },
  ];
}
