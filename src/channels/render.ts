// Renders a channel-neutral message as a botbuilder activity. Web Chat, the Emulator and most
// channels show suggested actions as buttons; channel-specific renderers plug in here.
import { ActionTypes, ActivityTypes, type Activity } from 'botbuilder';
import type { OutgoingMessage } from './message';

export function renderMessage(message: OutgoingMessage, _channelId?: string): Partial<Activity> {
  const activity: Partial<Activity> = { type: ActivityTypes.Message, text: message.text, textFormat: 'plain' };
  if (message.choices?.length) {
    activity.suggestedActions = {
      to: [],
      actions: message.choices.map((c) => ({ type: ActionTypes.ImBack, title: c.label, value: c.label })),
    };
  }
  return activity;
}
