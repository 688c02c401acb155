// The regions loader (issue 18 §1): the example region loads, and every broken variant of it stops
// loading with a DataFileError that names the file, the csv line and what is wrong.
import { expect } from 'chai';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { DataFileError, loadCatalogue } from '../../src/matching';
import { regionsDirOf } from '../../src/matching/rawData';
import { loadRegionDirectory, REGIONS_DIR } from '../../src/region';
import { editJson, editText, EXAMPLE, fileOf, regionsDir, SECOND, writeSecondRegion } from './fixtures';

async function loadError(dir: string): Promise<DataFileError> {
  try {
    await loadRegionDirectory(dir);
  } catch (e) {
    expect(e).to.be.instanceOf(DataFileError);
    return e as DataFileError;
  }
  throw new Error(`${dir} loaded, but it is broken`);
}

/** The line (1-based) of `row` in the example's postcodes.csv. */
const lineOf = (dir: string, row: string): number => readFileSync(fileOf(dir, EXAMPLE, 'postcodes.csv'), 'utf8').split('\n').indexOf(row) + 1;

describe('region directory: loading content/regions', () => {
  it('loads the example region with its gemeenten, postcode areas and providers', async () => {
    const directory = await loadRegionDirectory();
    expect(directory.regions.map((r) => r.id)).to.deep.equal([EXAMPLE]);
    const region = directory.get(EXAMPLE)!;
    expect(region.name).to.equal('Midden-Utrecht');
    expect(region.organisationName).to.equal('Werkcentrum Midden-Utrecht');
    expect(region.gemeenten.map((g) => g.name)).to.include.members(['Utrecht', 'Nieuwegein', 'Zeist', 'Houten']);
    expect(region.postcodes.get('3511')).to.equal('utrecht');
    expect(region.postcodes.get('3431')).to.equal('nieuwegein');
    expect(region.postcodes.get('3701')).to.equal('zeist');
    expect(region.postcodes.get('3991')).to.equal('houten');
    const kinds = new Set(region.providers.map((p) => p.kind));
    for (const kind of ['uwv', 'gemeente-werk-inkomen', 'gemeente-schuldhulp', 'jongerenloket', 'leerwerkloket', 'werkgeversservicepunt', 'werkcentrum', 'taalhuis', 'training', 'reintegration']) {
      expect(kinds, kind).to.include(kind);
    }
    // The operator is told to check the data before going live.
    expect(readFileSync(path.join(REGIONS_DIR, EXAMPLE, 'region.json'), 'utf8')).to.match(/controleer/i);
  });

  it('a missing regions folder is an empty directory', async () => {
    const directory = await loadRegionDirectory(path.join(tmpdir(), 'werkloket-no-such-regions-folder'));
    expect(directory.regions).to.deep.equal([]);
    expect(directory.choose({ postcode: '3511' })).to.equal(undefined);
  });

  it('loads two regions side by side', async () => {
    const directory = await loadRegionDirectory(regionsDir({ second: true }));
    expect(directory.regions.map((r) => r.id)).to.deep.equal([EXAMPLE, SECOND]);
  });

  describe('postcodes.csv', () => {
    it('a pc4 that is not 4 digits: file and line', async () => {
      const dir = regionsDir();
      const line = lineOf(dir, '3512,utrecht');
      editText(dir, EXAMPLE, 'postcodes.csv', (t) => t.replace('3512,utrecht', '351,utrecht'));
      const error = await loadError(dir);
      expect(error.file).to.equal(fileOf(dir, EXAMPLE, 'postcodes.csv'));
      expect(error.line).to.equal(line);
      expect(error.message).to.include('postcodes.csv:').and.to.match(/pc4.*4-digit/).and.to.include('"351"');
    });

    it('a pc4 below 1000: file and line', async () => {
      const dir = regionsDir();
      const line = lineOf(dir, '3513,utrecht');
      editText(dir, EXAMPLE, 'postcodes.csv', (t) => t.replace('3513,utrecht', '0999,utrecht'));
      const error = await loadError(dir);
      expect(error.line).to.equal(line);
      expect(error.message).to.include('"0999"');
    });

    it('a pc4 twice in one region: the line and the earlier line', async () => {
      const dir = regionsDir();
      const first = lineOf(dir, '3701,zeist');
      editText(dir, EXAMPLE, 'postcodes.csv', (t) => `${t}3701,houten\n`);
      const error = await loadError(dir);
      expect(error.line).to.equal(readFileSync(fileOf(dir, EXAMPLE, 'postcodes.csv'), 'utf8').trimEnd().split('\n').length);
      expect(error.message).to.include('3701').and.to.include('twice').and.to.include(`line ${first}`);
    });

    it('a pc4 in two regions: names the other region', async () => {
      const dir = regionsDir();
      writeSecondRegion(dir, { pc4: ['9991', '3511'] });
      const error = await loadError(dir);
      expect(error.file).to.equal(fileOf(dir, SECOND, 'postcodes.csv'));
      expect(error.line).to.equal(3);
      expect(error.message).to.include('3511').and.to.include(`already in region ${EXAMPLE}`);
    });

    it('a gemeente that region.json does not list: file and line', async () => {
      const dir = regionsDir();
      const line = lineOf(dir, '3999,houten');
      editText(dir, EXAMPLE, 'postcodes.csv', (t) => t.replace('3999,houten', '3999,bunnik'));
      const error = await loadError(dir);
      expect(error.line).to.equal(line);
      expect(error.message).to.include('unknown gemeente "bunnik"');
    });

    it('a gemeente without any postcode area', async () => {
      const dir = regionsDir();
      editJson(dir, EXAMPLE, 'region.json', (r) => r.gemeenten.push({ id: 'bunnik', name: 'Bunnik' }));
      const error = await loadError(dir);
      expect(error.file).to.equal(fileOf(dir, EXAMPLE, 'postcodes.csv'));
      expect(error.message).to.include('"bunnik"').and.to.include('no postcode area');
    });

    it('a wrong header', async () => {
      const dir = regionsDir();
      editText(dir, EXAMPLE, 'postcodes.csv', (t) => t.replace('pc4,gemeente', 'postcode,gemeente'));
      const error = await loadError(dir);
      expect(error.line).to.equal(1);
      expect(error.message).to.include('pc4,gemeente');
    });
  });

  describe('region.json', () => {
    it('an id that is not the folder name', async () => {
      const dir = regionsDir();
      editJson(dir, EXAMPLE, 'region.json', (r) => (r.id = 'utrecht-midden'));
      const error = await loadError(dir);
      expect(error.file).to.equal(fileOf(dir, EXAMPLE, 'region.json'));
      expect(error.message).to.include('"utrecht-midden"').and.to.include(`folder name "${EXAMPLE}"`);
    });

    it('a host with capitals or a port', async () => {
      for (const host of ['Werkloket.Example.nl', 'werkloket.example.nl:8080', 'https://werkloket.example.nl']) {
        const dir = regionsDir();
        editJson(dir, EXAMPLE, 'region.json', (r) => (r.hosts = [host]));
        const error = await loadError(dir);
        expect(error.message, host).to.include('hosts.0').and.to.include('lower-case host name');
      }
    });

    it('a host that two regions claim', async () => {
      const dir = regionsDir();
      writeSecondRegion(dir, { hosts: ['werkloket.midden-utrecht.example'] });
      const error = await loadError(dir);
      expect(error.file).to.equal(fileOf(dir, SECOND, 'region.json'));
      expect(error.message).to.include('werkloket.midden-utrecht.example').and.to.include(`already used by region ${EXAMPLE}`);
    });

    it('a missing field and a misspelt one', async () => {
      const dir = regionsDir();
      editJson(dir, EXAMPLE, 'region.json', (r) => delete r.consoleTeam);
      expect((await loadError(dir)).message).to.include('consoleTeam');
      const again = regionsDir();
      editJson(again, EXAMPLE, 'region.json', (r) => (r.checkedon = '2026-12-01'));
      expect((await loadError(again)).message).to.include('checkedon');
    });
  });

  describe('providers.json', () => {
    const kinds = (dir: string, drop: (p: { id: string; kind: string }) => boolean) =>
      editJson(dir, EXAMPLE, 'providers.json', (f) => (f.providers = f.providers.filter((p: { id: string; kind: string }) => !drop(p))));

    it('a region without UWV, leerwerkloket or werkgeversservicepunt', async () => {
      for (const kind of ['uwv', 'leerwerkloket', 'werkgeversservicepunt']) {
        const dir = regionsDir();
        kinds(dir, (p) => p.kind === kind);
        const error = await loadError(dir);
        expect(error.file).to.equal(fileOf(dir, EXAMPLE, 'providers.json'));
        expect(error.message, kind).to.include(`no provider of kind "${kind}"`);
      }
    });

    it('a gemeente without a werk & inkomen desk or schuldhulp', async () => {
      const dir = regionsDir();
      kinds(dir, (p) => p.id === 'zeist-werk-inkomen');
      expect((await loadError(dir)).message).to.include('"gemeente-werk-inkomen"').and.to.include('"zeist"');
      const again = regionsDir();
      kinds(again, (p) => p.id === 'wil-schuldhulp');
      expect((await loadError(again)).message).to.include('"gemeente-schuldhulp"').and.to.include('"nieuwegein"');
    });

    it('a provider for a gemeente the region does not have', async () => {
      const dir = regionsDir();
      editJson(dir, EXAMPLE, 'providers.json', (f) => (f.providers.find((p: { id: string }) => p.id === 'wil-werk-inkomen').gemeenten = ['nieuwegein', 'ijsselstein']));
      expect((await loadError(dir)).message).to.include('wil-werk-inkomen').and.to.include('unknown gemeente "ijsselstein"');
    });

    it('two providers with one id', async () => {
      const dir = regionsDir();
      editJson(dir, EXAMPLE, 'providers.json', (f) => (f.providers[1].id = f.providers[0].id));
      expect((await loadError(dir)).message).to.include('providers[1]').and.to.include('used twice');
    });

    it('a wrong field: kind, postcode, website without https, an unknown field', async () => {
      const cases: Array<[(p: Record<string, unknown>) => void, RegExp]> = [
        [(p) => (p.kind = 'gemeente'), /providers\.0\.kind/],
        [(p) => (p.address = { street: 'Daalseplein 2', postcode: '3511SX', city: 'Utrecht' }), /providers\.0\.address\.postcode.*3511 SX/],
        [(p) => (p.website = 'http://www.uwv.nl/'), /providers\.0\.website.*https/],
        [(p) => (p.opening_hours = p.openingHours), /opening_hours/],
        [(p) => delete p.phone, /providers\.0\.phone/],
      ];
      for (const [edit, expected] of cases) {
        const dir = regionsDir();
        editJson(dir, EXAMPLE, 'providers.json', (f) => edit(f.providers[0]));
        expect((await loadError(dir)).message).to.match(expected);
      }
    });

    it('a missing or unreadable file', async () => {
      const dir = regionsDir();
      rmSync(fileOf(dir, EXAMPLE, 'providers.json'));
      expect((await loadError(dir)).message).to.include('providers.json').and.to.include('cannot read');
      const again = regionsDir();
      writeFileSync(fileOf(again, EXAMPLE, 'providers.json'), '{ "providers": [ ');
      expect((await loadError(again)).message).to.include('not valid JSON');
    });
  });

  describe('the catalogue reads the regions folder', () => {
    const saved = process.env.WERKLOKET_REGIONS_DIR;
    afterEach(() => {
      if (saved === undefined) delete process.env.WERKLOKET_REGIONS_DIR;
      else process.env.WERKLOKET_REGIONS_DIR = saved;
    });

    it('from options.regionsDir, else WERKLOKET_REGIONS_DIR, else content/regions', () => {
      delete process.env.WERKLOKET_REGIONS_DIR;
      expect(regionsDirOf()).to.equal(REGIONS_DIR);
      process.env.WERKLOKET_REGIONS_DIR = '/srv/regions';
      expect(regionsDirOf()).to.equal('/srv/regions');
      expect(regionsDirOf('/tmp/mine')).to.equal('/tmp/mine');
    });

    const catalogueError = async (regionsDir?: string): Promise<DataFileError> => {
      try {
        await loadCatalogue(loadConfig({ WERKLOKET_DATA_DIR: process.env.WERKLOKET_DATA_DIR }).dataDir, { regionsDir });
      } catch (e) {
        expect(e).to.be.instanceOf(DataFileError);
        return e as DataFileError;
      }
      throw new Error('the catalogue loaded a broken region');
    };

    it('a broken region in options.regionsDir or WERKLOKET_REGIONS_DIR stops loadCatalogue, naming the file', async () => {
      const dir = regionsDir();
      editJson(dir, EXAMPLE, 'region.json', (r) => (r.id = 'elders'));
      expect((await catalogueError(dir)).file).to.equal(fileOf(dir, EXAMPLE, 'region.json'));
      process.env.WERKLOKET_REGIONS_DIR = dir;
      expect((await catalogueError()).file).to.equal(fileOf(dir, EXAMPLE, 'region.json'));
    });
  });
});
