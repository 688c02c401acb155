// Builds the whole application from a config: database, state, bot, channels, server.
// src/index.ts starts it; tests start it on a free port with their own database.
import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { ActivityHandler } from 'botbuilder';
import type { Config } from './config';
import { createDb, providerOf, truncateWal } from './db/client';
import { migrate } from './db/migrate';
import { applyRetention } from './db/retention';
import { InboundSeenStore } from './db/inboundSeen';
import { DirectLineStore } from './db/directLineStore';
import { createRateLimits } from './db/rateLimits';
import { createConversationLock } from './db/conversationLock';
import { UnansweredMessages } from './db/unansweredMessages';
import { checkPoolBudget } from './db/poolBudget';
import { secretFor } from './db/settings';
import { createLogger, type Logger } from './logger';
import { createCloudAdapter, turnErrorHandler } from './bot/cloudAdapter';
import { sharedCatalogue } from './bot/content';
import { createBot } from './bot/createBot';
import { createServer } from './bot/server';
import { setupHandoff } from './bot/handoffSetup';
import { StreamHub } from './channels/directline/hub';
import { DirectLineService } from './channels/directline/service';
import { createStreamUpgrade } from './channels/directline/stream';
import { TokenService } from './channels/directline/tokens';
import { SeekerCookies, retentionSeconds } from './channels/directline/seekerCookie';
import { HANDOFF_EVENTS_TOPIC } from './advisor/events';
import { ChannelRenderMiddleware } from './channels/renderers';
import { EscalationNotifier } from './channels/teams/escalationNotifier';
import { TeamsInboundMiddleware } from './channels/teams/inbound';
import { WhatsAppChannel } from './channels/whatsapp/channel';
import { typingIndicator } from './bot/typing';
import { conversationLocale } from './dialogs/turn';
import type { HandoffService, QueueWatch } from './handoff';

export interface App {
  url: string;
  port: number;
  logger: Logger;
  db: ReturnType<typeof createDb>;
  /** The handoff rules and the waiting seekers' updates (tests drive queueWatch.tick()). */
  handoffs: HandoffService;
  queueWatch: QueueWatch;
  close(): Promise<void>;
}

export interface StartOptions {
  /** Replaces Werkloket's bot, e.g. with a bare echo bot as a benchmark baseline on the same stack. */
  bot?: ActivityHandler;
  /** The handoff rules' clock (office hours, waits, updates); tests move it. */
  now?: () => Date;
  /** How often waiting seekers are checked for queue updates and closing time; 0: never. Default 30 s. */
  queueIntervalMs?: number;
  /** The overview PDF without deflated streams (tests read its text). */
  compressPdf?: boolean;
}

