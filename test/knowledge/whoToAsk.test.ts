// Who to ask, every time (issue 13): the decision table names the organisation an advisor would,
// and the knowledge base uses it with the seeker's situation, so the same question sends someone
// on WW to UWV and someone on bijstand to the gemeente.
import { expect } from 'chai';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { KnowledgeBase, namedSituation, type KnowledgeEntry } from '../../src/knowledge';
import { DataFileError, IncomeSituationSchema, loadWhoToAsk, WhoToAskTopicSchema, type AskSituation, type WhoToAskTable, type WhoToAskTopic } from '../../src/matching';
import { DEFAULT_CONTENT_DIR } from '../../src/matching/rawData';
import { replyLines, askerFrom } from '../../src/dialogs/knowledgeReply';
import { nl } from '../../src/texts/nl';
import { Conversation, type Step, useSqliteDatabase } from '../helpers/conversation';

const TABLE_FILE = path.join(DEFAULT_CONTENT_DIR, 'who-to-ask.json');
const SITUATIONS: AskSituation[] = [...IncomeSituationSchema.options, 'unknown'];
const UWV = /^UWV$/;
const GEMEENTE = /gemeente/;
const BENEFIT_DESK = /UWV|gemeente/;

describe('who to ask: the decision table', () => {
  let table: WhoToAskTable;
  before(async () => {
    table = await loadWhoToAsk(TABLE_FILE);
  });

  // (situation, topic) → organisation that must (or must not) be named.
  const CASES: [AskSituation, WhoToAskTopic, RegExp, 'is' | 'is not'][] = [
    ['ww', 'benefit-while-studying', UWV, 'is'],
    ['ww', 'training-costs', UWV, 'is'],
    ['ww', 'language-course', UWV, 'is'],
    ['ww', 'reintegration', UWV, 'is'],
    ['ww', 'work-beside-benefit', UWV, 'is'],
    ['bijstand', 'benefit-while-studying', GEMEENTE, 'is'],
    ['bijstand', 'training-costs', GEMEENTE, 'is'],
    ['bijstand', 'language-course', GEMEENTE, 'is'],
    ['bijstand', 'jobcoach', GEMEENTE, 'is'],
    ['bijstand', 'benefit-while-studying', /UWV/, 'is not'],
    ['wia', 'reintegration', UWV, 'is'],
    ['wajong', 'jobcoach', UWV, 'is'],
    ['self-employed', 'bbz', GEMEENTE, 'is'],
    ['self-employed', 'training-costs', /UWV/, 'is not'],
    ['self-employed', 'training-costs', /leerwerkloket/, 'is'],
    ['self-employed', 'own-business', /KVK/, 'is'],
    ['none', 'training-costs', BENEFIT_DESK, 'is not'],
    ['none', 'benefit-while-studying', BENEFIT_DESK, 'is not'],
    ['none', 'reintegration', BENEFIT_DESK, 'is not'],
    ['none', 'language-course', BENEFIT_DESK, 'is not'],
    ['none', 'career-advice', /leerwerkloket/, 'is'],
    ['employed', 'training-costs', /werkgever/, 'is'],
    ['employed', 'van-werk-naar-werk', /werkgever.*Werkcentrum/, 'is'],
    ['ww', 'transitievergoeding', /werkgever/, 'is'],
    ['bijstand', 'diploma-recognition', /IDW/, 'is'],
    ['none', 'big-registration', /BIG/, 'is'],
    ['bijstand', 'inburgering', /DUO/, 'is'],
    ['unknown', 'training-costs', /leerwerkloket/, 'is'],
    ['unknown', 'reintegration', /Werkcentrum/, 'is'],
  ];
  for (const [situation, topic, organisation, how] of CASES) {
    it(`${situation} × ${topic}: the organisation ${how} ${organisation}`, () => {
      const answer = table.ask(topic, { situation }, 'nl');
      if (how === 'is') expect(answer.organisation).to.match(organisation);
      else expect(answer.organisation).to.not.match(organisation);
      expect(answer.how.length).to.be.within(30, 300);
      expect(answer.source.name).to.not.match(/^https?:/);
    });
  }

  it('nobody on WW is sent to the gemeente, nobody on bijstand to UWV alone (age unknown)', () => {
    for (const topic of WhoToAskTopicSchema.options) {
      expect(table.ask(topic, { situation: 'ww' }, 'nl').organisation, topic).to.not.match(GEMEENTE);
      expect(table.ask(topic, { situation: 'bijstand' }, 'nl').organisation, topic).to.not.match(UWV);
    }
  });

  it('every row says how in short B1 sentences, without amounts or percentages', () => {
    for (const [i, row] of table.rows.entries()) {
      for (const how of [row.how.nl, row.how.en]) {
        const sentences = how.split(/(?<=[.?!])\s+/).filter(Boolean);
        expect(sentences.length, `rows[${i}]: ${how}`).to.be.within(1, 3);
        expect(how.split(/\s+/).length, `rows[${i}]: ${how}`).to.be.at.most(45);
        expect(how, `rows[${i}]`).to.not.match(/€|%|\d+\s*(euro|procent|percent)/i);
      }
    }
  });

  it('an unknown situation gets an honest "it depends", not one desk', () => {
    const training = table.ask('training-costs', { situation: 'unknown' }, 'nl');
    expect(training.how).to.match(/hangt af van je situatie/);
    expect(table.ask('benefit-questions', {}, 'nl').organisation).to.match(/UWV of je gemeente/);
  });

  it('startkwalificatie: the RMC under 23, the leerwerkloket from 23 or when the age is unknown', () => {
    expect(table.ask('startkwalificatie', { situation: 'none', age: 19 }, 'nl').organisation).to.match(/RMC/);
    expect(table.ask('startkwalificatie', { situation: 'ww', age: 22 }, 'en').organisation).to.match(/RMC/);
    expect(table.ask('startkwalificatie', { situation: 'none', age: 23 }, 'nl').organisation).to.match(/leerwerkloket/);
    expect(table.ask('startkwalificatie', { situation: 'none' }, 'nl').organisation).to.match(/leerwerkloket/);
  });

  it('answers in English too, with the same organisation', () => {
    for (const situation of SITUATIONS) {
      const en = table.ask('benefit-while-studying', { situation }, 'en');
      expect(en.how).to.not.equal(table.ask('benefit-while-studying', { situation }, 'nl').how);
      expect(en.source.name.length).to.be.at.least(3);
    }
    expect(table.ask('bbz', { situation: 'self-employed' }, 'en').organisation).to.equal('your municipality');
  });

  describe('the loader refuses a broken table', () => {
    const raw = () => JSON.parse(readFileSync(TABLE_FILE, 'utf8')) as { rows: { topic: string; situations: string[]; maxAge?: number }[] };
    const write = (value: unknown) => {
      const file = path.join(mkdtempSync(path.join(tmpdir(), 'werkloket-wta-')), 'who-to-ask.json');
      writeFileSync(file, JSON.stringify(value));
      return file;
    };
    const refusal = async (file: string) => {
      try {
        await loadWhoToAsk(file);
      } catch (err) {
        expect(err).to.be.instanceOf(DataFileError);
        return (err as Error).message;
      }
      throw new Error('expected the table to be refused');
    };

    it('a situation without an answer', async () => {
      const value = raw();
      value.rows = value.rows.map((r) => (r.topic === 'bbz' ? { ...r, situations: r.situations.filter((s) => s !== 'self-employed') } : r));
      value.rows = value.rows.filter((r) => r.situations.length > 0);
      expect(await refusal(write(value))).to.match(/no row answers bbz for situation "self-employed"/);
    });

    it('a row an earlier row always wins', async () => {
      const value = raw();
      const first = value.rows.findIndex((r) => r.topic === 'training-costs');
      value.rows.splice(first + 1, 0, { ...value.rows[first] });
      expect(await refusal(write(value))).to.match(/rows\[\d+\] \(training-costs\): situation "\w+" is already answered by rows\[\d+\]/);
    });
  });
});

