// Property tests (fast-check) over generated profiles.
import { expect } from 'chai';
import fc from 'fast-check';
import { profileArbitrary } from '../../bench/matching/profileArbitrary';
import {
  type Catalogue,
  isEligible,
  isRunning,
  matchProfile,
  MatchResultSchema,
  type ProfileInput,
  ProfileSchema,
} from '../../src/matching';
import { naiveSkillOverlap } from '../../bench/matching/naiveSkillOverlap';
import { NOW, sharedCatalogue } from './helpers';

describe('matching/properties', function () {
  this.timeout(120_000);
  let catalogue: Catalogue;
  let profiles: fc.Arbitrary<ProfileInput>;
  before(async () => {
    catalogue = await sharedCatalogue();
    profiles = profileArbitrary(catalogue);
  });

  it('no proposal ever violates eligibility, and ended schemes never appear', () => {
    fc.assert(
      fc.property(profiles, (input) => {
        const result = matchProfile(catalogue, input, { now: NOW });
        for (const p of result.proposals.filter((x) => x.id.startsWith('instrument:'))) {
          const instrument = catalogue.instruments.find((i) => `instrument:${i.id}` === p.id)!;
          expect(instrument.status).to.equal('active');
          expect(isRunning(instrument, NOW)).to.equal(true);
          expect(instrument.eligibility.incomeSituations).to.include(input.income.situation);
          if (instrument.eligibility.requiresBarrier) expect(input.barriers).to.include(instrument.eligibility.requiresBarrier);
          expect(isEligible(instrument, ProfileSchema.parse(input), NOW)).to.equal(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('every proposal has a next step, reasons and at least one source URL (schema-valid)', () => {
    fc.assert(
      fc.property(profiles, (input) => {
        const result = MatchResultSchema.parse(matchProfile(catalogue, input, { now: NOW }));
        for (const p of result.proposals) {
          expect(p.nextStep).to.not.equal('');
          expect(p.sources.length).to.be.at.least(1);
          expect(p.reasons.length).to.be.at.least(1);
          expect(p.score).to.be.within(0, 1);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('ranking is stable: deterministic, sorted, and independent of the order of work history and skills', () => {
    fc.assert(
      fc.property(profiles, (input) => {
        const a = matchProfile(catalogue, input, { now: NOW });
        expect(matchProfile(catalogue, input, { now: NOW })).to.deep.equal(a);
        const scores = a.proposals.map((p) => p.score);
        expect(scores).to.deep.equal([...scores].sort((x, y) => y - x));
        const reversed = { ...input, workHistory: [...(input.workHistory ?? [])].reverse(), skills: [...(input.skills ?? [])].reverse() };
        const b = matchProfile(catalogue, reversed, { now: NOW });
        expect(b.proposals.map((p) => [p.id, p.score])).to.deep.equal(a.proposals.map((p) => [p.id, p.score]));
      }),
      { numRuns: 100 },
    );
  });

  it('the indexed skill overlap gives exactly the naive full scan result', () => {
    fc.assert(
      fc.property(profiles, (input) => {
        const indexed = matchProfile(catalogue, input, { now: NOW });
        const naive = matchProfile(catalogue, input, { now: NOW, skillOverlap: naiveSkillOverlap });
        expect(naive).to.deep.equal(indexed);
      }),
      { numRuns: 50 },
    );
  });
});
