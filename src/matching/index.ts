// Public API of the matching module (pure foundation: no botbuilder, restify or Prisma).
export {
  ProfileSchema,
  IncomeSituationSchema,
  DutchLevelSchema,
  EducationLevelSchema,
  BarrierSchema,
  GoalsSchema,
  WorkHistoryItemSchema,
  EscoOccupationUriSchema,
  NLQF_BY_EDUCATION,
  describeProfileIssues,
  nlqfOf,
  hasStartQualification,
  LimitsSchema,
  type Limits,
  type Profile,
  type ProfileInput,
  type IncomeSituation,
  type DutchLevel,
  type EducationLevel,
  type Barrier,
  type Goals,
  type WorkHistoryItem,
} from './profile';
export {
  ProposalSchema,
  ProposalKindSchema,
  MatchResultSchema,
  ComplexSignalSchema,
  LimitAppliedSchema,
  RouteSchema,
  type LimitApplied,
  type Route,
  type Proposal,
  type ProposalKind,
  type MatchResult,
  type ComplexSignal,
  MAX_PROPOSALS_SHOWN,
} from './proposal';
export { loadCatalogue, buildCatalogue, regionOf, type Catalogue, type CatalogueStats, type LoadOptions } from './catalogue';
export { loadRawCatalogueData, DATA_FILES, type RawCatalogueData } from './rawData';
export { DataFileError } from './dataError';
export {
  searchOccupations,
  searchSkills,
  getOccupationSkills,
  type OccupationCandidate,
  type SkillCandidate,
  type OccupationSkill,
} from './search';
export { matchProfile, type MatchOptions } from './match';
// Issue 18: the seeker's own offices in referrals (src/region's directory).
export { desksFor, localAnswer, localiseProposal, localiseProposals, kindsNamedIn, type Desks, type LocalAnswer, type ProviderDirectory } from './localise';
export { SourceSchema, isOfficialSource, isSourcePage, loadOfficialDomains, sourceLink, type Source, type OfficialDomains } from './sources';
export { WhoToAskTable, WhoToAskTopicSchema, loadWhoToAsk, type WhoToAskTopic, type WhoToAskAnswer, type AskSituation } from './whoToAsk';
export { InstrumentSchema, type Instrument } from './instruments';
export { isEligible, isRunning, offeredInstruments } from './eligibility';
export { indexedSkillOverlap, type SkillOverlap, type SkillOverlapFn } from './skillOverlap';
export { textsFor, type Locale, type Texts } from './texts';
// The Dutch text search (stemming, compounds, typo tolerance), shared with the knowledge base.
export { LabelIndex, type LabelEntry, type LabelHit, type LabelIndexOptions } from './labelIndex';
export { normalise, stemDutch, contentTerms } from './dutchText';
export {
  matchEmployer,
  loadEmployerCatalogue,
  loadEmployerOptions,
  isOptionEligible,
  isOptionRunning,
  EmployerProfileSchema,
  EmployerNeedSchema,
  EmployerSectorSchema,
  CompanySizeSchema,
  EmployerOptionSchema,
  EmployerProposalSchema,
  type EmployerProfile,
  type EmployerProfileInput,
  type EmployerNeed,
  type EmployerSector,
  type CompanySize,
  type EmployerOption,
  type EmployerProposal,
  type EmployerCatalogue,
} from './employer';