/** A small knowledge base with the real table: two variants of one topic and a generic entry. */
function entry(id: string, nlQuestions: string[], organisation: string, topic?: WhoToAskTopic): KnowledgeEntry {
  return {
    id,
    questions: { nl: nlQuestions, en: [`${id} in English?`] },
    answer: { nl: `Het antwoord over ${id}, in een hele zin.`, en: `The answer about ${id}, in one whole sentence.` },
    organisation: { nl: organisation, en: organisation },
    sources: [{ url: 'https://www.uwv.nl/nl/ww', name: { nl: 'UWV: WW', en: 'UWV: WW' } }],
    ...(topic ? { topic } : {}),
  };
}

describe('who to ask: through the knowledge base', () => {
  let real: KnowledgeBase;
  let small: KnowledgeBase;
  before(async () => {
    real = await KnowledgeBase.load();
    const whoToAsk = await loadWhoToAsk(TABLE_FILE);
    const entries = [
      entry('studeren-ww', ['Mag ik studeren met WW?', 'Mag ik een opleiding doen met een WW-uitkering?'], 'UWV'),
      // Topic and situations in the entry itself (the other variant has them from the topics file).
      { ...entry('studeren-bijstand', ['Mag ik studeren met bijstand?', 'Mag ik een opleiding doen met een bijstandsuitkering?'], 'je gemeente', 'benefit-while-studying'), situations: ['bijstand' as const] },
      entry('jobcoach-wat', ['Wat doet een jobcoach?', 'Wat is een jobcoach?'], 'UWV of je gemeente', 'jobcoach'),
      // Same topic, for everyone, about something else: never a stand-in for the variants above.
      entry('waarom-einde', ['Waarom vraag je tot wanneer mijn uitkering loopt?', 'Waarom wil je weten wanneer mijn uitkering stopt?'], 'UWV'),
      entry('stage-uitkering', ['Mag ik stage lopen met een uitkering?', 'Mag ik een stage doen met een uitkering?'], 'UWV of je gemeente', 'benefit-while-studying'),
    ];
    const topics = {
      'studeren-ww': { topic: 'benefit-while-studying' as const, situations: ['ww' as const] },
    };
    small = new KnowledgeBase(entries, undefined, { whoToAsk, topics });
  });

  // The failures of the issue, with the real knowledge base: the organisation follows the seeker.
  const SAME_QUESTION: [question: string, situation: AskSituation, organisation: RegExp, not?: RegExp][] = [
    ['mag ik een cursus doen met een uitkering?', 'ww', UWV, GEMEENTE],
    ['mag ik een cursus doen met een uitkering?', 'bijstand', GEMEENTE, /UWV/],
    ['mag ik studeren met een uitkering?', 'ww', UWV, GEMEENTE],
    ['mag ik studeren met een uitkering?', 'bijstand', GEMEENTE, /UWV/],
    ["Wie betaalt zo'n opleiding?", 'self-employed', /leerwerkloket/, /UWV/],
    ['wie betaalt mijn opleiding?', 'none', /leerwerkloket/, BENEFIT_DESK],
  ];
  for (const [question, situation, organisation, not] of SAME_QUESTION) {
    it(`"${question}" from someone with ${situation} → ${organisation}`, () => {
      const result = real.answer(question, 'nl', { situation });
      const named = 'entry' in result ? result.entry.organisation : result.organisation;
      expect(named, JSON.stringify(result)).to.match(organisation);
      if (not) expect(named).to.not.match(not);
    });
  }

  it('the situation the question names wins over the seeker\'s own', () => {
    const result = small.answer('mag ik studeren met bijstand?', 'nl', { situation: 'ww' });
    expect(result).to.have.nested.property('entry.id', 'studeren-bijstand');
    expect(result).to.have.nested.property('entry.organisation', 'je gemeente');
    expect(namedSituation('Can I study on social assistance?')).to.equal('bijstand');
    expect(namedSituation('mag ik studeren met ww of bijstand?')).to.equal(undefined);
  });

  it('an entry written for bijstand gives way to its WW sibling for someone on WW', () => {
    // "een uitkering" matches the bijstand variant best ("bijstandsuitkering" holds "uitkering");
    // the WW variant answers the seeker on WW.
    const question = 'mag ik een opleiding doen met een uitkering?';
    expect(small.answer(question, 'nl', { situation: 'bijstand' })).to.have.nested.property('entry.id', 'studeren-bijstand');
    expect(small.answer(question, 'nl', { situation: 'ww' })).to.have.nested.property('entry.id', 'studeren-ww');
    // A general entry of the same topic about something else (a stage) is no stand-in for a zzp'er.
    const zzp = small.answer(question, 'nl', { situation: 'self-employed' });
    expect(zzp, JSON.stringify(small.candidates(question, 4))).to.have.property('unsure', true);
    expect(zzp).to.have.property('organisation', 'het leerwerkloket');
  });

  it('without a fitting sibling: "not sure", with the table\'s organisation, how to reach it and a named source', () => {
    const result = small.answer('mag ik studeren met een uitkering?', 'nl', { situation: 'self-employed' });
    expect(result).to.have.property('unsure', true);
    if (!('unsure' in result)) return;
    expect(result.organisation).to.match(/leerwerkloket/);
    expect(result.whoToAsk?.how).to.match(/leerwerkloket/);
    const text = replyLines(result, nl).join('\n');
    expect(text).to.match(/^Dat weet ik niet zeker\. .*Vraag het aan het leerwerkloket\./);
    expect(text).to.match(/\nBron: [A-Z][^(\n]+ \(https:\/\/www\.[a-z.]+\/[^)]*\)$/);
    expect(text).to.not.match(/Bron: https?:/);
  });

  it('not sure, closest entry without a topic that names UWV: for someone on bijstand the gemeente', () => {
    const question = 'wanneer wordt mijn uitkering gestort?';
    const bijstand = small.answer(question, 'nl', { situation: 'bijstand' });
    expect(bijstand, JSON.stringify(small.candidates(question))).to.include({ unsure: true, closestId: 'waarom-einde', organisation: 'je gemeente' });
    expect(small.answer(question, 'nl', { situation: 'ww' })).to.have.property('organisation', 'UWV');
    expect(small.answer(question, 'nl')).to.have.property('organisation', 'UWV');
  });

  it('an answer with a topic names the organisation for the situation; with no known situation, the entry\'s own', () => {
    expect(small.answer('wat doet een jobcoach?', 'nl', { situation: 'bijstand' })).to.have.nested.property('entry.organisation', 'je gemeente');
    expect(small.answer('wat doet een jobcoach?', 'nl', { situation: 'wajong' })).to.have.nested.property('entry.organisation', 'UWV');
    expect(small.answer('wat doet een jobcoach?', 'nl')).to.have.nested.property('entry.organisation', 'UWV of je gemeente');
  });

  it('the answer shows its source by name, with the link', () => {
    const result = small.answer('wat doet een jobcoach?', 'nl');
    expect(result).to.have.deep.nested.property('entry.sourceLinks', [{ url: 'https://www.uwv.nl/nl/ww', name: 'UWV: WW' }]);
    expect(replyLines(result, nl)[0]).to.match(/\nBron: UWV: WW \(https:\/\/www\.uwv\.nl\/nl\/ww\)$/);
  });

  it('an old bare-URL source is named by its site, never shown as a bare URL label', () => {
    const old = { ...entry('oud', ['Wat is een oud formaat?', 'Hoe werkt het oude formaat?'], 'UWV'), sources: ['https://www.werk.nl/werkzoekenden/'] };
    const result = new KnowledgeBase([old]).answer('wat is een oud formaat?', 'nl');
    expect(result).to.have.deep.nested.property('entry.sourceLinks', [{ url: 'https://www.werk.nl/werkzoekenden/', name: 'werk.nl' }]);
  });

  it('the seeker\'s intake answers give the situation and age', () => {
    expect(askerFrom({ situation: 'ww', birthYear: 2005 }, new Date('2026-12-01'))).to.deep.equal({ situation: 'ww', age: 21 });
    expect(askerFrom({ need: 'staff' })).to.equal(undefined);
    expect(askerFrom(undefined)).to.equal(undefined);
  });
});

