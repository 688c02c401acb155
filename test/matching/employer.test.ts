// Employer-side options: the three employer personas, eligibility rules, ended schemes never
// proposed, and the data checks on load.
import { expect } from 'chai';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import {
  CompanySizeSchema,
  DataFileError,
  EmployerNeedSchema,
  EmployerSectorSchema,
  isOfficialSource,
  loadEmployerCatalogue,
  loadOfficialDomains,
  loadEmployerOptions,
  matchEmployer,
  type EmployerCatalogue,
} from '../../src/matching';

const NOW = new Date('2026-11-24T12:00:00Z');
const DATA_DIR = loadConfig({}).dataDir;
const CONTENT = path.resolve(__dirname, '..', '..', 'content');

describe('employer options', () => {
  let catalogue: EmployerCatalogue;
  before(async () => {
    catalogue = await loadEmployerOptions(DATA_DIR);
  });

  it('a small bakery with a vacancy: the werkgeversservicepunt first, werk.nl, learning on the job, a trial placement', () => {
    const proposals = matchEmployer(catalogue, { needs: ['vacancy'], sector: 'detailhandel', postcode: '3511', size: '1-9', vacancy: 'verkoper in de bakkerij, 24 uur' }, { now: NOW });
    expect(proposals.map((p) => p.id)).to.deep.equal(['wsp-vacature', 'werknl-vacature', 'leerbedrijf-bbl', 'proefplaatsing-werkgever']);
    expect(proposals[0].provider).to.match(/Werkgeversservicepunt/);
    expect(proposals[0].eligibility).to.match(/Jij kiest/);
  });

  it('a care organisation hiring through the banenafspraak: doelgroepregister, loonkostensubsidie (gemeente), no-riskpolis (UWV), jobcoach', () => {
    const proposals = matchEmployer(catalogue, { needs: ['inclusive'], sector: 'zorg', postcode: '5611', size: '250+' }, { now: NOW });
    const ids = proposals.map((p) => p.id);
    expect(ids.slice(0, 2)).to.deep.equal(['wsp-inclusief', 'banenafspraak-doelgroepregister']);
    expect(ids).to.include.members(['loonkostensubsidie-werkgever', 'no-riskpolis-werkgever', 'jobcoach-werkgever', 'loonkostenvoordeel']);
    expect(proposals.find((p) => p.id === 'loonkostensubsidie-werkgever')?.providerKind).to.equal('gemeente');
    expect(proposals.find((p) => p.id === 'no-riskpolis-werkgever')?.provider).to.equal('UWV');
    expect(ids).to.not.include('mobiliteitsbonus-premiekorting');
  });

  it('a factory with 30 people at risk: report collective dismissal, van werk naar werk, transitievergoeding for training, sector fund', () => {
    const proposals = matchEmployer(catalogue, { needs: ['at-risk'], sector: 'industrie', postcode: '7511', size: '250+', atRisk: 30 }, { now: NOW });
    const ids = proposals.map((p) => p.id);
    expect(ids.slice(0, 3)).to.deep.equal(['collectief-ontslag-melden', 'wsp-van-werk-naar-werk', 'transitievergoeding-scholing']);
    expect(ids).to.include.members(['oo-fonds', 'leerwerkloket-werkgever']);
    // SLIM is for large companies only in agriculture and hospitality; the regional mobility team ended.
    expect(ids).to.not.include.members(['slim-subsidie', 'regionaal-mobiliteitsteam']);
  });

  it('collective dismissal only from 20 people at risk', () => {
    const ids = (atRisk: number) => matchEmployer(catalogue, { needs: ['at-risk'], atRisk }, { now: NOW }).map((p) => p.id);
    expect(ids(19)).to.not.include('collectief-ontslag-melden');
    expect(ids(20)).to.include('collectief-ontslag-melden');
  });

  it('SLIM: small and medium companies, and large ones only in agriculture or hospitality', () => {
    const slim = (size: string, sector: string) =>
      matchEmployer(catalogue, { needs: ['training'], size: size as never, sector: sector as never }, { now: NOW }).some((p) => p.id === 'slim-subsidie');
    expect(slim('10-49', 'bouw')).to.equal(true);
    expect(slim('250+', 'bouw')).to.equal(false);
    expect(slim('250+', 'horeca')).to.equal(true);
  });

  it('never proposes an ended scheme, for any need, size and sector', () => {
    const ended = catalogue.options.filter((o) => o.status === 'ended').map((o) => o.id);
    expect(ended).to.include.members(['regionaal-mobiliteitsteam', 'mobiliteitsbonus-premiekorting']);
    for (const need of EmployerNeedSchema.options)
      for (const size of CompanySizeSchema.options)
        for (const sector of EmployerSectorSchema.options) {
          const ids = matchEmployer(catalogue, { needs: [need], size, sector, atRisk: 50 }, { now: NOW }).map((p) => p.id);
          expect(ids, `${need} ${size} ${sector}`).to.not.include.members(ended);
          expect(ids.length, `${need} ${size} ${sector}`).to.be.greaterThan(1);
        }
  });

  it('every option names a provider kind, who decides and an official, named source, in both languages, without amounts', async () => {
    const domains = await loadOfficialDomains(CONTENT);
    for (const o of catalogue.options) {
      for (const s of o.sources) {
        expect(isOfficialSource(s.url, domains), `${o.id}: ${s.url}`).to.equal(true);
        expect(s.name.nl, o.id).to.not.match(/^https?:/);
      }
      for (const text of [o.what.nl, o.what.en, o.decides.nl, o.decides.en, o.nextStep.nl]) expect(text, o.id).to.not.match(/€|\d\s*%|\d+\s*euro/i);
    }
    const en = matchEmployer(catalogue, { needs: ['vacancy'] }, { now: NOW, locale: 'en' });
    expect(en[0].title).to.equal('Candidates through the werkgeversservicepunt');
    expect(en[0].sourceLinks.map((l) => l.url)).to.deep.equal(en[0].sources);
    expect(en[0].sourceLinks[0].name).to.equal(catalogue.options.find((o) => o.id === en[0].id)!.sources[0].name.en);
  });

  it('refuses to load an option whose source is not on an official domain', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'werkloket-employer-'));
    const raw = JSON.parse(readFileSync(path.join(CONTENT, 'employer-options.json'), 'utf8'));
    raw.options[0].sources[0] = { url: 'https://www.randstad.nl/werkgevers/', name: { nl: 'Randstad', en: 'Randstad' } };
    writeFileSync(path.join(dir, 'employer-options.json'), JSON.stringify(raw));
    writeFileSync(path.join(dir, 'official-domains.json'), readFileSync(path.join(CONTENT, 'official-domains.json')));
    let error: unknown;
    try {
      await loadEmployerOptions(DATA_DIR, dir);
    } catch (err) {
      error = err;
    }
    expect(error).to.be.instanceOf(DataFileError);
    expect((error as Error).message).to.match(/option "wsp-vacature": source https:\/\/www\.randstad\.nl\/werkgevers\/ is not on an official domain/);
  });

  it('refuses an option marked active that the fact sheet calls ended, naming the option', async () => {
    const error = await loadChanged((raw) => {
      raw.options.find((o: { id: string }) => o.id === 'regionaal-mobiliteitsteam').status = 'active';
    });
    expect(error).to.be.instanceOf(DataFileError);
    expect((error as Error).message).to.match(/option "regionaal-mobiliteitsteam": marked active, but regelingen_nl\.json says "regeling formeel geeindigd/);
  });

  it('refuses a broken option with the file, the index and the id', async () => {
    const error = await loadChanged((raw) => {
      raw.options[2].needs = ['staff'];
    });
    expect((error as Error).message).to.match(/employer-options\.json: options\[2\] \(leerbedrijf-bbl\)\.needs\[0\]/);
  });
});

/** Loads a copy of content/employer-options.json with one change; returns what it threw. */
async function loadChanged(change: (raw: any) => void): Promise<unknown> {
  const dir = mkdtempSync(path.join(tmpdir(), 'werkloket-employer-'));
  const raw = JSON.parse(readFileSync(path.join(CONTENT, 'employer-options.json'), 'utf8'));
  change(raw);
  writeFileSync(path.join(dir, 'employer-options.json'), JSON.stringify(raw));
  try {
    await loadEmployerCatalogue(path.join(dir, 'employer-options.json'), path.join(DATA_DIR, 'regelingen_nl.json'));
  } catch (error) {
    return error;
  }
  return undefined;
}
