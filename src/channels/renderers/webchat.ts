// The website (Web Chat over our Direct Line): result cards become Adaptive Cards, which Web Chat
// 4.18 renders itself (no script or style of our own, so the page's CSP is unchanged). Questions
// keep Web Chat's suggested actions. The activity's text is left out when it only repeats the
// cards; `speak` keeps the whole message for speech and the screen-reader announcement.
import type { Activity } from 'botbuilder';
import type { ResultCard } from '../message';
import { cardSpeech } from '../cardText';
import { resultAdaptiveCard } from './adaptiveCard';
import { cardOf, listOf, withoutCard } from './neutral';

export const WEBCHAT_CHANNELS = new Set(['directline', 'webchat']);

export function renderWebChat(activity: Partial<Activity>): Partial<Activity> {
  const cards = listOf(activity)?.cards ?? [cardOf(activity)].filter((c): c is ResultCard => c !== undefined);
  if (!cards.length) return activity;
  const rendered: Partial<Activity> = {
    ...activity,
    channelData: withoutCard(activity),
    attachments: [...(activity.attachments ?? []), ...cards.map((card) => resultAdaptiveCard(card))],
    attachmentLayout: 'list',
    speak: cards.map(cardSpeech).join(' '),
  };
  delete rendered.text;
  delete rendered.textFormat;
  return rendered;
}
