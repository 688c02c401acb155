// The in-memory baseline server (run as its own process by spawnServer): the Direct Line HTTP
// endpoints the load generator uses, on restify with the app's JSON body parser and signed tokens,
// around MemoryStateEchoBot — and no database: conversations and activities live in a Map. What a
// turn costs here is the floor for any bot on this framework and protocol; ratio_cpu divides by it.
import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import restify, { type Request, type Response } from 'restify';
import { BotAdapter, TurnContext, type Activity, type ConversationReference, type ResourceResponse } from 'botbuilder';
import { jsonBodyParser } from '../../src/bot/bodyParser';
import { bearer, TokenService } from '../../src/channels/directline/tokens';
import { MemoryStateEchoBot } from './echoBot';

type Json = Record<string, unknown>;
const BOT = { id: 'echo', name: 'Echo', role: 'bot' };
const conversations = new Map<string, { userId: string; started: boolean; activities: Json[] }>();

/** Replies go straight into the conversation's list. */
class MemoryAdapter extends BotAdapter {
  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    return activities.map((activity) => {
      const id = crypto.randomUUID();
      const conversationId = activity.conversation?.id ?? context.activity.conversation.id;
      conversations.get(conversationId)?.activities.push({ ...activity, id, from: BOT, timestamp: new Date().toISOString() });
      return { id };
    });
  }
  async updateActivity(): Promise<void> {}
  async deleteActivity(): Promise<void> {}
  async continueConversation(_reference: Partial<ConversationReference>, _logic: (context: TurnContext) => Promise<void>): Promise<void> {}
  run(activity: Json, conversationId: string): Promise<void> {
    const full = { channelId: 'directline', serviceUrl: 'urn:bench', recipient: BOT, conversation: { id: conversationId }, ...activity } as Partial<Activity>;
    return this.runMiddleware(new TurnContext(this, full), (context) => bot.run(context));
  }
}

const bot = new MemoryStateEchoBot();
const adapter = new MemoryAdapter();
const tokens = new TokenService(crypto.randomBytes(32).toString('base64url'), 3600);

function conversationOf(req: Request): { id: string; userId: string; conversation: { userId: string; started: boolean; activities: Json[] } } {
  const claims = tokens.verify(bearer(req.headers.authorization));
  const conversation = claims && conversations.get(claims.c);
  if (!claims || !conversation || (req.params.id !== undefined && req.params.id !== claims.c)) throw new Error('403');
  return { id: claims.c, userId: claims.u, conversation };
}

const handle = (fn: (req: Request) => Promise<unknown>) => async (req: Request, res: Response) => {
  try {
    res.send(200, await fn(req));
  } catch (error) {
    res.send(Number((error as Error).message) || 500, { error: String(error) });
  }
};

function routes(server: restify.Server): void {
  const base = '/v3/directline';
  server.post(`${base}/tokens/generate`, handle(async () => {
    const [conversationId, userId] = [crypto.randomBytes(12).toString('base64url'), `s-${crypto.randomBytes(12).toString('base64url')}`];
    conversations.set(conversationId, { userId, started: false, activities: [] });
    return { conversationId, userId, ...tokens.issue(conversationId, userId) };
  }));
  server.post(`${base}/conversations`, handle(async (req) => {
    const { id, userId, conversation } = conversationOf(req);
    if (!conversation.started) {
      conversation.started = true;
      await adapter.run({ type: 'conversationUpdate', membersAdded: [BOT, { id: userId }], from: { id: userId } }, id);
    }
    return { conversationId: id, ...tokens.issue(id, userId) };
  }));
  server.post(`${base}/conversations/:id/activities`, handle(async (req) => {
    const { id, userId, conversation } = conversationOf(req);
    const body = req.body as { type?: string; text?: string };
    if (body?.type !== 'message' || typeof body.text !== 'string') throw new Error('400');
    const activity = { type: 'message', text: body.text, id: `${id}|${crypto.randomBytes(6).toString('base64url')}`, from: { id: userId, role: 'user' }, timestamp: new Date().toISOString() };
    conversation.activities.push(activity);
    await adapter.run(activity, id);
    return { id: activity.id };
  }));
  server.get(`${base}/conversations/:id/activities`, handle(async (req) => {
    const { conversation } = conversationOf(req);
    const from = Number((req.query as { watermark?: string }).watermark ?? 0);
    return { activities: conversation.activities.slice(from), watermark: String(conversation.activities.length) };
  }));
}

const server = restify.createServer({ name: 'bench-echo', handleUncaughtExceptions: false });
server.server.keepAliveTimeout = 65_000;
server.use(restify.plugins.queryParser({ mapParams: false }));
server.use(jsonBodyParser({ maxBytes: 256 * 1024 }));
routes(server);
server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', () => {
  console.log(`bench server running: open http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
});
process.once('SIGTERM', () => process.exit(0));
