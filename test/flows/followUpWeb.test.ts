// The website cannot send first (issue 18): a web seeker's due follow-up is asked when they come
// back — a new conversation from the same browser (the seeker cookie) hears it before the menu.
// Against the real server over Direct Line, on SQLite, with the app's own follow-up store.
import { expect } from 'chai';
import { PrismaFollowUpStore } from '../../src/db/followUpStore';
import { useTestApp } from '../helpers/app';
import { sqliteDatabase } from '../helpers/databases';
import { DirectLineClient } from '../helpers/directLine';

const ENV = { DIRECTLINE_SECRET: 'a-direct-line-secret-of-at-least-32-characters', DIRECTLINE_REQUESTS_PER_MINUTE: '100000', DIRECTLINE_MESSAGES_PER_MINUTE: '100000', DIRECTLINE_TOKENS_PER_MINUTE: '10000' };
const DAY = 86_400_000;

async function ask(client: DirectLineClient, text: string): Promise<string> {
  expect((await client.say(text)).status).to.equal(200);
  return (await client.botReplies()).map((a) => a.text ?? '').join('\n');
}

describe('follow-up on the website: asked when the seeker returns (Direct Line, SQLite)', function () {
  this.timeout(90_000);
  const server = useTestApp(sqliteDatabase, ENV);

  it('a due follow-up is asked first in a new conversation with the same cookie; "Gelukt" is kept; a new browser hears nothing of it', async () => {
    const { db } = server.app;
    const first = await new DirectLineClient(server.app.url).generate();
    await first.start();
    await first.poll();
    expect(await ask(first, 'Ik zoek werk')).to.match(/bewaren/);
    expect(await ask(first, 'ja')).to.match(/Stap 1 van 7/);
    const { seekerId } = await db.conversation.findUniqueOrThrow({ where: { id: first.conversationId } });
    const store = new PrismaFollowUpStore(db);
    const subject = { referralType: 'leerwerkloket-scholing', subjectId: 'instrument:leerwerkloket-scholing', subject: 'Scholing via het leerwerkloket', providerName: 'Leerwerkloket Midden-Utrecht' };
    const { id } = await store.schedule({ seekerId: seekerId!, channel: 'directline', conversationId: first.conversationId, dueAt: new Date(Date.now() - DAY), ...subject });
    const notDue = await store.schedule({ seekerId: seekerId!, channel: 'directline', dueAt: new Date(Date.now() + 7 * DAY), ...subject, subjectId: 'instrument:later' });

    const stranger = await new DirectLineClient(server.app.url).generate();
    await stranger.start();
    expect((await stranger.botReplies()).map((a) => a.text).join('\n')).to.not.match(/Is het gelukt/);

    const again = await Object.assign(new DirectLineClient(server.app.url), { cookie: first.cookie }).generate();
    expect(again.userId).to.equal(first.userId);
    await again.start();
    const greeting = await again.botReplies();
    const text = greeting.map((a) => a.text ?? '').join('\n');
    expect(text).to.match(/Fijn dat je er weer bent[\s\S]*Het ging om: Scholing via het leerwerkloket\.\nIs het gelukt bij Leerwerkloket Midden-Utrecht\?/);
    expect(greeting.at(-1)?.suggestedActions?.actions.map((a) => a.title)).to.deep.equal(['Gelukt', 'Nog niet', 'Het lukte niet']);
    expect((await db.followUp.findUniqueOrThrow({ where: { id } })).status).to.equal('asked');

    expect(await ask(again, 'Gelukt')).to.match(/Wat fijn![\s\S]*Zoek je werk, of ben je werkgever\?/);
    const row = await db.followUp.findUniqueOrThrow({ where: { id } });
    expect([row.status, row.outcome]).to.deep.equal(['answered', 'done']);
    expect(await db.followUpOutcome.count({ where: { providerName: 'Leerwerkloket Midden-Utrecht', outcome: 'done' } })).to.equal(1);
    expect((await db.followUp.findUniqueOrThrow({ where: { id: notDue.id } })).status, 'the one not due yet waits').to.equal('scheduled');
  });
});
