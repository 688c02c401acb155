import { expect } from 'chai';
import { type Catalogue, searchOccupations, searchSkills } from '../../src/matching';
import { contentTerms, stemDutch } from '../../src/matching/dutchText';
import { sharedCatalogue } from './helpers';

describe('matching/search', function () {
  this.timeout(60_000);
  let catalogue: Catalogue;
  before(async () => {
    catalogue = await sharedCatalogue();
  });

  // Intake phrases → the occupation the seeker means, first, with a usable confidence.
  const cases: Array<[phrase: string, label: string, minConfidence: number]> = [
    ['10 jaar heftruckchauffeur bij een distributiecentrum', 'heftruckchauffeur', 0.7],
    ['ik werkte in de thuiszorg', 'thuiszorgmedewerker', 0.6],
    ['kassamedewerker', 'kassamedewerker', 0.95],
    ['vrachtwagenchauffer', 'vrachtwagenchauffeur', 0.7], // typo
    ['magazijnmedewerkers', 'magazijnmedewerker', 0.95], // plural
    ['kok in een restaurant', 'kok', 0.7],
  ];
  for (const [phrase, label, minConfidence] of cases) {
    it(`"${phrase}" → ${label}`, () => {
      const hits = searchOccupations(catalogue, phrase, { limit: 5 });
      const found = hits.find((h) => h.label.startsWith(label));
      expect(found, JSON.stringify(hits.map((h) => h.label))).to.not.equal(undefined);
      expect(hits.indexOf(found!)).to.be.lessThan(2);
      expect(found!.confidence).to.be.at.least(minConfidence);
      expect(found!.uri).to.match(/^http:\/\/data\.europa\.eu\/esco\/occupation\//);
    });
  }

  // The workplace after the work must not outweigh it: every offer names the work the seeker did,
  // not a job of the workplace far above it (a cleaner in a hospital is no hospital pharmacist).
  const atWorkplace: Array<[phrase: string, work: RegExp]> = [
    ['schoonmaker in een ziekenhuis', /schoonma/],
    ['verpleegkundige in het ziekenhuis', /verpleeg/],
    ['chauffeur bij een bakkerij', /chauffeur|rijder/],
    ['timmerman in de bouw', /timmer|monteur|afwerker/],
  ];
  for (const [phrase, work] of atWorkplace) {
    it(`"${phrase}": the work first, not the workplace's jobs`, () => {
      const hits = searchOccupations(catalogue, phrase, { limit: 3 }).map((h) => h.label);
      expect(hits, JSON.stringify(hits)).to.have.length(3);
      expect(hits[0], JSON.stringify(hits)).to.match(work);
      expect(hits.join(' '), JSON.stringify(hits)).to.not.match(/apotheker|bedrijfsleider|ingenieur/);
    });
  }

  it('returns nothing for words that say nothing about work', () => {
    expect(searchOccupations(catalogue, 'ik heb 10 jaar gewerkt')).to.deep.equal([]);
  });

  it('is deterministic and respects the limit', () => {
    const a = searchOccupations(catalogue, 'chauffeur', { limit: 7 });
    expect(a).to.have.length(7);
    expect(searchOccupations(catalogue, 'chauffeur', { limit: 7 })).to.deep.equal(a);
  });

  it('finds skills by their Dutch labels', () => {
    const hits = searchSkills(catalogue, 'computerprogrammering', { limit: 3 });
    expect(hits[0].label).to.equal('computerprogrammering');
    expect(hits[0].confidence).to.equal(1);
  });
});

describe('matching/dutchText', () => {
  it('stems plurals and inflections to the same term', () => {
    expect(stemDutch('chauffeurs')).to.equal(stemDutch('chauffeur'));
    expect(stemDutch('kantoren')).to.equal(stemDutch('kantoor'));
    expect(stemDutch('verzorgenden')).to.equal(stemDutch('verzorgende'));
    expect(stemDutch('mogelijkheden')).to.equal(stemDutch('mogelijkheid'));
  });

  it('drops stop words and numbers from intake phrases', () => {
    expect(contentTerms('Ik werkte 10 jaar bij een distributiecentrum')).to.deep.equal(['distributiecentrum']);
  });
});
