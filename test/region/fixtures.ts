// Region folders for tests, written to a temp dir: a copy of the example region
// (content/regions/midden-utrecht) and, when asked, a small second region. Each test edits its
// own copy, so a broken variant is the real example with one thing wrong.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REGIONS_DIR } from '../../src/region';

export const EXAMPLE = 'midden-utrecht';
export const SECOND = 'testregio-oost';

/** A made-up second region: gemeente Voorbeeldstad, pc4 9991–9992, the required providers. */
export function writeSecondRegion(dir: string, overrides: { hosts?: string[]; pc4?: string[] } = {}): void {
  const at = path.join(dir, SECOND);
  mkdirSync(at, { recursive: true });
  const region = {
    id: SECOND,
    name: 'Testregio Oost',
    organisationName: 'Werkcentrum Testregio Oost',
    hosts: overrides.hosts ?? ['werk.testregio-oost.example'],
    consoleTeam: 'Oost',
    gemeenten: [{ id: 'voorbeeldstad', name: 'Voorbeeldstad' }],
    checkedOn: '2026-12-01',
  };
  writeFileSync(path.join(at, 'region.json'), JSON.stringify(region, null, 2));
  writeFileSync(path.join(at, 'postcodes.csv'), `pc4,gemeente\n${(overrides.pc4 ?? ['9991', '9992']).map((pc) => `${pc},voorbeeldstad`).join('\n')}\n`);
  const t = (nl: string) => ({ nl, en: nl });
  const provider = (id: string, kind: string, name: string) => ({
    id,
    kind,
    name,
    address: { street: 'Marktplein 1', postcode: '9991 AA', city: 'Voorbeeldstad' },
    phone: '14 0599',
    openingHours: t('Maandag tot en met vrijdag'),
    website: 'https://www.voorbeeldstad.example/',
    what: t('Wat ze doen'),
    forWhom: t('Voor wie'),
  });
  const providers = [
    provider('uwv-oost', 'uwv', 'UWV Oost'),
    provider('oost-werk-inkomen', 'gemeente-werk-inkomen', 'Gemeente Voorbeeldstad, Werk en Inkomen'),
    provider('oost-schuldhulp', 'gemeente-schuldhulp', 'Gemeente Voorbeeldstad, schuldhulp'),
    provider('leerwerkloket-oost', 'leerwerkloket', 'Leerwerkloket Oost'),
    provider('wsp-oost', 'werkgeversservicepunt', 'Werkgeversservicepunt Oost'),
  ];
  writeFileSync(path.join(at, 'providers.json'), JSON.stringify({ providers }, null, 2));
}

/** A temp regions folder with a copy of the example region (and the second one when asked). */
export function regionsDir(options: { second?: boolean } = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'werkloket-regions-'));
  cpSync(path.join(REGIONS_DIR, EXAMPLE), path.join(dir, EXAMPLE), { recursive: true });
  if (options.second) writeSecondRegion(dir);
  return dir;
}

export const fileOf = (dir: string, region: string, name: string): string => path.join(dir, region, name);

/** Changes one JSON file of a region folder in place. */
export function editJson(dir: string, region: string, name: string, edit: (value: any) => void): void { // eslint-disable-line @typescript-eslint/no-explicit-any
  const file = fileOf(dir, region, name);
  const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
  edit(value);
  writeFileSync(file, JSON.stringify(value, null, 2));
}

/** Changes the text of one file of a region folder in place. */
export function editText(dir: string, region: string, name: string, edit: (text: string) => string): void {
  const file = fileOf(dir, region, name);
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
}
