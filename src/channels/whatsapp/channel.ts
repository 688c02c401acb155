// WhatsApp as one unit for the app: Graph client, adapter, and what to do with each inbound
// message (text → the bot; media and locations → a kind answer, the bot cannot read them).
import type { TurnContext } from 'botbuilder';
import type { Config } from '../../config';
import type { Logger } from '../../logger';
import { textsFor, type Texts } from '../../texts';
import { WhatsAppAdapter } from './adapter';
import { GraphClient, type MessageSender } from './graphClient';
import { inboundMessages, type Inbound, type WebhookBody } from './inbound';
import { PhoneVault } from './phone';

type Logic = (context: TurnContext) => Promise<void>;

export interface WhatsAppChannelOptions {
  config: NonNullable<Config['whatsApp']>;
  /** Secret for the phone-number hash and seal (WHATSAPP_KEY or the generated setting). */
  secret: string;
  logger: Logger;
  seen(conversationId: string, activityId: string): Promise<boolean>;
  /** The bot's turn. */
  runTurn: Logic;
  /** The conversation's language as the bot keeps it (defaults to the activity's locale). */
  localeOf?: (context: TurnContext) => string | undefined;
  /** Replaces the Graph API client (tests). */
  sender?: MessageSender;
}

export interface WebhookResult {
  processed: number;
  duplicates: number;
  /** Messages that could not be taken in (e.g. the database is down): Meta should deliver again. */
  failed: number;
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
      seen: o.seen,
      labels: (context) => texts(context).whatsapp,
    });
  }

  /** Takes in one verified webhook body. */
  async handle(body: WebhookBody): Promise<WebhookResult> {
    const { messages, statuses } = inboundMessages(body);
    for (const status of statuses) {
      // Delivery failures are worth knowing about (e.g. the 24-hour window closed); ids only.
      if (status.status === 'failed') this.o.logger.warn({ codes: status.errors?.map((e) => e.code) }, 'whatsapp message failed at Meta');
    }
    const result: WebhookResult = { processed: 0, duplicates: 0, failed: 0 };
    for (const inbound of messages) {
      try {
        const outcome = await this.adapter.receive(inbound, this.logicFor(inbound));
        result[outcome === 'processed' ? 'processed' : 'duplicates']++;
      } catch (error) {
        result.failed++;
        this.o.logger.error({ err: error, wamid: inbound.id }, 'whatsapp message not processed');
      }
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
