import { mkdtempSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { loadConfig } from '../../src/config';
import { type Catalogue, DataFileError, getOccupationSkills, loadCatalogue } from '../../src/matching';
import { parseCsv } from '../../src/matching/csvFile';
import { MboRowSchema, OccupationRowSchema } from '../../src/matching/dataSchemas';
import { loadInstruments } from '../../src/matching/instruments';
import { sharedCatalogue } from './helpers';

const DATA_DIR = loadConfig({}).dataDir;
const CONTENT_DIR = path.join(__dirname, '..', '..', 'content');

/** A data directory that links to the real one, with one file replaced. */
function dataDirWith(replacedFile: string, text: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'werkloket-data-'));
  for (const entry of readdirSync(DATA_DIR)) {
    if (entry === path.dirname(replacedFile)) continue;
    symlinkSync(path.join(DATA_DIR, entry), path.join(dir, entry));
  }
  const sub = path.join(dir, path.dirname(replacedFile));
  mkdirSync(sub, { recursive: true });
  for (const entry of readdirSync(path.join(DATA_DIR, path.dirname(replacedFile)))) {
    if (entry !== path.basename(replacedFile)) symlinkSync(path.join(DATA_DIR, path.dirname(replacedFile), entry), path.join(sub, entry));
  }
  writeFileSync(path.join(dir, replacedFile), text);
  return dir;
}

describe('matching/catalogue', function () {
  this.timeout(60_000); // loading the full catalogue takes a few seconds; also under --no-config
  let catalogue: Catalogue;
  before(async () => {
    catalogue = await sharedCatalogue();
  });

  it('loads every file and reports counts, load time and memory', () => {
    const s = catalogue.stats;
    expect(s.occupations).to.equal(3039);
    expect(s.skills).to.be.greaterThan(13000);
    expect(s.relations).to.be.greaterThan(128000);
    expect(s.qualifications).to.equal(470);
    expect(s.instruments).to.be.greaterThan(10);
    expect(s.loadMs).to.be.a('number');
    expect(s.heapMb).to.be.a('number');
  });

  it('keeps the inverted index consistent with the relation table', () => {
    const { relations, postings } = catalogue;
    expect(postings.occupation.length).to.equal(relations.skill.length);
    // Every posting of a skill points to an occupation that lists that skill.
    for (let s = 0; s < 200; s++) {
      for (let p = postings.start[s]; p < postings.start[s + 1]; p++) {
        const o = postings.occupation[p];
        const owned = Array.from(relations.skill.subarray(relations.start[o], relations.start[o + 1]));
        expect(owned).to.include(s);
      }
    }
  });

  it('gives an occupation its essential skills first, with Dutch labels where known', () => {
    const skills = getOccupationSkills(catalogue, 'http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755')!;
    expect(skills.length).to.be.greaterThan(10);
    const firstOptional = skills.findIndex((s) => !s.essential);
    expect(skills.slice(firstOptional).every((s) => !s.essential)).to.equal(true);
    expect(skills.some((s) => s.labelNl !== undefined)).to.equal(true);
    expect(getOccupationSkills(catalogue, 'http://data.europa.eu/esco/occupation/00000000-0000-0000-0000-000000000000')).to.equal(undefined);
  });

  it('maps MBO qualifications to occupations (curated and by name)', () => {
    const kok = catalogue.occupationByUri.get('http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e')!;
    const names = catalogue.routesByOccupation[kok].map((r) => catalogue.qualifications[r.qualification].name);
    expect(names).to.include('Kok');
    const truck = catalogue.occupationByUri.get('http://data.europa.eu/esco/occupation/45037d43-a8f5-4f46-b332-b2935bc305f4')!;
    const route = catalogue.routesByOccupation[truck][0];
    expect(catalogue.qualifications[route.qualification].name).to.equal('Chauffeur wegvervoer');
    expect(route.method).to.equal('curated');
  });
});

