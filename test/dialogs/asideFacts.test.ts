// A fact for a later question, said at a question it does not answer ("32 uur" at the diploma
// question): taken for later and the question asked again, without "Sorry" and without counting as
// a miss (found by trying it as a seeker: such answers led to "praten met een mens").
import { expect } from 'chai';
import { Conversation, useSqliteDatabase } from '../helpers/conversation';
import { TO_JOB } from './intakeScript';

const TO_DIPLOMA = [...TO_JOB, ['20 jaar orderpicker', /Welk beroep/], ['orderpicker', /orderpicker/], ['nee', /hoogste diploma/]] as [string, RegExp][];

describe('facts for later questions said at the wrong question (whole conversations, SQLite)', function () {
  this.timeout(60_000);
  const db = useSqliteDatabase();

  it('"32 uur" and "mijn postcode is 3511" at the diploma question are kept, the diploma asked again, the later questions skipped', async () => {
    const conversation = await Conversation.open(db());
    await conversation.start();
    await conversation.run(TO_DIPLOMA);
    const first = (await conversation.say('32 uur')).map((r) => r.text).join('\n');
    expect(first).to.match(/Ik heb genoteerd: 32 uur per week/);
    expect(first).to.not.match(/begreep ik niet|met een mens/);
    expect(first).to.match(/hoogste diploma/);
    const second = (await conversation.say('mijn postcode is 3511')).map((r) => r.text).join('\n');
    expect(second).to.match(/genoteerd:[^\n]*3511/);
    expect(second).to.not.match(/begreep ik niet|met een mens/);
    // Then the intake goes on; hours and postcode are not asked again.
    const rest: [string, RegExp][] = [['vmbo', /Nederlands/], ['moedertaal', /Hoe oud/], ['sla over', /rijbewijs/], ['ja', /gezondheid/], ['nee', /Stap 5 van 7/], ['hetzelfde werk', /reizen/]];
    await conversation.run(rest);
  });

  it('a word or a bare number that is no clear fact still gets "not understood"', async () => {
    const conversation = await Conversation.open(db());
    await conversation.start();
    await conversation.run(TO_DIPLOMA);
    for (const answer of ['logistiek', '3511']) {
      const text = (await conversation.say(answer)).map((r) => r.text).join('\n');
      expect(text, answer).to.match(/begreep ik niet/);
      expect(text, answer).to.not.match(/genoteerd/);
    }
  });
});
