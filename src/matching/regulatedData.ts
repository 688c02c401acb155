// content/regulated-professions.json: schema, reading and resolving. Every ESCO URI, crebo and
// source is checked at start-up; an unknown URI or a non-official source is a data error.
import { z } from 'zod';
import { DataFileError } from './dataError';
import { readJsonFile } from './jsonFile';
import { DutchLevelSchema, EscoOccupationUriSchema, type DutchLevel } from './profile';
import type { Qualification } from './schoolingRoutes';
import { isOfficialSource, SourceSchema, type OfficialDomains, type Source } from './sources';

const Localised = z.object({ nl: z.string().trim().min(1), en: z.string().trim().min(1) });
const LocalisedList = z.object({ nl: z.array(z.string().min(1)), en: z.array(z.string().min(1)) });

/** How recognition or registration works, shared by the professions that use it. */
export const ProcedureSchema = z.object({
  authority: Localised,
  /** One sentence why the title is protected; "{title}" is replaced by the profession's title. */
  protection: Localised,
  decides: Localised,
  foreignSteps: LocalisedList,
  foreignNextStep: Localised,
  domesticNextStep: Localised,
  whatToBring: LocalisedList,
  sources: z.array(SourceSchema).min(1),
  /** Shown only to someone with a foreign diploma (the recognition pages). */
  foreignSources: z.array(SourceSchema).default([]),
});
export type Procedure = z.infer<typeof ProcedureSchema>;

const SteppingStoneSchema = z
  .object({
    occupationUri: EscoOccupationUriSchema.optional(),
    /** MBO qualification (kwalificatie_crebo in mbo_kwalificaties_2015.csv). */
    crebo: z.string().regex(/^\d{5}$/, 'a 5-digit crebo code').optional(),
  })
  .refine((s) => s.occupationUri !== undefined || s.crebo !== undefined, { message: 'give occupationUri or crebo (or both)' });

export const RegulatedProfessionSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'lowercase letters, digits and dashes'),
  title: Localised,
  /** The ESCO occupations this title covers; the label must be ESCO's preferred label (a check on the URI). */
  occupations: z.array(z.object({ occupationUri: EscoOccupationUriSchema, label: z.string().trim().min(1) })).min(1),
  procedure: z.string().min(1),
  /** Usual NLQF level of the training that leads to the profession. */
  minNlqf: z.number().int().min(1).max(8),
  /** Dutch level the work needs. */
  dutchNeeded: DutchLevelSchema,
  steppingStones: z.array(SteppingStoneSchema).default([]),
  /** Sources beyond the procedure's own. */
  sources: z.array(SourceSchema).default([]),
});

export const RegulatedFileSchema = z.object({
  _about: z.string().optional(),
  procedures: z.record(z.string(), ProcedureSchema),
  professions: z.array(RegulatedProfessionSchema).min(1),
});
export type RegulatedFile = z.infer<typeof RegulatedFileSchema>;

export interface SteppingStone {
  occupation?: number;
  qualification?: number;
}

export interface RegulatedProfession {
  id: string;
  title: { nl: string; en: string };
  procedure: Procedure;
  occupations: number[];
  minNlqf: number;
  dutchNeeded: DutchLevel;
  steppingStones: SteppingStone[];
  /** Procedure and profession sources, for everyone. */
  sources: Source[];
  /** The recognition pages, for someone with a foreign diploma. */
  foreignSources: Source[];
}

export interface RegulatedCatalogue {
  professions: RegulatedProfession[];
  /** Occupation index → index in `professions`. */
  byOccupation: Map<number, number>;
}

export async function readRegulatedProfessions(file: string): Promise<RegulatedFile> {
  const parsed = RegulatedFileSchema.safeParse(await readJsonFile(file));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DataFileError(file, undefined, `${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

function checkSources(file: string, where: string, sources: readonly Source[], domains: OfficialDomains): void {
  for (const s of sources) {
    if (!isOfficialSource(s.url, domains)) throw new DataFileError(file, undefined, `${where}: source ${s.url} is not on an official domain`);
  }
}

/** Resolves URIs, crebo codes and procedures; anything unknown is a data error, never a silent skip. */
export function resolveRegulatedProfessions(
  file: string,
  value: RegulatedFile,
  occupations: { readonly byUri: ReadonlyMap<string, number>; label(index: number): string },
  qualifications: readonly Qualification[],
  domains: OfficialDomains,
): RegulatedCatalogue {
  const occupationByUri = occupations.byUri;
  for (const [key, procedure] of Object.entries(value.procedures)) checkSources(file, `procedures.${key}`, [...procedure.sources, ...procedure.foreignSources], domains);
  const byOccupation = new Map<number, number>();
  const seen = new Set<string>();
  const occupationOf = (uri: string, where: string) => {
    const o = occupationByUri.get(uri);
    if (o === undefined) throw new DataFileError(file, undefined, `${where}: unknown occupation ${uri}`);
    return o;
  };
  const professions = value.professions.map((p, i): RegulatedProfession => {
    const where = `professions[${i}] (${p.id})`;
    if (seen.has(p.id)) throw new DataFileError(file, undefined, `${where}: duplicate id`);
    seen.add(p.id);
    const procedure = value.procedures[p.procedure];
    if (!procedure) throw new DataFileError(file, undefined, `${where}.procedure: unknown procedure "${p.procedure}"`);
    checkSources(file, where, p.sources, domains);
    const covered = p.occupations.map(({ occupationUri, label }) => {
      const o = occupationOf(occupationUri, `${where}.occupations`);
      const actual = occupations.label(o);
      if (actual !== label) throw new DataFileError(file, undefined, `${where}.occupations: ${occupationUri} is "${actual}" in ESCO, not "${label}"`);
      if (byOccupation.has(o)) throw new DataFileError(file, undefined, `${where}: occupation ${occupationUri} is already in another profession`);
      byOccupation.set(o, i);
      return o;
    });
    const steppingStones = p.steppingStones.map((s): SteppingStone => {
      const stone: SteppingStone = {};
      if (s.occupationUri !== undefined) stone.occupation = occupationOf(s.occupationUri, `${where}.steppingStones`);
      if (s.crebo !== undefined) {
        const q = qualifications.findIndex((x) => x.crebo === s.crebo);
        if (q < 0) throw new DataFileError(file, undefined, `${where}.steppingStones: unknown qualification ${s.crebo}`);
        stone.qualification = q;
      }
      return stone;
    });
    return { id: p.id, title: p.title, procedure, occupations: covered, minNlqf: p.minNlqf, dutchNeeded: p.dutchNeeded, steppingStones, sources: [...procedure.sources, ...p.sources], foreignSources: procedure.foreignSources };
  });
  return { professions, byOccupation };
}
