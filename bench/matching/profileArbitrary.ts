// Generated seeker profiles over real catalogue URIs and skill ids: used by the property tests
// and, with a fixed seed, as the bench workload.
import fc from 'fast-check';
import {
  BarrierSchema,
  type Catalogue,
  DutchLevelSchema,
  EducationLevelSchema,
  IncomeSituationSchema,
  type ProfileInput,
} from '../../src/matching';

export function profileArbitrary(catalogue: Catalogue): fc.Arbitrary<ProfileInput> {
  // A spread of real URIs and skill ids, so generated profiles exercise real overlap.
  const uris = catalogue.occupations.filter((_, i) => i % 7 === 0).map((o) => o.uri);
  const skillIds = catalogue.skills.filter((_, i) => i % 11 === 0).map((s) => s.id);
  const situation = fc.constantFrom(...IncomeSituationSchema.options);
  return situation.chain((s) =>
    fc.record({
      birthYear: fc.option(fc.integer({ min: 1955, max: 2007 }), { nil: undefined }),
      income: fc.record({
        situation: fc.constant(s),
        wiaType: s === 'wia' ? fc.option(fc.constantFrom('wga' as const, 'iva' as const), { nil: undefined }) : fc.constant(undefined),
        since: fc.option(fc.constantFrom('2015-01', '2022-06', '2025-09'), { nil: undefined }),
      }),
      workHistory: fc.array(
        fc.oneof(
          fc.record({ occupationUri: fc.constantFrom(...uris), years: fc.integer({ min: 0, max: 30 }) }),
          fc.record({ occupationUri: fc.constantFrom(...uris), title: fc.constantFrom('schoonmaker', 'magazijn'), confirmed: fc.boolean() }),
          fc.record({ title: fc.constantFrom('heftruckchauffeur', 'thuiszorg', 'kassamedewerker', 'vrachtwagenchauffer', 'xyz qqq') }),
        ),
        { maxLength: 3 },
      ),
      skills: fc.uniqueArray(fc.constantFrom(...skillIds), { maxLength: 5 }),
      education: fc.record({ level: fc.constantFrom(...EducationLevelSchema.options), foreignDiploma: fc.option(fc.boolean(), { nil: undefined }) }),
      drivingLicence: fc.option(fc.boolean(), { nil: undefined }),
      limits: fc.record({
        noHeavyWork: fc.option(fc.boolean(), { nil: undefined }),
        times: fc.option(fc.constantFrom('school-hours' as const, 'daytime' as const, 'no-nights' as const), { nil: undefined }),
        maxTravelMinutes: fc.option(fc.constantFrom(20, 45), { nil: undefined }),
      }),
      dutchLevel: fc.constantFrom(...DutchLevelSchema.options),
      barriers: fc.uniqueArray(fc.constantFrom(...BarrierSchema.options), { maxLength: 4 }),
      goals: fc.record({
        direction: fc.constantFrom('same' as const, 'similar' as const, 'new' as const, 'unsure' as const),
        targetOccupationUris: fc.uniqueArray(fc.constantFrom(...uris), { maxLength: 2 }),
        interests: fc.option(fc.constantFrom('de zorg', 'techniek', 'buiten werken met dieren', 'warmtepompen', 'met kinderen', 'maakt niet uit'), { nil: undefined }),
        hoursPerWeek: fc.option(fc.record({ max: fc.constantFrom(16, 32, 40) }), { nil: undefined }),
        start: fc.constantFrom('now' as const, 'within-3-months' as const, 'later' as const),
        training: fc.record({ willing: fc.boolean(), maxMonths: fc.option(fc.integer({ min: 1, max: 48 }), { nil: undefined }) }),
      }),
    }),
  );
}
