// WhatsApp as one unit for the app: Graph client, adapter, and what to do with each inbound
// message (text → the bot; media and locations → a kind answer, the bot cannot read them).
import type { TurnContext } from 'botbuilder';
import type { Config } from '../../config';
import type { Logger } from '../../logger';
import { textsFor, type Texts } from '../../texts';
import { WhatsAppAdapter, type DocumentSource, type InboundLedger } from './adapter';
import { GraphClient, type MessageSender } from './graphClient';
import { readDelivery, type Inbound, type WebhookBody } from './inbound';
import { PhoneVault } from './phone';
import type { ConversationLock } from '../../db/conversationLock';

type Logic = (context: TurnContext) => Promise<void>;

/**
 * Messages older than this are not answered (3 days). Meta redelivers an unanswered webhook for up
 * to 7 days; a reply days later is more confusing than helpful (WhatsApp even refuses free-form
 * replies after 24 hours), yet a weekend outage of ours should not lose Friday's messages. Kept
 * well below the 7 days seen ids are kept (INBOUND_SEEN_DAYS), so no message can outlive its
 * seen record and be processed twice.
 */
export const MAX_MESSAGE_AGE_MS = 3 * 86_400_000;

export interface WhatsAppChannelOptions {
  config: NonNullable<Config['whatsApp']>;
  /** Secret for the phone-number hash and seal (WHATSAPP_KEY or the generated setting). */
  secret: string;
  logger: Logger;
  /** Seen inbound message ids (src/db/inboundSeen.ts). */
  ledger: InboundLedger;
  /** The bot's turn. */
  runTurn: Logic;
  /** The conversation's language as the bot keeps it (defaults to the activity's locale). */
  localeOf?: (context: TurnContext) => string | undefined;
  /** Replaces the Graph API client (tests). */
  sender?: MessageSender;
  /** Our own files behind document links (the overview PDF), to upload them as media. */
  documents?: DocumentSource;
  /** One turn at a time per conversation across processes (src/db/conversationLock.ts). */
  lock?: ConversationLock;
  now?: () => number;
}

export interface WebhookResult {
  processed: number;
  duplicates: number;
  /** Messages that could not be taken in (e.g. the database is down): Meta should deliver again. */
  failed: number;
  /** Messages older than MAX_MESSAGE_AGE_MS: not processed. */
  stale: number;
  /** Items of the body that could not be read: skipped, the rest is processed. */
  malformed: number;
}

export class WhatsAppChannel {
  readonly adapter: WhatsAppAdapter;
  readonly config: NonNullable<Config['whatsApp']>;
  private readonly texts: (context: TurnContext) => Texts;

  constructor(private readonly o: WhatsAppChannelOptions) {
    this.config = o.config;
    const texts = (this.texts = (context: TurnContext): Texts => textsFor(o.localeOf?.(context) ?? context.activity.locale));
    this.adapter = new WhatsAppAdapter({
      sender: o.sender ?? new GraphClient({ graphUrl: o.config.graphUrl, phoneNumberId: o.config.phoneNumberId, accessToken: o.config.accessToken, logger: o.logger }),
      vault: new PhoneVault(o.secret),
      phoneNumberId: o.config.phoneNumberId,
      ledger: o.ledger,
      labels: (context) => texts(context).whatsapp,
      documents: o.documents,
      lock: o.lock,
    });
  }

  /** Takes in one verified webhook body, message by message. Logs counts and type names only. */
  async handle(body: WebhookBody): Promise<WebhookResult> {
    const { messages, statuses, malformed, unknownTypes } = readDelivery(body);
    for (const status of statuses) {
      // Delivery failures are worth knowing about (e.g. the 24-hour window closed); codes only.
      if (status.status === 'failed') this.o.logger.warn({ codes: status.errors?.map((e) => e.code) }, 'whatsapp message failed at Meta');
    }
    const result: WebhookResult = { processed: 0, duplicates: 0, failed: 0, stale: 0, malformed };
    const oldest = (this.o.now?.() ?? Date.now()) - MAX_MESSAGE_AGE_MS;
    for (const inbound of messages) {
      if (inbound.timestamp.getTime() < oldest) {
        result.stale++;
        continue;
      }
      try {
        const outcome = await this.adapter.receive(inbound, this.logicFor(inbound));
        result[outcome === 'processed' ? 'processed' : 'duplicates']++;
      } catch (error) {
        result.failed++;
        this.o.logger.error({ err: error }, 'whatsapp message not processed');
      }
    }
    if (malformed || result.stale || unknownTypes.length) {
      this.o.logger.warn({ ...result, unknownTypes: countTypes(unknownTypes) }, 'whatsapp delivery with messages that were skipped or not understood');
    }
    return result;
  }

  private logicFor(inbound: Inbound): Logic {
    if (inbound.kind === 'text') return this.o.runTurn;
    const kind = inbound.unsupported;
    return async (context) => {
      await context.sendActivity({ type: 'message', text: this.texts(context).whatsapp.unsupported[kind], textFormat: 'plain' });
    };
  }
}

function countTypes(types: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const type of types) counts[type] = (counts[type] ?? 0) + 1;
  return counts;
}
