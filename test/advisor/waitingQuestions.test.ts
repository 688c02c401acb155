// Questions while waiting in the queue (issue 14), through the whole app over Direct Line: an
// information question is answered from the knowledge base, with the word that the advisor still
// comes and the place in the queue; the console still gets the message. A question the bot is not
// sure of, and other messages, are left to the advisor as before.
import { expect } from 'chai';
import { useTestApp } from '../helpers/app';
import { sqliteDatabase } from '../helpers/databases';
import { ALWAYS_OPEN, messagesTo, seekerAsksForHuman } from './helpers';

describe('questions while waiting for an advisor (SQLite)', function () {
  this.timeout(60_000);
  const server = useTestApp(() => sqliteDatabase(), ALWAYS_OPEN);

  it('an information question is answered; the advisor still comes and the console has the message', async () => {
    const { seeker, handoffId } = await seekerAsksForHuman(server.app);
    await seeker.say('hoe vraag ik ww aan?');
    const answer = (await messagesTo(seeker)).map((a) => a.text).join('\n');
    expect(answer).to.match(/werk\.nl met je DigiD[\s\S]*Wie beslist of het zeker weet: UWV[\s\S]*Een adviseur komt nog steeds bij je\. Je bericht is ook doorgegeven\. Je bent nummer \d+ in de wachtrij\./);
    expect(answer).to.not.match(/Zoek je werk, of ben je werkgever/);

    // A question the bot is not sure of, and a remark, get only the queue notice (the advisor answers).
    await seeker.say('hoeveel WW krijg ik precies?');
    const unsure = (await messagesTo(seeker)).map((a) => a.text).join('\n');
    expect(unsure).to.match(/je bericht is doorgegeven\. Je bent nog nummer \d+ in de wachtrij/).and.not.match(/weet ik niet zeker|Een adviseur komt nog steeds/);
    await seeker.say('ik wacht wel even');
    expect((await messagesTo(seeker)).map((a) => a.text).join('\n')).to.match(/nog nummer \d+ in de wachtrij/);

    const rows = await server.app.db.transcriptEntry.findMany({ where: { conversationId: seeker.conversationId, type: 'message', direction: 'in' } });
    expect(rows.map((r) => r.text)).to.include.members(['hoe vraag ik ww aan?', 'hoeveel WW krijg ik precies?', 'ik wacht wel even']);
    expect((await server.app.db.handoff.findUniqueOrThrow({ where: { id: handoffId } })).status).to.equal('waiting');
  });
});
