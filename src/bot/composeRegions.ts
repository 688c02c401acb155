// The regions this installation serves, for src/app.ts's composition: read with the catalogue
// (WERKLOKET_REGIONS_DIR), WERKLOKET_REGION checked against them (a typo stops start-up), and what
// the website, the bot and the console take from them.
import type { Config, Organisation } from '../config';
import type { Logger } from '../logger';
import type { RegionGate } from '../handoff';
import { checkRegionSetting, mayServe, RegionChoice } from '../regionChoice';
import { sharedCatalogue } from './content';
import type { SiteOrganisations } from './webPage';

export async function composeRegions(config: Config, logger: Logger): Promise<RegionChoice> {
  const { dir, fallbackId } = config.regions;
  const { directory } = await sharedCatalogue(config.dataDir, dir);
  checkRegionSetting(directory, fallbackId, dir);
  logger.info({ regionsDir: dir, regions: directory.regions.map((r) => r.id), fallback: fallbackId }, 'regions loaded');
  return new RegionChoice(directory, fallbackId);
}

/** A region's website (its host names), else WERKLOKET_REGION's region, names that organisation; else ORGANISATION_NAME. */
export function siteOrganisations(regions: RegionChoice, organisation: Organisation): SiteOrganisations {
  const variants = new Map(regions.regions.filter((r) => r.hosts.length > 0 || r.id === regions.fallbackId).map((r) => [r.id, { ...organisation, name: r.organisationName }] as const));
  return { variants, keyOf: (host) => regions.ofHost(host)?.id ?? regions.get(regions.fallbackId)?.id };
}

/** The console: an advisor of a region's team sees that region's chats (and those of no known region). */
export function regionGate(regions: RegionChoice): RegionGate {
  return (handoff, reader) => mayServe(regions, handoff.regionId, reader);
}
