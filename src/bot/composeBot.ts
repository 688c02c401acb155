// Werkloket's bot for the app: the matching catalogue (loaded and indexed once) and the bot with its
// dialogs, state, transcript and overview, wired to the handoff. Part of src/app.ts's composition.
import type { Config } from '../config';
import type { Db } from '../db/client';
import type { Logger } from '../logger';
import type { HandoffParts } from './composeHandoff';
import { PrismaFollowUpStore } from '../db/followUpStore';
import { sharedCatalogue } from './content';
import { createBot, type BotParts } from './createBot';
import type { RegionChoice } from '../regionChoice';

export interface BotOptions {
  /** The regions this installation serves (src/bot/composeRegions.ts). */
  regions?: RegionChoice;
  /** This server's address as seekers reach it (for the overview's links); known once it listens. */
  baseUrl: () => string;
  now?: () => Date;
  compressPdf?: boolean;
}

export async function composeBot(config: Config, db: Db, logger: Logger, handoff: HandoffParts, o: BotOptions): Promise<BotParts> {
  const catalogue = await sharedCatalogue(config.dataDir, config.regions.dir);
  const { loadMs, heapMb, occupations, qualifications, instruments } = catalogue.stats;
  logger.info({ dataDir: config.dataDir, loadMs, heapMb, occupations, qualifications, instruments }, 'matching catalogue loaded and indexed');
  return createBot(db, catalogue, {
    handoff: handoff.starter,
    seekerKey: config.seekerKey,
    regions: o.regions,
    // Seekers without a postcode: the installation's own region, when one is configured.
    ...(config.regions.fallbackId ? { regionId: config.regions.fallbackId } : {}),
    overview: { baseUrl: o.baseUrl, organisation: config.organisation, now: o.now, compressPdf: o.compressPdf },
    beforeErase: async (conversationIds) => void (await handoff.handoffs.seekerGone(conversationIds, 'erased')),
    followUps: new PrismaFollowUpStore(db),
  });
}
