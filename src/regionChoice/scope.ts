// Whose chats an advisor sees in the console. A region names its advisors' team (region.json
// consoleTeam): an advisor of that team works that region's queue, plus the chats of seekers
// whose region is not known (nobody else would see those). Administrators, advisors without a
// team and advisors whose team is no region's console team see every region.
import type { RegionChoice } from './choice';

export interface RegionReader {
  role: string;
  team: string | null;
}

/** Team names as typed in the admin screen: case and surrounding spaces do not matter. */
const sameTeam = (a: string, b: string): boolean => a.trim().toLocaleLowerCase('nl') === b.trim().toLocaleLowerCase('nl');

/** The ids of the regions whose console team `reader` is in; undefined: every region. */
export function regionsOfReader(regions: RegionChoice, reader: RegionReader): ReadonlySet<string> | undefined {
  if (reader.role === 'admin' || !reader.team) return undefined;
  const team = reader.team;
  const ids = regions.regions.filter((r) => sameTeam(r.consoleTeam, team)).map((r) => r.id);
  return ids.length ? new Set(ids) : undefined;
}

/** Whether `reader` may see and take a chat of a seeker in `regionId` (null: region unknown). */
export function mayServe(regions: RegionChoice, regionId: string | null | undefined, reader: RegionReader): boolean {
  if (!regionId) return true;
  const mine = regionsOfReader(regions, reader);
  return mine === undefined || mine.has(regionId);
}
