// One test per instrument rule: who gets it, who never does, and ended schemes never.
import { expect } from 'chai';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import {
  type Catalogue,
  DataFileError,
  type IncomeSituation,
  IncomeSituationSchema,
  isEligible,
  isOfficialSource,
  isRunning,
  loadCatalogue,
  offeredInstruments,
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
const CONTENT = path.resolve(__dirname, '..', '..', 'content');

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
  'rmc-jongerenloket': { eligible: ALL, extra: { birthYear: 2006, education: { level: 'vmbo' } } },
  'llo-krediet': { eligible: ['employed', 'flex', 'self-employed', 'none'] },
  'oo-fonds-werknemer': { eligible: ['employed', 'flex'] },
  'werkgever-scholing': { eligible: ['employed'] },
  'bbz-zelfstandigen': { eligible: ['self-employed'] },
  ioaz: { eligible: ['self-employed'], extra: { birthYear: 1965 } },
  'idw-diplomawaardering': { eligible: ALL, extra: { education: { level: 'wo', foreignDiploma: true } } },
  'uwv-taal': { eligible: ['ww', 'wia', 'wajong'], extra: { dutchLevel: 'A2' } },
  inburgering: { eligible: ALL, extra: { dutchLevel: 'A2' } },
  'gemeente-schuldhulp': { eligible: ALL, extra: { barriers: ['debts'] } },
  'van-werk-naar-werk': { eligible: ['employed', 'flex'] },
  'uitkering-overig-reintegratie': { eligible: ['other-benefit'] },
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

  it('sends young people under 23 without a startkwalificatie to the RMC, and nobody else', () => {
    const rmc = catalogue.instruments.find((i) => i.id === 'rmc-jongerenloket')!;
    const young = (extra: Partial<ProfileInput>) => profile('none', { birthYear: 2006, education: { level: 'vmbo' }, ...extra });
    expect(isEligible(rmc, young({}), NOW), '19, vmbo').to.equal(true);
    expect(isEligible(rmc, young({ education: { level: 'none' } }), NOW), '19, no diploma').to.equal(true);
    expect(isEligible(rmc, young({ education: { level: 'mbo-2' } }), NOW), '19, mbo-2').to.equal(false);
    // A foreign diploma is unknown until valued: it does not exclude the youth route.
    expect(isEligible(rmc, young({ education: { level: 'havo', foreignDiploma: true } }), NOW), '19, foreign havo').to.equal(true);
    expect(isEligible(rmc, young({ education: { level: 'havo' } }), NOW), '19, havo').to.equal(false);
    expect(isEligible(rmc, young({ birthYear: 2002 }), NOW), '23, vmbo').to.equal(false);
    expect(isEligible(rmc, young({ birthYear: undefined }), NOW), 'age unknown').to.equal(false);
    const ids = matchProfile(catalogue, young({ income: { situation: 'bijstand' } }), { now: NOW }).proposals.map((p) => p.id);
    expect(ids).to.include('instrument:rmc-jongerenloket');
  });

  it('gives people without a benefit their own routes and no UWV or gemeente instruments', () => {
    const byProvider = /uwv|gemeente|municipality/i;
    for (const situation of ['employed', 'flex', 'none'] as const) {
      const offered = offeredInstruments(catalogue.instruments, profile(situation, { birthYear: 1985 }), NOW);
      const ids = offered.map((i) => i.id);
      for (const i of offered) expect(`${i.provider.nl} ${i.provider.en}`, `${situation}: ${i.id}`).to.not.match(byProvider);
      expect(ids, situation).to.include.members(['leerwerkloket-advies', 'llo-krediet']);
      if (situation !== 'none') expect(ids, situation).to.include.members(['oo-fonds-werknemer', 'slim-via-werkgever']);
    }
    expect(offeredInstruments(catalogue.instruments, profile('employed'), NOW).map((i) => i.id)).to.include('werkgever-scholing');
    const zzp = offeredInstruments(catalogue.instruments, profile('self-employed', { birthYear: 1985 }), NOW);
    expect(zzp.filter((i) => byProvider.test(i.provider.nl)).map((i) => i.id)).to.deep.equal(['bbz-zelfstandigen']);
  });

  it('offers debt help only to someone who told us about debts', () => {
    const debts = catalogue.instruments.find((i) => i.id === 'gemeente-schuldhulp')!;
    expect(isEligible(debts, profile('ww'), NOW)).to.equal(false);
    expect(isEligible(debts, profile('ww', { barriers: ['debts'] }), NOW)).to.equal(true);
  });

  it('offers Bbz only to the self-employed, and IOAZ only from 55', () => {
    for (const situation of ALL) {
      const ids = offeredInstruments(catalogue.instruments, profile(situation, { birthYear: 1965 }), NOW).map((i) => i.id);
      expect(ids.includes('bbz-zelfstandigen'), situation).to.equal(situation === 'self-employed');
      expect(ids.includes('ioaz'), situation).to.equal(situation === 'self-employed');
    }
    const ioaz = catalogue.instruments.find((i) => i.id === 'ioaz')!;
    expect(isEligible(ioaz, profile('self-employed', { birthYear: 1975 }), NOW)).to.equal(false);
    expect(isEligible(ioaz, profile('self-employed'), NOW), 'age unknown').to.equal(false);
  });

  it('keeps the Leven Lang Ontwikkelen krediet under 56', () => {
    const llo = catalogue.instruments.find((i) => i.id === 'llo-krediet')!;
    expect(isEligible(llo, profile('employed', { birthYear: 1970 }), NOW), '55').to.equal(true);
    expect(isEligible(llo, profile('employed', { birthYear: 1969 }), NOW), '56').to.equal(false);
  });

  it('offers diploma valuation (IDW) only for a foreign diploma, and language routes by who pays', () => {
    const ids = (extra: Partial<ProfileInput>, situation: IncomeSituation = 'bijstand') =>
      offeredInstruments(catalogue.instruments, profile(situation, extra), NOW).map((i) => i.id);
    expect(ids({ education: { level: 'wo', foreignDiploma: true } })).to.include('idw-diplomawaardering');
    expect(ids({ education: { level: 'wo' } })).to.not.include('idw-diplomawaardering');
    expect(ids({ dutchLevel: 'A2' }, 'ww')).to.include.members(['uwv-taal', 'inburgering']).and.not.include('gemeente-taal');
    expect(ids({ dutchLevel: 'A2' }, 'bijstand')).to.include.members(['gemeente-taal', 'inburgering']).and.not.include('uwv-taal');
    expect(ids({ dutchLevel: 'B2' }, 'ww')).to.not.include.members(['uwv-taal', 'inburgering']);
  });

  it('names every source and takes it from an official domain', () => {
    for (const i of catalogue.instruments) {
      for (const s of i.sources) {
        expect(isOfficialSource(s.url, catalogue.officialDomains), `${i.id}: ${s.url}`).to.equal(true);
        expect(s.name.nl, i.id).to.not.match(/^https?:/);
      }
    }
    const p = matchProfile(catalogue, profile('ww'), { now: NOW, locale: 'en' }).proposals.find((x) => x.id === 'instrument:uwv-scholing-ww')!;
    expect(p.sourceLinks[0]).to.deep.equal({ url: 'https://www.uwv.nl/nl/ww/scholing', name: 'UWV: training with WW (Dutch)' });
    expect(p.sources).to.deep.equal(p.sourceLinks.map((l) => l.url));
  });

  it('refuses to load an instrument whose source is not on an official domain', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'werkloket-instruments-'));
    for (const f of readdirSync(CONTENT).filter((f) => f.endsWith('.json'))) writeFileSync(path.join(dir, f), readFileSync(path.join(CONTENT, f)));
    const raw = JSON.parse(readFileSync(path.join(CONTENT, 'instruments.json'), 'utf8'));
    raw.instruments[0].sources.push({ url: 'https://www.accountancyvanmorgen.nl/2024/04/10/x/', name: { nl: 'Blog', en: 'Blog' } });
    writeFileSync(path.join(dir, 'instruments.json'), JSON.stringify(raw));
    let error: unknown;
    try {
      await loadCatalogue(loadConfig({}).dataDir, { contentDir: dir });
    } catch (err) {
      error = err;
    }
    expect(error).to.be.instanceOf(DataFileError);
    expect((error as Error).message).to.match(/instruments\.json: instrument "uwv-scholing-ww": source https:\/\/www\.accountancyvanmorgen\.nl.* is not on an official domain/);
  });

  it('treats an instrument as not running from its end date on', () => {
    const proefplaatsing = catalogue.instruments.find((i) => i.id === 'uwv-proefplaatsing')!;
    const ending = { ...proefplaatsing, endedOn: '2026-01-01' };
    expect(isRunning(ending, new Date('2025-12-31T23:00:00Z'))).to.equal(true);
    expect(isRunning(ending, new Date('2026-01-01T00:00:00Z'))).to.equal(false);
  });
});
