// Regulated professions: the curated list loads only with known ESCO URIs and official sources,
// and a regulated occupation comes with its recognition step and a realistic stepping stone.
import { expect } from 'chai';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { type Catalogue, DataFileError, isOfficialSource, loadCatalogue, offeredInstruments, ProfileSchema, type ProfileInput } from '../../src/matching';
import { recognitionProposals, recognitionProposalsFor, regulationOf } from '../../src/matching/regulated';
import { type RegulatedFile, resolveRegulatedProfessions } from '../../src/matching/regulatedData';
import { NOW, sharedCatalogue } from './helpers';

const CONTENT = path.resolve(__dirname, '..', '..', 'content');
const FILE = path.join(CONTENT, 'regulated-professions.json');
const ESCO = 'http://data.europa.eu/esco/occupation/';
const APOTHEKER = `${ESCO}7c132147-428b-4ea3-87e1-70f7abb691ce`;
const VERPLEEGKUNDIGE = `${ESCO}8d3e8aaa-791b-4c75-a465-f3f827028f50`;
const LERAAR_BASIS = `${ESCO}03d79393-7b30-4159-945b-01963eddd302`;
const MAGAZIJN = `${ESCO}bea705fe-06ac-4147-b8e0-6e8ac1208d8f`;

const raw = (): RegulatedFile => JSON.parse(readFileSync(FILE, 'utf8'));

function seeker(extra: Partial<ProfileInput>) {
  return ProfileSchema.parse({ income: { situation: 'bijstand' }, education: { level: 'wo' }, dutchLevel: 'native', goals: {}, ...extra });
}

