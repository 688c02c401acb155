// WERKLOKET_REGION must name a configured region: checked once the regions are read, so a typo
// stops start-up with the variable and the known ids named instead of silently serving no region.
import { ConfigError } from '../config';
import type { RegionDirectory } from '../region/directory';

export function checkRegionSetting(directory: RegionDirectory, fallbackId: string | undefined, dir: string): void {
  if (fallbackId === undefined || directory.get(fallbackId)) return;
  const known = directory.regions.map((r) => r.id);
  const expected = known.length ? `one of the regions in ${dir}: ${known.join(', ')}` : `a region, but ${dir} has none (set WERKLOKET_REGIONS_DIR)`;
  throw new ConfigError([`WERKLOKET_REGION=${JSON.stringify(fallbackId)}: expected ${expected}`]);
}
