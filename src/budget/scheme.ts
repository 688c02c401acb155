// A region's own schemes ("één budget voor de regio"): content/regions/<id>/schemes.json. Read and
// checked once at start-up with the catalogue; the matching proposes them by the same eligibility
// rules as national instruments, the chat lets a seeker apply, the console grants from the budget.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { DataFileError } from '../matching/dataError';
import { checkOfficialSources, EligibilitySchema, InstrumentTagSchema, issuePath, RelevanceSchema } from '../matching/instruments';
import { readJsonFile } from '../matching/jsonFile';
import { type OfficialDomains, SourceSchema } from '../matching/sources';
import { ProviderKindSchema } from '../region/schema';

const Localised = z.object({ nl: z.string().trim().min(1), en: z.string().trim().min(1) });
const LocalisedList = z.object({ nl: z.array(z.string().trim().min(1)).min(1), en: z.array(z.string().trim().min(1)).min(1) });
const Euros = z.number().int().positive();

export const SCHEMES_FILE = 'schemes.json';

export const SchemeSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'lowercase letters, digits and dashes'),
    title: Localised,
    /** What the scheme is, in one or two sentences (the proposal's first reason). */
    what: Localised,
    forWhom: Localised,
    /** Hard conditions, as for instruments (content/instruments.json). */
    eligibility: EligibilitySchema,
    /** Soft conditions: whether it is worth mentioning to this seeker at all. */
    relevantWhen: z.array(RelevanceSchema).default([]),
    /** What the money may pay for ("lesgeld, boeken en examens"). */
    covers: Localised,
    maxPerPerson: Euros,
    totalPerYear: Euros,
    whatToHandIn: LocalisedList,
    /** Who decides, in plain words ("Het Werkcentrum beslist of je dit krijgt."). */
    decides: Localised,
    nextStep: Localised,
    /** How many working days an advisor takes to decide, when the region promises it. */
    decisionWorkdays: z.number().int().min(1).max(60).optional(),
    /** Who handles it (a ProviderKind of the region directory), usually 'werkcentrum'. */
    providerKind: ProviderKindSchema.default('werkcentrum'),
    tags: z.array(InstrumentTagSchema).min(1),
    baseScore: z.number().min(0).max(1),
    /** Official pages only: the region's gemeenten and Werkcentrum domains are in content/official-domains.json. */
    sources: z.array(SourceSchema).min(1),
  })
  .refine((s) => s.maxPerPerson <= s.totalPerYear, { message: 'maxPerPerson is more than totalPerYear', path: ['maxPerPerson'] });
export type Scheme = z.infer<typeof SchemeSchema>;

export const SchemeFileSchema = z.object({ _about: z.string().optional(), schemes: z.array(SchemeSchema) });

/** One region's schemes.json: validated, ids unique, sources official. */
export async function loadSchemeFile(file: string, domains: OfficialDomains): Promise<Scheme[]> {
  const parsed = SchemeFileSchema.safeParse(await readJsonFile(file));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DataFileError(file, undefined, `${issuePath(issue)}: ${issue.message}`);
  }
  const seen = new Set<string>();
  for (const scheme of parsed.data.schemes) {
    if (seen.has(scheme.id)) throw new DataFileError(file, undefined, `scheme "${scheme.id}": duplicate id`);
    seen.add(scheme.id);
  }
  checkOfficialSources(parsed.data.schemes, 'scheme', file, domains);
  return parsed.data.schemes;
}

/**
 * Every region's schemes (region id = folder name), from `<regionsDir>/<id>/schemes.json`. A region
 * without the file has none; a missing regions folder means no regions.
 */
export async function loadSchemes(regionsDir: string, domains: OfficialDomains): Promise<ReadonlyMap<string, Scheme[]>> {
  const entries = await readdir(regionsDir, { withFileTypes: true }).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return [];
    throw new DataFileError(regionsDir, undefined, `cannot read folder (${err.message})`);
  });
  const schemes = new Map<string, Scheme[]>();
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const file = path.join(regionsDir, entry.name, SCHEMES_FILE);
    const exists = await readdir(path.join(regionsDir, entry.name)).then((names) => names.includes(SCHEMES_FILE));
    if (exists) schemes.set(entry.name, await loadSchemeFile(file, domains));
  }
  return schemes;
}

/** The scheme of a proposal id `scheme:<regionId>:<schemeId>`, when it is one. */
export function parseSchemeProposalId(id: string): { regionId: string; schemeId: string } | undefined {
  const m = /^scheme:([a-z0-9-]+):([a-z0-9-]+)$/.exec(id);
  return m ? { regionId: m[1], schemeId: m[2] } : undefined;
}

export const schemeProposalId = (regionId: string, schemeId: string) => `scheme:${regionId}:${schemeId}`;
