// The in-memory catalogue: occupations, skills, occupation–skill relations with inverted
// indexes, wages, MBO schooling routes, instruments and (optional) shortage data.
// Built once at start-up; every matchProfile call only reads it.
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { DataFileError } from './dataError';
import { loadSchemes, type Scheme } from '../budget/scheme';
import type { RegionDirectory } from '../region';
import type { Instrument } from './instruments';
import type { OfficialDomains } from './sources';
import type { WhoToAskTable } from './whoToAsk';
import { LabelIndex, type LabelEntry } from './labelIndex';
import { buildOccupationTraits, type OccupationTraits } from './occupationTraits';
import { DATA_FILES, DEFAULT_CONTENT_DIR, loadRawCatalogueData, regionsDirOf, type RawCatalogueData } from './rawData';
import { resolveSchoolingLinks } from './schoolingLinks';
import { resolveRegulatedProfessions, type RegulatedCatalogue } from './regulatedData';
import { buildSchoolingRoutes, type Qualification, type SchoolingRoute } from './schoolingRoutes';

export interface Wage {
  /** CBS BRC group the figures belong to (may be a broader group than the occupation's own). */
  brc: string;
  brcLabel: string;
  p25: number;
  p50: number;
  p75: number;
}

export interface Occupation {
  index: number;
  uri: string;
  label: string;
  altLabels: string[];
  /** ISCO-08 unit group, 4 digits. */
  isco: string;
  wage?: Wage;
}

export interface Skill {
  index: number;
  /** ESCO URI where the data has it, otherwise "esco-en:<English label>". */
  id: string;
  labelEn: string;
  labelNl?: string;
}

export interface ShortageEntry {
  region: string;
  tension: number;
  period: string;
  sourceUrl: string;
}

/** Relations stored column-wise, grouped by occupation (CSR): occupation o owns [start[o], start[o+1]). */
export interface RelationTable {
  start: Int32Array;
  skill: Int32Array;
  essential: Uint8Array;
}

/** Inverted index skill → occupations (CSR): skill s is used by [start[s], start[s+1]). */
export interface SkillPostings {
  start: Int32Array;
  occupation: Int32Array;
  essential: Uint8Array;
}

export interface CatalogueStats {
  loadMs: number;
  heapMb: number;
  occupations: number;
  occupationLabels: number;
  skills: number;
  skillsWithDutchLabel: number;
  relations: number;
  qualifications: number;
  occupationsWithSchoolingRoute: number;
  instruments: number;
  shortageRows: number;
  postcodeRegions: number;
  /** Regions configured in the regions folder (content/regions). */
  regions: number;
}

export interface Catalogue {
  dataDir: string;
  occupations: Occupation[];
  occupationByUri: Map<string, number>;
  skills: Skill[];
  skillById: Map<string, number>;
  relations: RelationTable;
  postings: SkillPostings;
  /** Per occupation: 2 × essential + optional skill count (the denominator of skill overlap). */
  occupationWeight: Float64Array;
  essentialCount: Int32Array;
  iscoLabels: Map<string, string>;
  qualifications: Qualification[];
  routesByOccupation: SchoolingRoute[][];
  instruments: Instrument[];
  /** Who to ask, per topic and situation (content/who-to-ask.json). */
  whoToAsk: WhoToAskTable;
  /** Domains a shown source may come from (content/official-domains.json). */
  officialDomains: OfficialDomains;
  /** Regulated professions and protected titles (content/regulated-professions.json). */
  regulated: RegulatedCatalogue;
  /** Shortage entries per occupation index (empty when no shortage file exists). */
  shortage: Map<number, ShortageEntry[]>;
  /** 4-digit postcode area → labour-market region (empty when no such file exists). */
  regions: Map<string, string>;
  /** The configured regions with their postcode areas and providers (content/regions). */
  directory: RegionDirectory;
  /** Each region's own schemes (content/regions/<id>/schemes.json), by region id; empty without regions. */
  schemes: ReadonlyMap<string, Scheme[]>;
  occupationSearch: LabelIndex;
  skillSearch: LabelIndex;
  /** Per occupation: physically heavy, shift work, driving (from ESCO skills; occupationTraits.ts). */
  traits: OccupationTraits;
  stats: CatalogueStats;
}