describe('matching/catalogue: broken data fails loudly with file and line', function () {
  this.timeout(60_000);
  it('names the file and the line where a CSV record starts (multi-line fields counted)', () => {
    const text =
      'conceptType,conceptUri,iscoGroup,preferredLabel,altLabels\n' +
      'Occupation,http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34,2654,inspiciënt,"toneelmeester\ninspiciënte"\n' +
      'Occupation,http://data.europa.eu/esco/occupation/000e93a3-d956-4e45-aacb-f12c83fedf84,81X1,operator,\n';
    expect(() => parseCsv('occupations_nl.csv', text, OccupationRowSchema))
      .to.throw(DataFileError)
      .with.property('message')
      .that.matches(/^occupations_nl\.csv:4: column iscoGroup: a 4-digit ISCO-08 code \(got "81X1"\)/);
  });

  it('reports an unclosed quote with its line', () => {
    expect(() => parseCsv('x.csv', 'a,b\n1,"open\n', MboRowSchema)).to.throw(DataFileError, /^x\.csv:\d+: not valid CSV/);
  });

  it('stops loadCatalogue on a corrupt MBO file, naming file and line', async () => {
    const good = readFileSync(path.join(DATA_DIR, 'mbo/mbo_kwalificaties_2015.csv'), 'utf8').split('\n');
    good[3] = good[3].replace(/,\d,(\w+opleiding),/, ',7,$1,'); // MBO level 7 does not exist
    const dir = dataDirWith('mbo/mbo_kwalificaties_2015.csv', good.join('\n'));
    let error: unknown;
    try {
      await loadCatalogue(dir);
    } catch (err) {
      error = err;
    }
    expect(error).to.be.instanceOf(DataFileError);
    const e = error as DataFileError;
    expect(e.file).to.equal(path.join(dir, 'mbo/mbo_kwalificaties_2015.csv'));
    expect(e.line).to.equal(4);
    expect(e.message).to.match(/mbo_niveau/);
  });

  it('refuses an instrument marked active that the fact sheet calls ended', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'werkloket-content-'));
    const content = JSON.parse(readFileSync(path.join(CONTENT_DIR, 'instruments.json'), 'utf8'));
    const stap = content.instruments.find((i: { id: string }) => i.id === 'stap-budget');
    stap.status = 'active';
    writeFileSync(path.join(dir, 'instruments.json'), JSON.stringify(content));
    let error: unknown;
    try {
      await loadInstruments(path.join(dir, 'instruments.json'), path.join(DATA_DIR, 'regelingen_nl.json'));
    } catch (err) {
      error = err;
    }
    expect(error).to.be.instanceOf(DataFileError);
    expect((error as Error).message).to.match(/stap-budget.*marked active.*beeindigd/);
  });

  it('reads an optional shortage.csv and rejects unknown occupations in it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'werkloket-content-'));
    for (const f of ['instruments.json', 'schooling-links.json', 'who-to-ask.json', 'official-domains.json']) writeFileSync(path.join(dir, f), readFileSync(path.join(CONTENT_DIR, f)));
    writeFileSync(
      path.join(dir, 'shortage.csv'),
      'occupation,region,tension,period,source_url\n8344,,2,test-only,https://example.org/test-fixture\n',
    );
    const withShortage = await loadCatalogue(DATA_DIR, { contentDir: dir });
    expect(withShortage.stats.shortageRows).to.equal(1);
    const truck = withShortage.occupationByUri.get('http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755')!;
    expect(withShortage.shortage.get(truck)?.[0].tension).to.equal(2);

    writeFileSync(path.join(dir, 'shortage.csv'), 'occupation,region,tension,period,source_url\n1234,,2,x,https://example.org\n');
    let error: unknown;
    try {
      await loadCatalogue(DATA_DIR, { contentDir: dir });
    } catch (err) {
      error = err;
    }
    expect((error as Error).message).to.match(/shortage\.csv:2: column occupation: unknown occupation 1234/);
  });
});
