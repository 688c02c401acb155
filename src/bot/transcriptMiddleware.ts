// Writes every message in and out to the transcript, before the bot acts on it and before a reply
// is sent, so nothing is lost when the process stops between turns. Personal data is masked first.
import crypto from 'node:crypto';
import { ActivityTypes, TurnContext, type Activity, type Middleware } from 'botbuilder';
import type { TranscriptStore } from '../db/transcriptStore';
import { ERASED } from '../dialogs/identity';

const RECORDED = new Set<string>([ActivityTypes.Message, ActivityTypes.Event]);

/** Set by the turn error handler: its apology is sent even when it cannot be recorded. */
export const TURN_FAILED = Symbol('werkloket.turnFailed');

export class TranscriptMiddleware implements Middleware {
  constructor(
    private readonly store: TranscriptStore,
    private readonly maskText: (text: string) => string,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const incoming = context.activity;
    // A proactive turn (e.g. an advisor's message) starts with a synthetic event nobody sent.
    const proactive = incoming.type === ActivityTypes.Event && /^continueconversation$/i.test(incoming.name ?? '');
    if (RECORDED.has(incoming.type) && !proactive) {
      incoming.id ??= crypto.randomUUID();
      await this.store.append(this.record(incoming, 'in', 'seeker', TurnContext.getConversationReference(incoming)));
    }
    context.onSendActivities(async (ctx, activities, sendNext) => {
      // After "verwijder mijn gegevens" nothing more of this turn is kept.
      if (ctx.turnState.get(ERASED)) return sendNext();
      for (const activity of activities) {
        if (!RECORDED.has(activity.type ?? '')) continue;
        activity.id ??= crypto.randomUUID();
        const sender = (activity.channelData as { werkloketSender?: 'advisor' } | undefined)?.werkloketSender ?? 'bot';
        try {
          await this.store.append(this.record({ ...activity, conversation: activity.conversation ?? incoming.conversation }, 'out', sender));
        } catch (error) {
          // The database is down: telling the seeker ("probeer het zo opnieuw") matters more than
          // keeping that reply. The failure is logged by the caller's error handler.
          if (!ctx.turnState.get(TURN_FAILED)) throw error;
        }
      }
      return sendNext();
    });
    await next();
  }

  private record(activity: Partial<Activity>, direction: 'in' | 'out', sender: 'seeker' | 'bot' | 'advisor', reference?: unknown) {
    return {
      conversationId: activity.conversation!.id,
      channel: activity.channelId ?? 'unknown',
      activityId: activity.id!,
      direction,
      sender,
      type: activity.type ?? 'message',
      text: typeof activity.text === 'string' ? this.maskText(activity.text) : undefined,
      attachments: activity.attachments?.length ? activity.attachments : undefined,
      reference,
    } as const;
  }
}
