// Applies the channel's rendering at the last moment, on the CloudAdapter (/api/messages). Register
// it after the transcript middleware: send handlers run in registration order, so the transcript
// keeps the neutral text and the channel receives its own form. Incoming Teams activities are
// normalised on the way in (bot mention removed, a card choice turned into its label).
import type { Middleware, TurnContext } from 'botbuilder';
import { normalizeTeamsIncoming } from './teams';
import { renderForChannel, TEAMS_CHANNEL } from './dispatch';

export class ChannelRenderMiddleware implements Middleware {
  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    if (context.activity.channelId === TEAMS_CHANNEL && context.activity.type === 'message') normalizeTeamsIncoming(context.activity);
    context.onSendActivities(async (ctx, activities, sendNext) => {
      const channelId = ctx.activity.channelId;
      for (const [i, activity] of activities.entries()) activities[i] = renderForChannel(activity, activity.channelId ?? channelId);
      return sendNext();
    });
    await next();
  }
}
