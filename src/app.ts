// Builds the whole application from a config: database, state, bot, channels, server.
// src/index.ts starts it; tests start it on a free port with their own database.
// Each step is a named composition function in src/bot/compose*.ts; the turn pipeline every
// channel shares is src/bot/pipeline.ts.
import type { ActivityHandler } from 'botbuilder';
import type { Config } from './config';
import type { Db } from './db/client';
import { createLogger, type Logger } from './logger';
import { composeBot } from './bot/composeBot';
import { composeChannels } from './bot/composeChannels';
import { openStorage } from './bot/composeDatabase';
import { teamsEscalation } from './bot/composeEscalation';
import { boundLater, setupHandoff, type LateParts } from './bot/composeHandoff';
import { serve } from './bot/composeServer';
import { composeRegions } from './bot/composeRegions';
import { startFollowUpScheduler } from './bot/composeFollowUpScheduler';
import type { FollowUpScheduler } from './followup/scheduler';
import type { HandoffService, QueueWatch } from './handoff';

export interface App {
  url: string;
  port: number;
  logger: Logger;
  db: Db;
  /** The handoff rules and the waiting seekers' updates (tests drive queueWatch.tick()). */
  handoffs: HandoffService;
  queueWatch: QueueWatch;
  /** Sends due follow-ups on WhatsApp and Teams (tests drive followUps.tick()). */
  followUps: FollowUpScheduler;
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
  // The regions first: a WERKLOKET_REGION that names none stops start-up before anything opens.
  const regions = await composeRegions(config, logger);
  const storage = await openStorage(config, logger);
  const { db, rateLimits } = storage;
  // Human handoff and the advisor console come first (the bot needs the handoff starter); the bot
  // and the adapters they use are built below and reach them through `late`.
  const late: LateParts = {};
  const handoff = await setupHandoff({ config, db, logger, rateLimits, ...boundLater(late), now: options.now, queueIntervalMs: options.queueIntervalMs, regions });
  // Links in the chat point at PUBLIC_URL, else at the address this server listens on (set below).
  const site = { baseUrl: config.publicUrl ?? 'http://localhost' };
  const parts = (late.parts = await composeBot(config, db, logger, handoff, { baseUrl: () => site.baseUrl, now: options.now, compressPdf: options.compressPdf, regions }));
  const bot = options.bot ?? parts.bot;
  const channels = (late.channels = await composeChannels({ config, logger, storage, parts, bot, handoff }));
  const followUps = startFollowUpScheduler({ config, db, logger, channels, now: options.now });
  const escalation = teamsEscalation({ config, logger, cloudAdapter: channels.cloudAdapter, transcripts: parts.transcripts, handoff });
  const served = await serve({ config, logger, storage, bot, parts, channels, handoff, regions });
  site.baseUrl = served.url;

  return {
    url: served.url,
    port: served.port,
    logger,
    db,
    handoffs: handoff.handoffs,
    queueWatch: handoff.queueWatch,
    followUps,
    async close() {
      storage.stopRetention();
      await followUps.stop();
      served.closeStreams();
      await escalation?.close();
      await handoff.close();
      await served.closeServer();
      await rateLimits.close();
      await storage.lock.close();
      await db.$disconnect();
    },
  };
}
