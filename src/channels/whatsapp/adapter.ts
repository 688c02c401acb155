// The bot side of WhatsApp: an in-process botbuilder adapter, like the Direct Line one. Incoming
// webhook messages run as turns through the same middleware (transcript, handoff) and bot;
// replies are rendered for WhatsApp (renderers/whatsapp.ts) and sent through the Graph API.
// One WhatsApp number is one conversation. Turns of one conversation run one after another, and a
// message id (wamid) that was taken in before is not processed again: Meta redelivers when it did
// not get a 200 in time. Seen ids live in a ledger apart from the transcript (InboundSeen), as
// keyed hashes, so erasing a conversation does not make its old messages new again.
import crypto from 'node:crypto';
import { proactiveContext } from '../proactive';
import { ActivityTypes, BotAdapter, TurnContext, type Activity, type ConversationReference, type ResourceResponse } from 'botbuilder';
import { KeyedQueue } from '../directline/keyedQueue';
import { nextTurnSlot } from '../turnGate';
import { localConversationLock, type ConversationLock } from '../../db/conversationLock';
import { renderWhatsApp, type WhatsAppLabels, type WhatsAppMessage } from '../renderers/whatsapp';
import type { Inbound } from './inbound';
import { PLACEHOLDER } from './inbound';
import type { MessageSender } from './graphClient';
import { templateOf } from './template';
import { parseFollowUpPayload } from '../../followup/payload';
import { maskPhone, type PhoneVault, type WhatsAppUserProperties } from './phone';

export const WHATSAPP_CHANNEL = 'whatsapp';
/** Marks references of this adapter (there is no Bot Framework service behind it). */
export const WHATSAPP_SERVICE_URL = 'urn:werkloket:whatsapp';

type Logic = (context: TurnContext) => Promise<void>;

export interface InboundLedger {
  /** Records an id; false when it was recorded before. */
  claim(id: string): Promise<boolean>;
  /** Forgets an id whose processing failed, so that Meta's redelivery is processed. */
  release(id: string): Promise<void>;
}

export interface WhatsAppAdapterOptions {
  sender: MessageSender;
  vault: PhoneVault;
  phoneNumberId: string;
  /** Seen inbound message ids (keyed hashes), shared by every instance. */
  ledger: InboundLedger;
  /** Labels in the conversation's language (list button, number hint). */
  labels(context: TurnContext): WhatsAppLabels;
  /** Our own file behind a document link (the overview PDF), read in-process to upload it. */
  documents?: DocumentSource;
  /** One turn at a time per conversation across processes (src/db/conversationLock.ts); default: this process only. */
  lock?: ConversationLock;
}

export type DocumentSource = (url: string) => Promise<{ bytes: Buffer; filename: string; mime: string } | undefined>;

/** Meta shows "typing…" for up to 25 s: one indicator per turn is enough, renewed after 20 s. */
const TYPING_RENEW_MS = 20_000;
/** The raw inbound wamid of a turn (the activity id is a keyed hash of it): never stored. */
const INBOUND_WAMID = Symbol('whatsappInboundWamid');
const LAST_TYPING = Symbol('whatsappLastTyping');
/** Set once the turn sends its first message: Meta's indicator would then outlast the answer. */
const ANSWERED = Symbol('whatsappAnswered');

export class WhatsAppAdapter extends BotAdapter {
  private readonly queue = new KeyedQueue();
  private readonly wamids = new WeakMap<Partial<Activity>, string>();

  constructor(private readonly o: WhatsAppAdapterOptions) {
    super();
  }

  /** One inbound message → at most one turn. Resolves after every reply was handed to the Graph API. */
  async receive(inbound: Inbound, logic: Logic): Promise<'processed' | 'duplicate'> {
    const activity = this.toActivity(inbound);
    this.wamids.set(activity, inbound.id);
    const key = activity.id!;
    const conversationId = activity.conversation!.id;
    const lock = this.o.lock ?? localConversationLock;
    return this.queue.run(conversationId, async () => {
      await nextTurnSlot(); // let new connections in between turns (src/channels/turnGate.ts)
      return lock.withConversation(conversationId, async () => {
        if (!(await this.o.ledger.claim(key))) return 'duplicate';
        try {
          await this.processActivity(activity, logic);
        } catch (error) {
          await this.o.ledger.release(key).catch(() => undefined);
          throw error;
        }
        return 'processed';
      });
    });
  }

