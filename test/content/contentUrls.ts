// Finds every URL in the content files (content/**/*.json) and says what is wrong with it: a
// domain that is not official, a source without a human name where the file's schema has one.
// Data identifiers (keys ending in "Uri", such as ESCO occupation URIs) are data, not sources.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isOfficialSource, type OfficialDomains } from '../../src/matching';

export interface UrlUse {
  file: string;
  /** JSON path inside the file, e.g. "entries[3].sources[0].url". */
  at: string;
  url: string;
  /** The human name, when the source is a {url, name} object. */
  name?: { nl?: unknown; en?: unknown };
  /** A bare URL in a "sources" list or "source" field (no name possible in this form). */
  bare: boolean;
}

export function jsonFiles(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? jsonFiles(full) : name.endsWith('.json') ? [full] : [];
    })
    .sort();
}

function collect(value: unknown, at: string, key: string, parentKey: string, out: Omit<UrlUse, 'file'>[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => collect(item, `${at}[${i}]`, key, parentKey, out));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) collect(v, at ? `${at}.${k}` : k, k, key, out);
  } else if (typeof value === 'string' && /^https?:\/\//i.test(value.trim()) && !/uri$/i.test(key) && parentKey !== 'name') {
    // (A URL as a source's name is reported with its source, not as a second URL.)
    if (key === 'url') {
      // The URL of a {url, name} object: its sibling "name" is read by the caller.
      out.push({ at, url: value, bare: false });
    } else {
      out.push({ at, url: value, bare: key === 'sources' || key === 'source' || parentKey === 'sources' });
    }
  }
}

/** Every URL use in the file, with the name of {url, name} sources. */
export function urlUses(file: string): UrlUse[] {
  const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const found: Omit<UrlUse, 'file'>[] = [];
  collect(raw, '', '', '', found);
  return found.map((use) => {
    if (use.bare) return { file, ...use };
    const parentPath = use.at.replace(/\.url$/, '');
    const parent = resolve(raw, parentPath) as { name?: UrlUse['name'] } | undefined;
    return { file, ...use, ...(parent && typeof parent === 'object' && 'name' in parent ? { name: parent.name } : {}) };
  });
}

function resolve(root: unknown, at: string): unknown {
  const parts = at.match(/[^.[\]]+/g) ?? [];
  return parts.reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[/^\d+$/.test(part) ? Number(part) : part], root);
}

/** Whether a file's schema gives sources a human name (then a bare URL is a mistake). */
function namesSources(contentDir: string, file: string, uses: UrlUse[]): boolean {
  const relative = path.relative(contentDir, file).split(path.sep).join('/');
  return relative.startsWith('knowledge/') || relative === 'who-to-ask.json' || uses.some((u) => !u.bare && u.name !== undefined);
}

/** What is wrong in the content directory: one line per problem, empty when all is well. */
export function contentUrlProblems(contentDir: string, domains: OfficialDomains): string[] {
  const problems: string[] = [];
  for (const file of jsonFiles(contentDir)) {
    const uses = urlUses(file);
    const named = namesSources(contentDir, file, uses);
    const where = (u: UrlUse) => `${path.relative(contentDir, file)}: ${u.at}`;
    for (const use of uses) {
      if (!isOfficialSource(use.url, domains)) problems.push(`${where(use)}: not an official source: ${use.url}`);
      if (use.bare && named) problems.push(`${where(use)}: a source without a human name: ${use.url}`);
      if (!use.bare && named && !humanName(use.name)) problems.push(`${where(use)}: the name must be words in nl and en, not a URL: ${use.url}`);
    }
  }
  return problems;
}

function humanName(name: UrlUse['name']): boolean {
  const ok = (text: unknown) => typeof text === 'string' && text.trim().length >= 3 && !/^https?:|^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+\/?$/i.test(text.trim());
  return Boolean(name) && ok(name?.nl) && ok(name?.en);
}
