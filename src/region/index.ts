// The region directory: which regions this installation serves, their postcode areas and the
// concrete providers (UWV office, gemeente desks, leerwerkloket, …) a seeker is sent to.
export {
  AddressSchema,
  GEMEENTE_BOUND_KINDS,
  GemeenteSchema,
  IdSchema,
  ProviderKindSchema,
  ProviderSchema,
  ProvidersFileSchema,
  RegionFileSchema,
  REQUIRED_GEMEENTE_KINDS,
  REQUIRED_REGION_KINDS,
  type Gemeente,
  type Provider,
  type ProviderKind,
  type RegionFile,
} from './schema';
export { ProviderContactSchema, addressLine, contactOf, contactSentence, mapUrlOf, type Locale, type ProviderContact } from './contact';
export { RegionDirectory, pc4Of, type PostcodePlace, type Region } from './directory';
export { REGIONS_DIR, REGION_FILES, loadRegionDirectory } from './load';
