// Shared test helpers: the catalogue is loaded once per process (it takes 1–2 s).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { sharedCatalogue as sharedCatalogueOf } from '../../src/bot/content';
import { type Catalogue, type ProfileInput } from '../../src/matching';

/** One catalogue per test process, the same one the app and the dialog tests use. */
export function sharedCatalogue(): Promise<Catalogue> {
  return sharedCatalogueOf(loadConfig({}).dataDir);
}

export const PERSONAS = [
  'ww-laid-off',
  'bijstand-long-term',
  'wajong-young',
  'flex-switch',
  'returner-no-benefit',
  'newcomer-dutch-learner',
] as const;
export type Persona = (typeof PERSONAS)[number];

export function personaProfile(name: Persona): ProfileInput {
  return JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'examples', 'profiles', `${name}.json`), 'utf8'));
}

/** A fixed moment so golden tests do not depend on the clock. */
export const NOW = new Date('2025-11-24T12:00:00Z');
