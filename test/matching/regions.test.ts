// Postcode area → labour-market region: optional reference data, validated when present, used by the intake.
import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataFileError, loadCatalogue, regionOf, type Catalogue } from '../../src/matching';
import { RegionDirectory } from '../../src/region';
import { Conversation, sharedCatalogue, useSqliteDatabase } from '../helpers/conversation';

const SHARED = path.resolve(__dirname, '..', '..', '..', 'shared', 'data');

/** A data directory with the shared reference data and a postcode-region file of our own. */
function dataDirWith(regionsCsv: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkloket-regions-'));
  for (const entry of fs.readdirSync(SHARED)) if (entry !== 'cbs') fs.symlinkSync(path.join(SHARED, entry), path.join(dir, entry));
  fs.mkdirSync(path.join(dir, 'cbs'));
  for (const file of fs.readdirSync(path.join(SHARED, 'cbs'))) fs.symlinkSync(path.join(SHARED, 'cbs', file), path.join(dir, 'cbs', file));
  fs.writeFileSync(path.join(dir, 'cbs', 'pc4_arbeidsmarktregio.csv'), regionsCsv);
  return dir;
}

describe('postcode → labour-market region (optional reference data)', function () {
  this.timeout(60_000);
  const db = useSqliteDatabase();
  let catalogue: Catalogue;
  before(async () => {
    // A fixture, not real data: two areas in one made-up region name.
    catalogue = await loadCatalogue(dataDirWith('pc4,region\n3511,Testregio Midden\n3512,Testregio Midden\n'));
  });

  it('is read and validated when the file is there', () => {
    expect(catalogue.stats.postcodeRegions).to.equal(2);
    expect(regionOf(catalogue, '3511')).to.equal('Testregio Midden');
    expect(regionOf(catalogue, '9999')).to.equal(undefined);
  });

  it('without the file the configured regions (content/regions) name the region, and nothing else is invented', async () => {
    const plain = await sharedCatalogue();
    expect(plain.stats.postcodeRegions).to.equal(0);
    expect(regionOf(plain, '3511')).to.equal('Midden-Utrecht');
    expect(regionOf(plain, '1011')).to.equal(undefined);
    expect(regionOf({ regions: plain.regions, directory: new RegionDirectory() }, '3511')).to.equal(undefined);
  });

  it('the table wins over the configured regions where it has the area', () => {
    expect(catalogue.stats.regions).to.equal(1);
    expect(regionOf(catalogue, '3511')).to.equal('Testregio Midden');
    expect(regionOf(catalogue, '3431')).to.equal('Midden-Utrecht');
  });

  it('a broken row stops loading with the file and line', async () => {
    let error: unknown;
    try {
      await loadCatalogue(dataDirWith('pc4,region\n3511,Testregio\n35AB,Testregio\n'));
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(DataFileError);
    expect(String((error as Error).message)).to.include('pc4_arbeidsmarktregio.csv').and.to.match(/:3\b/);
  });

  it('the intake names the region of the postcode and keeps it for matching', async () => {
    const conversation = await Conversation.open(db(), { catalogue });
    await conversation.start();
    await conversation.run([
      ['Ik zoek werk', /bewaren/], ['ja', /Stap 1/], ['bijstand', /per maand/], ['sla over', /laatst gedaan/],
      ['Ik heb nog nooit gewerkt', /diploma/], ['vmbo', /Nederlands/], ['goed', /buitenland/], ['nee', /oud/], ['34', /rijbewijs/], ['ja', /gezondheid/],
      ['nee', /Stap 5/], ['hetzelfde werk', /uur/], ['32 uur', /postcode/],
      ['3511 AB', /arbeidsmarktregio Testregio Midden[\s\S]*reizen/], ['sla over', /beginnen/],
      ['zo snel mogelijk', /opleiding/], ['nee', /Postcode 3511 \(Testregio Midden\)/],
    ]);
  });
});
