// `npm run match -- <profile.json> [--locale nl|en] [--now YYYY-MM-DD] [--stats]`
// Prints the match result as JSON on stdout; load time and memory go to stderr.
// Exit codes: 0 ok, 1 usage, 2 invalid profile, 3 broken reference data.
import { readFileSync } from 'node:fs';
import { loadConfig } from '../config';
import { loadCatalogue } from './catalogue';
import { DataFileError } from './dataError';
import { matchProfile } from './match';
import { describeProfileIssues, ProfileSchema } from './profile';
import type { Locale } from './texts';

const USAGE = 'usage: npm run match -- <profile.json> [--locale nl|en] [--now YYYY-MM-DD] [--stats]';

interface Args {
  file: string;
  locale: Locale;
  now?: Date;
  stats: boolean;
}

function parseArgs(argv: string[]): Args | string {
  let file: string | undefined;
  let locale: Locale = 'nl';
  let now: Date | undefined;
  let stats = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--stats') stats = true;
    else if (arg === '--locale') {
      const value = argv[++i];
      if (value !== 'nl' && value !== 'en') return `--locale must be nl or en, got ${JSON.stringify(value)}`;
      locale = value;
    } else if (arg === '--now') {
      const value = argv[++i] ?? '';
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return `--now must be a date as YYYY-MM-DD, got ${JSON.stringify(value)}`;
      now = new Date(`${value}T12:00:00Z`);
    } else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else if (file === undefined) file = arg;
    else return `only one profile file, got also ${arg}`;
  }
  return file === undefined ? 'missing <profile.json>' : { file, locale, now, stats };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    console.error(`${args}\n${USAGE}`);
    return 1;
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(args.file, 'utf8'));
  } catch (err) {
    console.error(`Invalid profile ${args.file}: ${(err as Error).message}`);
    return 2;
  }
  const profile = ProfileSchema.safeParse(json);
  if (!profile.success) {
    console.error(`Invalid profile ${args.file}:\n${describeProfileIssues(profile.error).map((l) => `  - ${l}`).join('\n')}`);
    return 2;
  }
  const { dataDir } = loadConfig();
  const catalogue = await loadCatalogue(dataDir);
  const s = catalogue.stats;
  console.error(`catalogue: ${dataDir} loaded and indexed in ${s.loadMs} ms, heap +${s.heapMb} MB`);
  if (args.stats) console.error(JSON.stringify(s, null, 2));
  const result = matchProfile(catalogue, profile.data, { now: args.now, locale: args.locale });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof DataFileError) {
      console.error(`Broken reference data: ${err.message}`);
      process.exitCode = 3;
    } else {
      console.error(err);
      process.exitCode = 1;
    }
  },
);
