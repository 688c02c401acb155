// Builds the whole application from a config: database, state, bot, channels, server.
// src/index.ts starts it; tests start it on a free port with their own database.
import { ConversationState, UserState } from 'botbuilder';
import type { AddressInfo } from 'node:net';
import type { Config } from './config';
import { createDb, providerOf } from './db/client';
import { migrate } from './db/migrate';
import { DirectLineStore } from './db/directLineStore';
import { getOrCreateSetting, randomSecret } from './db/settings';
import { PrismaStateStore } from './db/stateStore';
import { TranscriptStore } from './db/transcriptStore';
import { createLogger, type Logger } from './logger';
import { createCloudAdapter, turnErrorHandler } from './bot/cloudAdapter';
import { createServer } from './bot/server';
import { TranscriptMiddleware } from './bot/transcriptMiddleware';
import { WerkloketBot } from './bot/werkloketBot';
import { StreamHub } from './channels/directline/hub';
import { DirectLineService } from './channels/directline/service';
import { createStreamUpgrade } from './channels/directline/stream';
import { TokenService } from './channels/directline/tokens';
import { MainDialog } from './dialogs/mainDialog';
import { maskPii } from './language';

export interface App {
  url: string;
  port: number;
  logger: Logger;
  db: ReturnType<typeof createDb>;
  close(): Promise<void>;
}

export async function startApp(config: Config, logger: Logger = createLogger(config.logLevel)): Promise<App> {
  const provider = providerOf(config.databaseUrl);
  const applied = await migrate(config.databaseUrl);
  if (applied.length) logger.info({ applied }, 'database migrated');
  const db = createDb(config.databaseUrl);

  const storage = new PrismaStateStore(db);
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const bot = new WerkloketBot(conversationState, userState, new MainDialog());

  const maskText = (text: string) => maskPii(text).text;
  const transcript = new TranscriptMiddleware(new TranscriptStore(db), maskText);
  const cloudAdapter = createCloudAdapter(config, logger);
  cloudAdapter.use(transcript);

  const secret = config.directLine.secret ?? (await getOrCreateSetting(db, 'directline.secret', randomSecret));
  const hub = new StreamHub();
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
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.$disconnect();
    },
  };
}
