// Reads and validates every reference file the matching module uses. No indexing here:
// buildCatalogue turns these rows into the indexed Catalogue (and the bench can double them).
import { access, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { readCsv } from './csvFile';
import {
  CrosswalkRowSchema,
  IscoGroupRowSchema,
  MboRowSchema,
  OccupationRowSchema,
  RelationRowSchema,
  PostcodeRegionRowSchema,
  ShortageRowSchema,
  SkillCollectionRowSchema,
  WageRowSchema,
} from './dataSchemas';
import { checkOfficialSources, type Instrument, loadInstruments } from './instruments';
import { loadOfficialDomains, type OfficialDomains } from './sources';
import { loadWhoToAsk, type WhoToAskTable } from './whoToAsk';
import { readSchoolingLinks, type SchoolingLinkFile } from './schoolingLinks';
import { readRegulatedProfessions, type RegulatedFile } from './regulatedData';
import { loadRegionDirectory, REGIONS_DIR, type RegionDirectory } from '../region';

export const DATA_FILES = {
  occupations: 'esco_nl_v1.2/occupations_nl.csv',
  iscoGroups: 'esco_nl_v1.2/ISCOGroups_nl.csv',
  relations: 'esco_en_v1.2.0_relations/occupation_skill_relations_en.csv',
  skillCollectionsDir: 'esco_nl_v1.1_collections',
  crosswalk: 'cbs/isco_brc_crosswalk.csv',
  wages: 'cbs/brc_wage_quartiles.csv',
  mbo: 'mbo/mbo_kwalificaties_2015.csv',
  factSheet: 'regelingen_nl.json',
  /** Optional: not shipped anywhere yet (see docs/matching.md). Looked for in dataDir, then contentDir. */
  shortage: 'shortage.csv',
  /** Optional: postcode area → labour-market region (e.g. from CBS "Gebieden in Nederland"). */
  postcodeRegions: 'cbs/pc4_arbeidsmarktregio.csv',
} as const;

/** Project-authored data (content/ in the repository). */
export const DEFAULT_CONTENT_DIR = path.resolve(__dirname, '..', '..', 'content');

type Rows<S extends z.ZodType> = Array<{ line: number; value: z.infer<S> }>;

export interface RawCatalogueData {
  dataDir: string;
  occupations: Rows<typeof OccupationRowSchema>;
  iscoGroups: Rows<typeof IscoGroupRowSchema>;
  relations: Rows<typeof RelationRowSchema>;
  skillCollections: Rows<typeof SkillCollectionRowSchema>;
  crosswalk: Rows<typeof CrosswalkRowSchema>;
  wages: Rows<typeof WageRowSchema>;
  mbo: Rows<typeof MboRowSchema>;
  instruments: Instrument[];
  whoToAsk: WhoToAskTable;
  officialDomains: OfficialDomains;
  schoolingLinks: { file: string; value: SchoolingLinkFile };
  /** content/regulated-professions.json (from DEFAULT_CONTENT_DIR when a contentDir has none). */
  regulated: { file: string; value: RegulatedFile };
  shortage?: { file: string; rows: Rows<typeof ShortageRowSchema> };
  postcodeRegions?: { file: string; rows: Rows<typeof PostcodeRegionRowSchema> };
  /** The configured regions and their providers (content/regions, src/region). */
  directory: RegionDirectory;
}

/** Where the regions are read from: an explicit folder, else WERKLOKET_REGIONS_DIR, else content/regions. */
export const regionsDirOf = (regionsDir?: string): string => regionsDir ?? (process.env.WERKLOKET_REGIONS_DIR || REGIONS_DIR);

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

async function readSkillCollections(dir: string): Promise<Rows<typeof SkillCollectionRowSchema>> {
  // researchOccupationsCollection lists occupations, not skills.
  const files = (await readdir(dir)).filter((f) => f.endsWith('SkillsCollection_nl.csv')).sort();
  const all: Rows<typeof SkillCollectionRowSchema> = [];
  for (const file of files) all.push(...(await readCsv(path.join(dir, file), SkillCollectionRowSchema)));
  return all;
}

export async function loadRawCatalogueData(
  dataDir: string,
  contentDir: string = DEFAULT_CONTENT_DIR,
  regionsDir?: string,
): Promise<RawCatalogueData> {
  const at = (file: string) => path.join(dataDir, file);
  const linksFile = path.join(contentDir, 'schooling-links.json');
  const [occupations, iscoGroups, relations, skillCollections, crosswalk, wages, mbo, instruments, links, whoToAsk, officialDomains, directory] = await Promise.all([
    readCsv(at(DATA_FILES.occupations), OccupationRowSchema),
    readCsv(at(DATA_FILES.iscoGroups), IscoGroupRowSchema),
    readCsv(at(DATA_FILES.relations), RelationRowSchema),
    readSkillCollections(at(DATA_FILES.skillCollectionsDir)),
    readCsv(at(DATA_FILES.crosswalk), CrosswalkRowSchema),
    readCsv(at(DATA_FILES.wages), WageRowSchema),
    readCsv(at(DATA_FILES.mbo), MboRowSchema),
    loadInstruments(path.join(contentDir, 'instruments.json'), at(DATA_FILES.factSheet)),
    readSchoolingLinks(linksFile),
    loadWhoToAsk(path.join(contentDir, 'who-to-ask.json')),
    loadOfficialDomains(contentDir),
    loadRegionDirectory(regionsDirOf(regionsDir)),
  ]);
  let shortage: RawCatalogueData['shortage'];
  for (const candidate of [at(DATA_FILES.shortage), path.join(contentDir, DATA_FILES.shortage)]) {
    if (await exists(candidate)) {
      shortage = { file: candidate, rows: await readCsv(candidate, ShortageRowSchema) };
      break;
    }
  }
  checkOfficialSources(instruments, 'instrument', path.join(contentDir, 'instruments.json'), officialDomains);
  const ownRegulated = path.join(contentDir, 'regulated-professions.json');
  const regulatedFile = (await exists(ownRegulated)) ? ownRegulated : path.join(DEFAULT_CONTENT_DIR, 'regulated-professions.json');
  const regulated = { file: regulatedFile, value: await readRegulatedProfessions(regulatedFile) };
  const regionsFile = at(DATA_FILES.postcodeRegions);
  const postcodeRegions = (await exists(regionsFile)) ? { file: regionsFile, rows: await readCsv(regionsFile, PostcodeRegionRowSchema) } : undefined;
  return {
    dataDir,
    postcodeRegions,
    occupations,
    iscoGroups,
    relations,
    skillCollections,
    crosswalk,
    wages,
    mbo,
    instruments,
    whoToAsk,
    officialDomains,
    schoolingLinks: { file: linksFile, value: links },
    regulated,
    shortage,
    directory,
  };
}
