// Who the seeker is, as the records need it: channel, channel user id, conversation.
import type { TurnContext } from 'botbuilder';
import { regionOfTurn } from './region';
import type { SeekerIdentity } from './services';

export function seekerOf(context: TurnContext): SeekerIdentity {
  const a = context.activity;
  const regionId = regionOfTurn(context)?.id;
  return { channel: a.channelId, userId: a.from?.id ?? 'unknown', conversationId: a.conversation.id, ...(regionId ? { regionId } : {}) };
}

/** Set on the turn once the seeker's data is erased: nothing more of this turn is recorded. */
export const ERASED = Symbol('werkloket.erased');
