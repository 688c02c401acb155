// One test per instrument rule: who gets it, who never does, and ended schemes never.
import { expect } from 'chai';
import {
  type Catalogue,
  type IncomeSituation,
  IncomeSituationSchema,
  isEligible,
  isRunning,
  matchProfile,
  type Profile,
  ProfileSchema,
  type ProfileInput,
} from '../../src/matching';
import { NOW, sharedCatalogue } from './helpers';

function profile(situation: IncomeSituation, extra: Partial<ProfileInput> = {}): Profile {
  return ProfileSchema.parse({
    income: { situation },
    workHistory: [{ title: 'magazijnmedewerker' }],
    education: { level: 'mbo-2' },
    dutchLevel: 'native',
    goals: { training: { willing: true } },
    ...extra,
  });
}

const ALL = IncomeSituationSchema.options;

// instrument id → income situations for which it may be proposed (other conditions satisfied).
const RULES: Record<string, { eligible: IncomeSituation[]; extra?: Partial<ProfileInput> }> = {
  'uwv-scholing-ww': { eligible: ['ww'] },
  'uwv-scholing-arbeidsondersteuning': { eligible: ['wia', 'wajong'] },
  'uwv-werkfit': { eligible: ['wia', 'wajong'] },
  'uwv-proefplaatsing': { eligible: ['ww', 'wia', 'wajong'] },
  'uwv-jobcoach': { eligible: ['wia', 'wajong'] },
  'uwv-no-riskpolis': { eligible: ['wia', 'wajong'] },
  'uwv-banenafspraak': { eligible: ['wajong'] },
  'uwv-loondispensatie': { eligible: ['wajong'] },
  'gemeente-banenafspraak': { eligible: ['bijstand', 'none'], extra: { barriers: ['health'] } },
  'gemeente-reintegratie': { eligible: ['bijstand'] },
  'gemeente-proefplaatsing': { eligible: ['bijstand'] },
  'gemeente-loonkostensubsidie': { eligible: ['bijstand', 'none'], extra: { barriers: ['health'] } },
  'gemeente-taal': { eligible: ['bijstand'], extra: { dutchLevel: 'A2' } },
  'bibliotheek-taalhuis': { eligible: ALL, extra: { dutchLevel: 'A1' } },
  'leerwerkloket-advies': { eligible: ALL },
  'leerwerkloket-evc': { eligible: ALL },
  ontwikkeladvies: { eligible: ALL },
  'slim-via-werkgever': { eligible: ['employed', 'flex'] },
};

describe('matching/eligibility: one rule per instrument', function () {
  this.timeout(60_000);
  let catalogue: Catalogue;
  before(async () => {
    catalogue = await sharedCatalogue();
  });

  it('has a rule test for every active instrument', () => {
    const active = catalogue.instruments.filter((i) => i.status === 'active').map((i) => i.id).sort();
    expect(Object.keys(RULES).sort()).to.deep.equal(active);
  });

  for (const [id, rule] of Object.entries(RULES)) {
    it(`${id}: only for ${rule.eligible.length === ALL.length ? 'everyone' : rule.eligible.join(', ')}`, () => {
      const instrument = catalogue.instruments.find((i) => i.id === id)!;
      for (const situation of ALL) {
        const p = profile(situation, rule.extra);
        expect(isEligible(instrument, p, NOW), `${id} for ${situation}`).to.equal(rule.eligible.includes(situation));
      }
      expect(instrument.sources.length).to.be.greaterThan(0);
    });
  }

  it('needs the stated barrier: no loonkostensubsidie without a health limitation', () => {
    const lks = catalogue.instruments.find((i) => i.id === 'gemeente-loonkostensubsidie')!;
    expect(isEligible(lks, profile('bijstand'), NOW)).to.equal(false);
  });

  it('respects WIA type: IVA gets no werkfit or jobcoach, WGA does', () => {
    const werkfit = catalogue.instruments.find((i) => i.id === 'uwv-werkfit')!;
    expect(isEligible(werkfit, profile('wia', { income: { situation: 'wia', wiaType: 'iva' } }), NOW)).to.equal(false);
    expect(isEligible(werkfit, profile('wia', { income: { situation: 'wia', wiaType: 'wga' } }), NOW)).to.equal(true);
  });

  it('respects the Dutch level of language instruments', () => {
    const taalhuis = catalogue.instruments.find((i) => i.id === 'bibliotheek-taalhuis')!;
    expect(isEligible(taalhuis, profile('ww', { dutchLevel: 'B2' }), NOW)).to.equal(false);
  });

  it('never proposes ended schemes (STAP, scholingsvoucher, RMT), for anyone', () => {
    const ended = catalogue.instruments.filter((i) => i.status === 'ended').map((i) => i.id);
    expect(ended).to.include.members(['stap-budget', 'scholingsvoucher-kansberoep', 'regionaal-mobiliteitsteam']);
    for (const situation of ALL) {
      const result = matchProfile(catalogue, profile(situation, { dutchLevel: 'A1', barriers: ['health'] }), { now: NOW });
      const ids = result.proposals.map((p) => p.id);
      for (const id of ended) expect(ids).to.not.include(`instrument:${id}`);
      expect(JSON.stringify(result)).to.not.match(/STAP/);
    }
  });

  it('treats an instrument as not running from its end date on', () => {
    const proefplaatsing = catalogue.instruments.find((i) => i.id === 'uwv-proefplaatsing')!;
    const ending = { ...proefplaatsing, endedOn: '2026-01-01' };
    expect(isRunning(ending, new Date('2025-12-31T23:00:00Z'))).to.equal(true);
    expect(isRunning(ending, new Date('2026-01-01T00:00:00Z'))).to.equal(false);
  });
});
