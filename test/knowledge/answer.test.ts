// Information questions → the expected knowledge-base entry (phrasings, typos, English), and
// questions the bot must not pretend to know (amounts, payment dates, anything off-topic).
import { expect } from 'chai';
import { CONFIDENCE_THRESHOLD, KnowledgeBase, questionForm } from '../../src/knowledge';

const ANSWERED: [question: string, entry: string][] = [
  ['Hoe vraag ik WW aan?', 'ww-aanvragen'],
  ['hoe kan ik een ww uitkering aanvragen', 'ww-aanvragen'],
  ['hoe vraag ik ww aaan', 'ww-aanvragen'], // typo
  ['How do I apply for unemployment benefit?', 'ww-aanvragen'],
  ['wat is een leerwerkloket?', 'leerwerkloket'],
  ['wat doet het leerwerklocket', 'leerwerkloket'], // typo
  ['What is a leerwerkloket?', 'leerwerkloket'],
  ['mag ik een opleiding volgen met bijstand?', 'opleiding-met-bijstand'],
  ['mag ik studeren met bijstnd?', 'opleiding-met-bijstand'], // typo
  ['Can I study while on social assistance?', 'opleiding-met-bijstand'],
  ['hoeveel uur mag ik werken naast mijn uitkering?', 'werken-naast-uitkering'],
  ['mag ik bijverdienen naast mijn uitkering', 'werken-naast-uitkering'],
  ['how many hours can I work next to my benefit?', 'werken-naast-uitkering'],
  ['mag ik een cursus volgen als ik ww heb', 'opleiding-met-ww'],
  ['betaalt het uwv mijn opleiding?', 'opleiding-met-ww'],
  ['moet ik solliciteren als ik ww heb?', 'sollicitatieplicht'],
  ['wat is de sollicitatie plicht', 'sollicitatieplicht'], // written apart
  ['wat is een ervaringscertificaat?', 'evc'],
  ['kan ik nog STAP budget aanvragen?', 'stap-budget'],
  ['Does STAP still exist?', 'stap-budget'],
  ['waar kan ik nederlands leren?', 'nederlands-leren'],
  ['moet ik inburgeren?', 'inburgering'],
  ['moet ik naar het uwv of naar de gemeente?', 'uwv-of-gemeente'],
  ['wat is een werkgeversservicepunt', 'werkgeversservicepunt'],
  ['wat is het werkcentrum?', 'werkcentrum'],
  ['wat is bijstand', 'bijstand-wat-is-het'],
  ['hoe vraag ik bijstand aan?', 'bijstand-aanvragen'],
  ['wat is het verschil tusen wga en iva', 'wia-wat-is-het'],
  ['wat doet een jobcoach?', 'jobcoach'],
  ['wat is de no-riskpolis?', 'no-riskpolis'],
  ['ik heb geen uitkering, kan ik toch hulp krijgen?', 'geen-uitkering-hulp'],
  ['mag mijn werkgever opleidingskosten van de transitievergoeding aftrekken?', 'transitievergoeding-opleiding'],
];

const NOT_KNOWN: [question: string, organisation: RegExp | undefined][] = [
  ['hoeveel WW krijg ik precies?', /UWV/],
  ['wanneer wordt mijn uitkering gestort?', /UWV/],
  ['wat is de hoogte van de bijstand in 2027?', /gemeente/],
  ['mag ik naar Spanje verhuizen met WW?', /UWV/],
  ['mag ik op vakantie met ww?', /UWV/],
  ['how much bijstand will I get?', /gemeente/],
  ['wat is de hoofdstad van Frankrijk?', undefined],
  ['hoe laat is het?', undefined],
];

describe('knowledge base: answering questions', function () {
  this.timeout(20_000);
  let kb: KnowledgeBase;
  before(async () => {
    kb = await KnowledgeBase.load();
  });

  it('has about 30 entries, each in Dutch and English', () => {
    expect(kb.entries.length).to.be.within(28, 60);
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
      const lax = new KnowledgeBase(kb.entries, best.confidence);
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
