// The region directory's content files (content/regions/<id>/): region.json and providers.json.
// Strict objects: a misspelt field ("opening_hours") is an error, not a silently missing value.
// postcodes.csv rows are checked in load.ts (PostcodeRowSchema) because they need line numbers.
import { z } from 'zod';

/** A folder name, gemeente id or provider id: lower-case letters, digits and dashes. */
export const IdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id of lower-case letters, digits and dashes');

const Text = z.string().trim().min(1);
export const LocalisedSchema = z.strictObject({ nl: Text, en: Text });

const HttpsUrl = z.url().regex(/^https:\/\//, 'an https URL');

export const ProviderKindSchema = z.enum([
  'uwv',
  'gemeente-werk-inkomen', // the gemeente's desk for bijstand and help to find work
  'gemeente-schuldhulp', // help with debts (often a buurtteam or the gemeente's money desk)
  'jongerenloket', // RMC: young people without a starting qualification
  'leerwerkloket',
  'werkgeversservicepunt',
  'werkcentrum',
  'taalhuis',
  'training',
  'reintegration',
]);
export type ProviderKind = z.infer<typeof ProviderKindSchema>;

/**
 * Kinds a seeker can only use in their own gemeente: a provider of such a kind that lists
 * gemeenten is never named to someone from another gemeente.
 */
export const GEMEENTE_BOUND_KINDS: readonly ProviderKind[] = ['gemeente-werk-inkomen', 'gemeente-schuldhulp', 'jongerenloket'];

/** Kinds every region must have (gemeente kinds: for every gemeente of the region). */
export const REQUIRED_REGION_KINDS: readonly ProviderKind[] = ['uwv', 'leerwerkloket', 'werkgeversservicepunt'];
export const REQUIRED_GEMEENTE_KINDS: readonly ProviderKind[] = ['gemeente-werk-inkomen', 'gemeente-schuldhulp'];

export const AddressSchema = z.strictObject({
  street: Text,
  postcode: z.string().regex(/^[1-9]\d{3} [A-Z]{2}$/, 'a Dutch postcode like "3511 SX"'),
  city: Text,
});

export const ProviderSchema = z.strictObject({
  /** What the operator still has to check about this provider (not shown to seekers). */
  _about: z.string().optional(),
  id: IdSchema,
  kind: ProviderKindSchema,
  name: Text,
  /** The gemeenten (ids from region.json) it serves; absent = the whole region. */
  gemeenten: z.array(IdSchema).min(1).optional(),
  address: AddressSchema,
  phone: z.string().trim().regex(/^\+?[0-9][0-9 ()-]{2,}$/, 'a phone number like "088 898 92 94" or "14 030"'),
  openingHours: LocalisedSchema,
  website: HttpsUrl,
  appointmentUrl: HttpsUrl.optional(),
  what: LocalisedSchema,
  forWhom: LocalisedSchema,
});
export type Provider = z.infer<typeof ProviderSchema>;

export const ProvidersFileSchema = z.strictObject({
  _about: z.string().optional(),
  providers: z.array(ProviderSchema).min(1),
});

export const GemeenteSchema = z.strictObject({ id: IdSchema, name: Text });
export type Gemeente = z.infer<typeof GemeenteSchema>;

export const RegionFileSchema = z.strictObject({
  _about: z.string().optional(),
  id: IdSchema,
  name: Text,
  organisationName: Text,
  /** Host names of the website that serve this region: lower-case, no port, no scheme. */
  hosts: z.array(z.string().regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/, 'a lower-case host name without scheme or port')),
  consoleTeam: Text,
  gemeenten: z.array(GemeenteSchema).min(1),
  checkedOn: z.iso.date('a date like "2026-12-01"'),
});
export type RegionFile = z.infer<typeof RegionFileSchema>;

/** One row of postcodes.csv (header `pc4,gemeente`). */
export const PostcodeRowSchema = z.strictObject({
  pc4: z.string().regex(/^[1-9]\d{3}$/, 'a 4-digit postcode area from 1000 to 9999'),
  gemeente: IdSchema,
});
