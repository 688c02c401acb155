// When a Direct Line turn runs: one at a time per conversation, each seeker's message once, and with
// several processes (PostgreSQL) in the order the messages were stored, whichever process they hit.
import type { Activity } from 'botbuilder';
import { localConversationLock, type ConversationLock } from '../../db/conversationLock';
import type { UnansweredMessages } from '../../db/unansweredMessages';
import { nextTurnSlot } from '../turnGate';
import { KeyedQueue, RecentSet } from './keyedQueue';

type Json = Record<string, unknown>;

/** A seeker's message as stored: its id, whether it was stored before (a resend), its watermark. */
export interface PostedMessage {
  id: string;
  resent: boolean;
  watermark: number;
}

export interface TurnRunnerOptions {
  /** Runs one turn through the adapter; `answers` marks the message answered in the turn's commit. */
  process(activity: Partial<Activity>, answers?: { conversationId: string; activityId: string }): Promise<void>;
  isAnswered(conversationId: string, activityId: string): Promise<boolean>;
  /** Completes a stored or posted activity into what the adapter takes. */
  complete(conversationId: string, activity: Json): Partial<Activity>;
  onTurnError?: (error: unknown, conversationId: string) => void;
  /** One turn at a time per conversation across processes (src/db/conversationLock.ts); default: this process only. */
  lock?: ConversationLock;
  /** With a shared lock: the messages other processes stored, answered in order. */
  unanswered?: UnansweredMessages;
}

/** With several processes: how far back a turn answers other messages first (another process's, just stored). */
const CATCH_UP_MS = 120_000;

export class TurnRunner {
  private readonly queue = new KeyedQueue();
  /** Seekers' messages answered (or being answered) on this instance, most recent last. */
  private readonly answering = new RecentSet(10_000);
  /** Messages whose turn failed here: tried again when sent again, not before every later message. */
  private readonly failed = new RecentSet(10_000);
  /** Seekers' messages posted here and not yet run, as the bot should see them (unmasked). */
  private readonly posted = new Map<string, Partial<Activity>>();

  constructor(private readonly o: TurnRunnerOptions) {}

  /**
   * Runs a turn; for a seeker's message, once: not again while or after it ran on this instance, nor
   * for a resend of a message answered before (on any instance; the commit checks that too).
   */
  async run(conversationId: string, activity: Json, message?: PostedMessage): Promise<void> {
    const full = this.o.complete(conversationId, activity);
    const key = message && `${conversationId}|${message.id}`;
    if (key) this.posted.set(key, full);
    const lock = this.o.lock ?? localConversationLock;
    // One turn at a time per conversation, so two quick messages do not race on the state; with
    // several processes, the lock in the database extends that to all of them.
    try {
      await this.queue.run(conversationId, async () => {
        await nextTurnSlot(); // let new connections in between turns (src/channels/turnGate.ts)
        await lock.withConversation(conversationId, () => (message && lock.shared ? this.answerInOrder(conversationId, message) : this.answerOnce(conversationId, full, message)));
      });
    } catch (error) {
      this.o.onTurnError?.(error, conversationId); // e.g. the lock could not be taken: a resend may try again
    } finally {
      if (key) this.posted.delete(key);
    }
  }

  /** One process: the message unless it ran here before or is a resend answered before. */
  private async answerOnce(conversationId: string, full: Partial<Activity>, message?: PostedMessage): Promise<void> {
    if (message && this.answering.has(`${conversationId}|${message.id}`)) return;
    if (message?.resent && (await this.o.isAnswered(conversationId, message.id))) return;
    await this.answer(conversationId, full, message?.id);
  }

  /**
   * Several processes, the conversation's lock held: every message stored up to this one and not
   * answered yet, oldest first. One that reached another process is answered as stored (masked);
   * that process then finds it answered and skips it.
   */
  private async answerInOrder(conversationId: string, message: PostedMessage): Promise<void> {
    if (!this.o.unanswered) throw new Error('A shared conversation lock needs the unanswered messages.');
    for (const pending of await this.o.unanswered.upTo(conversationId, message.watermark, new Date(Date.now() - CATCH_UP_MS))) {
      const key = `${conversationId}|${pending.id}`;
      if (this.answering.has(key) || (pending.id !== message.id && this.failed.has(key))) continue;
      await this.answer(conversationId, this.posted.get(key) ?? this.o.complete(conversationId, pending.activity), pending.id);
    }
  }

  private async answer(conversationId: string, full: Partial<Activity>, activityId?: string): Promise<void> {
    const key = activityId && `${conversationId}|${activityId}`;
    if (key) this.answering.add(key);
    try {
      await this.o.process(full, activityId ? { conversationId, activityId } : undefined);
    } catch (error) {
      if (key) {
        this.answering.delete(key); // not answered: a resend may try again
        this.failed.add(key);
      }
      this.o.onTurnError?.(error, conversationId);
    }
  }
}