describe('who to ask: through the bot, with the situation from the intake (SQLite)', function () {
  this.timeout(60_000);
  const db = useSqliteDatabase();
  const QUESTION = 'mag ik een cursus doen met een uitkering?';
  const TO_SITUATION: Step[] = [
    ['Ik zoek werk', /bewaren/],
    ['ja', /Wat past het best/],
  ];
  const run = async (steps: Step[]) => {
    const conversation = await Conversation.open(db());
    await conversation.start();
    await conversation.run(steps);
  };

  it('in the intake, someone on WW is sent to UWV, with how and a named source', () =>
    run([
      ...TO_SITUATION,
      ['ww', /Tot wanneer krijg je WW\?/],
      [QUESTION, (_replies, text) => {
        expect(text).to.match(/Vraag het aan UWV\.\n[\s\S]*werk\.nl[\s\S]*\nBron: UWV: [^\n]+ \(https:\/\/www\.uwv\.nl\/[^)]*\)/);
        expect(text).to.not.match(/gemeente/);
        expect(text).to.match(/Zullen we verder gaan met de vragen\?\nTot wanneer krijg je WW\?/);
      }],
    ]));

  it('in the intake, someone on bijstand is sent to the gemeente', () =>
    run([...TO_SITUATION, ['bijstand', /per maand/], [QUESTION, /Vraag het aan je gemeente\./]]));

  it('a zzp\'er asking who pays for a course is not sent to UWV (the question route, saved answers)', () =>
    run([
      ...TO_SITUATION,
      ['zzp', /Stap 2 van 7/],
      ['stop', /we stoppen hier/],
      ['hallo', /Zoek je werk/],
      ['Ik heb een vraag', /Stel je vraag maar/],
      ["Wie betaalt zo'n opleiding?", (_replies, text) => {
        expect(text).to.match(/Vraag het aan het leerwerkloket\./);
        expect(text).to.not.match(/Vraag het aan UWV/);
      }],
    ]));

  it('the question route uses the saved answers of a seeker who gave consent', () =>
    run([
      ...TO_SITUATION,
      ['ww', /Tot wanneer/],
      ['weet ik niet', /per maand/],
      ['sla over', /Stap 2 van 7/],
      ['stop', /we stoppen hier/],
      ['hallo', /Zoek je werk/],
      ['Ik heb een vraag', /Stel je vraag maar/],
      [QUESTION, /Vraag het aan UWV\./],
    ]));
});
