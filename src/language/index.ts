// The Dutch language layer: pure functions that understand what seekers type.
// No I/O, no clock, no botbuilder/restify/Prisma. See README.md for rules and limits.
export * from './locale';
export * from './normalize';
export * from './emoji';
export * from './fuzzy';
export * from './numberWords';
export * from './numbers';
export * from './amounts';
export * from './calendar';
export * from './dates';
export * from './durations';
export * from './hours';
export * from './yesNo';
export * from './postcode';
export * from './identifiers';
export * from './pii';
export * from './interruptions';
export * from './sensitive';
export * from './choices';
export * from './vocabulary';
export * from './limits';
export * from './facts';
export * from './corrections';
export * from './asides';
export * from './nonAnswers';
export * from './uncertainty';
export * from './intakeWords';