export const ESSENTIAL_WEIGHT = 2;
export const OPTIONAL_WEIGHT = 1;

export function skillIdOf(uri: string, labelEn: string): string {
  return uri !== '' ? uri : `esco-en:${labelEn}`;
}

function buildOccupations(raw: RawCatalogueData): Occupation[] {
  const brcByIsco = new Map(raw.crosswalk.map((r) => [r.value.isco08_unit, r.value]));
  const wageByBrc = new Map(raw.wages.map((r) => [r.value.brc, r.value]));
  const seen = new Set<string>();
  return raw.occupations.map(({ line, value }, index) => {
    if (seen.has(value.conceptUri)) {
      throw new DataFileError(path.join(raw.dataDir, DATA_FILES.occupations), line, `duplicate conceptUri ${value.conceptUri}`);
    }
    seen.add(value.conceptUri);
    const occupation: Occupation = {
      index,
      uri: value.conceptUri,
      label: value.preferredLabel,
      altLabels: value.altLabels,
      isco: value.iscoGroup,
    };
    // CBS hides small groups; fall back to the broader BRC group (4 → 3 → 2 digits).
    const brc = brcByIsco.get(value.iscoGroup);
    if (brc) {
      for (const code of [brc.brc_group, brc.brc_group.slice(0, 3), brc.brc_group.slice(0, 2)]) {
        const w = wageByBrc.get(code);
        if (w && w.p25 !== undefined && w.p50 !== undefined && w.p75 !== undefined) {
          occupation.wage = { brc: code, brcLabel: w.title.replace(/^\d+\s+/, ''), p25: w.p25, p50: w.p50, p75: w.p75 };
          break;
        }
      }
    }
    return occupation;
  });
}

interface SkillsAndRelations {
  skills: Skill[];
  skillById: Map<string, number>;
  relations: RelationTable;
  postings: SkillPostings;
}

function buildSkillsAndRelations(raw: RawCatalogueData, occupationByUri: Map<string, number>): SkillsAndRelations {
  const file = path.join(raw.dataDir, DATA_FILES.relations);
  const skills: Skill[] = [];
  const skillById = new Map<string, number>();
  // Deduplicated (occupation, skill) pairs; essential wins over optional.
  const pairs = new Map<number, boolean>();
  for (const { line, value } of raw.relations) {
    const occ = occupationByUri.get(value.occupation_uri);
    if (occ === undefined) throw new DataFileError(file, line, `occupation_uri not in ${DATA_FILES.occupations}: ${value.occupation_uri}`);
    const id = skillIdOf(value.skill_uri_if_known, value.skill_label_en);
    let skill = skillById.get(id);
    if (skill === undefined) {
      skill = skills.length;
      skillById.set(id, skill);
      skills.push({
        index: skill,
        id,
        labelEn: value.skill_label_en,
        labelNl: value.skill_label_nl_if_known !== '' ? value.skill_label_nl_if_known : undefined,
      });
    }
    const key = occ * 1_000_000 + skill;
    pairs.set(key, (pairs.get(key) ?? false) || value.relation_type === 'essential');
  }
  const nOcc = occupationByUri.size;
  const keys = [...pairs.keys()].sort((a, b) => a - b); // groups by occupation, then skill
  const relations: RelationTable = {
    start: new Int32Array(nOcc + 1),
    skill: new Int32Array(keys.length),
    essential: new Uint8Array(keys.length),
  };
  const skillUse = new Int32Array(skills.length + 1);
  keys.forEach((key, i) => {
    const occ = Math.floor(key / 1_000_000);
    const skill = key % 1_000_000;
    relations.start[occ + 1]++;
    relations.skill[i] = skill;
    relations.essential[i] = pairs.get(key) ? 1 : 0;
    skillUse[skill + 1]++;
  });
  for (let o = 0; o < nOcc; o++) relations.start[o + 1] += relations.start[o];
  for (let s = 0; s < skills.length; s++) skillUse[s + 1] += skillUse[s];
  const postings: SkillPostings = {
    start: skillUse.slice(),
    occupation: new Int32Array(keys.length),
    essential: new Uint8Array(keys.length),
  };
  const fill = skillUse.slice(0, skills.length);
  for (let o = 0; o < nOcc; o++) {
    for (let r = relations.start[o]; r < relations.start[o + 1]; r++) {
      const at = fill[relations.skill[r]]++;
      postings.occupation[at] = o;
      postings.essential[at] = relations.essential[r];
    }
  }
  return { skills, skillById, relations, postings };
}

