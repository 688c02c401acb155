// Applies the channel's rendering at the last moment, on the CloudAdapter (/api/messages). Register
// it after the transcript middleware: send handlers run in registration order, so the transcript
// keeps the neutral text and the channel receives its own form.
import type { Middleware, TurnContext } from 'botbuilder';
import { renderForChannel } from './dispatch';

export class ChannelRenderMiddleware implements Middleware {
  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    context.onSendActivities(async (ctx, activities, sendNext) => {
      for (const [i, activity] of activities.entries()) activities[i] = renderForChannel(activity, activity.channelId ?? ctx.activity.channelId);
      return sendNext();
    });
    await next();
  }
}
