// Sources shown to people: official pages only, each with a human name. ESCO identifiers and
// other data keys never appear as a "source"; they stay in the data.
import path from 'node:path';
import { z } from 'zod';
import { DataFileError } from './dataError';
import { readJsonFile } from './jsonFile';

const Localised = z.object({ nl: z.string().trim().min(1), en: z.string().trim().min(1) });

/** A source in content: the URL and what a person reads ("UWV: scholing met een WW-uitkering"). */
export const SourceSchema = z.object({ url: z.url(), name: Localised });
export type Source = z.infer<typeof SourceSchema>;

export const OfficialDomainsSchema = z.object({
  _about: z.string().optional(),
  national: z.array(z.string().min(3)).min(1),
  gemeenten: z.array(z.string().min(3)).default([]),
  werkcentrum: z.array(z.string().min(3)).default([]),
});
export type OfficialDomains = z.infer<typeof OfficialDomainsSchema>;

export async function loadOfficialDomains(contentDir: string): Promise<OfficialDomains> {
  const file = path.join(contentDir, 'official-domains.json');
  const parsed = OfficialDomainsSchema.safeParse(await readJsonFile(file));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DataFileError(file, undefined, `${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

/** A page a person can open: https, and not a data identifier (an ESCO URI is never a source). */
export const isSourcePage = (url: string): boolean => /^https:\/\//.test(url) && !/\/\/data\.europa\.eu\//.test(url);

/** Whether a URL is an https page on one of the official domains (or a subdomain of one). */
export function isOfficialSource(url: string, domains: OfficialDomains): boolean {
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:') return false;
    host = parsed.hostname.toLowerCase();
  } catch {
    return false;
  }
  return [...domains.national, ...domains.gemeenten, ...domains.werkcentrum].some((d) => host === d || host.endsWith(`.${d}`));
}

/** The link as shown: the name in the seeker's language. */
export function sourceLink(source: Source, locale: 'nl' | 'en'): { url: string; name: string } {
  return { url: source.url, name: source.name[locale] };
}
