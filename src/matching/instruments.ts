// Curated instrument rules (content/instruments.json): schema, loading and the fact-sheet cross-check.
import path from 'node:path';
import { z } from 'zod';
import { DataFileError } from './dataError';
import { FactSheetSchema } from './dataSchemas';
import { readJsonFile } from './jsonFile';
import { ProviderKindSchema } from '../region/schema';
import { BarrierSchema, DutchLevelSchema, IncomeSituationSchema } from './profile';
import { isOfficialSource, type OfficialDomains, SourceSchema } from './sources';

const Localised = z.object({ nl: z.string().min(1), en: z.string().min(1) });
const LocalisedList = z.object({ nl: z.array(z.string().min(1)), en: z.array(z.string().min(1)) });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

export const InstrumentTagSchema = z.enum([
  'training',
  'guidance',
  'work-experience',
  'employer-incentive',
  'job-search',
  'language',
  'advice',
]);
export type InstrumentTag = z.infer<typeof InstrumentTagSchema>;

export const RelevanceSchema = z.enum(['has-work-history', 'willing-to-train']);
export type Relevance = z.infer<typeof RelevanceSchema>;

/** Hard conditions (instruments and regional schemes): proposed only when every stated condition holds. */
export const EligibilitySchema = z.object({
  incomeSituations: z.array(IncomeSituationSchema).min(1),
  wiaTypes: z.array(z.enum(['wga', 'iva'])).optional(),
  minAge: z.number().int().min(0).optional(),
  maxAge: z.number().int().min(0).optional(),
  requiresBarrier: BarrierSchema.optional(),
  maxDutchLevel: DutchLevelSchema.optional(),
  /** Only without a startkwalificatie (hasStartQualification() false; unknown does not exclude). */
  noStartQualification: z.literal(true).optional(),
  /** Only for someone whose diploma is from abroad and not yet recognised. */
  foreignDiploma: z.literal(true).optional(),
  /** The age bounds must be known to hold: an unknown birth year excludes (e.g. youth routes). */
  ageRequired: z.literal(true).optional(),
});
export type Eligibility = z.infer<typeof EligibilitySchema>;

export const InstrumentSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'lowercase letters, digits and dashes'),
    /** Entry in regelingen_nl.json this rule is built from, if any. */
    factSheetId: z.string().optional(),
    status: z.enum(['active', 'ended']),
    endedOn: isoDate.optional(),
    kind: z.enum(['reintegration', 'referral', 'schooling']),
    title: Localised,
    provider: Localised,
    /** The regional offices the texts send the seeker to (first = who to contact); none for national bodies. */
    providerKinds: z.array(ProviderKindSchema).min(1).optional(),
    what: Localised,
    /** Hard conditions. An instrument is only proposed when every stated condition holds. */
    eligibility: EligibilitySchema,
    /** Soft conditions: whether the instrument is worth mentioning to this seeker at all. */
    relevantWhen: z.array(RelevanceSchema).default([]),
    decides: Localised,
    nextStep: Localised,
    whatToBring: LocalisedList,
    tags: z.array(InstrumentTagSchema).min(1),
    baseScore: z.number().min(0).max(1),
    note: z.string().optional(),
    /** Official pages only (content/official-domains.json), each with a name in nl and en. */
    sources: z.array(SourceSchema).min(1),
  })
  .refine((i) => i.status === 'active' || i.endedOn !== undefined, {
    message: 'an ended instrument needs endedOn',
    path: ['endedOn'],
  });
export type Instrument = z.infer<typeof InstrumentSchema>;

const InstrumentFileSchema = z.object({ _about: z.string().optional(), instruments: z.array(InstrumentSchema).min(1) });

/** Words in a fact-sheet status that mean the scheme no longer runs. */
export const ENDED_STATUS = /be[eë]indigd|historisch|ge[eë]indigd|niet aanbieden|niet meer/i;

export function issuePath(issue: z.core.$ZodIssue): string {
  return issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
}

/** Reads and validates the fact sheet (regelingen_nl.json). */
export async function readFactSheet(factSheetFile: string): Promise<z.infer<typeof FactSheetSchema>> {
  const factSheet = FactSheetSchema.safeParse(await readJsonFile(factSheetFile));
  if (!factSheet.success) {
    throw new DataFileError(factSheetFile, undefined, `${issuePath(factSheet.error.issues[0])}: ${factSheet.error.issues[0].message}`);
  }
  return factSheet.data;
}

/**
 * Checks rules (instruments, employer options) against the fact sheet: ids are unique, every
 * factSheetId exists, and a scheme the fact sheet calls ended is never marked active.
 */
export function checkAgainstFactSheet(
  entries: readonly { id: string; factSheetId?: string; status: string }[],
  kind: string,
  file: string,
  factSheet: z.infer<typeof FactSheetSchema>,
  factSheetFile: string,
): void {
  const facts = new Map(factSheet.regelingen.map((r) => [r.id, r]));
  const seen = new Set<string>();
  for (const entry of entries) {
    const where = `${kind} "${entry.id}"`;
    if (seen.has(entry.id)) throw new DataFileError(file, undefined, `${where}: duplicate id`);
    seen.add(entry.id);
    if (entry.factSheetId === undefined) continue;
    const fact = facts.get(entry.factSheetId);
    if (!fact) throw new DataFileError(file, undefined, `${where}: factSheetId "${entry.factSheetId}" is not in ${path.basename(factSheetFile)}`);
    if (entry.status === 'active' && ENDED_STATUS.test(fact.status)) {
      throw new DataFileError(file, undefined, `${where}: marked active, but ${path.basename(factSheetFile)} says "${fact.status}"`);
    }
  }
}

/** Every shown source must be on an official domain (content/official-domains.json); a data error otherwise. */
export function checkOfficialSources(
  entries: readonly { id: string; sources: readonly { url: string }[] }[],
  kind: string,
  file: string,
  domains: OfficialDomains,
): void {
  for (const entry of entries) {
    const bad = entry.sources.find((s) => !isOfficialSource(s.url, domains));
    if (bad) throw new DataFileError(file, undefined, `${kind} "${entry.id}": source ${bad.url} is not on an official domain`);
  }
}

/** Loads the instrument rules and checks them against the fact sheet. */
export async function loadInstruments(instrumentsFile: string, factSheetFile: string): Promise<Instrument[]> {
  const factSheet = await readFactSheet(factSheetFile);
  const parsed = InstrumentFileSchema.safeParse(await readJsonFile(instrumentsFile));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DataFileError(instrumentsFile, undefined, `${issuePath(issue)}: ${issue.message}`);
  }
  checkAgainstFactSheet(parsed.data.instruments, 'instrument', instrumentsFile, factSheet, factSheetFile);
  return parsed.data.instruments;
}
