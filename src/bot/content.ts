// What the bot reads at start-up: the matching catalogue (reference data), the knowledge base
// (content/knowledge) and the employer options (content/employer-options.json). Read and validated
// once per process and directory (tests build many bots and apps); a broken file fails start-up
// with the file and entry named.
import path from 'node:path';
import { KnowledgeBase } from '../knowledge';
import { loadCatalogue, loadEmployerOptions, type Catalogue, type EmployerCatalogue } from '../matching';
import { regionsDirOf } from '../matching/rawData';
import { loadRegionDirectory } from '../region';

const catalogues = new Map<string, Promise<Catalogue>>();

let knowledge: Promise<KnowledgeBase> | undefined;
const employerOptions = new Map<string, Promise<EmployerCatalogue>>();

/**
 * The matching catalogue of `dataDir` with the regions of `regionsDir` (WERKLOKET_REGIONS_DIR):
 * read-only, so one per process and pair. Another regions folder (tests with two regions) shares
 * the reference data of the default one and reads only its own regions.
 */
export function sharedCatalogue(dataDir: string, regionsDir?: string): Promise<Catalogue> {
  const own = regionsDir === undefined || path.resolve(regionsDir) === path.resolve(regionsDirOf()) ? undefined : path.resolve(regionsDir);
  const key = own === undefined ? dataDir : `${dataDir}\0${own}`;
  let loading = catalogues.get(key);
  if (!loading) catalogues.set(key, (loading = own === undefined ? loadCatalogue(dataDir) : withRegions(sharedCatalogue(dataDir), own)));
  return loading;
}

/** What a regions folder adds to the catalogue; the rest (reference data, content) is shared. */
async function withRegions(base: Promise<Catalogue>, regionsDir: string): Promise<Catalogue> {
  const [catalogue, directory] = await Promise.all([base, loadRegionDirectory(regionsDir)]);
  return { ...catalogue, directory, stats: { ...catalogue.stats, regions: directory.regions.length } };
}

export function sharedKnowledgeBase(): Promise<KnowledgeBase> {
  knowledge ??= KnowledgeBase.load();
  return knowledge;
}

/** The employer options, checked against the fact sheet in `dataDir`. */
export function sharedEmployerOptions(dataDir: string): Promise<EmployerCatalogue> {
  let loading = employerOptions.get(dataDir);
  if (!loading) employerOptions.set(dataDir, (loading = loadEmployerOptions(dataDir)));
  return loading;
}
