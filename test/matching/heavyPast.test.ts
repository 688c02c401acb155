// No heavy work any more: work like the seeker's own heavy past work is left out too, even where
// ESCO lists no physical skill for it (a window cleaner), unless the seeker named it.
import { expect } from 'chai';
import { type Catalogue, matchProfile, searchOccupations } from '../../src/matching';
import { NOW, sharedCatalogue } from './helpers';

const uri = (c: Catalogue, label: string) => {
  const hit = searchOccupations(c, label, { limit: 1 })[0];
  expect(hit.label, label).to.equal(label);
  return hit.uri;
};

describe('matching: limits and heavy past work', function () {
  this.timeout(60_000);
  let c: Catalogue;
  before(async () => (c = await sharedCatalogue()));

  const cleaner = (noHeavyWork: boolean, targets: string[] = []) =>
    matchProfile(
      c,
      {
        income: { situation: 'bijstand' },
        workHistory: [{ occupationUri: uri(c, 'schoonmaker gebouwen'), years: 20, confirmed: true }],
        education: { level: 'vmbo' },
        dutchLevel: 'native',
        limits: { noHeavyWork },
        goals: { direction: 'similar', targetOccupationUris: targets },
      },
      { now: NOW },
    );
  const cleaningWork = (r: ReturnType<typeof cleaner>) =>
    r.proposals.filter((p) => p.kind === 'job-direction' || p.kind === 'schooling').map((p) => p.occupation?.label ?? p.title).filter((l) => /schoonma|glazenwas|gevelrein|reinig/i.test(l));

  it('without the limit, cleaning work like her own is proposed (the rule has something to remove)', () => {
    expect(cleaningWork(cleaner(false))).to.not.be.empty;
  });

  it('with the limit, no cleaning work at all, though ESCO marks only some of it heavy', () => {
    expect(cleaningWork(cleaner(true))).to.deep.equal([]);
    expect(c.traits.heavy[c.occupationByUri.get(uri(c, 'glazenwasser'))!]).to.equal(0); // ESCO alone would let it through
  });

  it('work the seeker named herself stays, with the limit stated', () => {
    const r = cleaner(true, [uri(c, 'glazenwasser')]);
    expect(r.proposals.some((p) => p.occupation?.label === 'glazenwasser')).to.equal(true);
    expect(r.limitsApplied.map((l) => l.limit)).to.include('no-heavy-work');
  });
});
