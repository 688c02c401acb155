// "Waarom vraag je dit?" at an intake question, through the real bot: the reason for THAT question
// (from the knowledge base's "waarom-…" entries), then the same question again; the seeker then
// answers and goes on. Other help ("wat bedoel je?") keeps the question's own help.
import { expect } from 'chai';
import { KnowledgeBase } from '../../src/knowledge';
import { Conversation, useSqliteDatabase } from '../helpers/conversation';

describe('intake: why we ask a question', function () {
  this.timeout(60_000);
  const db = useSqliteDatabase();
  let kb: KnowledgeBase;
  before(async () => (kb = await KnowledgeBase.load()));
  const why = (id: string, locale: 'nl' | 'en' = 'nl') => kb.answerOf(id, locale)!;

  it('each question gets its own reason, and the question is asked again', async () => {
    const conversation = await Conversation.open(db());
    await conversation.start();
    await conversation.run([
      ['Ik zoek werk', /bewaren/],
      ['ja', /Stap 1 van 7/],
    ]);
    const situation = (await conversation.say('waarom vraag je dit?')).map((r) => r.text).join('\n');
    expect(situation).to.include(why('waarom-situatie')).and.to.match(/Wat past het best/);
    await conversation.run([['bijstand', /per maand/]]);
    const amount = (await conversation.say('waarom wil je dat weten?')).map((r) => r.text).join('\n');
    expect(amount).to.include(why('waarom-bedrag')).and.to.match(/per maand/);
    expect(amount).to.not.include(why('waarom-situatie'));
    // The seeker answers after all, and the intake goes on.
    await conversation.run([['sla over', /laatst gedaan/]]);
  });

  it('"wat bedoel je?" is not a why-question: the question\'s general help, not a reason', async () => {
    const conversation = await Conversation.open(db());
    await conversation.start();
    await conversation.run([
      ['Ik zoek werk', /bewaren/],
      ['ja', /Stap 1 van 7/],
    ]);
    const text = (await conversation.say('wat bedoel je met deze vraag?')).map((r) => r.text).join('\n');
    expect(text).to.not.include(why('waarom-situatie'));
    expect(text).to.match(/Wat past het best/);
  });
});
