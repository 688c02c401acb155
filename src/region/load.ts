// Reads and checks content/regions/<id>/ (region.json, postcodes.csv, providers.json). Everything
// a seeker could be sent to wrongly is checked here, at start-up, with the file (and csv line).
// schemes.json in a region folder belongs to the regional budget (src/budget) and is not read here.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { parseCsv } from '../matching/csvFile';
import { DataFileError } from '../matching/dataError';
import { readJsonFile } from '../matching/jsonFile';
import { RegionDirectory, type Region } from './directory';
import { PostcodeRowSchema, ProvidersFileSchema, REQUIRED_GEMEENTE_KINDS, REQUIRED_REGION_KINDS, RegionFileSchema, type Provider, type RegionFile } from './schema';

/** The repository's regions: content/regions. */
export const REGIONS_DIR = path.resolve(__dirname, '..', '..', 'content', 'regions');

export const REGION_FILES = { region: 'region.json', postcodes: 'postcodes.csv', providers: 'providers.json' } as const;

const POSTCODES_HEADER = 'pc4,gemeente';

async function readJson<S extends z.ZodType>(file: string, schema: S): Promise<z.infer<S>> {
  const parsed = schema.safeParse(await readJsonFile(file));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    throw new DataFileError(file, undefined, `${at}${issue.message}`);
  }
  return parsed.data;
}

/** Where each pc4 was seen (across all regions): for "already in region x, line n". */
type Seen = Map<string, { file: string; line: number; regionId: string }>;

async function readPostcodes(file: string, region: RegionFile, seen: Seen): Promise<Map<string, string>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new DataFileError(file, undefined, `cannot read file (${(err as Error).message})`);
  }
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0].trim();
  if (header !== POSTCODES_HEADER) throw new DataFileError(file, 1, `the header must be "${POSTCODES_HEADER}" (got "${header}")`);
  const known = new Set(region.gemeenten.map((g) => g.id));
  const postcodes = new Map<string, string>();
  for (const { line, value } of parseCsv(file, text, PostcodeRowSchema)) {
    const earlier = seen.get(value.pc4);
    if (earlier?.regionId === region.id) throw new DataFileError(file, line, `pc4 ${value.pc4} appears twice (also on line ${earlier.line})`);
    if (earlier) throw new DataFileError(file, line, `pc4 ${value.pc4} is already in region ${earlier.regionId} (${earlier.file}:${earlier.line})`);
    if (!known.has(value.gemeente)) throw new DataFileError(file, line, `unknown gemeente "${value.gemeente}" (region.json has: ${[...known].join(', ')})`);
    seen.set(value.pc4, { file, line, regionId: region.id });
    postcodes.set(value.pc4, value.gemeente);
  }
  const covered = new Set(postcodes.values());
  for (const g of region.gemeenten) {
    if (!covered.has(g.id)) throw new DataFileError(file, undefined, `gemeente "${g.id}" (${g.name}) has no postcode area in this file`);
  }
  return postcodes;
}

function checkProviders(file: string, region: RegionFile, providers: readonly Provider[]): void {
  const known = new Set(region.gemeenten.map((g) => g.id));
  const ids = new Set<string>();
  for (const [i, p] of providers.entries()) {
    if (ids.has(p.id)) throw new DataFileError(file, undefined, `providers[${i}]: id "${p.id}" is used twice`);
    ids.add(p.id);
    const unknown = p.gemeenten?.find((g) => !known.has(g));
    if (unknown) throw new DataFileError(file, undefined, `providers[${i}] (${p.id}): unknown gemeente "${unknown}" (region.json has: ${[...known].join(', ')})`);
  }
  for (const kind of REQUIRED_REGION_KINDS) {
    if (!providers.some((p) => p.kind === kind)) throw new DataFileError(file, undefined, `the region has no provider of kind "${kind}"`);
  }
  for (const kind of REQUIRED_GEMEENTE_KINDS) {
    for (const g of region.gemeenten) {
      const serves = providers.some((p) => p.kind === kind && (p.gemeenten === undefined || p.gemeenten.includes(g.id)));
      if (!serves) throw new DataFileError(file, undefined, `no provider of kind "${kind}" serves gemeente "${g.id}" (${g.name})`);
    }
  }
}

function checkRegionFile(file: string, folder: string, region: RegionFile, hosts: Map<string, string>): void {
  if (region.id !== folder) throw new DataFileError(file, undefined, `id "${region.id}" must be the folder name "${folder}"`);
  const gemeenten = new Set<string>();
  for (const g of region.gemeenten) {
    if (gemeenten.has(g.id)) throw new DataFileError(file, undefined, `gemeente "${g.id}" is listed twice`);
    gemeenten.add(g.id);
  }
  for (const host of region.hosts) {
    const other = hosts.get(host);
    if (other !== undefined) throw new DataFileError(file, undefined, `host "${host}" is already used by region ${other}`);
    hosts.set(host, region.id);
  }
}

async function loadRegion(dir: string, folder: string, seen: Seen, hosts: Map<string, string>): Promise<Region> {
  const at = (name: string) => path.join(dir, folder, name);
  const region = await readJson(at(REGION_FILES.region), RegionFileSchema);
  checkRegionFile(at(REGION_FILES.region), folder, region, hosts);
  const postcodes = await readPostcodes(at(REGION_FILES.postcodes), region, seen);
  const { providers } = await readJson(at(REGION_FILES.providers), ProvidersFileSchema);
  checkProviders(at(REGION_FILES.providers), region, providers);
  return { ...region, providers, postcodes };
}

/** The region folders of `dir` (sorted, so "already in region x" is stable); none when dir is missing. */
async function regionFolders(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name).sort();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new DataFileError(dir, undefined, `cannot read the regions folder (${(err as Error).message})`);
  }
}

/** Loads every region of `dir` (one folder each). Throws DataFileError on the first problem. */
export async function loadRegionDirectory(dir: string = REGIONS_DIR): Promise<RegionDirectory> {
  const seen: Seen = new Map();
  const hosts = new Map<string, string>();
  const regions: Region[] = [];
  // One after the other: the cross-region checks (pc4, hosts) need a fixed order.
  for (const folder of await regionFolders(dir)) regions.push(await loadRegion(dir, folder, seen, hosts));
  return new RegionDirectory(regions);
}
