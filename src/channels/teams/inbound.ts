// Incoming Teams messages in the neutral form the rest of the bot expects: the bot's @mention
// removed (group chats, channels) and a choice from a card's radio list turned into its label.
// Registered before the transcript and handoff middleware, so they read what the seeker meant.
import type { Middleware, TurnContext } from 'botbuilder';
import { normalizeTeamsIncoming, TEAMS_CHANNEL } from '../renderers';

export class TeamsInboundMiddleware implements Middleware {
  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    if (context.activity.channelId === TEAMS_CHANNEL && context.activity.type === 'message') normalizeTeamsIncoming(context.activity);
    await next();
  }
}
