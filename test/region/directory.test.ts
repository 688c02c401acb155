// Lookups in the region directory (issue 18 §1), against the example region and a second,
// made-up region: which region a postcode or host belongs to, which concrete provider a seeker
// is sent to, and how that provider is shown (address line, map link, one sentence).
import { expect } from 'chai';
import { contactSentence, loadRegionDirectory, type Provider, type RegionDirectory } from '../../src/region';
import { editJson, EXAMPLE, regionsDir, SECOND } from './fixtures';

describe('region directory: lookups', () => {
  let one: RegionDirectory; // content/regions as shipped: the example region only
  let two: RegionDirectory; // the example region and Testregio Oost (pc4 9991–9992)
  before(async () => {
    one = await loadRegionDirectory();
    two = await loadRegionDirectory(regionsDir({ second: true }));
  });

  it('byPostcode: region and gemeente of a pc4, also from a full postcode', () => {
    const utrecht = one.byPostcode('3511')!;
    expect(utrecht.region.id).to.equal(EXAMPLE);
    expect(utrecht.gemeente).to.deep.equal({ id: 'utrecht', name: 'Utrecht' });
    expect(one.byPostcode('3431 AB')!.gemeente.name).to.equal('Nieuwegein');
    expect(one.byPostcode('3701ab')!.gemeente.name).to.equal('Zeist');
    expect(one.byPostcode('3995')!.gemeente.name).to.equal('Houten');
    expect(one.byPostcode('1011')).to.equal(undefined); // Amsterdam: no configured region
    expect(one.byPostcode('35')).to.equal(undefined);
    expect(two.byPostcode('9991')!.region.id).to.equal(SECOND);
  });

  it('byHost: case-insensitive, the port ignored', () => {
    expect(two.byHost('werkloket.midden-utrecht.example')!.id).to.equal(EXAMPLE);
    expect(two.byHost('WERK.Testregio-Oost.example:3978')!.id).to.equal(SECOND);
    expect(two.byHost('localhost:3978')).to.equal(undefined);
  });

  it('choose: postcode, then regionId, then host, then fallbackId, then the only region', () => {
    const id = (by: Parameters<RegionDirectory['choose']>[0]) => two.choose(by)?.id;
    // The postcode wins when a region covers it.
    expect(id({ postcode: '9991', regionId: EXAMPLE, host: 'werkloket.midden-utrecht.example', fallbackId: EXAMPLE })).to.equal(SECOND);
    // A postcode outside every region does not decide.
    expect(id({ postcode: '1011', regionId: SECOND, host: 'werkloket.midden-utrecht.example' })).to.equal(SECOND);
    expect(id({ regionId: 'no-such-region', host: 'werk.testregio-oost.example', fallbackId: EXAMPLE })).to.equal(SECOND);
    expect(id({ host: 'elsewhere.example', fallbackId: SECOND })).to.equal(SECOND);
    // Two regions and nothing decides: no region is guessed.
    expect(id({ postcode: '1011', host: 'elsewhere.example' })).to.equal(undefined);
    expect(id({})).to.equal(undefined);
    // One region: it serves everyone who is not placed elsewhere.
    expect(one.choose({})?.id).to.equal(EXAMPLE);
    expect(one.choose({ postcode: '1011' })?.id).to.equal(EXAMPLE);
  });

  describe('provider', () => {
    const at = (dir: RegionDirectory, kind: Parameters<RegionDirectory['provider']>[0], where: Parameters<RegionDirectory['provider']>[1]) => dir.provider(kind, where)?.id;

    it("a desk per gemeente: the one of the postcode's own gemeente", () => {
      expect(at(one, 'gemeente-werk-inkomen', { postcode: '3511' })).to.equal('utrecht-werk-inkomen');
      expect(at(one, 'gemeente-werk-inkomen', { postcode: '3431 AB' })).to.equal('wil-werk-inkomen');
      expect(at(one, 'gemeente-werk-inkomen', { postcode: '3991' })).to.equal('wil-werk-inkomen');
      expect(at(one, 'gemeente-werk-inkomen', { postcode: '3701' })).to.equal('zeist-werk-inkomen');
      expect(at(one, 'gemeente-schuldhulp', { postcode: '3701' })).to.equal('zeist-schuldhulp');
      expect(at(one, 'gemeente-schuldhulp', { postcode: '3552' })).to.equal('utrecht-schuldhulp');
      expect(at(one, 'jongerenloket', { postcode: '3995' })).to.equal('houten-jongerenloket');
    });

    it('a desk that lists its gemeenten is never named without a known gemeente', () => {
      expect(at(one, 'gemeente-werk-inkomen', { regionId: EXAMPLE })).to.equal(undefined);
      expect(at(one, 'gemeente-schuldhulp', { regionId: EXAMPLE, postcode: '1011' })).to.equal(undefined);
      expect(at(one, 'jongerenloket', { regionId: EXAMPLE })).to.equal(undefined);
    });

    it('a region-wide kind: the region of the postcode or regionId', () => {
      expect(at(one, 'uwv', { postcode: '3701' })).to.equal('uwv-utrecht');
      expect(at(one, 'uwv', { regionId: EXAMPLE })).to.equal('uwv-utrecht');
      expect(at(one, 'leerwerkloket', { postcode: '3991' })).to.equal('leerwerkloket-midden-utrecht');
      expect(at(two, 'uwv', { postcode: '9992' })).to.equal('uwv-oost');
      // The postcode wins over regionId, as in choose.
      expect(at(two, 'uwv', { postcode: '9992', regionId: EXAMPLE })).to.equal('uwv-oost');
      expect(at(two, 'uwv', { postcode: '1011', regionId: EXAMPLE })).to.equal('uwv-utrecht');
    });

    it("the gemeente's own provider first, then one for the whole region; never another gemeente's", async () => {
      // The example has one Taalhuis, for the whole region.
      expect(at(one, 'taalhuis', { postcode: '3701' })).to.equal('taalhuis-utrecht');
      expect(at(one, 'taalhuis', { regionId: EXAMPLE })).to.equal('taalhuis-utrecht');
      const dir = regionsDir();
      editJson(dir, EXAMPLE, 'providers.json', (f) => {
        const utrecht = f.providers.find((p: Provider) => p.id === 'taalhuis-utrecht');
        utrecht.gemeenten = ['utrecht'];
        // A region-wide Taalhuis listed before a Zeist one: Zeist still gets its own.
        f.providers.push({ ...utrecht, id: 'taalhuis-regio', gemeenten: undefined }, { ...utrecht, id: 'taalhuis-zeist', gemeenten: ['zeist'] });
      });
      const edited = await loadRegionDirectory(dir);
      expect(at(edited, 'taalhuis', { postcode: '3701' })).to.equal('taalhuis-zeist');
      expect(at(edited, 'taalhuis', { postcode: '3511' })).to.equal('taalhuis-utrecht');
      expect(at(edited, 'taalhuis', { postcode: '3431' })).to.equal('taalhuis-regio');
      expect(at(edited, 'taalhuis', { regionId: EXAMPLE })).to.equal('taalhuis-regio');
      editJson(dir, EXAMPLE, 'providers.json', (f) => (f.providers = f.providers.filter((p: Provider) => p.id !== 'taalhuis-regio')));
      const strict = await loadRegionDirectory(dir);
      expect(at(strict, 'taalhuis', { postcode: '3431' })).to.equal(undefined);
      expect(at(strict, 'taalhuis', { regionId: EXAMPLE })).to.equal(undefined);
    });

    it('no region: no provider, not even in a one-region installation', () => {
      expect(at(one, 'uwv', { postcode: '1011' })).to.equal(undefined);
      expect(at(one, 'uwv', {})).to.equal(undefined);
      expect(at(one, 'uwv', { regionId: 'no-such-region' })).to.equal(undefined);
      expect(at(two, 'taalhuis', { postcode: '9991' })).to.equal(undefined); // Testregio Oost has none
    });
  });

  describe('contact', () => {
    it('one address line, a plain OpenStreetMap search for it, the rest of the provider', () => {
      const uwv = one.provider('uwv', { regionId: EXAMPLE })!;
      const c = one.contact(uwv, 'nl');
      expect(c.providerId).to.equal('uwv-utrecht');
      expect(c.kind).to.equal('uwv');
      expect(c.name).to.equal('UWV Utrecht');
      expect(c.address).to.equal(`${uwv.address.street}, ${uwv.address.postcode} ${uwv.address.city}`);
      expect(c.address).to.match(/^.+ \d+, \d{4} [A-Z]{2} Utrecht$/);
      expect(c.phone).to.equal(uwv.phone);
      expect(c.openingHours).to.equal(uwv.openingHours.nl);
      expect(one.contact(uwv, 'en').openingHours).to.equal(uwv.openingHours.en);
      expect(c.website).to.equal(uwv.website);
      expect(c.appointmentUrl).to.equal(uwv.appointmentUrl);
      const map = new URL(c.mapUrl);
      expect(`${map.origin}${map.pathname}`).to.equal('https://www.openstreetmap.org/search');
      expect([...map.searchParams.keys()]).to.deep.equal(['query']);
      expect(map.searchParams.get('query')).to.equal(c.address);
      expect(c.mapUrl).to.equal(`https://www.openstreetmap.org/search?query=${encodeURIComponent(c.address)}`).and.not.to.match(/[\s,]/);
    });

    it('the sentence names the provider, its address, the phone and the appointment site', () => {
      const uwv = one.contact(one.provider('uwv', { postcode: '3511' })!, 'nl');
      const nl = contactSentence(uwv, 'nl');
      expect(nl).to.equal(`UWV Utrecht, ${uwv.address}. Bel ${uwv.phone} of maak een afspraak via ${new URL(uwv.appointmentUrl!).hostname.replace(/^www\./, '')}.`);
      expect(nl).to.include('werk.nl');
      const en = contactSentence(one.contact(one.provider('uwv', { postcode: '3511' })!, 'en'), 'en');
      expect(en).to.include('UWV Utrecht').and.to.include(uwv.address).and.to.include(`Call ${uwv.phone}`).and.to.include('appointment');
    });

    it('without an appointment link the sentence points to the website', () => {
      const desk = one.contact(one.provider('gemeente-werk-inkomen', { postcode: '3701' })!, 'nl');
      expect(desk.appointmentUrl).to.equal(undefined);
      expect(contactSentence(desk, 'nl')).to.equal(`Gemeente Zeist, Werk en Inkomen, ${desk.address}. Bel ${desk.phone} of kijk op zeist.nl.`);
      expect(contactSentence(one.contact(one.provider('gemeente-werk-inkomen', { postcode: '3701' })!, 'en'), 'en')).to.include('zeist.nl').and.to.include('Call 14 030');
    });
  });
});
