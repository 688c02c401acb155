// The HTTP side of the app: restify with every route, the Direct Line WebSocket streams, and the
// listening address. Part of src/app.ts's composition.
import type { AddressInfo } from 'node:net';
import type { ActivityHandler } from 'botbuilder';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { createStreamUpgrade } from '../channels/directline/stream';
import type { Channels } from './composeChannels';
import type { Storage } from './composeDatabase';
import type { HandoffParts } from './composeHandoff';
import type { BotParts } from './createBot';
import { createServer } from './server';
import { siteOrganisations } from './composeRegions';
import type { RegionChoice } from '../regionChoice';

export interface Served {
  /** PUBLIC_URL, else the address this server listens on. */
  url: string;
  port: number;
  /** Closes the streams first (they hold connections), then the server once its requests are done. */
  closeStreams(): void;
  closeServer(): Promise<void>;
}

export async function serve(d: { config: Config; logger: Logger; storage: Storage; bot: ActivityHandler; parts: BotParts; channels: Channels; handoff: HandoffParts; regions?: RegionChoice }): Promise<Served> {
  const { config, storage, channels } = d;
  const server = createServer({
    db: storage.db,
    logger: d.logger,
    bot: d.bot,
    cloudAdapter: channels.cloudAdapter,
    directLine: channels.directLine,
    provider: storage.provider,
    limits: config.directLine,
    rateLimits: storage.rateLimits,
    trustedProxies: config.trustedProxies,
    apiMessages: { emulatorMode: config.emulatorMode, limits: config.apiMessages },
    publicUrl: config.publicUrl,
    organisation: config.organisation,
    sites: d.regions && siteOrganisations(d.regions, config.organisation),
    retention: config.retention,
    advisor: d.handoff.advisor,
    whatsApp: channels.whatsApp,
    events: d.handoff.bus,
    overview: d.parts.overview,
  });
  const stream = createStreamUpgrade(channels.directLine, channels.hub, {
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
  return {
    url: config.publicUrl ?? `http://${host}:${port}`,
    port,
    closeStreams: () => stream.close(),
    closeServer: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