  async processActivity(activity: Partial<Activity>, logic: Logic): Promise<void> {
    const context = new TurnContext(this, activity);
    const wamid = this.wamids.get(activity);
    if (wamid) context.turnState.set(INBOUND_WAMID, wamid);
    await this.runMiddleware(context, logic);
  }

  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      if (activity.type === ActivityTypes.Typing) {
        await this.showTyping(context);
        responses.push({ id: activity.id ?? crypto.randomUUID() });
        continue;
      }
      const template = templateOf(activity);
      if (template) {
        // A follow-up question outside the 24-hour window (src/followup/scheduler.ts).
        if (!this.o.sender.sendTemplate) throw new Error('This WhatsApp sender cannot send templates');
        responses.push({ id: (await this.o.sender.sendTemplate(this.phoneOf(context), template)) ?? crypto.randomUUID() });
        continue;
      }
      const messages = renderWhatsApp(activity, this.o.labels(context));
      if (messages.length) context.turnState.set(ANSWERED, true);
      let id: string | undefined;
      if (messages.length) {
        const to = this.phoneOf(context);
        for (const message of messages) id = (await this.o.sender.send(to, await this.uploaded(message))) ?? id;
      }
      // Delays, events (e.g. handoff.initiate) and invoke responses have no WhatsApp form.
      responses.push({ id: id ?? activity.id ?? crypto.randomUUID() });
    }
    return responses;
  }

  /**
   * A slow turn's typing indicator (ShowTypingMiddleware): Meta's own, which marks the seeker's
   * message read and needs its wamid, so only in a turn that answers an inbound message, and only
   * until its first message goes out. A failure is only logged: the reply matters, not the indicator.
   */
  private async showTyping(context: TurnContext): Promise<void> {
    const wamid = context.turnState.get(INBOUND_WAMID) as string | undefined;
    const last = context.turnState.get(LAST_TYPING) as number | undefined;
    if (!wamid || !this.o.sender.typing || context.turnState.get(ANSWERED)) return;
    if (last !== undefined && Date.now() - last < TYPING_RENEW_MS) return;
    context.turnState.set(LAST_TYPING, Date.now());
    await this.o.sender.typing(wamid).catch(() => undefined);
  }

  /**
   * A document with one of our links goes up as media (Meta then needs no access to our server);
   * when that is not possible the link stays, and Meta fetches it (PUBLIC_URL must be reachable).
   */
  private async uploaded(message: WhatsAppMessage): Promise<WhatsAppMessage> {
    if (message.type !== 'document' || !message.document.link || !this.o.documents || !this.o.sender.upload) return message;
    const file = await this.o.documents(message.document.link).catch(() => undefined);
    if (!file) return message;
    const id = await this.o.sender.upload(file).catch(() => undefined);
    if (!id) return message;
    return { type: 'document', document: { id, filename: file.filename, caption: message.document.caption } };
  }

  async updateActivity(): Promise<void> {
    // WhatsApp messages cannot be edited by the business; the transcript keeps what was said.
  }

  async deleteActivity(): Promise<void> {
    // Nor deleted for the recipient.
  }

  /** Proactive message into a WhatsApp conversation (an advisor's message, a notice). */
  async continueConversation(reference: Partial<ConversationReference>, logic: Logic): Promise<void> {
    await this.runMiddleware(proactiveContext(this, reference), logic);
  }

  private toActivity(inbound: Inbound): Partial<Activity> {
    const id = this.o.vault.userId(inbound.phone);
    const properties: WhatsAppUserProperties = { phone: this.o.vault.seal(inbound.phone), maskedPhone: maskPhone(inbound.phone) };
    const answer = inbound.kind === 'text' ? parseFollowUpPayload(inbound.payload) : undefined;
    return {
      type: ActivityTypes.Message,
      id: this.o.vault.messageId(inbound.id),
      channelId: WHATSAPP_CHANNEL,
      serviceUrl: WHATSAPP_SERVICE_URL,
      timestamp: inbound.timestamp,
      from: { id, name: properties.maskedPhone, role: 'user', properties },
      recipient: { id: this.o.phoneNumberId, name: 'Werkloket', role: 'bot' },
      conversation: { id, isGroup: false, conversationType: 'personal', name: '' },
      // WhatsApp does not tell the seeker's language; Dutch until they ask for English.
      locale: 'nl-NL',
      text: inbound.kind === 'text' ? inbound.text : PLACEHOLDER[inbound.unsupported],
      textFormat: 'plain',
      // A template's quick reply that answers a follow-up: { followUp, outcome } for the answer dialog.
      ...(answer ? { value: answer } : {}),
      channelData: { whatsapp: inbound.kind === 'text' ? { via: inbound.via } : { unsupported: inbound.unsupported, type: inbound.type } },
    };
  }

  private phoneOf(context: TurnContext): string {
    const sealed = (context.activity.from?.properties as Partial<WhatsAppUserProperties> | undefined)?.phone;
    if (!sealed) throw new Error('This WhatsApp conversation has no reply address');
    return this.o.vault.open(sealed);
  }
}