function buildShortage(raw: RawCatalogueData, occupations: Occupation[], occupationByUri: Map<string, number>) {
  const shortage = new Map<number, ShortageEntry[]>();
  if (!raw.shortage) return shortage;
  const byIsco = new Map<string, number[]>();
  for (const o of occupations) byIsco.set(o.isco, [...(byIsco.get(o.isco) ?? []), o.index]);
  for (const { line, value } of raw.shortage.rows) {
    const targets = /^\d{4}$/.test(value.occupation)
      ? byIsco.get(value.occupation)
      : occupationByUri.has(value.occupation)
        ? [occupationByUri.get(value.occupation)!]
        : undefined;
    if (!targets) throw new DataFileError(raw.shortage.file, line, `column occupation: unknown occupation ${value.occupation}`);
    const entry = { region: value.region, tension: value.tension, period: value.period, sourceUrl: value.source_url };
    for (const t of targets) shortage.set(t, [...(shortage.get(t) ?? []), entry]);
  }
  return shortage;
}

function occupationLabelEntries(occupations: Occupation[]): LabelEntry[] {
  const entries: LabelEntry[] = [];
  for (const o of occupations) {
    entries.push({ key: o.index, label: o.label, preferred: true });
    for (const alt of o.altLabels) if (alt !== o.label) entries.push({ key: o.index, label: alt, preferred: false });
  }
  return entries;
}

function skillLabelEntries(raw: RawCatalogueData, skills: Skill[]): LabelEntry[] {
  const altByUri = new Map<string, string[]>();
  for (const { value } of raw.skillCollections) altByUri.set(value.conceptUri, value.altLabels);
  const entries: LabelEntry[] = [];
  for (const s of skills) {
    if (!s.labelNl) continue; // seekers search in Dutch; English-only skills are found via occupations
    entries.push({ key: s.index, label: s.labelNl, preferred: true });
    for (const alt of altByUri.get(s.id) ?? []) entries.push({ key: s.index, label: alt, preferred: false });
  }
  return entries;
}

/** Builds all indexes from validated rows. Pure apart from timing; used by loadCatalogue and the bench. */
export function buildCatalogue(raw: RawCatalogueData): Omit<Catalogue, 'stats'> {
  const occupations = buildOccupations(raw);
  const occupationByUri = new Map(occupations.map((o) => [o.uri, o.index]));
  const { skills, skillById, relations, postings } = buildSkillsAndRelations(raw, occupationByUri);
  const occupationWeight = new Float64Array(occupations.length);
  const essentialCount = new Int32Array(occupations.length);
  for (let o = 0; o < occupations.length; o++) {
    for (let r = relations.start[o]; r < relations.start[o + 1]; r++) {
      occupationWeight[o] += relations.essential[r] ? ESSENTIAL_WEIGHT : OPTIONAL_WEIGHT;
      essentialCount[o] += relations.essential[r];
    }
  }
  const iscoLabels = new Map(raw.iscoGroups.map((r) => [r.value.code, r.value.preferredLabel]));
  const occupationSearch = new LabelIndex(occupationLabelEntries(occupations));
  const qualifications: Qualification[] = raw.mbo.map(({ value }) => ({
    crebo: value.kwalificatie_crebo,
    name: value.kwalificatie,
    dossier: value.kwalificatiedossier,
    domain: value.opleidingsdomein,
    level: value.mbo_niveau,
    type: value.soort_opleiding,
    learningPaths: value.leerweg === 'BOL/BBL' ? ['BOL', 'BBL'] : [value.leerweg],
    minYears: value.studieduur_min_jaar,
    maxYears: value.studieduur_max_jaar,
    nlqf: value.nlqf_niveau,
  }));
  return {
    dataDir: raw.dataDir,
    occupations,
    occupationByUri,
    skills,
    skillById,
    relations,
    postings,
    occupationWeight,
    essentialCount,
    iscoLabels,
    qualifications,
    routesByOccupation: buildSchoolingRoutes(
      occupations,
      qualifications,
      occupationSearch,
      resolveSchoolingLinks(raw.schoolingLinks.file, raw.schoolingLinks.value, occupationByUri, qualifications),
    ),
    instruments: raw.instruments,
    whoToAsk: raw.whoToAsk,
    officialDomains: raw.officialDomains,
    regulated: resolveRegulatedProfessions(raw.regulated.file, raw.regulated.value, { byUri: occupationByUri, label: (o) => occupations[o].label }, qualifications, raw.officialDomains),
    shortage: buildShortage(raw, occupations, occupationByUri),
    regions: new Map((raw.postcodeRegions?.rows ?? []).map(({ value }) => [value.pc4, value.region])),
    directory: raw.directory,
    schemes: new Map(),
    occupationSearch,
    skillSearch: new LabelIndex(skillLabelEntries(raw, skills)),
    traits: buildOccupationTraits(occupations, skills, relations),
  };
}

