// The self-hosted Direct Line v3: what each endpoint does, independent of HTTP.
import crypto from 'node:crypto';
import { z } from 'zod';
import { ActivityTypes, type Activity, type TurnContext } from 'botbuilder';
import type { DirectLineStore, ReceivedActivity, StoredActivity } from '../../db/directLineStore';
import { UnitOfWork } from '../../db/unitOfWork';
import { isDatabaseUnavailable } from '../../db/client';
import { ApiError } from '../../errors';
import { textsFor } from '../../texts';
import { BOT_ACCOUNT, DIRECTLINE_CHANNEL, MASKED_TEXT, RECORDED_ON_ARRIVAL, type ActivitySink, DirectLineAdapter, type MaskedText, type Outgoing, type TurnOptions } from './adapter';
import type { StreamHub } from './hub';
import { TurnRunner } from './turns';
import type { TokenClaims, TokenService } from './tokens';
import { IncomingActivitySchema, parseWatermark } from './incoming';
import type { SeekerCookies } from './seekerCookie';
import type { ConversationLock } from '../../db/conversationLock';
import { JsonText } from './jsonText';
import { randomId } from './randomId';
import { SITE_HOST } from './siteHost';
import type { UnansweredMessages } from '../../db/unansweredMessages';
import type { TranscriptRecord } from '../../db/transcriptStore';

export { IncomingActivitySchema };

export const MAX_TEXT_LENGTH = 20_000;
const KNOWN_FOR_MS = 60_000;

/** Where a website conversation's replies go: this process, never a URL a client names. */
export const DIRECTLINE_SERVICE_URL = 'urn:werkloket:directline';

/** tokens/generate takes an empty body or any object; a client's `user.id` is ignored (the server issues it). */
export const TokenRequestSchema = z.object({}).passthrough().optional();

type Json = Record<string, unknown>;
type RunTurn = (context: TurnContext) => Promise<void>;

export interface DirectLineServiceOptions {
  store: DirectLineStore;
  tokens: TokenService;
  hub: StreamHub;
  /** Runs the bot for one turn (the ActivityHandler's run). */
  runTurn: RunTurn;
  /** Masks personal data (a BSN, …) before a seeker's text is stored or echoed. */
  maskText: (text: string) => string;
  /** Signs and checks the returning seeker's cookie; issues new seeker (user) ids. */
  seekers: SeekerCookies;
  onTurnError?: (error: unknown, conversationId: string) => void;
  /** One turn at a time per conversation across processes (src/db/conversationLock.ts); default: this process only. */
  lock?: ConversationLock;
  /** With a shared lock: the messages other processes stored, answered in order. */
  unanswered?: UnansweredMessages;
  /** The transcript middleware's row of a message about to be stored, if it may go with it. */
  recordOnArrival?: (activity: Partial<Activity>) => TranscriptRecord | undefined;
}

export class DirectLineService implements ActivitySink {
  readonly adapter: DirectLineAdapter;
  private readonly turns: TurnRunner;
  private readonly known = new Map<string, { userId: string; until: number }>();
  private readonly endedListeners: ((conversationId: string) => void)[] = [];

  constructor(private readonly o: DirectLineServiceOptions) {
    this.adapter = new DirectLineAdapter(this);
    this.turns = new TurnRunner({
      process: (full, answers) => this.adapter.processActivity(full, this.o.runTurn, answers && { answers }),
      isAnswered: (conversationId, activityId) => this.o.store.isAnswered(conversationId, activityId),
      complete: completeActivity,
      onTurnError: this.o.onTurnError,
      lock: this.o.lock,
      unanswered: this.o.unanswered,
    });
  }

  get seekers(): SeekerCookies {
    return this.o.seekers;
  }

