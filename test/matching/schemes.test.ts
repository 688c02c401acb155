// A region's own schemes (issue 18, "één budget voor de regio"): the loader refuses what content
// must never say (unofficial sources, a maximum above the year's total, two schemes with one id),
// and the matching proposes a scheme by the instrument rules, only to seekers in that region.
import { expect } from 'chai';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSchemeFile, loadSchemes, type Scheme } from '../../src/budget/scheme';
import { loadRegionDirectory } from '../../src/region';
import { DataFileError, matchProfile, type Catalogue, type Proposal, type ProfileInput } from '../../src/matching';
import { NOW, sharedCatalogue } from './helpers';

const REGIONS = path.resolve(__dirname, '..', '..', 'content', 'regions');
const SCHEME_ID = 'scheme:midden-utrecht:scholingsbudget';
const example = () => JSON.parse(readFileSync(path.join(REGIONS, 'midden-utrecht', 'schemes.json'), 'utf8')) as { schemes: Scheme[] };

/** A seeker in Utrecht (3511) in the bijstand, 35 years old, who wants to learn. */
function seeker(extra: { postcode?: string; birthYear?: number; willing?: boolean; situation?: string } = {}): ProfileInput {
  return {
    income: { situation: (extra.situation ?? 'bijstand') as 'bijstand' },
    birthYear: extra.birthYear ?? 1990,
    workHistory: [{ title: 'magazijnmedewerker' }],
    education: { level: 'mbo-2' },
    dutchLevel: 'native',
    goals: { training: { willing: extra.willing ?? true }, ...('postcode' in extra ? (extra.postcode ? { postcode: extra.postcode } : {}) : { postcode: '3511' }) },
  } as ProfileInput;
}

const schemeIn = (proposals: Proposal[]) => proposals.filter((p) => p.id.startsWith('scheme:'));

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'schemes-'));
}

describe('regional schemes: content and loader', () => {
  let catalogue: Catalogue;
  before(async () => (catalogue = await sharedCatalogue()));

  it('the example region has its scholingsbudget: €2.500 per person, the total for the year, what to hand in', () => {
    const [scheme] = catalogue.schemes.get('midden-utrecht') ?? [];
    expect(scheme.id).to.equal('scholingsbudget');
    expect(scheme.maxPerPerson).to.equal(2500);
    expect(scheme.totalPerYear).to.be.at.least(scheme.maxPerPerson);
    expect(scheme.whatToHandIn.nl).to.have.length.above(0);
    expect(scheme.providerKind).to.equal('werkcentrum');
    expect(JSON.parse(readFileSync(path.join(REGIONS, 'midden-utrecht', 'schemes.json'), 'utf8'))._about).to.match(/EXAMPLE/);
  });

  it('refuses a source outside the official domains', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'schemes.json');
    const bad = example();
    bad.schemes[0].sources = [{ url: 'https://www.scholingsgeld-gratis.example/', name: { nl: 'x', en: 'x' } }];
    writeFileSync(file, JSON.stringify(bad));
    const err = await loadSchemeFile(file, catalogue.officialDomains).catch((e: unknown) => e);
    expect(err).to.be.instanceOf(DataFileError);
    expect(String(err)).to.match(/scholingsbudget.*not on an official domain/);
  });

  it('refuses a maximum per person above the total per year, and two schemes with one id', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'schemes.json');
    const tooMuch = example();
    tooMuch.schemes[0].maxPerPerson = tooMuch.schemes[0].totalPerYear + 1;
    writeFileSync(file, JSON.stringify(tooMuch));
    expect(String(await loadSchemeFile(file, catalogue.officialDomains).catch((e: unknown) => e))).to.match(/maxPerPerson: maxPerPerson is more than totalPerYear/);
    const twice = example();
    twice.schemes.push(twice.schemes[0]);
    writeFileSync(file, JSON.stringify(twice));
    expect(String(await loadSchemeFile(file, catalogue.officialDomains).catch((e: unknown) => e))).to.match(/duplicate id/);
  });

  it('reads every region folder that has a schemes.json; no regions folder means none', async () => {
    const dir = tempDir();
    cpSync(path.join(REGIONS, 'midden-utrecht'), path.join(dir, 'midden-utrecht'), { recursive: true });
    cpSync(path.join(REGIONS, 'midden-utrecht'), path.join(dir, 'zonder-budget'), { recursive: true, filter: (src) => !src.endsWith('schemes.json') });
    const schemes = await loadSchemes(dir, catalogue.officialDomains);
    expect([...schemes.keys()]).to.deep.equal(['midden-utrecht']);
    expect((await loadSchemes(path.join(dir, 'nothing-here'), catalogue.officialDomains)).size).to.equal(0);
  });
});

