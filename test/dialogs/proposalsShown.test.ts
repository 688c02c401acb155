// Which proposals the seeker saw, whole conversations with the real bot and SQLite: the ones the
// summary showed get shownAt, the others not; the stored profile carries its schema version; an
// erase takes the proposals (and their shownAt) with it.
import { expect } from 'chai';
import { PROFILE_VERSION } from '../../src/matching/intakeRecord';
import { Conversation, type Step, useSqliteDatabase } from '../helpers/conversation';
import { TO_END, TO_JOB } from './intakeScript';

const TO_LAST_QUESTION: Step[] = [...TO_JOB, ['20 jaar orderpicker', /Welk beroep/], ['orderpicker', /Je werkte 20 jaar als orderpicker/], ['nee', /hoogste diploma/], ...TO_END];

describe('proposals shown to the seeker are recorded (SQLite)', function () {
  this.timeout(60_000);
  const db = useSqliteDatabase();

  it('marks exactly the proposals the summary showed; the erase removes them', async () => {
    const conversation = await Conversation.open(db());
    await conversation.start();
    let shownText = '';
    await conversation.run([...TO_LAST_QUESTION, ['nee', /Klopt dit\?/], ['Ja, dit klopt', (_r, text) => (shownText = text)]]);
    expect(shownText).to.match(/Dit zijn mijn voorstellen/);

    const rows = await db().proposal.findMany({ orderBy: { score: 'desc' } });
    const shown = rows.filter((r) => r.shownAt);
    expect(rows.length).to.be.greaterThan(shown.length);
    // The three best as cards first; the rest waits for "Meer voorstellen".
    expect(shown.length).to.equal(3);
    // Shown ones are the ones whose title the seeker read, numbered in the chat; the others are not.
    for (const r of shown) expect(shownText).to.include(r.title);
    for (const r of rows.filter((x) => !x.shownAt)) expect(shownText).to.not.match(new RegExp(`\\d\\. ${r.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(`));

    // "Meer voorstellen" shows the rest of the advice: those are marked too, nothing else.
    let moreText = '';
    await conversation.run([['Meer voorstellen', (_r, text) => (moreText = text)]]);
    const after = (await db().proposal.findMany()).filter((r) => r.shownAt);
    expect(after.length).to.be.greaterThan(3);
    for (const r of after.filter((x) => !shown.some((s) => s.id === x.id))) expect(moreText).to.include(r.title);

    const profile = await db().profile.findFirstOrThrow();
    expect((profile.data as { version?: number }).version).to.equal(PROFILE_VERSION);

    await conversation.run([['verwijder mijn gegevens', /verwijder/i], ['ja', /zijn verwijderd/]]);
    expect(await db().proposal.count()).to.equal(0);
    expect(await db().profile.count()).to.equal(0);
  });
});
