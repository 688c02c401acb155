// "Je schreef: 'magazijnmedewerker'. Welk beroep past het best?" answered with a bare "ja": the
// seeker means the occupation they wrote, when exactly one candidate is just that (found by trying
// it as a seeker: "ja" there was "not understood" twice and led to "praten met een mens").
import { expect } from 'chai';
import { Conversation, type Step, useSqliteDatabase } from '../helpers/conversation';
import { TO_JOB } from './intakeScript';

const TO_WISH: Step[] = [...TO_JOB, ['20 jaar orderpicker', /Welk beroep/], ['orderpicker', /orderpicker/], ['nee', /diploma/], ['vmbo', /Nederlands/], ['moedertaal', /Hoe oud/], ['sla over', /rijbewijs/], ['ja', /gezondheid/], ['nee', /Stap 5 van 7/], ['iets nieuws', /werk/]];

describe('a bare "ja" at the occupation pick (whole conversations, SQLite)', function () {
  this.timeout(60_000);
  const db = useSqliteDatabase();

  it('takes the candidate that is the seeker\'s own word', async () => {
    const conversation = await Conversation.open(db());
    await conversation.start();
    await conversation.run([...TO_JOB, ['ik was 12 jaar magazijnmedewerker', /Je schreef: "magazijnmedewerker"[\s\S]*Welk beroep/]]);
    const text = (await conversation.say('ja')).map((r) => r.text).join('\n');
    expect(text).to.not.match(/begreep ik niet/);
    expect(text).to.match(/magazijnmedewerker/);
    expect(text).to.match(/daarvoor ander werk/);
  });

  it('is still a question when no candidate is what the seeker wrote', async () => {
    const conversation = await Conversation.open(db());
    await conversation.start();
    await conversation.run([...TO_JOB, ['20 jaar in de bouw', /Welk beroep/]]);
    const text = (await conversation.say('ja')).map((r) => r.text).join('\n');
    expect(text).to.match(/Welk beroep/);
  });

  it('the same at "which work do you mean?" for a wish: "ja" takes the wish itself', async () => {
    const conversation = await Conversation.open(db());
    await conversation.start();
    await conversation.run(TO_WISH);
    const asked = (await conversation.say('magazijnmedewerker')).map((r) => r.text).join('\n');
    expect(asked).to.match(/magazijnmedewerker/);
    const text = (await conversation.say('ja')).map((r) => r.text).join('\n');
    expect(text).to.not.match(/begreep ik niet/);
    expect(text).to.match(/Hoeveel uur/);
  });
});
