import { expect } from 'chai';
import { closestWord, editDistance } from '../../src/language';

describe('language/fuzzy', () => {
  it('measures typos as edits, a swap of two letters as one', () => {
    expect(editDistance('voorkeur', 'voorkuer')).to.equal(1);
    expect(editDistance('idee', 'iedee')).to.equal(1);
    expect(editDistance('nachtdienst', 'dagdienst', 1)).to.equal(2);
  });

  it('finds the closest word per vocabulary, also when the same word is looked up again', () => {
    // Answers are remembered per vocabulary: the same typed word in another list has its own answer.
    const months = ['januari', 'februari', 'september'];
    const shifts = ['nachtdienst', 'avonddienst'];
    for (let round = 0; round < 2; round++) {
      expect(closestWord('setpember', months)).to.equal('september');
      expect(closestWord('setpember', shifts)).to.equal(undefined);
      expect(closestWord('nachtdients', shifts)).to.equal('nachtdienst');
      expect(closestWord('nachtdients', months)).to.equal(undefined);
      expect(closestWord('mei', months)).to.equal(undefined);
    }
  });
});
