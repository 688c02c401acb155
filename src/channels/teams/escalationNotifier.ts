// Tells advisors in a Teams channel that a new chat is waiting, with a button to the advisor
// console. Listens to the handoff events ('created'); every instance hears every event, so the
// first instance to claim the notice (a unique transcript row) sends it and the others skip.
// The notice names reason, priority and channel only: no summary, nothing about the seeker.
import type { Activity, ConversationReference } from 'botbuilder';
import { priorityName, type Handoff, type HandoffEvent } from '../../handoff';
import type { Logger } from '../../logger';
import { textsFor } from '../../texts';
import { ADAPTIVE_CARD } from '../renderers/teams';

export interface EscalationTarget {
  serviceUrl: string;
  conversationId: string;
  tenantId?: string;
}

export interface EscalationNotifierOptions {
  target: EscalationTarget;
  /** The bot's Microsoft app id (empty without authentication). */
  botId?: string;
  /** The console, `${PUBLIC_URL}/advisor`: the button opens the new chat there (#/handoff/<id>). */
  consoleUrl: string;
  /** Sends one proactive activity into the Teams channel. */
  send(reference: Partial<ConversationReference>, activity: Partial<Activity>): Promise<void>;
  /** True for exactly one caller per notice id, across instances. */
  claim(noticeId: string, text: string): Promise<boolean>;
  /** The handoff behind an event. */
  handoff(id: string): Promise<Pick<Handoff, 'id' | 'reason' | 'priority' | 'channel'> | undefined>;
  logger: Logger;
}

const CHANNEL_NAMES: Record<string, string> = { directline: 'Website', whatsapp: 'WhatsApp', msteams: 'Teams', emulator: 'Emulator' };

export class EscalationNotifier {
  private readonly pending = new Set<Promise<unknown>>();

  constructor(private readonly o: EscalationNotifierOptions) {}

  /** For the event bus: a new waiting handoff is announced; everything else is ignored. */
  onEvent(event: unknown): void {
    const e = event as Partial<HandoffEvent> | undefined;
    if (e?.type !== 'created' || typeof e.handoffId !== 'string') return;
    const id = e.handoffId;
    const task = this.o
      .handoff(id)
      .then((handoff) => (handoff ? this.notifyEscalation(handoff) : false))
      .catch((error: unknown) => this.o.logger.warn({ err: error, handoffId: id }, 'teams escalation notice not sent'))
      .finally(() => this.pending.delete(task));
    this.pending.add(task);
  }

  /** Sends the notice for one handoff; false when another instance already did. */
  async notifyEscalation(handoff: Pick<Handoff, 'id' | 'reason' | 'priority' | 'channel'>): Promise<boolean> {
    const t = textsFor('nl').teams;
    const reason = (t.reasons as Record<string, string>)[handoff.reason] ?? handoff.reason;
    const priority = t.priorities[priorityName(handoff.priority)];
    const channel = CHANNEL_NAMES[handoff.channel] ?? handoff.channel;
    const summary = `${t.escalationTitle} (${reason}, ${priority}, ${channel})`;
    const id = `escalation-${handoff.id}`;
    if (!(await this.o.claim(id, summary))) return false;

    const { target } = this.o;
    const reference: Partial<ConversationReference> = {
      channelId: 'msteams',
      serviceUrl: target.serviceUrl,
      conversation: { id: target.conversationId, isGroup: true, conversationType: 'channel', tenantId: target.tenantId, name: '' },
      bot: { id: this.o.botId ?? 'werkloket', name: 'Werkloket' },
    };
    await this.o.send(reference, {
      type: 'message',
      id,
      summary,
      channelData: { werkloketSender: 'system', ...(target.tenantId ? { tenant: { id: target.tenantId } } : {}) },
      attachments: [
        {
          contentType: ADAPTIVE_CARD,
          content: {
            type: 'AdaptiveCard',
            $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
            version: '1.5',
            body: [
              { type: 'TextBlock', text: t.escalationTitle, weight: 'Bolder', size: 'Medium', wrap: true },
              { type: 'TextBlock', text: t.escalationText, wrap: true },
              {
                type: 'FactSet',
                facts: [
                  { title: t.reason, value: reason },
                  { title: t.priority, value: priority },
                  { title: t.channel, value: channel },
                ],
              },
            ],
            actions: [{ type: 'Action.OpenUrl', title: t.openConsole, url: `${this.o.consoleUrl}#/handoff/${encodeURIComponent(handoff.id)}` }],
          },
        },
      ],
    });
    this.o.logger.info({ handoffId: handoff.id }, 'teams escalation notice sent');
    return true;
  }

  /** Waits for notices still on their way (clean shutdown, tests). */
  async idle(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending]);
  }
}
