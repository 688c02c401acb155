// Golden expectations per persona (examples/profiles/*.json), at a fixed date.
import { expect } from 'chai';
import { type Catalogue, type MatchResult, matchProfile, MatchResultSchema } from '../../src/matching';
import { NOW, type Persona, PERSONAS, personaProfile, sharedCatalogue } from './helpers';

const BIJSTAND_ONLY = ['instrument:gemeente-reintegratie', 'instrument:gemeente-proefplaatsing', 'instrument:gemeente-taal'];
const UWV_DISABILITY_ONLY = ['instrument:uwv-jobcoach', 'instrument:uwv-no-riskpolis', 'instrument:uwv-werkfit', 'instrument:uwv-banenafspraak'];

interface Golden {
  includes: string[];
  excludes: string[];
  /** At least this many proposals of each kind. */
  kinds?: Partial<Record<MatchResult['proposals'][number]['kind'], number>>;
  complex: boolean;
  check?: (result: MatchResult) => void;
}

const GOLDEN: Record<Persona, Golden> = {
  'ww-laid-off': {
    includes: ['instrument:uwv-scholing-ww', 'instrument:uwv-proefplaatsing', 'instrument:leerwerkloket-advies'],
    excludes: [...BIJSTAND_ONLY, ...UWV_DISABILITY_ONLY, 'instrument:gemeente-loonkostensubsidie'],
    kinds: { 'job-direction': 2, schooling: 2 },
    complex: false,
    check: (r) => {
      const job = r.proposals.find((p) => p.kind === 'job-direction')!;
      expect(job.reasons[0]).to.match(/^Je hebt \d+ van de \d+ belangrijkste vaardigheden voor /);
      const schooling = r.proposals.filter((p) => p.kind === 'schooling' && p.id.startsWith('schooling:')).map((p) => p.title);
      expect(schooling.join(' ')).to.match(/Logistiek medewerker/);
    },
  },
  'bijstand-long-term': {
    includes: ['instrument:gemeente-reintegratie', 'instrument:gemeente-loonkostensubsidie', 'instrument:gemeente-banenafspraak'],
    excludes: ['instrument:uwv-scholing-ww', 'instrument:uwv-proefplaatsing', ...UWV_DISABILITY_ONLY],
    complex: true,
    check: (r) => {
      expect(r.understoodWork.map((u) => u.label)).to.include('kassamedewerker');
      expect(r.complexCase.signals).to.include.members(['debts-or-housing', 'long-term-benefit']);
    },
  },
  'wajong-young': {
    includes: ['instrument:uwv-jobcoach', 'instrument:uwv-no-riskpolis', 'instrument:uwv-banenafspraak', 'instrument:uwv-loondispensatie'],
    excludes: [...BIJSTAND_ONLY, 'instrument:uwv-scholing-ww', 'instrument:leerwerkloket-evc'],
    complex: true,
    check: (r) => {
      // No work history: no "you have X of Y skills" claims.
      for (const p of r.proposals) for (const reason of p.reasons) expect(reason).to.not.match(/^Je hebt \d+ van de/);
    },
  },
  'flex-switch': {
    includes: ['instrument:leerwerkloket-advies', 'instrument:slim-via-werkgever', 'job-direction:http://data.europa.eu/esco/occupation/87d0795a-d41f-47ee-979f-0ab7d73836e7'],
    excludes: [...BIJSTAND_ONLY, ...UWV_DISABILITY_ONLY, 'instrument:uwv-scholing-ww', 'instrument:uwv-proefplaatsing'],
    kinds: { schooling: 1 },
    complex: false,
    check: (r) => {
      const care = r.proposals.filter((p) => p.kind === 'schooling').map((p) => p.title);
      expect(care.join(' ')).to.match(/Helpende Zorg en Welzijn|Verzorgende IG/);
      const wish = r.proposals.find((p) => p.occupation?.label === 'verpleeghulp')!;
      expect(wish.reasons).to.include('Je zei dat je dit werk graag wilt doen.');
    },
  },
  'returner-no-benefit': {
    includes: ['instrument:leerwerkloket-advies', 'instrument:leerwerkloket-evc', 'instrument:ontwikkeladvies'],
    excludes: [...BIJSTAND_ONLY, ...UWV_DISABILITY_ONLY, 'instrument:uwv-scholing-ww', 'instrument:gemeente-loonkostensubsidie'],
    kinds: { 'job-direction': 2 },
    complex: false,
    check: (r) => {
      for (const p of r.proposals.filter((x) => x.kind === 'schooling')) {
        expect(p.reasons).to.include('Wie betaalt? Het leerwerkloket weet welke regelingen er zijn. Check de actuele bedragen bij de school.');
      }
    },
  },
  'newcomer-dutch-learner': {
    includes: ['instrument:gemeente-taal', 'instrument:bibliotheek-taalhuis', 'instrument:gemeente-reintegratie'],
    excludes: [...UWV_DISABILITY_ONLY, 'instrument:uwv-scholing-ww'],
    complex: false,
    check: (r) => {
      expect(r.understoodWork[0].label).to.equal('kok');
      const top = r.proposals.filter((p) => p.kind === 'job-direction')[0];
      expect(top.occupation?.label).to.equal('kok'); // direction "same"
      const language = r.proposals.findIndex((p) => p.id === 'instrument:gemeente-taal');
      expect(language).to.be.lessThan(2); // Dutch first
    },
  },
};

