// "Je schreef: 'magazijnmedewerker'. Welk beroep past het best?" answered with a bare "ja": the
// seeker means the occupation they wrote, when exactly one candidate is just that (found by trying
// it as a seeker: "ja" there was "not understood" twice and led to "praten met een mens").
import { expect } from 'chai';
import { Conversation, useSqliteDatabase } from '../helpers/conversation';
import { TO_JOB } from './intakeScript';

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
});
