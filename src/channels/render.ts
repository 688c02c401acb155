// Renders a channel-neutral message as a botbuilder activity in its neutral form: plain text,
// choices as imBack suggested actions (their value is the label, which the dialogs understand),
// and a result card (or a list of them) in channelData. The Emulator shows this form as it is. The
// website (Direct Line), Teams and WhatsApp convert it at their own edge (src/channels/renderers/),
// after the transcript middleware stored the neutral form, so the transcript reads the same for
// every channel.
import { ActionTypes, ActivityTypes, type Activity } from 'botbuilder';
import type { OutgoingMessage } from './message';
import { withCard, withList } from './renderers/neutral';

export function renderMessage(message: OutgoingMessage): Partial<Activity> {
  const activity: Partial<Activity> = { type: ActivityTypes.Message, text: message.text, textFormat: 'plain' };
  if (message.choices?.length) {
    activity.suggestedActions = {
      to: [],
      actions: message.choices.map((c) => ({ type: ActionTypes.ImBack, title: c.label, value: c.label })),
    };
  }
  if (message.card) withCard(activity, message.card);
  if (message.list?.cards.length) withList(activity, message.list);
  if (message.document) activity.attachments = [{ contentType: 'application/pdf', contentUrl: message.document.url, name: message.document.name }];
  // Web Chat and Teams show a hero card's openUrl buttons as links; WhatsApp reads the text.
  if (message.links?.length) {
    const buttons = message.links.map((l) => ({ type: ActionTypes.OpenUrl, title: l.label, value: l.url }));
    activity.attachments = [...(activity.attachments ?? []), { contentType: 'application/vnd.microsoft.card.hero', content: { buttons } }];
  }
  return activity;
}