  /**
   * A new conversation for a seeker: the one a valid cookie names (a returning seeker), or a new
   * one. The user id is the server's, signed into the token; a client never chooses it.
   */
  async generateToken(seekerId?: string): Promise<{ conversationId: string; userId: string; token: string; expires_in: number }> {
    const conversationId = crypto.randomBytes(12).toString('base64url');
    const userId = seekerId ?? this.o.seekers.newId();
    await this.o.store.createConversation(conversationId, userId);
    this.remember(conversationId, userId); // POST /conversations follows at once: no read for it
    return { conversationId, userId, ...this.issue(conversationId, userId) };
  }

  /**
   * Checks a token for a conversation: 401 without one, 403 when it is not for this conversation or
   * of the wrong kind (a stream token only opens a stream; a REST token never does).
   */
  authorize(token: string | undefined, conversationId?: string, kind: 'rest' | 'stream' = 'rest'): TokenClaims {
    if (!token) throw new ApiError('TOKEN_MISSING');
    const claims = this.o.tokens.verify(token, kind);
    if (!claims || (conversationId !== undefined && claims.c !== conversationId)) throw new ApiError('TOKEN_INVALID');
    return claims;
  }

  /** A fresh token for the same conversation, while it is open and the chain is within its maximum lifetime. */
  async refresh(claims: TokenClaims): Promise<{ conversationId: string; token: string; expires_in: number }> {
    await this.requireConversation(claims.c);
    return { conversationId: claims.c, ...this.issue(claims.c, claims.u, claims.o) };
  }

  /**
   * POST /conversations: the first call greets (conversationUpdate with bot and user added), in the
   * page's language; `host` (the request's Host header) tells the bot which website this is.
   */
  async start(claims: TokenClaims, streamBase: string, locale?: string, groupCode?: string, host?: string) {
    await this.requireConversation(claims.c);
    if (await this.o.store.markStarted(claims.c)) {
      await this.turns.run(claims.c, {
        ...(host ? { [SITE_HOST]: host } : {}),
        type: ActivityTypes.ConversationUpdate,
        membersAdded: [BOT_ACCOUNT, { id: claims.u }],
        from: { id: claims.u },
        serviceUrl: DIRECTLINE_SERVICE_URL,
        ...(locale ? { locale } : {}),
        // An employer's link "/?code=…": the bot tags the employee to that group (rootDialog.ts).
        ...(groupCode ? { value: { groupCode } } : {}),
      });
    }
    return this.connection(claims, streamBase);
  }

  async reconnect(claims: TokenClaims, streamBase: string, watermark?: string) {
    const mark = parseWatermark(watermark);
    await this.requireConversation(claims.c);
    return this.connection(claims, streamBase, mark);
  }

  /** "Gesprek afsluiten": no more messages, tokens or streams for this conversation. */
  async end(claims: TokenClaims): Promise<{ ended: true }> {
    if (!(await this.o.store.end(claims.c))) throw new ApiError('NOT_FOUND', 'Conversation not found.');
    this.known.delete(claims.c);
    for (const listener of this.endedListeners) listener(claims.c);
    return { ended: true };
  }

  /** Called with the conversation id when a seeker ends a conversation (the streams close). */
  onEnded(listener: (conversationId: string) => void): void {
    this.endedListeners.push(listener);
  }

