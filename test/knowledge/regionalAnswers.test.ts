// Issue 18: knowledge answers and the "weet ik niet zeker" fallback name the asker's own office
// when their postcode lies in a configured region (content/regions/midden-utrecht): the desk of
// their own gemeente, and nothing regional at all outside every region.
import { expect } from 'chai';
import { KnowledgeBase, type KnowledgeResult } from '../../src/knowledge';
import { replyLines } from '../../src/dialogs/knowledgeReply';
import { askerFrom } from '../../src/dialogs/knowledgeReply';
import { nl } from '../../src/texts/nl';

const contactsOf = (r: KnowledgeResult) => ('entry' in r ? r.entry.contacts : r.contacts) ?? [];

describe('knowledge answers name the asker’s own office (issue 18)', () => {
  let kb: KnowledgeBase;
  before(async () => (kb = await KnowledgeBase.load()));

  it('a confident answer for someone on WW in Utrecht names UWV Utrecht with its map', () => {
    const result = kb.answer('mag ik een opleiding doen met ww?', 'nl', { situation: 'ww', postcode: '3511' });
    expect('entry' in result).to.equal(true);
    expect(contactsOf(result).map((c) => c.name)).to.deep.equal(['UWV Utrecht']);
    const lines = replyLines(result, nl, 'nl').join('\n');
    expect(lines).to.match(/Bij jou in de buurt: UWV Utrecht, Daalseplein 2, 3511 SX Utrecht\. Bel 088 898 92 94/);
    expect(lines).to.match(/Bekijk op de kaart: UWV Utrecht \(https:\/\/www\.openstreetmap\.org\/search\?query=Daalseplein/);
  });

  it('bijstand: the gemeente desk of the asker’s own gemeente (Utrecht, Nieuwegein)', () => {
    const desk = (postcode: string) => contactsOf(kb.answer('mag ik studeren met bijstand?', 'nl', { situation: 'bijstand', postcode })).find((c) => c.kind === 'gemeente-werk-inkomen');
    expect(desk('3511')?.name).to.match(/Gemeente Utrecht/);
    expect(desk('3431')?.address).to.match(/Nieuwegein/);
  });

  it('"weet ik niet zeker" with who to ask names that office too', () => {
    const result = kb.answer('wanneer wordt mijn uitkering gestort?', 'nl', { situation: 'ww', postcode: '3511' });
    expect('unsure' in result && result.organisation).to.equal('UWV');
    expect(contactsOf(result).map((c) => c.name)).to.deep.equal(['UWV Utrecht']);
    expect(replyLines(result, nl, 'nl').join('\n')).to.match(/Dat weet ik niet zeker[\s\S]*Bij jou in de buurt: UWV Utrecht/);
  });

  it('"weet ik niet zeker" without anyone to name: the region’s Werkcentrum', () => {
    const result = kb.answer('qwxz brmpf?', 'nl', { postcode: '3511' });
    expect('unsure' in result && result.organisation).to.equal(undefined);
    expect(contactsOf(result).map((c) => c.kind)).to.deep.equal(['werkcentrum']);
    expect(replyLines(result, nl, 'nl').join('\n')).to.match(/adviseur van het Werkcentrum[\s\S]*Bij jou in de buurt: Werkcentrum Midden-Utrecht/);
  });

  it('outside every configured region, or without a postcode, the answer is as before: no office', () => {
    for (const asker of [{ situation: 'ww' as const, postcode: '9999' }, { situation: 'ww' as const }]) {
      const result = kb.answer('mag ik een opleiding doen met ww?', 'nl', asker);
      expect(contactsOf(result)).to.deep.equal([]);
      expect(replyLines(result, nl, 'nl').join('\n')).to.not.match(/Bij jou in de buurt|openstreetmap/);
    }
  });

  it('the intake answers carry the postcode to the knowledge base', () => {
    expect(askerFrom({ situation: 'ww', postcode: '3511' })).to.deep.equal({ situation: 'ww', postcode: '3511' });
    expect(askerFrom({ postcode: '3511' })).to.deep.equal({ postcode: '3511' });
    expect(askerFrom({ situation: 'ww', postcode: 'not a postcode' })).to.deep.equal({ situation: 'ww' });
  });
});