export interface LoadOptions {
  /** Directory with content/instruments.json and an optional shortage.csv; default: the repository's content/. */
  contentDir?: string;
  /** The regions folder; default: WERKLOKET_REGIONS_DIR, else the repository's content/regions. */
  regionsDir?: string;
}


/**
 * Runs a full garbage collection so the heap figure in the stats is what the catalogue really
 * holds, not the parsed rows that are already garbage. Happens once at start-up.
 */
function collectGarbage(): void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed();
  setFlagsFromString('--expose_gc');
  (runInNewContext('gc') as () => void)();
}

async function loadAndBuild(dataDir: string, contentDir: string, regionsDir?: string): Promise<{ built: Omit<Catalogue, 'stats'>; shortageRows: number }> {
  const raw = await loadRawCatalogueData(dataDir, contentDir, regionsDir);
  return { built: buildCatalogue(raw), shortageRows: raw.shortage?.rows.length ?? 0 };
}

/** Loads, validates and indexes the catalogue once. Throws DataFileError (file and line) on bad data. */
export async function loadCatalogue(dataDir: string, options: LoadOptions = {}): Promise<Catalogue> {
  const started = performance.now();
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const { built, shortageRows } = await loadAndBuild(dataDir, options.contentDir ?? DEFAULT_CONTENT_DIR, options.regionsDir);
  // The schemes of the same regions folder (src/budget/scheme.ts): official sources only.
  const schemes = await loadSchemes(regionsDirOf(options.regionsDir), built.officialDomains);
  const loadMs = Math.round(performance.now() - started);
  collectGarbage();
  const heapAfter = process.memoryUsage().heapUsed;
  return {
    ...built,
    schemes,
    stats: {
      loadMs,
      /** Heap the catalogue keeps after start-up (measured after a garbage collection). */
      heapMb: Math.round(((heapAfter - heapBefore) / 1024 / 1024) * 10) / 10,
      occupations: built.occupations.length,
      occupationLabels: built.occupationSearch.size,
      skills: built.skills.length,
      skillsWithDutchLabel: built.skills.filter((s) => s.labelNl).length,
      relations: built.relations.skill.length,
      qualifications: built.qualifications.length,
      occupationsWithSchoolingRoute: built.routesByOccupation.filter((r) => r.length > 0).length,
      instruments: built.instruments.length,
      shortageRows,
      postcodeRegions: built.regions.size,
      regions: built.directory.regions.length,
    },
  };
}

/**
 * The labour-market region of a 4-digit postcode area: from the data file's table when it has the
 * area, else the name of the configured region (content/regions) that covers it.
 */
export function regionOf(catalogue: Pick<Catalogue, 'regions'> & { directory?: RegionDirectory }, postcode: string): string | undefined {
  return catalogue.regions.get(postcode) ?? catalogue.directory?.byPostcode(postcode)?.region.name;
}
