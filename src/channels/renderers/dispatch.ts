// Which renderer a channel's outgoing activities go through (WhatsApp's own shape: renderWhatsApp).
import type { Activity } from 'botbuilder';
import { renderTeams } from './teams';

export const TEAMS_CHANNEL = 'msteams';

export function renderForChannel(activity: Partial<Activity>, channelId: string | undefined): Partial<Activity> {
  return channelId === TEAMS_CHANNEL ? renderTeams(activity) : activity;
}