export async function startApp(config: Config, logger: Logger = createLogger(config.logLevel), options: StartOptions = {}): Promise<App> {
  const provider = providerOf(config.databaseUrl);
  const applied = await migrate(config.databaseSessionUrl);
  if (applied.length) logger.info({ applied }, 'database migrated');
  const db = createDb(config.databaseUrl, config.databasePoolSize);
  // Several processes or instances (PostgreSQL): one turn at a time per conversation among them all.
  const lock = createConversationLock(config.databaseSessionUrl, config.databasePoolSize);
  if (provider === 'postgresql') {
    const behindPooler = config.databaseSessionUrl !== config.databaseUrl;
    await checkPoolBudget({ sessionUrl: config.databaseSessionUrl, poolSize: config.databasePoolSize, processes: config.webConcurrency, behindPooler }, logger);
  }
  const secret = await secretFor(db, 'directline.secret', config.directLine.secret);
  // Counter keys (addresses, conversation ids) are hashed with a key of their own, derived from the
  // Direct Line secret: like it, it never sits only in the database in production.
  const rateLimits = createRateLimits(config.databaseUrl, Buffer.from(crypto.hkdfSync('sha256', secret, '', 'werkloket/rate-limit-keys/v1', 32)).toString('base64url'));
  // Retention: at start-up, then every 6 hours (each instance; the deletes are idempotent).
  const retain = () =>
    applyRetention(db, config.retention)
      .then(async (deleted) => {
        await truncateWal(db); // SQLite: what retention deleted leaves the -wal file too
        logger.info({ deleted }, 'retention applied');
      })
      .catch((error: unknown) => logger.warn({ err: error }, 'retention failed; tried again later'));
  await retain();
  const retention = setInterval(() => void retain(), 6 * 3_600_000);
  retention.unref();

  // Human handoff and the advisor console; the adapters are bound late (they are built below).
  const handoff = await setupHandoff({
    config,
    db,
    logger,
    rateLimits,
    maskText: (text) => maskText(text),
    onResume: (context) => parts.bot.reprompt(context),
    confirmingErase: (context) => parts.bot.confirmingErase(context),
    directLine: () => directLine.adapter,
    cloud: () => cloudAdapter,
    channels: { whatsapp: () => whatsApp?.adapter },
    now: options.now,
    queueIntervalMs: options.queueIntervalMs,
  });
  const catalogue = await sharedCatalogue(config.dataDir);
  const { loadMs, heapMb, occupations, qualifications, instruments } = catalogue.stats;
  logger.info({ dataDir: config.dataDir, loadMs, heapMb, occupations, qualifications, instruments }, 'matching catalogue loaded and indexed');
  // Links in the chat point at PUBLIC_URL, else at the address this server listens on (set below).
  let baseUrl = config.publicUrl ?? 'http://localhost';
  const parts = await createBot(db, catalogue, {
    handoff: handoff.starter,
    seekerKey: config.seekerKey,
    overview: { baseUrl: () => baseUrl, organisation: config.organisation, now: options.now, compressPdf: options.compressPdf },
    beforeErase: async (conversationIds) => void (await handoff.handoffs.seekerGone(conversationIds, 'erased')),
  });
  const { transcript, maskText } = parts;
  const bot = options.bot ?? parts.bot;
  const cloudAdapter = createCloudAdapter(config, logger);
  // Teams mentions and card inputs read as plain text before anything else sees the message.
  cloudAdapter.use(typingIndicator());
  cloudAdapter.use(parts.bot.localeMiddleware);
  cloudAdapter.use(new TeamsInboundMiddleware());
  cloudAdapter.use(transcript);
  cloudAdapter.use(handoff.middleware);
  // Teams cards (and any other channel's form), after the transcript stored the neutral message.
  cloudAdapter.use(new ChannelRenderMiddleware());

  const hub = new StreamHub();
  handoff.shareHub(hub);
  const onTurnError = turnErrorHandler(logger);
  const directLine = new DirectLineService({
    store: new DirectLineStore(db),
    tokens: new TokenService(secret, config.directLine.tokenTtlSeconds, config.directLine.tokenMaxLifetimeSeconds),
    seekers: new SeekerCookies(secret, retentionSeconds(config.retention.months)),
    hub,
    runTurn: (context) => bot.run(context),
    maskText,
    onTurnError: (error, conversationId) => logger.error({ err: error, conversationId }, 'direct line turn failed'),
    lock,
    unanswered: new UnansweredMessages(db),
  });
  directLine.adapter.use(typingIndicator());
  directLine.adapter.use(parts.bot.localeMiddleware);
  directLine.adapter.use(transcript);
  directLine.adapter.use(handoff.middleware);
  // Proposals as Adaptive Cards on the website, after the transcript stored the neutral message.
  directLine.adapter.use(new ChannelRenderMiddleware());
  directLine.adapter.onTurnError = onTurnError;
  // "Gesprek afsluiten": a waiting or held handoff closes too, so no advisor writes into a closed chat.
  directLine.onEnded((conversationId) => {
    handoff.handoffs.seekerGone([conversationId], 'ended').catch((error: unknown) => logger.warn({ err: error, conversationId }, 'handoff not closed after the chat ended'));
  });

  // WhatsApp Cloud API (when configured): same middleware and bot, its own adapter and webhook.
  const whatsApp = config.whatsApp
    ? new WhatsAppChannel({
        config: config.whatsApp,
        secret: await secretFor(db, 'whatsapp.key', config.whatsApp.key),
        logger,
        ledger: new InboundSeenStore(db),
        runTurn: (context) => bot.run(context),
        localeOf: (context) => conversationLocale(context),
        documents: (url) => parts.overview.document(url),
        lock,
      })
    : undefined;
  if (whatsApp) {
    whatsApp.adapter.use(typingIndicator());
    whatsApp.adapter.use(parts.bot.localeMiddleware);
    whatsApp.adapter.use(transcript);
    whatsApp.adapter.use(handoff.middleware);
    whatsApp.adapter.onTurnError = onTurnError;
  }

  // Advisors in a Teams channel hear about new waiting chats (when configured).
  const escalation = config.teamsEscalation;
  const teamsNotifier =
    escalation && config.publicUrl
      ? new EscalationNotifier({
          target: escalation,
          botId: config.microsoftApp.id,
          consoleUrl: `${config.publicUrl}/advisor`,
          logger,
          send: (reference, activity) =>
            cloudAdapter.continueConversationAsync(config.microsoftApp.id ?? '', reference, async (context) => {
              // A new post in the channel, not a reply to the synthetic continuation activity.
              context.onSendActivities(async (_ctx, activities, next) => {
                for (const a of activities) delete a.replyToId;
                return next();
              });
              await context.sendActivity(activity);
            }),
          claim: (id, text) => parts.transcripts.append({ conversationId: escalation.conversationId, channel: 'msteams', activityId: id, direction: 'out', sender: 'system', type: 'message', text }),
          handoff: (id) => handoff.handoffs.detail(id).catch(() => undefined),
        })
      : undefined;
  const unsubscribeNotifier = teamsNotifier ? handoff.bus.subscribe(HANDOFF_EVENTS_TOPIC, (event) => teamsNotifier.onEvent(event)) : undefined;

  const server = createServer({
    db,
    logger,
    bot,
    cloudAdapter,
    directLine,
    provider,
    limits: config.directLine,
    rateLimits,
    trustedProxies: config.trustedProxies,
    apiMessages: { emulatorMode: config.emulatorMode, limits: config.apiMessages },
    publicUrl: config.publicUrl,
    organisation: config.organisation,
    retention: config.retention,
    advisor: handoff.advisor,
    whatsApp,
    events: handoff.bus,
    overview: parts.overview,
  });
  const stream = createStreamUpgrade(directLine, hub, {
    trustedProxies: config.trustedProxies,
    perConversation: config.directLine.streamsPerConversation,
    perAddress: config.directLine.streamsPerAddress,
  });
  stream.attachTo(server.server);

  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = config.publicUrl ?? `http://${host}:${port}`;
  baseUrl = url;

  return {
    url,
    port,
    logger,
    db,
    handoffs: handoff.handoffs,
    queueWatch: handoff.queueWatch,
    async close() {
      clearInterval(retention);
      stream.close();
      unsubscribeNotifier?.();
      await teamsNotifier?.idle();
      await handoff.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rateLimits.close();
      await lock.close();
      await db.$disconnect();
    },
  };
}
