// zod schemas for each reference file in the data directory (see ../shared/data/README.md).
// Only the columns we use are checked; other columns may change without breaking us.
import { z } from 'zod';

const escoUri = (kind: string) =>
  z.string().regex(new RegExp(`^http://data\\.europa\\.eu/esco/${kind}/[0-9a-f-]{36}$`), `an ESCO ${kind} URI`);

/** Newline- or pipe-separated label lists, trimmed, empties dropped. */
const labelList = (separator: RegExp) =>
  z
    .string()
    .default('')
    .transform((s) =>
      s
        .split(separator)
        .map((l) => l.trim())
        .filter((l) => l.length > 0),
    );

const decimalComma = z
  .string()
  .regex(/^\d+(,\d+)?$/, 'a number like 1,30')
  .transform((s) => Number(s.replace(',', '.')));

const optionalNumber = z
  .string()
  .transform((s) => (s.trim() === '' ? undefined : Number(s)))
  .refine((n) => n === undefined || Number.isFinite(n), 'a number or empty');

export const OccupationRowSchema = z.object({
  conceptUri: escoUri('occupation'),
  iscoGroup: z.string().regex(/^\d{4}$/, 'a 4-digit ISCO-08 code'),
  preferredLabel: z.string().trim().min(1, 'a non-empty label'),
  altLabels: labelList(/\r?\n/),
});
export type OccupationRow = z.infer<typeof OccupationRowSchema>;

export const IscoGroupRowSchema = z.object({
  code: z.string().regex(/^\d{1,4}$/, 'an ISCO-08 code of 1 to 4 digits'),
  preferredLabel: z.string().trim().min(1),
});

export const RelationRowSchema = z.object({
  occupation_uri: escoUri('occupation'),
  relation_type: z.enum(['essential', 'optional']),
  skill_label_en: z.string().trim().min(1, 'a non-empty English skill label'),
  skill_uri_if_known: z.union([z.literal(''), escoUri('skill')]),
  skill_label_nl_if_known: z.string().trim(),
});
export type RelationRow = z.infer<typeof RelationRowSchema>;

export const SkillCollectionRowSchema = z.object({
  conceptUri: escoUri('skill'),
  preferredLabel: z.string().trim().min(1),
  altLabels: labelList(/\s*\|\s*|\r?\n/),
});

export const CrosswalkRowSchema = z.object({
  isco08_unit: z.string().regex(/^\d{4}$/, 'a 4-digit ISCO-08 code'),
  brc_group: z.string().regex(/^\d{4}$/, 'a 4-digit BRC 2014 code'),
  brc_group_label: z.string().trim().min(1),
});

export const WageRowSchema = z.object({
  brc: z.string().regex(/^(\d{2,4}|Totaal)$/, 'a BRC code or "Totaal"'),
  title: z.string().trim().min(1),
  p25: optionalNumber,
  p50: optionalNumber,
  p75: optionalNumber,
});

export const MboRowSchema = z.object({
  opleidingsdomein: z.string().trim().min(1),
  kwalificatiedossier: z.string().trim().min(1),
  kwalificatie_crebo: z.string().regex(/^\d{5}$/, 'a 5-digit crebo code'),
  kwalificatie: z.string().trim().min(1),
  mbo_niveau: z.enum(['1', '2', '3', '4']).transform(Number),
  soort_opleiding: z.string().trim().min(1),
  leerweg: z.enum(['BOL/BBL', 'BBL', 'BOL']),
  prijsfactor: decimalComma,
  studieduur_min_jaar: z.string().regex(/^\d$/, 'whole years').transform(Number),
  studieduur_max_jaar: z.string().regex(/^\d$/, 'whole years').transform(Number),
  nlqf_niveau: z.string().regex(/^[1-8]$/, 'NLQF 1..8').transform(Number),
}).refine((r) => r.studieduur_min_jaar <= r.studieduur_max_jaar, {
  message: 'studieduur_min_jaar must be <= studieduur_max_jaar',
  path: ['studieduur_min_jaar'],
});
export type MboRow = z.infer<typeof MboRowSchema>;

/** Optional shortage file (none is shipped: see docs/matching.md). One row per occupation or ISCO group. */
/** Optional: which labour-market region a 4-digit postcode area belongs to (one of the 35). */
export const PostcodeRegionRowSchema = z.object({
  pc4: z.string().regex(/^[1-9]\d{3}$/, 'a 4-digit postcode area'),
  region: z.string().trim().min(1, 'a labour-market region name'),
});

export const ShortageRowSchema = z.object({
  /** ESCO occupation URI or a 4-digit ISCO-08 unit group. */
  occupation: z.union([escoUri('occupation'), z.string().regex(/^\d{4}$/)]),
  /** Labour-market region name; empty = the whole country. */
  region: z.string().trim().default(''),
  /** 1 = some shortage, 2 = shortage, 3 = large shortage. */
  tension: z.enum(['1', '2', '3']).transform(Number),
  period: z.string().trim().min(1, 'a period such as 2025-Q1'),
  source_url: z.string().url(),
});
export type ShortageRow = z.infer<typeof ShortageRowSchema>;

/** regelingen_nl.json: we only rely on id, name and status, to cross-check content/instruments.json. */
export const FactSheetSchema = z.object({
  regelingen: z.array(
    z.object({
      id: z.string().min(1),
      naam: z.string().min(1),
      status: z.string().min(1),
      bronnen: z.array(z.string()).min(1),
    }),
  ),
});
