// A release that changes the dialogs must not break conversations saved before it: every dialog
// container records a version of its dialog set, and a changed one raises "versionChanged".
import { expect } from 'chai';
import { Conversation, useSqliteDatabase } from '../helpers/conversation';
import { nl } from '../../src/texts/nl';

describe('conversations saved before a release that changed the dialogs', function () {
  this.timeout(60_000);
  const db = useSqliteDatabase();

  it('go on at the same question, without an error', async () => {
    const conv = await Conversation.open(db());
    await conv.start();
    const consent = await conv.say(nl.menu.work);
    expect(consent.map((r) => r.text).join('\n')).to.include(nl.consent.question);

    // What an older release saved: the same stack, other versions of each container's dialog set.
    const rows = await db().botState.findMany();
    let changed = 0;
    for (const row of rows) {
      const data = row.data.replace(/"version":"[^"]*"/g, () => (changed++, '"version":"an-older-release"'));
      await db().botState.update({ where: { key: row.key }, data: { data } });
    }
    expect(changed, 'the saved stack holds container versions').to.be.greaterThan(0);

    const replies = await conv.say('ja');
    const text = replies.map((r) => r.text ?? '').join('\n');
    expect(text).to.not.match(/sorry|fout|error/i);
    expect(text).to.match(/Stap 1 van/);
  });
});
