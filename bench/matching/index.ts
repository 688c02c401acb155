// bench/matching: time to match one profile against the full catalogue, optimised (inverted
// index) against the naive full relation scan in the same run, and again on a doubled catalogue.
import fc from 'fast-check';
import { loadConfig } from '../../src/config';
import {
  buildCatalogue,
  type Catalogue,
  loadCatalogue,
  loadRawCatalogueData,
  matchProfile,
  type ProfileInput,
  type RawCatalogueData,
} from '../../src/matching';
import { percentile, round, rssMb, timeEach } from '../stats';
import type { BenchModule, ScenarioResult } from '../types';
import { naiveSkillOverlap } from './naiveSkillOverlap';
import { profileArbitrary } from './profileArbitrary';

const NOW = new Date('2025-11-24T12:00:00Z');
const PROFILES = 300;
const ROUNDS = 5;
const WARM_UP_ROUNDS = 1;
const SEED = 20251124;

/** A different but valid UUID for the copy of each occupation (hex digit x → 15 − x). */
function mirrorUri(uri: string): string {
  const id = uri.slice(uri.lastIndexOf('/') + 1);
  const mirrored = id.replace(/[0-9a-f]/g, (c) => (15 - parseInt(c, 16)).toString(16));
  return uri.slice(0, uri.lastIndexOf('/') + 1) + mirrored;
}

/** The same data with every occupation and its relations twice (the copies under new URIs). */
function doubled(raw: RawCatalogueData): RawCatalogueData {
  const copies = raw.occupations.map((row) => ({ ...row, value: { ...row.value, conceptUri: mirrorUri(row.value.conceptUri) } }));
  const relationCopies = raw.relations.map((row) => ({ ...row, value: { ...row.value, occupation_uri: mirrorUri(row.value.occupation_uri) } }));
  return { ...raw, occupations: [...raw.occupations, ...copies], relations: [...raw.relations, ...relationCopies] };
}

interface Measured {
  p50: number;
  p99: number;
  naiveP50: number;
  naiveP99: number;
  errors: number;
}

function measure(catalogue: Catalogue, profiles: ProfileInput[]): Measured {
  let errors = 0;
  const match = (p: ProfileInput) => {
    try {
      matchProfile(catalogue, p, { now: NOW });
    } catch {
      errors++;
    }
  };
  const naive = (p: ProfileInput) => {
    try {
      matchProfile(catalogue, p, { now: NOW, skillOverlap: naiveSkillOverlap });
    } catch {
      errors++;
    }
  };
  timeEach(profiles, WARM_UP_ROUNDS, match);
  timeEach(profiles, WARM_UP_ROUNDS, naive);
  const optimised = timeEach(profiles, ROUNDS, match);
  const baseline = timeEach(profiles, ROUNDS, naive);
  // Correctness in the same run: both strategies must give identical proposals.
  for (const p of profiles.slice(0, 50)) {
    const a = JSON.stringify(matchProfile(catalogue, p, { now: NOW }));
    const b = JSON.stringify(matchProfile(catalogue, p, { now: NOW, skillOverlap: naiveSkillOverlap }));
    if (a !== b) errors++;
  }
  return {
    p50: percentile(optimised, 50),
    p99: percentile(optimised, 99),
    naiveP50: percentile(baseline, 50),
    naiveP99: percentile(baseline, 99),
    errors,
  };
}

export const matchingBench: BenchModule = {
  name: 'matching',
  async run(): Promise<ScenarioResult[]> {
    const { dataDir } = loadConfig();
    const catalogue = await loadCatalogue(dataDir);
    const profiles = fc.sample(profileArbitrary(catalogue), { numRuns: PROFILES, seed: SEED });
    const single = measure(catalogue, profiles);

    const rawStarted = performance.now();
    const bigCatalogue = { ...buildCatalogue(doubled(await loadRawCatalogueData(dataDir))), stats: catalogue.stats };
    const doubledBuildMs = performance.now() - rawStarted;
    const twice = measure(bigCatalogue, profiles);

    return [
      {
        scenario: 'matching',
        p50_ms: round(single.p50),
        p99_ms: round(single.p99),
        ratio_p99: round(single.p99 / single.naiveP99),
        errors: single.errors,
        rss_mb: rssMb(),
        details: {
          profiles: PROFILES * ROUNDS,
          naive_p50_ms: round(single.naiveP50),
          naive_p99_ms: round(single.naiveP99),
          occupations: catalogue.occupations.length,
          relations: catalogue.relations.skill.length,
          load_ms: catalogue.stats.loadMs,
          catalogue_heap_mb: catalogue.stats.heapMb,
        },
      },
      {
        scenario: 'matching-doubled',
        p50_ms: round(twice.p50),
        p99_ms: round(twice.p99),
        ratio_p99: round(twice.p99 / twice.naiveP99),
        errors: twice.errors,
        rss_mb: rssMb(),
        details: {
          profiles: PROFILES * ROUNDS,
          naive_p50_ms: round(twice.naiveP50),
          naive_p99_ms: round(twice.naiveP99),
          occupations: bigCatalogue.occupations.length,
          relations: bigCatalogue.relations.skill.length,
          build_ms: round(doubledBuildMs, 0),
          growth_p50: round(twice.p50 / single.p50, 2),
          naive_growth_p50: round(twice.naiveP50 / single.naiveP50, 2),
        },
      },
    ];
  },
};
