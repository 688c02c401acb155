// Builds the whole application from a config: database, state, bot, channels, server.
// src/index.ts starts it; tests start it on a free port with their own database.
import type { AddressInfo } from 'node:net';
import type { ActivityHandler } from 'botbuilder';
import type { Config } from './config';
import { createDb, providerOf } from './db/client';
import { migrate } from './db/migrate';
import { DirectLineStore } from './db/directLineStore';
import { getOrCreateSetting, randomSecret } from './db/settings';
import { createLogger, type Logger } from './logger';
import { createCloudAdapter, turnErrorHandler } from './bot/cloudAdapter';
import { createBot } from './bot/createBot';
import { createServer } from './bot/server';
import { setupHandoff } from './bot/handoffSetup';
import { StreamHub } from './channels/directline/hub';
import { DirectLineService } from './channels/directline/service';
import { createStreamUpgrade } from './channels/directline/stream';
import { TokenService } from './channels/directline/tokens';
import { loadCatalogue, type Catalogue } from './matching';

export interface App {
  url: string;
  port: number;
  logger: Logger;
  db: ReturnType<typeof createDb>;
  close(): Promise<void>;
}

/** The catalogue is read-only: load it once per process and directory (tests start many apps). */
const catalogues = new Map<string, Promise<Catalogue>>();
function catalogueFor(dataDir: string): Promise<Catalogue> {
  let loading = catalogues.get(dataDir);
  if (!loading) catalogues.set(dataDir, (loading = loadCatalogue(dataDir)));
  return loading;
}

export interface StartOptions {
  /** Replaces Werkloket's bot, e.g. with a bare echo bot as a benchmark baseline on the same stack. */
  bot?: ActivityHandler;
}

export async function startApp(config: Config, logger: Logger = createLogger(config.logLevel), options: StartOptions = {}): Promise<App> {
  const provider = providerOf(config.databaseUrl);
  const applied = await migrate(config.databaseUrl);
  if (applied.length) logger.info({ applied }, 'database migrated');
  const db = createDb(config.databaseUrl, config.databasePoolSize);

  // Human handoff and the advisor console; the adapters are bound late (they are built below).
  const handoff = await setupHandoff({ config, db, logger, maskText: (text) => maskText(text), directLine: () => directLine.adapter, cloud: () => cloudAdapter });
  const parts = await createBot(db, await catalogueFor(config.dataDir), { handoff: handoff.starter });
  const { transcript, maskText } = parts;
  const bot = options.bot ?? parts.bot;
  const cloudAdapter = createCloudAdapter(config, logger);
  cloudAdapter.use(transcript);
  cloudAdapter.use(handoff.middleware);

  const secret = config.directLine.secret ?? (await getOrCreateSetting(db, 'directline.secret', randomSecret));
  const hub = new StreamHub();
  handoff.shareHub(hub);
  const onTurnError = turnErrorHandler(logger);
  const directLine = new DirectLineService({
    store: new DirectLineStore(db),
    tokens: new TokenService(secret, config.directLine.tokenTtlSeconds),
    hub,
    runTurn: (context) => bot.run(context),
    maskText,
    onTurnError: (error, conversationId) => logger.error({ err: error, conversationId }, 'direct line turn failed'),
  });
  directLine.adapter.use(transcript);
  directLine.adapter.use(handoff.middleware);
  directLine.adapter.onTurnError = onTurnError;

  const server = createServer({
    db,
    logger,
    bot,
    cloudAdapter,
    directLine,
    provider,
    tokensPerMinute: config.directLine.tokensPerMinute,
    publicUrl: config.publicUrl,
    advisor: handoff.advisor,
  });
  const stream = createStreamUpgrade(directLine, hub);
  stream.attachTo(server.server);

  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = config.publicUrl ?? `http://${host}:${port}`;

  return {
    url,
    port,
    logger,
    db,
    async close() {
      stream.close();
      await handoff.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.$disconnect();
    },
  };
}