describe('regional schemes: proposed by the instrument rules, only in their region', () => {
  let catalogue: Catalogue;
  before(async () => (catalogue = await sharedCatalogue()));

  it('an eligible seeker in Utrecht gets the scholingsbudget: who decides, how to apply here, what to hand in, official sources', () => {
    const [p] = schemeIn(matchProfile(catalogue, seeker(), { now: NOW }).proposals);
    expect(p, 'the scheme is proposed').to.exist;
    expect(p.id).to.equal(SCHEME_ID);
    expect(p.kind).to.equal('schooling');
    expect(p.title).to.equal('Regionaal scholingsbudget Midden-Utrecht');
    expect(p.provider).to.equal('Werkcentrum Midden-Utrecht');
    expect(p.eligibility).to.match(/^Het Werkcentrum beslist/).and.match(/hoogstens €\s2\.500\./);
    expect(p.nextStep).to.match(/hier in de chat aanvragen/);
    expect(p.reasons.join(' ')).to.match(/Het betaalt lesgeld, boeken en examengeld\./).and.match(/Je wilt graag iets leren/).and.not.match(/€/);
    expect(p.whatToBring.join(' ')).to.match(/wat de opleiding kost/);
    expect(p.sources.every((url) => url.startsWith('https://'))).to.equal(true);
    const en = schemeIn(matchProfile(catalogue, seeker(), { now: NOW, locale: 'en' }).proposals)[0];
    expect(en.nextStep).to.match(/apply here in the chat/);
    expect(en.eligibility).to.match(/at most €2,500\./);
  });

  it('is scored like an instrument: the same training boost, ranked among the other proposals', () => {
    const willing = schemeIn(matchProfile(catalogue, seeker(), { now: NOW }).proposals)[0];
    const scheme = catalogue.schemes.get('midden-utrecht')![0];
    expect(willing.score).to.equal(Math.round((scheme.baseScore + 0.1) * 1000) / 1000);
  });

  it('not for someone under 18, nor for someone who does not want to learn (relevance), nor for the self-employed', () => {
    expect(schemeIn(matchProfile(catalogue, seeker({ birthYear: 2010 }), { now: NOW }).proposals)).to.deep.equal([]);
    expect(schemeIn(matchProfile(catalogue, seeker({ willing: false }), { now: NOW }).proposals)).to.deep.equal([]);
    expect(schemeIn(matchProfile(catalogue, seeker({ situation: 'self-employed' }), { now: NOW }).proposals)).to.deep.equal([]);
  });

  it('not for a seeker in another part of the country, even when the installation names the region', () => {
    expect(schemeIn(matchProfile(catalogue, seeker({ postcode: '1012' }), { now: NOW }).proposals)).to.deep.equal([]);
    expect(schemeIn(matchProfile(catalogue, seeker({ postcode: '1012' }), { now: NOW, regionId: 'midden-utrecht' }).proposals)).to.deep.equal([]);
  });

  it('without a postcode: only when the installation names the region', () => {
    expect(schemeIn(matchProfile(catalogue, seeker({ postcode: undefined }), { now: NOW }).proposals)).to.deep.equal([]);
    expect(schemeIn(matchProfile(catalogue, seeker({ postcode: undefined }), { now: NOW, regionId: 'midden-utrecht' }).proposals).map((p) => p.id)).to.deep.equal([SCHEME_ID]);
  });

  it('with two regions, each seeker gets their own region\'s scheme', async () => {
    const dir = tempDir();
    cpSync(path.join(REGIONS, 'midden-utrecht'), path.join(dir, 'midden-utrecht'), { recursive: true });
    // A second region: the same providers, other postcodes, its own scheme.
    const other = path.join(dir, 'rijk-van-nijmegen');
    cpSync(path.join(REGIONS, 'midden-utrecht'), other, { recursive: true });
    const region = JSON.parse(readFileSync(path.join(other, 'region.json'), 'utf8'));
    writeFileSync(path.join(other, 'region.json'), JSON.stringify({ ...region, id: 'rijk-van-nijmegen', name: 'Rijk van Nijmegen', organisationName: 'Werkcentrum Rijk van Nijmegen', hosts: [] }));
    const rows = readFileSync(path.join(other, 'postcodes.csv'), 'utf8').trim().split('\n');
    writeFileSync(path.join(other, 'postcodes.csv'), [rows[0], ...rows.slice(1).map((row, i) => `${6500 + i},${row.split(',')[1]}`)].join('\n') + '\n');
    const schemes = example();
    schemes.schemes[0].id = 'opleidingsbudget';
    writeFileSync(path.join(other, 'schemes.json'), JSON.stringify(schemes));
    // The catalogue as loadCatalogue would build it from this regions folder (without reading the reference data again).
    const two: Catalogue = { ...catalogue, directory: await loadRegionDirectory(dir), schemes: await loadSchemes(dir, catalogue.officialDomains) };
    const ids = (postcode: string) => schemeIn(matchProfile(two, seeker({ postcode }), { now: NOW }).proposals).map((p) => p.id);
    expect(ids('3511')).to.deep.equal([SCHEME_ID]);
    expect(ids('6500')).to.deep.equal(['scheme:rijk-van-nijmegen:opleidingsbudget']);
    expect(schemeIn(matchProfile(two, seeker({ postcode: '6500' }), { now: NOW }).proposals)[0].provider).to.equal('Werkcentrum Rijk van Nijmegen');
  });
});
