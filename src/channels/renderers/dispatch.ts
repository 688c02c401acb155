// Which renderer a channel's outgoing activities go through (WhatsApp's own shape: renderWhatsApp).
import type { Activity } from 'botbuilder';
import { renderTeams } from './teams';
import { renderWebChat, WEBCHAT_CHANNELS } from './webchat';

export const TEAMS_CHANNEL = 'msteams';

export function renderForChannel(activity: Partial<Activity>, channelId: string | undefined): Partial<Activity> {
  if (channelId === TEAMS_CHANNEL) return renderTeams(activity);
  if (channelId && WEBCHAT_CHANNELS.has(channelId)) return renderWebChat(activity);
  return activity;
}
