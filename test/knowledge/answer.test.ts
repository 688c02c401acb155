// Information questions → the expected knowledge-base entry (phrasings, typos, English), and
// questions the bot must not pretend to know (amounts, payment dates, anything off-topic).
import { expect } from 'chai';
import { CONFIDENCE_THRESHOLD, KnowledgeBase, questionForm } from '../../src/knowledge';
import { ANSWERED, NOT_KNOWN } from './questions';

describe('knowledge base: answering questions', function () {
  this.timeout(20_000);
  let kb: KnowledgeBase;
  before(async () => {
    kb = await KnowledgeBase.load();
  });

  it('has at least the 32 first entries, each in Dutch and English', () => {
    expect(kb.entries.length).to.be.at.least(28);
    for (const e of kb.entries) expect(e.answer.en, e.id).to.not.equal(e.answer.nl);
  });

  for (const [question, id] of ANSWERED) {
    it(`"${question}" → ${id}`, () => {
      const result = kb.answer(question, 'nl');
      expect(result, JSON.stringify(kb.candidates(question))).to.have.property('entry');
      if (!('entry' in result)) return;
      expect(result.entry.id).to.equal(id);
      expect(result.confidence).to.be.at.least(CONFIDENCE_THRESHOLD);
      expect(result.entry.sources[0]).to.match(/^https?:\/\//);
      // Shown by name: never the bare URL as its own label.
      expect(result.entry.sourceLinks[0].url).to.equal(result.entry.sources[0]);
      expect(result.entry.sourceLinks[0].name).to.not.match(/^https?:/);
      expect(result.entry.organisation).to.not.equal('');
    });
  }

  for (const [question, organisation] of NOT_KNOWN) {
    it(`does not pretend to know: "${question}"`, () => {
      const result = kb.answer(question, 'nl');
      expect(result, JSON.stringify(kb.candidates(question))).to.have.property('unsure', true);
      if (!('unsure' in result)) return;
      if (organisation) expect(result.organisation).to.match(organisation);
      else expect(result.organisation).to.equal(undefined);
    });
  }

  it('answers in the language asked for, from the same entry', () => {
    const nl = kb.answer('hoe vraag ik ww aan', 'nl');
    const en = kb.answer('hoe vraag ik ww aan', 'en');
    expect('entry' in nl && nl.entry.answer).to.match(/UWV beslist/);
    expect('entry' in en && en.entry.answer).to.match(/UWV decides/);
  });

  it('says STAP ended and never offers it as running', () => {
    const result = kb.answer('kan ik STAP-budget aanvragen?', 'nl');
    expect('entry' in result && result.entry.answer).to.match(/gestopt op 1 januari 2024/);
  });

  it('an amount or date question is answered only by an entry that asks the same kind of thing', () => {
    // "hoeveel uur" is a phrasing of the entry, so it is answered; "hoeveel WW" is not.
    expect(kb.answer('hoeveel uur mag ik werken met ww?', 'nl')).to.have.nested.property('entry.id', 'werken-naast-uitkering');
    expect(kb.answer('hoeveel ww krijg ik?', 'nl')).to.have.property('unsure', true);
  });
});

describe('knowledge base: the confidence threshold', function () {
  let kb: KnowledgeBase;
  before(async () => {
    kb = await KnowledgeBase.load();
  });

  // A borderline pair on each side. Above: one extra word the knowledge base does not know
  // ("ontslagen") next to a fully matched phrasing. Below: one unknown topic word in a
  // two-word question ("vakantie"), which the WW entry does not answer.
  const JUST_ABOVE = ['hoe vraag ik ww aan als ik ontslagen ben?', 'wat is de sollicitatie plicht'];
  const JUST_BELOW = ['mag ik op vakantie met ww?', 'kan ik met mijn hond naar mijn werk?'];

  it('is 0.7', () => {
    expect(CONFIDENCE_THRESHOLD).to.equal(0.7);
  });

  for (const question of JUST_ABOVE) {
    it(`just above: "${question}" is answered`, () => {
      const [best] = kb.candidates(question, 1);
      expect(best.confidence).to.be.at.least(CONFIDENCE_THRESHOLD).and.below(0.9);
      expect(kb.answer(question, 'nl')).to.have.property('entry');
    });
  }

  for (const question of JUST_BELOW) {
    it(`just below: "${question}" gets "not sure", and a lower threshold would have answered it`, () => {
      const [best] = kb.candidates(question, 1);
      expect(best.confidence).to.be.below(CONFIDENCE_THRESHOLD).and.at.least(0.45);
      expect(kb.answer(question, 'nl')).to.have.property('unsure', true);
      const lax = kb.withThreshold(best.confidence);
      expect(lax.answer(question, 'nl')).to.have.property('entry');
    });
  }
});

describe('knowledge base: is this message a question?', () => {
  const cases: [string, ReturnType<typeof questionForm>][] = [
    ['hoe vraag ik WW aan?', 'clear'],
    ['wat is een leerwerkloket', 'clear'],
    ['mag ik werken naast mijn uitkering?', 'clear'],
    ['mag ik werken naast mijn uitkering', 'maybe'],
    ['wat?', undefined],
    ['hoe dan?', undefined],
    ['weet ik niet', undefined],
    ['kan ik niet zeggen', 'maybe'],
    ['heftruckchauffeur', undefined],
    ['32 uur', undefined],
    ['wat bedoel je met deze vraag?', 'about-the-question'],
    ['mag ik dit overslaan?', 'about-the-question'],
    ['How do I apply for WW?', 'clear'],
  ];
  for (const [text, form] of cases) {
    it(`"${text}" → ${form}`, () => expect(questionForm(text)).to.equal(form));
  }
});
