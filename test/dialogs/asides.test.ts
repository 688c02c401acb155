// "Wat gebeurt er als ik nee zeg?" and "waarom vraag je dit?" at EVERY intake question, through the
// real bot (issue 14): two intakes that together pass every question; at each one the seeker asks
// both, gets that question's own text from the knowledge base (the waarom-… entry's ifNo and
// answer), then the same question again, and answers it. Plus: every question id has both texts.
import { expect } from 'chai';
import { ConsentDialog, ReturningDialog } from '../../src/dialogs/consentDialog';
import { allIntakeQuestions } from '../../src/dialogs/intakeSteps';
import type { Matcher } from '../../src/dialogs/services';
import { WHY_ENTRY } from '../../src/dialogs/whyWeAsk';
import { KnowledgeBase } from '../../src/knowledge';
import { Conversation, useSqliteDatabase } from '../helpers/conversation';

/** [question id, the answer that moves on]: the WW persona (heftruck driver). */
const WW_PATH: [string, string][] = [
  ['consent', 'ja'],
  ['situation', 'ik zit in de ww'],
  ['wwEnd', 'tot 1 september'],
  ['amount', '€ 1.800 per maand'],
  ['job', '10 jaar heftruckchauffeur bij een distributiecentrum'],
  ['pickOccupation', 'heftruckchauffeur'],
  ['earlierJob', 'nee'],
  ['education', 'vmbo'],
  ['dutch', 'moedertaal'],
  ['age', '58'],
  ['licence', 'ja'],
  ['health', 'nee'],
  ['direction', 'iets wat erop lijkt'],
  ['hours', '32 uur'],
  ['postcode', '3511 AB'],
  ['travel', 'een half uur'],
  ['start', 'zo snel mogelijk'],
  ['training', 'ja'],
  ['trainingMonths', 'tot een half jaar'],
];

/** WIA, two jobs, a diploma from abroad possible, health limits, a new direction. */
const WIA_PATH: [string, string][] = [
  ['consent', 'ja'],
  ['situation', 'wia'],
  ['wiaType', 'WGA'],
  ['amount', 'sla over'],
  ['job', '5 jaar verzorgende in de thuiszorg'],
  ['pickOccupation', 'thuiszorgmedewerker'],
  ['earlierJob', 'ja, kok'],
  ['pickEarlierOccupation', 'kok'],
  ['education', 'mbo 3'],
  ['dutch', 'redelijk'],
  ['foreignDiploma', 'nee'],
  ['age', '40'],
  ['licence', 'nee'],
  ['health', 'ja'],
  ['limits', 'ik kan niet zwaar tillen'],
  ['limitsMore', 'nee'],
  ['direction', 'iets nieuws'],
  ['interest', 'iets met dieren'],
  ['target', 'Geen van deze'],
  ['hours', 'fulltime'],
  ['postcode', 'sla over'],
  ['start', 'zo snel mogelijk'],
  ['training', 'nee'],
];

const joined = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');
const last = (replies: { text?: string }[]) => replies.at(-1)?.text ?? '';

describe('intake: "wat gebeurt er als ik nee zeg?" and "waarom vraag je dit?" at every question', function () {
  this.timeout(120_000);
  const db = useSqliteDatabase();
  let kb: KnowledgeBase;
  before(async () => (kb = await KnowledgeBase.load()));

  it('every intake question id has a reason and an if-no text, in Dutch and English', () => {
    const matcher = {} as Matcher;
    const now = () => new Date();
    const dialogs = [new ConsentDialog(now), new ReturningDialog(now)];
    const ids = [...dialogs.flatMap((d) => (d['questions'] as { id: string }[]).map((q) => q.id)), ...allIntakeQuestions(matcher).map((q) => q.id)];
    expect(ids.length).to.be.greaterThan(20);
    for (const id of ids) {
      const entry = WHY_ENTRY[id];
      expect(entry, `${id}: no waarom-entry`).to.be.a('string');
      for (const locale of ['nl', 'en'] as const) {
        expect(kb.answerOf(entry, locale), `${id} → ${entry} (${locale})`).to.be.a('string');
        expect(kb.ifNoOf(entry, locale), `${id} → ${entry}: ifNo (${locale})`).to.be.a('string');
      }
    }
  });

  for (const [name, path] of [['WW', WW_PATH], ['WIA', WIA_PATH]] as const) {
    it(`the ${name} intake: both asides at each of its ${path.length} questions, then the same question`, async () => {
      const conversation = await Conversation.open(db());
      await conversation.start();
      let question = last(await conversation.say('Ik zoek werk'));
      const seen = new Set<string>();
      for (const [id, answer] of path) {
        const entry = WHY_ENTRY[id];
        const ifNo = await conversation.say('wat gebeurt er als ik nee zeg?');
        expect(joined(ifNo), `${id}: if-no`).to.include(kb.ifNoOf(entry, 'nl'));
        expect(last(ifNo), `${id}: the question again`).to.equal(question);
        const why = await conversation.say('waarom vraag je dit?');
        expect(joined(why), `${id}: why`).to.include(kb.answerOf(entry, 'nl')).and.not.include(kb.ifNoOf(entry, 'nl'));
        expect(last(why), `${id}: the question again`).to.equal(question);
        seen.add(id);
        question = last(await conversation.say(answer));
      }
      expect(question, 'the intake reached "Klopt dit?"').to.match(/Klopt dit\?/);
      expect(last(await conversation.say('ja')), 'then the proposals').to.match(/Wat wil je nu doen\?/);
      expect([...seen]).to.deep.equal(path.map(([id]) => id));
    });
  }

  it('other ways to ask, in Dutch and English, get the if-no text; the question is then answered as usual', async () => {
    const conversation = await Conversation.open(db());
    await conversation.start();
    await conversation.run([
      ['Ik zoek werk', /bewaren/],
      ['ja', /Stap 1 van 7/],
      ['wia', /WGA/],
      ['WGA', /per maand/],
    ]);
    const ifNo = kb.ifNoOf('waarom-bedrag', 'nl')!;
    for (const ask of ['moet ik dit invullen?', 'is deze vraag verplicht?', 'wat als ik niks invul?', 'mag ik dit overslaan?', 'en als ik geen antwoord geef?']) {
      const replies = await conversation.say(ask);
      expect(joined(replies), ask).to.include(ifNo);
      expect(last(replies), ask).to.match(/per maand/);
    }
    await conversation.run([['sla over', /Stap 2 van 7/]]);

    const english = await Conversation.open(db());
    await english.start();
    await english.run([
      ['English please', /continue in English/],
      ['I am looking for work', /May I keep your answers\?/],
    ]);
    for (const ask of ['what happens if I say no?', 'do I have to answer this?']) {
      expect(joined(await english.say(ask)), ask).to.include(kb.ifNoOf('waarom-bewaren', 'en'));
    }
    expect(joined(await english.say('why do you ask this?'))).to.include(kb.answerOf('waarom-bewaren', 'en'));
    await english.run([['yes', /Step 1 of 7/]]);
  });
});