describe('matching/regulated: protected professions and their routes', function () {
  this.timeout(60_000);
  let catalogue: Catalogue;
  before(async () => {
    catalogue = await sharedCatalogue();
  });
  const occ = (uri: string) => catalogue.occupationByUri.get(uri)!;
  const resolve = (value: RegulatedFile) =>
    resolveRegulatedProfessions(FILE, value, { byUri: catalogue.occupationByUri, label: (o) => catalogue.occupations[o].label }, catalogue.qualifications, catalogue.officialDomains);

  describe('the curated list', () => {
    it('covers BIG professions, protected titles, teachers and lawyers, each with official named sources', () => {
      const ids = catalogue.regulated.professions.map((p) => p.id);
      expect(ids).to.include.members(['big-arts', 'big-apotheker', 'big-verpleegkundige', 'big-tandarts', 'leraar-primair', 'advocaat', 'notaris', 'rechterlijke-macht']);
      for (const p of catalogue.regulated.professions) {
        expect(p.sources.length, p.id).to.be.greaterThan(0);
        for (const s of p.sources) expect(isOfficialSource(s.url, catalogue.officialDomains), `${p.id}: ${s.url}`).to.equal(true);
      }
      expect(regulationOf(catalogue, occ(APOTHEKER))).to.deep.equal({ id: 'big-apotheker', authority: 'CIBG (BIG-register)', title: 'apotheker' });
      expect(regulationOf(catalogue, occ(MAGAZIJN))).to.equal(undefined);
    });

    it('rejects an unknown ESCO URI, an unknown crebo and a non-official source', () => {
      const unknownUri = raw();
      unknownUri.professions[0].occupations.push({ occupationUri: `${ESCO}00000000-0000-0000-0000-000000000000`, label: 'arts' });
      expect(() => resolve(unknownUri)).to.throw(DataFileError, /professions\[0\] \(big-arts\)\.occupations: unknown occupation .*00000000-0000/);
      const wrongLabel = raw();
      wrongLabel.professions[0].occupations[0].occupationUri = MAGAZIJN;
      expect(() => resolve(wrongLabel)).to.throw(DataFileError, /is "magazijnmedewerker" in ESCO, not "huisarts"/);
      const unknownCrebo = raw();
      unknownCrebo.professions[0].steppingStones = [{ crebo: '99999' }];
      expect(() => resolve(unknownCrebo)).to.throw(DataFileError, /unknown qualification 99999/);
      const blog = raw();
      blog.professions[0].sources = [{ url: 'https://www.some-blog.nl/big', name: { nl: 'Blog', en: 'Blog' } }];
      expect(() => resolve(blog)).to.throw(DataFileError, /some-blog\.nl\/big is not on an official domain/);
      const juridischloket = raw();
      juridischloket.procedures.big.sources.push({ url: 'https://www.juridischloket.nl/x', name: { nl: 'x', en: 'x' } });
      expect(() => resolve(juridischloket)).to.throw(DataFileError, /procedures\.big: source .*juridischloket/);
    });

    it('fails the catalogue load on an unknown URI in the content file', async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'werkloket-regulated-'));
      for (const f of readdirSync(CONTENT).filter((f) => f.endsWith('.json'))) writeFileSync(path.join(dir, f), readFileSync(path.join(CONTENT, f)));
      const broken = raw();
      broken.professions[1].occupations = [{ occupationUri: `${ESCO}11111111-1111-1111-1111-111111111111`, label: 'tandarts' }];
      writeFileSync(path.join(dir, 'regulated-professions.json'), JSON.stringify(broken));
      let error: unknown;
      try {
        await loadCatalogue(loadConfig({}).dataDir, { contentDir: dir });
      } catch (err) {
        error = err;
      }
      expect(error).to.be.instanceOf(DataFileError);
      expect((error as Error).message).to.match(/regulated-professions\.json: .*unknown occupation .*11111111/);
    });
  });

  describe('recognition steps and stepping stones', () => {
    // The failure from issue 13: a Syrian pharmacist, A2 Dutch, bijstand, unrecognised diploma.
    const pharmacist = (extra: Partial<ProfileInput> = {}) =>
      seeker({
        workHistory: [{ occupationUri: APOTHEKER, years: 8 }],
        education: { level: 'wo', foreignDiploma: true },
        dutchLevel: 'A2',
        ...extra,
      });

    it('gives a foreign-trained pharmacist the BIG recognition step, IDW and the apothekersassistent route', () => {
      const proposals = recognitionProposals(catalogue, pharmacist(), occ(APOTHEKER), 'nl');
      const recognition = proposals.find((p) => p.id === 'recognition:big-apotheker')!;
      expect(recognition.provider).to.match(/CIBG/);
      expect(recognition.eligibility).to.match(/CIBG .*beslist/);
      expect(recognition.reasons.join(' ')).to.match(/BIG-register/).and.match(/buitenland/).and.match(/B2/);
      expect(recognition.nextStep).to.match(/bigregister\.nl/);
      expect(recognition.nextStep).to.not.match(/vacature/i);
      const stone = proposals.find((p) => p.id === 'stepping-stone:big-apotheker:25471')!;
      expect(stone.title).to.match(/Apothekersassistent/);
      expect(stone.reasons.join(' ')).to.match(/IDW/);
      expect(stone.sources).to.deep.equal(stone.sourceLinks.map((l) => l.url));
      const instruments = offeredInstruments(catalogue.instruments, pharmacist(), NOW).map((i) => i.id);
      expect(instruments).to.include.members(['idw-diplomawaardering', 'gemeente-taal']);
    });

    it('puts the stepping stone she asked for above the recognition step', () => {
      const proposals = recognitionProposals(catalogue, pharmacist({ goals: { interests: 'apothekersassistent' } }), occ(APOTHEKER), 'nl');
      const stone = proposals.find((p) => p.id === 'stepping-stone:big-apotheker:25471')!;
      expect(stone.reasons).to.include('Je noemde dit zelf als werk dat je wilt doen.');
      expect(stone.score).to.be.greaterThan(proposals.find((p) => p.id === 'recognition:big-apotheker')!.score);
      // Named as a wished occupation works the same way, even when her Dutch is good enough.
      const named = recognitionProposals(
        catalogue,
        pharmacist({ dutchLevel: 'B2', goals: { targetOccupationUris: [`${ESCO}c1a86d6d-7785-43e1-994b-958eba58fff7`] } }),
        occ(APOTHEKER),
        'nl',
      );
      expect(named.map((p) => p.id)).to.deep.equal(['recognition:big-apotheker', 'stepping-stone:big-apotheker:25471']);
    });

    it('gives no stepping stone when Dutch and level are enough and nobody asked for one', () => {
      const ids = recognitionProposals(catalogue, pharmacist({ dutchLevel: 'C1' }), occ(APOTHEKER), 'nl').map((p) => p.id);
      expect(ids).to.deep.equal(['recognition:big-apotheker']);
    });

    it('gives a Dutch-trained nurse no recognition step at all, and a Dutch newcomer to nursing the Dutch route without IDW', () => {
      const nurse = seeker({ income: { situation: 'ww' }, education: { level: 'mbo-4' }, workHistory: [{ occupationUri: VERPLEEGKUNDIGE, years: 10 }] });
      expect(recognitionProposals(catalogue, nurse, occ(VERPLEEGKUNDIGE), 'nl')).to.deep.equal([]);
      expect(offeredInstruments(catalogue.instruments, nurse, NOW).map((i) => i.id)).to.not.include('idw-diplomawaardering');
      // A guessed (unconfirmed) nursing job does not count as qualified.
      const guessed = seeker({ education: { level: 'mbo-4' }, workHistory: [{ occupationUri: VERPLEEGKUNDIGE, confirmed: false }] });
      expect(recognitionProposals(catalogue, guessed, occ(VERPLEEGKUNDIGE), 'nl').map((p) => p.id)).to.deep.equal(['recognition:big-verpleegkundige']);
      const newcomer = seeker({ education: { level: 'mbo-3' }, goals: { targetOccupationUris: [VERPLEEGKUNDIGE] } });
      const proposals = recognitionProposals(catalogue, newcomer, occ(VERPLEEGKUNDIGE), 'nl');
      expect(proposals.map((p) => p.id)).to.deep.equal(['recognition:big-verpleegkundige']);
      expect(proposals[0].title).to.equal('Wat je nodig hebt om als verpleegkundige te werken');
      expect(proposals[0].nextStep).to.match(/Nederlands diploma/);
      expect(JSON.stringify(proposals)).to.not.match(/IDW|Nuffic|buitenland/);
    });

    it('offers a stepping stone when the level gap is large (vmbo towards primary-school teacher)', () => {
      const p = seeker({ education: { level: 'vmbo' }, goals: { targetOccupationUris: [LERAAR_BASIS] } });
      const proposals = recognitionProposals(catalogue, p, occ(LERAAR_BASIS), 'nl');
      expect(proposals[0].reasons).to.include('Voor dit beroep heb je een opleiding op een hoger niveau nodig dan je nu hebt.');
      expect(proposals[0].nextStep).to.match(/^Vraag het leerwerkloket welke opleiding naar dit beroep leidt/);
      const stone = proposals.find((x) => x.id.startsWith('stepping-stone:leraar-primair:'))!;
      expect(stone.title).to.match(/Onderwijsassistent/);
      expect(stone.reasons).to.include('Zo kom je stap voor stap dichter bij het beroep.');
    });

    it('gives each profession and each shared stepping stone once across several occupations', () => {
      const lawyer = seeker({ workHistory: [{ occupationUri: `${ESCO}974d4eab-fbee-4c52-b16e-73bdd8c25b53` }], education: { level: 'wo', foreignDiploma: true }, dutchLevel: 'B1' });
      const occupations = [`${ESCO}974d4eab-fbee-4c52-b16e-73bdd8c25b53`, `${ESCO}acf462a3-9c34-46cb-952a-c612c38299f4`, `${ESCO}07bd65d7-c13f-443a-bdf6-88903f3822be`, MAGAZIJN].map(occ);
      const ids = recognitionProposalsFor(catalogue, lawyer, occupations, 'nl').map((p) => p.id);
      expect(ids.filter((id) => id.startsWith('recognition:'))).to.deep.equal(['recognition:advocaat', 'recognition:rechterlijke-macht']);
      expect(ids.filter((id) => id.endsWith(':25145'))).to.have.length(1);
      expect(new Set(ids).size).to.equal(ids.length);
    });

    it('returns nothing for an occupation that is not regulated, and speaks English when asked', () => {
      expect(recognitionProposals(catalogue, seeker({}), occ(MAGAZIJN), 'nl')).to.deep.equal([]);
      const en = recognitionProposals(catalogue, pharmacist(), occ(APOTHEKER), 'en');
      expect(en[0].title).to.equal('Get your diploma recognised to work as a pharmacist');
      expect(en[0].sourceLinks[0].name).to.equal('BIG register: working in healthcare with a foreign diploma');
      const architect = recognitionProposals(catalogue, pharmacist(), occ(`${ESCO}8c3f536e-ba66-4321-ba40-363dc39f129b`), 'en');
      expect(architect[0].title).to.equal('Get your diploma recognised to work as an architect');
    });
  });
});
