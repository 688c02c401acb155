// Which region serves a seeker, and whose chats an advisor sees: the pure rules on the two test
// regions (content/regions/midden-utrecht and the fictional test/fixtures/regions/voorbeeld-oost).
import { expect } from 'chai';
import { ConfigError, loadConfig } from '../../src/config';
import { loadRegionDirectory, type RegionDirectory } from '../../src/region';
import { checkRegionSetting, mayServe, RegionChoice, regionsOfReader } from '../../src/regionChoice';
import { twoRegionsDir, VOORBEELD_OOST_HOST } from './helpers';

describe('region choice (several regions per installation)', () => {
  let two: RegionDirectory;
  let one: RegionDirectory;
  before(async () => {
    two = await loadRegionDirectory(twoRegionsDir());
    one = await loadRegionDirectory();
  });

  it('chooses by postcode, then the stored region, then the host name, then WERKLOKET_REGION', () => {
    const regions = new RegionChoice(two, 'voorbeeld-oost');
    expect(regions.choose({ postcode: '3511', regionId: 'voorbeeld-oost', host: VOORBEELD_OOST_HOST })?.id).to.equal('midden-utrecht');
    // A postcode outside every region does not decide: the stored region does.
    expect(regions.choose({ postcode: '1011', regionId: 'midden-utrecht', host: VOORBEELD_OOST_HOST })?.id).to.equal('midden-utrecht');
    expect(regions.choose({ regionId: 'gone', host: 'WERKLOKET.MIDDEN-UTRECHT.EXAMPLE:443' })?.id).to.equal('midden-utrecht');
    expect(regions.choose({ host: 'elders.example' })?.id).to.equal('voorbeeld-oost');
    expect(new RegionChoice(two).choose({ host: 'elders.example' }), 'two regions, nothing decides').to.equal(undefined);
    expect(new RegionChoice(one).choose({})?.id, 'the only region').to.equal('midden-utrecht');
    expect(regions.ofPostcode('9993')?.id).to.equal('voorbeeld-oost');
    expect(regions.ofPostcode('1011')).to.equal(undefined);
  });

  it("shows a region's chats to its console team, and everything to admins and advisors without a regional team", () => {
    const regions = new RegionChoice(two);
    const mu = { role: 'advisor', team: 'Midden-Utrecht' };
    // Team names as typed in the admin screen: case and spaces do not matter.
    const vo = { role: 'advisor', team: ' voorbeeld-oost ' };
    expect([...regionsOfReader(regions, mu)!]).to.deep.equal(['midden-utrecht']);
    expect([...regionsOfReader(regions, vo)!]).to.deep.equal(['voorbeeld-oost']);
    expect(mayServe(regions, 'voorbeeld-oost', mu)).to.equal(false);
    expect(mayServe(regions, 'midden-utrecht', mu)).to.equal(true);
    expect(mayServe(regions, null, mu), 'region not known: everyone').to.equal(true);
    for (const all of [{ role: 'admin', team: 'Midden-Utrecht' }, { role: 'advisor', team: null }, { role: 'advisor', team: 'Werkgevers' }]) {
      expect(regionsOfReader(regions, all), JSON.stringify(all)).to.equal(undefined);
      expect(mayServe(regions, 'voorbeeld-oost', all)).to.equal(true);
    }
  });

  it('WERKLOKET_REGION: a malformed id stops loadConfig, an unknown one stops start-up, naming the variable', () => {
    expect(() => loadConfig({ WERKLOKET_REGION: 'Midden Utrecht' })).to.throw(ConfigError, /WERKLOKET_REGION="Midden Utrecht": expected a region id/);
    const config = loadConfig({ WERKLOKET_REGIONS_DIR: twoRegionsDir(), WERKLOKET_REGION: ' voorbeeld-oost ' });
    expect(config.regions).to.deep.equal({ dir: twoRegionsDir(), fallbackId: 'voorbeeld-oost' });
    expect(() => checkRegionSetting(two, config.regions.fallbackId, config.regions.dir)).not.to.throw();
    expect(() => checkRegionSetting(two, 'zuid', config.regions.dir)).to.throw(ConfigError, /WERKLOKET_REGION="zuid": expected one of the regions in .*: midden-utrecht, voorbeeld-oost/);
    expect(loadConfig({}).regions.fallbackId).to.equal(undefined);
  });
});