describe('matching/personas (golden)', function () {
  this.timeout(60_000);
  let catalogue: Catalogue;
  before(async () => {
    catalogue = await sharedCatalogue();
  });

  for (const persona of PERSONAS) {
    describe(persona, () => {
      let result: MatchResult;
      before(() => {
        result = matchProfile(catalogue, personaProfile(persona), { now: NOW });
      });
      const golden = GOLDEN[persona];

      it('matches the output schema; every proposal has reasons, a next step and a source URL', () => {
        MatchResultSchema.parse(result);
        for (const p of result.proposals) {
          expect(p.nextStep.length).to.be.greaterThan(10);
          expect(p.reasons.length).to.be.greaterThan(0);
          expect(p.sources.length).to.be.greaterThan(0);
          for (const s of p.sources) expect(s).to.match(/^https?:\/\//);
        }
        expect(result.warnings).to.deep.equal([]);
      });

      it(`includes ${golden.includes.join(', ')}`, () => {
        expect(result.proposals.map((p) => p.id)).to.include.members(golden.includes);
      });

      it('excludes instruments of other income situations', () => {
        const ids = result.proposals.map((p) => p.id);
        for (const id of golden.excludes) expect(ids, id).to.not.include(id);
      });

      it('ranks by score, highest first', () => {
        const scores = result.proposals.map((p) => p.score);
        expect(scores).to.deep.equal([...scores].sort((a, b) => b - a));
      });

      if (golden.kinds) {
        it('has the expected kinds of proposal', () => {
          for (const [kind, min] of Object.entries(golden.kinds!)) {
            expect(result.proposals.filter((p) => p.kind === kind).length, kind).to.be.at.least(min);
          }
        });
      }

      it(`complex case: ${golden.complex}`, () => {
        expect(result.complexCase.complex).to.equal(golden.complex);
      });

      it('never shows an English skill label in Dutch text', () => {
        const englishLabels = new Set(catalogue.skills.filter((s) => !s.labelNl).map((s) => s.labelEn));
        for (const p of result.proposals) {
          for (const reason of p.reasons) {
            const named = reason.match(/^Je mist nog (.+?)(, en nog \d+ andere\.|\.)/);
            if (!named) continue;
            for (const part of named[1].split(/, | en /)) expect(englishLabels.has(part), part).to.equal(false);
          }
        }
      });

      if (golden.check) it('persona-specific expectations', () => golden.check!(result));

      it('gives the same output for the same input', () => {
        expect(matchProfile(catalogue, personaProfile(persona), { now: NOW })).to.deep.equal(result);
      });
    });
  }

  it('can answer in English with the same structure', () => {
    const nl = matchProfile(catalogue, personaProfile('ww-laid-off'), { now: NOW });
    const en = matchProfile(catalogue, personaProfile('ww-laid-off'), { now: NOW, locale: 'en' });
    expect(en.proposals.map((p) => p.id)).to.deep.equal(nl.proposals.map((p) => p.id));
    expect(en.proposals.find((p) => p.id === 'instrument:uwv-scholing-ww')!.title).to.equal('Training while you receive WW');
  });
});
