// Employer-side options (content/employer-options.json): what a werkgeversservicepunt, UWV, the
// gemeente, a sector fund or the government offers an employer who fills a vacancy, hires someone
// who needs support, trains staff, or has employees at risk of dismissal (van werk naar werk).
// Same rules as the seeker instruments: eligibility is a hard filter, ended schemes are never
// proposed, texts name who decides and never give amounts. Only business facts go in: no data
// about employees.
import path from 'node:path';
import { z } from 'zod';
import { DataFileError } from './dataError';
import { checkAgainstFactSheet, checkOfficialSources, readFactSheet } from './instruments';
import { readJsonFile } from './jsonFile';
import { DATA_FILES, DEFAULT_CONTENT_DIR } from './rawData';
import { loadOfficialDomains, SourceSchema, sourceLink } from './sources';

export const EmployerNeedSchema = z.enum(['vacancy', 'inclusive', 'training', 'at-risk']);
export type EmployerNeed = z.infer<typeof EmployerNeedSchema>;

export const EmployerSectorSchema = z.enum(['zorg', 'horeca', 'bouw', 'industrie', 'logistiek', 'detailhandel', 'landbouw', 'zakelijk', 'publiek', 'overig']);
export type EmployerSector = z.infer<typeof EmployerSectorSchema>;

/** Number of employees, in the bands the mkb definition and SLIM use. */
export const CompanySizeSchema = z.enum(['1-9', '10-49', '50-249', '250+']);
export type CompanySize = z.infer<typeof CompanySizeSchema>;

export const EmployerProfileSchema = z.object({
  needs: z.array(EmployerNeedSchema).min(1),
  sector: EmployerSectorSchema.default('overig'),
  /** 4 digits: the business location, no letters. */
  postcode: z.string().regex(/^[1-9]\d{3}$/, '4 digits').optional(),
  size: CompanySizeSchema.optional(),
  /** The vacancy in the employer's own words (a job, hours), never a person. */
  vacancy: z.string().trim().min(1).max(300).optional(),
  /** How many employees are at risk of dismissal; a number, never names. */
  atRisk: z.number().int().min(1).max(100_000).optional(),
});
export type EmployerProfile = z.infer<typeof EmployerProfileSchema>;
export type EmployerProfileInput = z.input<typeof EmployerProfileSchema>;

const Localised = z.object({ nl: z.string().min(1), en: z.string().min(1) });
const LocalisedList = z.object({ nl: z.array(z.string().min(1)), en: z.array(z.string().min(1)) });

export const ProviderKindSchema = z.enum(['werkgeversservicepunt', 'uwv', 'gemeente', 'sector-fund', 'government', 'leerwerkloket', 'school', 'belastingdienst', 'employer']);

export const EmployerOptionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'lowercase letters, digits and dashes'),
    factSheetId: z.string().optional(),
    status: z.enum(['active', 'ended']),
    endedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD').optional(),
    needs: z.array(EmployerNeedSchema).min(1),
    providerKind: ProviderKindSchema,
    /** Hard conditions on business facts. Unknown facts do not exclude (the text says who decides). */
    eligibility: z
      .object({
        sizes: z.array(CompanySizeSchema).min(1).optional(),
        /** Large companies (250+) only in these sectors (SLIM: agriculture, hospitality and recreation). */
        largeInSectors: z.array(EmployerSectorSchema).optional(),
        minAtRisk: z.number().int().min(1).optional(),
      })
      .default({}),
    title: Localised,
    provider: Localised,
    what: Localised,
    /** Why this fits the employer's need, shown as the reason. */
    why: Localised,
    decides: Localised,
    nextStep: Localised,
    whatToBring: LocalisedList,
    baseScore: z.number().min(0).max(1),
    /** Official pages only (content/official-domains.json), each with a name in nl and en. */
    sources: z.array(SourceSchema).min(1),
  })
  .refine((o) => o.status === 'active' || o.endedOn !== undefined, { message: 'an ended option needs endedOn', path: ['endedOn'] });
export type EmployerOption = z.infer<typeof EmployerOptionSchema>;

const EmployerOptionFileSchema = z.object({ _about: z.string().optional(), options: z.array(EmployerOptionSchema).min(1) });

export interface EmployerCatalogue {
  options: EmployerOption[];
}

