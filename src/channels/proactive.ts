// A turn that starts from a stored conversation reference (an advisor's message, a notice).
import { ActivityTypes, TurnContext, type BotAdapter, type ConversationReference } from 'botbuilder';

export function proactiveContext(adapter: BotAdapter, reference: Partial<ConversationReference>): TurnContext {
  const activity = TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: 'continueConversation' }, reference, true);
  const context = new TurnContext(adapter, activity);
  // A proactive message answers nothing: a replyToId makes Web Chat wait 5 s for a missing activity.
  context.onSendActivities(async (_ctx, outgoing, next) => {
    for (const a of outgoing) delete a.replyToId;
    return next();
  });
  return context;
}
