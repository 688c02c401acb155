// Writes every message in and out to the transcript, before the bot acts on it and before a reply
// is sent, so nothing is lost when the process stops between turns. Personal data is masked first.
// In a turn with a unit of work (the website's Direct Line) what the bot sends is staged and
// committed with the turn's replies and state (src/db/unitOfWork.ts).
import crypto from 'node:crypto';
import { ActivityTypes, TurnContext, type Activity, type Middleware } from 'botbuilder';
import type { TranscriptRecord, TranscriptStore } from '../db/transcriptStore';
import { DEFERRED_DELIVERY, maskedTextOf, recordedOnArrival } from '../channels/directline/adapter';
import { ERASED } from '../dialogs/identity';
import { storedReference } from './storedReference';

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
      // The reference lets an advisor write to the seeker later; without the message id it stays the
      // same from message to message, so it is written once, not every turn.
      const record = this.record(incoming, 'in', 'seeker', storedReference(incoming));
      // Written with the message as it was stored (the website's Direct Line), unless anything changed
      // since: the conversation erased or its reference different (then written as before).
      if (recordedOnArrival(incoming) !== JSON.stringify(record) || !this.store.knows(record)) await this.store.append(record);
    }
    // When the adapter delivers the turn's replies only after the pipeline returns (the website's
    // Direct Line), they are recorded together when the turn ends: still before they are delivered.
    let batching = context.turnState.get(DEFERRED_DELIVERY) !== undefined;
    const pending: TranscriptRecord[] = [];
    context.onSendActivities(async (ctx, activities, sendNext) => {
      // After "verwijder mijn gegevens" nothing more of this turn is kept.
      if (ctx.turnState.get(ERASED)) return sendNext();
      for (const activity of activities) {
        if (!RECORDED.has(activity.type ?? '')) continue;
        activity.id ??= crypto.randomUUID();
        const sender = (activity.channelData as { werkloketSender?: 'advisor' } | undefined)?.werkloketSender ?? 'bot';
        const record = this.record({ ...activity, conversation: activity.conversation ?? incoming.conversation }, 'out', sender);
        if (batching) {
          pending.push(record);
          continue;
        }
        try {
          await this.store.append(record);
        } catch (error) {
          // The database is down: telling the seeker ("probeer het zo opnieuw") matters more than
          // keeping that reply. The failure is logged by the caller's error handler.
          if (!ctx.turnState.get(TURN_FAILED)) throw error;
        }
      }
      return sendNext();
    });
    try {
      await next();
    } finally {
      // Whatever is sent after this point (the error handler's apology) is recorded one by one.
      batching = false;
      // Inside a unit (the website's turns) replies already sent are only staged: drop them too.
      if (context.turnState.get(ERASED)) this.store.discard(incoming.conversation.id);
      else if (pending.length) await this.flush(pending);
    }
  }

  /**
   * The seeker's row for a Direct Line message about to be stored, to be written with it: only when
   * the conversation is known with the same reference (so appending would write nothing else).
   */
  onArrival(activity: Partial<Activity>): TranscriptRecord | undefined {
    const record = this.record(activity, 'in', 'seeker', storedReference(activity));
    return this.store.knows(record) ? record : undefined;
  }

  private async flush(records: TranscriptRecord[]): Promise<void> {
    const byConversation = new Map<string, TranscriptRecord[]>();
    for (const r of records) byConversation.set(r.conversationId, [...(byConversation.get(r.conversationId) ?? []), r]);
    for (const group of byConversation.values()) await this.store.appendMany(group);
  }

  private record(activity: Partial<Activity>, direction: 'in' | 'out', sender: 'seeker' | 'bot' | 'advisor', reference?: unknown): TranscriptRecord {
    return {
      conversationId: activity.conversation!.id,
      channel: activity.channelId ?? 'unknown',
      activityId: activity.id!,
      direction,
      sender,
      type: activity.type ?? 'message',
      text: typeof activity.text === 'string' ? (maskedTextOf(activity) ?? this.maskText(activity.text)) : undefined,
      attachments: activity.attachments?.length ? activity.attachments : undefined,
      reference,
    };
  }
}