export const EmployerProposalSchema = z.object({
  id: z.string(),
  title: z.string(),
  provider: z.string(),
  providerKind: ProviderKindSchema,
  score: z.number(),
  what: z.string(),
  reasons: z.array(z.string()).min(1),
  /** Who decides, in plain words. */
  eligibility: z.string(),
  nextStep: z.string(),
  whatToBring: z.array(z.string()),
  sources: z.array(z.url()).min(1),
  /** The same sources with a human name in the requested language, in order. */
  sourceLinks: z.array(z.object({ url: z.url(), name: z.string().min(1) })).min(1),
});
export type EmployerProposal = z.infer<typeof EmployerProposalSchema>;

function issuePath(issue: z.core.$ZodIssue, raw: unknown): string {
  const parts = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`));
  const [top, index] = issue.path;
  const id = top === 'options' && typeof index === 'number' ? (raw as { options?: { id?: unknown }[] })?.options?.[index]?.id : undefined;
  if (typeof id === 'string') parts[1] += ` (${id})`;
  return parts.join('').replace(/^\./, '');
}

/** Loads and checks the employer options: valid shape, unique ids, fact-sheet ids exist, ended schemes never active. */
export async function loadEmployerCatalogue(optionsFile: string, factSheetFile: string): Promise<EmployerCatalogue> {
  const factSheet = await readFactSheet(factSheetFile);
  const raw = await readJsonFile(optionsFile);
  const parsed = EmployerOptionFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DataFileError(optionsFile, undefined, `${issuePath(issue, raw)}: ${issue.message}`);
  }
  checkAgainstFactSheet(parsed.data.options, 'option', optionsFile, factSheet, factSheetFile);
  return { options: parsed.data.options };
}

/** The shipped options (content/employer-options.json), checked against the fact sheet and the official domains. */
export async function loadEmployerOptions(dataDir: string, contentDir: string = DEFAULT_CONTENT_DIR): Promise<EmployerCatalogue> {
  const file = path.join(contentDir, 'employer-options.json');
  const catalogue = await loadEmployerCatalogue(file, path.join(dataDir, DATA_FILES.factSheet));
  checkOfficialSources(catalogue.options, 'option', file, await loadOfficialDomains(contentDir));
  return catalogue;
}

export function isOptionRunning(option: EmployerOption, now: Date): boolean {
  if (option.status !== 'active') return false;
  return option.endedOn === undefined || now < new Date(`${option.endedOn}T00:00:00Z`);
}

/** Every stated condition holds; a fact the employer did not give does not exclude. */
export function isOptionEligible(option: EmployerOption, profile: EmployerProfile): boolean {
  if (!option.needs.some((need) => profile.needs.includes(need))) return false;
  const rule = option.eligibility;
  if (profile.size !== undefined) {
    const large = profile.size === '250+';
    const allowedSize = rule.sizes === undefined || rule.sizes.includes(profile.size);
    const allowedLarge = large && rule.largeInSectors?.includes(profile.sector);
    if (!allowedSize && !allowedLarge) return false;
  }
  if (rule.minAtRisk !== undefined && (profile.atRisk === undefined || profile.atRisk < rule.minAtRisk)) return false;
  return true;
}

export interface EmployerMatchOptions {
  now?: Date;
  locale?: 'nl' | 'en';
}

/**
 * Ranked, explained options for an employer. The first need counts most: an option for the
 * employer's main need ranks above one for a second need. Deterministic: ties by id.
 */
export function matchEmployer(catalogue: EmployerCatalogue, input: EmployerProfileInput, options: EmployerMatchOptions = {}): EmployerProposal[] {
  const profile = EmployerProfileSchema.parse(input);
  const now = options.now ?? new Date();
  const locale = options.locale ?? 'nl';
  const main = profile.needs[0];
  return catalogue.options
    .filter((o) => isOptionRunning(o, now) && isOptionEligible(o, profile))
    .map((o) => ({ option: o, score: Math.round((o.baseScore * (o.needs.includes(main) ? 1 : 0.8)) * 1000) / 1000 }))
    .sort((a, b) => b.score - a.score || a.option.id.localeCompare(b.option.id))
    .map(({ option: o, score }) => ({
      id: o.id,
      title: o.title[locale],
      provider: o.provider[locale],
      providerKind: o.providerKind,
      score,
      what: o.what[locale],
      reasons: [o.why[locale]],
      eligibility: o.decides[locale],
      nextStep: o.nextStep[locale],
      whatToBring: o.whatToBring[locale],
      sources: o.sources.map((source) => source.url),
      sourceLinks: o.sources.map((source) => sourceLink(source, locale)),
    }));
}