  /**
   * POST /conversations/:id/activities: stores the seeker's activity (masked), then runs the turn.
   * A resend (same client activity id) gets the first one's id and is answered once.
   */
  async post(claims: TokenClaims, body: unknown): Promise<{ id: string }> {
    const parsed = IncomingActivitySchema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ApiError('BAD_REQUEST', `Invalid activity: ${issue?.path.join('.') || 'body'}: ${issue?.message}`);
    }
    const incoming = parsed.data;
    if ((incoming.text?.length ?? 0) > MAX_TEXT_LENGTH) throw new ApiError('TEXT_TOO_LONG', `The text may have at most ${MAX_TEXT_LENGTH} characters.`);
    let accepted: { activity: Json & { id: string }; fresh: boolean; watermark: number };
    try {
      accepted = await this.accept(claims, incoming);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      // Not stored, so not accepted: the seeker's Web Chat can send it again, and is told why.
      this.o.hub.notice(claims.c, this.botNotice(claims.c, textsFor(incoming.locale).error));
      throw new ApiError('UNAVAILABLE');
    }
    const { activity, fresh, watermark } = accepted;
    await this.turns.run(claims.c, activity, { id: activity.id, resent: !fresh, watermark });
    return { id: activity.id };
  }

  /** Stores the seeker's activity; the echo (stored and streamed back) never contains a BSN or
   * other identifiers. The bot itself sees the original text once, in memory, to warn the seeker. */
  private async accept(claims: TokenClaims, incoming: z.infer<typeof IncomingActivitySchema>): Promise<{ activity: Json & { id: string }; fresh: boolean; watermark: number }> {
    const conversation = await this.requireConversation(claims.c);
    // The token's user id, issued by the server; `incoming` holds only allow-listed fields.
    const userId = claims.u;
    if (!conversation.userId) await this.o.store.setUser(claims.c, userId);
    const id = `${claims.c}|${randomId()}`;
    const activity: Json & { id: string } = {
      ...incoming,
      id,
      from: { id: userId, role: 'user' },
      timestamp: new Date().toISOString(),
      channelId: DIRECTLINE_CHANNEL,
      serviceUrl: DIRECTLINE_SERVICE_URL,
      conversation: { id: claims.c },
      recipient: BOT_ACCOUNT,
    };
    const echo = typeof activity.text === 'string' ? { ...activity, text: this.o.maskText(activity.text) } : activity;
    // Carried (by spreads) to the turn's activity: the transcript takes the masked text from here.
    if (typeof activity.text === 'string') (activity as { [MASKED_TEXT]?: MaskedText })[MASKED_TEXT] = { text: activity.text, masked: echo.text as string };
    const record = this.o.recordOnArrival?.(activity as Partial<Activity>);
    const stored = await this.receive(claims.c, echo, record);
    // The transcript middleware then does not write it again.
    if (stored.recorded) (activity as { [RECORDED_ON_ARRIVAL]?: string })[RECORDED_ON_ARRIVAL] = JSON.stringify(record);
    return { activity: { ...activity, id: stored.id }, fresh: stored.fresh, watermark: stored.watermark };
  }

  /**
   * GET …/activities: what came after the watermark (400 for a malformed one; 404 once ended), as
   * the JSON of `{ activities, watermark }`. The activities are spliced in as stored (the store
   * keeps JSON.stringify's text), never parsed and written again: the same bytes for less work.
   */
  async activities(conversationId: string, watermark: string | undefined): Promise<JsonText> {
    const from = parseWatermark(watermark);
    await this.requireConversation(conversationId);
    const rows = await this.o.store.sinceJson(conversationId, from);
    const last = rows.at(-1)?.watermark ?? from;
    return new JsonText(`{"activities":[${rows.map((r) => r.json).join(',')}],"watermark":${JSON.stringify(String(last))}}`);
  }

  /** Stores the seeker's message (once per client activity id) and shows it, when it is new. */
  private async receive(conversationId: string, echo: Json & { id: string }, record?: TranscriptRecord): Promise<ReceivedActivity> {
    const stored = await this.o.store.receive(conversationId, echo, clientActivityId(echo), record);
    if (stored.fresh) this.o.hub.publish(conversationId, echo, stored.watermark);
    return stored;
  }

  /** What a stream missed since `watermark` (the streams' back-fill), with each row's watermark. */
  backlog(conversationId: string, watermark: number): Promise<StoredActivity[]> {
    return this.o.store.since(conversationId, watermark);
  }

  // ActivitySink: where the adapter puts a turn's replies. Stored with the turn's state and
  // transcript in one transaction, then shown: nothing is shown that was not kept, and the state
  // is never a step ahead of what the seeker saw.
  async commitTurn(unit: UnitOfWork, replies: Outgoing[], turn: TurnOptions): Promise<void> {
    const stored = this.o.store.stageTurn(unit, { answers: turn.answers, replies });
    await this.o.store.commit(unit);
    for (const [conversationId, items] of stored) this.o.hub.publishMany(conversationId, items);
  }

  notice(activities: Outgoing[], options: { everywhere?: boolean } = {}): void {
    for (const activity of activities) {
      if (options.everywhere) this.o.hub.noticeEverywhere(activity.conversation.id, activity);
      else this.o.hub.notice(activity.conversation.id, activity);
    }
  }

  /** A not-stored line in the chat when a conversation sends more messages than a person types. */
  tellTooFast(conversationId: string, locale?: string): void {
    this.o.hub.notice(conversationId, this.botNotice(conversationId, textsFor(locale).tooFast));
  }

  private botNotice(conversationId: string, text: string): Json {
    return {
      type: 'message',
      id: `notice-${crypto.randomUUID()}`,
      text,
      from: BOT_ACCOUNT,
      timestamp: new Date().toISOString(),
      channelId: DIRECTLINE_CHANNEL,
      conversation: { id: conversationId },
    };
  }

  async replace(conversationId: string, activity: Json & { id: string }): Promise<void> {
    await this.o.store.replace(conversationId, activity, UnitOfWork.current());
  }

  private async requireConversation(id: string): Promise<{ userId: string | null }> {
    const known = this.known.get(id);
    if (known && known.until > Date.now()) return known;
    const conversation = await this.o.store.getConversation(id);
    if (!conversation) throw new ApiError('NOT_FOUND', 'Conversation not found.');
    if (conversation.ended) throw new ApiError('CONVERSATION_ENDED');
    if (conversation.userId) this.remember(id, conversation.userId);
    return conversation;
  }

  /** Remembered briefly once its user is known: one read less per message for an active seeker. */
  private remember(id: string, userId: string): void {
    if (this.known.size > 50_000) this.known.clear();
    this.known.set(id, { userId, until: Date.now() + KNOWN_FOR_MS });
  }

  /** A fresh REST token, and a stream URL with a short-lived stream-only token. */
  private connection(claims: TokenClaims, base: string, watermark?: number) {
    const issued = this.issue(claims.c, claims.u, claims.o);
    const query = new URLSearchParams({ t: this.issue(claims.c, claims.u, claims.o, 'stream').token });
    if (watermark) query.set('watermark', String(watermark));
    return { conversationId: claims.c, ...issued, streamUrl: `${base}/v3/directline/conversations/${encodeURIComponent(claims.c)}/stream?${query}` };
  }

  /** 403 TOKEN_TOO_OLD once the chain that started at `origin` reached DIRECTLINE_TOKEN_MAX_LIFETIME. */
  private issue(conversationId: string, userId: string, origin?: number, kind: 'rest' | 'stream' = 'rest') {
    const issued = this.o.tokens.issue(conversationId, userId, origin, kind);
    if (!issued) throw new ApiError('TOKEN_TOO_OLD');
    return issued;
  }
}

function completeActivity(conversationId: string, activity: Json): Partial<Activity> {
  return {
    channelId: DIRECTLINE_CHANNEL,
    conversation: { id: conversationId },
    recipient: BOT_ACCOUNT,
    serviceUrl: DIRECTLINE_SERVICE_URL,
    timestamp: new Date().toISOString(),
    ...activity,
  } as unknown as Partial<Activity>;
}

/** Web Chat's own id of a message (channelData.clientActivityID): the same on a resend. */
function clientActivityId(activity: Json): string | undefined {
  const id = (activity.channelData as { clientActivityID?: unknown } | undefined)?.clientActivityID;
  return typeof id === 'string' && id.length > 0 && id.length <= 200 ? id : undefined;
}
