// "Verwijder mijn gegevens" at any moment: while an advisor holds the chat, in every conversation of
// the seeker (and no one else's), and on SQLite also out of the database file and its -wal file.
import fs from 'node:fs';
import { expect } from 'chai';
import { sqlitePath } from '../../src/db/client';
import { PrismaStateStore } from '../../src/db/stateStore';
import { useTestApp } from '../helpers/app';
import { bothProviders, sqliteDatabase } from '../helpers/databases';
import { DirectLineClient } from '../helpers/directLine';
import { ALWAYS_OPEN, AdvisorClient, createAdvisor, messagesTo, seekerAsksForHuman, sessionFor, waitUntil } from '../advisor/helpers';

async function texts(seeker: DirectLineClient): Promise<string> {
  return (await messagesTo(seeker)).map((a) => a.text ?? '').join('\n');
}

for (const { name, make } of bothProviders) {
  describe(`"verwijder mijn gegevens" at any moment (${name})`, function () {
    this.timeout(60_000);
    const server = useTestApp(make, ALWAYS_OPEN);

    for (const held of [true, false]) {
      it(`works while ${held ? 'an advisor holds the chat' : 'the handoff waits'}: asks, closes the handoff, tells the console, erases`, async () => {
        const { seeker, handoffId } = await seekerAsksForHuman(server.app);
        const advisor = AdvisorClient.withToken(server.app.url, await sessionFor(server.app.db, (await createAdvisor(server.app.db, 'Bram')).id));
        const events = await advisor.events();
        await events.ready;
        if (held) {
          await advisor.json('POST', `/advisor/api/handoffs/${handoffId}/claim`);
          await advisor.json('POST', `/advisor/api/handoffs/${handoffId}/messages`, { text: 'Hoi, ik ben Bram.' });
          await seeker.poll();
        }

        await seeker.say('verwijder mijn gegevens');
        expect(await texts(seeker), 'the bot asks to confirm, not the advisor').to.match(/verwijder/i);
        expect((await server.app.db.handoff.findUnique({ where: { id: handoffId } }))?.status).to.equal(held ? 'active' : 'waiting');

        await seeker.say('ja');
        expect(await texts(seeker)).to.match(/zijn verwijderd/);
        const closed = await events.waitFor((e) => e.handoffId === handoffId && e.type === 'closed', 'the closed event');
        expect(closed).to.deep.include({ status: 'closed', outcome: 'erased', notice: 'De zoeker heeft zijn gegevens laten verwijderen' });
        events.close();
        expect(await server.app.db.handoff.count({ where: { id: handoffId } }), 'the handoff went with the data').to.equal(0);
        expect(await server.app.db.transcriptEntry.count({ where: { conversationId: seeker.conversationId } })).to.equal(0);
        expect(await server.app.db.botState.count({ where: { key: { contains: seeker.conversationId } } })).to.equal(0);

        // The chat goes on with the bot, not with an advisor.
        await seeker.say('hallo');
        expect(await texts(seeker)).to.match(/Ik ben Werkloket/);
      });
    }

    it('"nee" during a handoff keeps everything and the advisor keeps the chat', async () => {
      const { seeker, handoffId } = await seekerAsksForHuman(server.app);
      const advisor = AdvisorClient.withToken(server.app.url, await sessionFor(server.app.db, (await createAdvisor(server.app.db, 'Cor')).id));
      await advisor.json('POST', `/advisor/api/handoffs/${handoffId}/claim`);
      await seeker.say('wis mijn gegevens');
      await seeker.say('nee');
      expect(await texts(seeker)).to.match(/verwijder niets/i);
      expect((await server.app.db.handoff.findUnique({ where: { id: handoffId } }))?.status).to.equal('active');
      await seeker.say('dank je, nog een vraag');
      expect(await texts(seeker), 'relayed to the advisor again: the bot stays silent').to.equal('');
    });

    it('erases the state of every conversation of the seeker, and nobody else’s', async () => {
      // One seeker, two conversations: the second chat comes from the same browser (its cookie).
      const first = await new DirectLineClient(server.app.url).generate();
      const sameBrowser = new DirectLineClient(server.app.url);
      sameBrowser.cookie = first.cookie;
      const second = await sameBrowser.generate();
      const userId = first.userId;
      expect(second.userId, 'the server recognises the browser').to.equal(userId);
      const other = await new DirectLineClient(server.app.url).generate();
      for (const chat of [first, second, other]) {
        await chat.start();
        await chat.say('Ik zoek werk');
        await chat.say('nee');
      }
      // botbuilder's ConversationState key: "<channel>/conversations/<id>/" (namespace after the slash).
      const keyOf = (id: string) => `directline/conversations/${id}/`;
      // Keys below a conversation (botbuilder's private conversation state) go too; a longer
      // sibling ("…/abc" vs "…/abcd") is someone else's and stays.
      const store = new PrismaStateStore(server.app.db);
      const below = `${keyOf(second.conversationId)}users/${userId}/`;
      const sibling = `directline/conversations/${second.conversationId}d/`;
      await store.write({ [below]: { x: 1 }, [sibling]: { x: 2 } });
      for (const chat of [first, second, other]) expect(await server.app.db.botState.count({ where: { key: keyOf(chat.conversationId) } })).to.equal(1);

      await second.say('verwijder mijn gegevens');
      await second.say('ja');
      expect(await texts(second)).to.match(/zijn verwijderd/);

      const keys = (await server.app.db.botState.findMany({ select: { key: true } })).map((r) => r.key);
      expect(keys.filter((k) => k.includes(first.conversationId) || k.includes(userId)), 'state of the seeker left').to.deep.equal([]);
      expect(keys).to.not.include(keyOf(second.conversationId));
      expect(keys).to.not.include(below);
      expect(keys).to.include(sibling);
      expect(keys).to.include(keyOf(other.conversationId));
      for (const chat of [first, second]) {
        expect(await server.app.db.transcriptEntry.count({ where: { conversationId: chat.conversationId } })).to.equal(0);
        expect(await server.app.db.directLineConversation.count({ where: { id: chat.conversationId, userId } })).to.equal(0);
      }
      expect(await server.app.db.transcriptEntry.count({ where: { conversationId: other.conversationId } })).to.be.greaterThan(0);
      expect(await server.app.db.directLineActivity.count({ where: { conversationId: other.conversationId } })).to.be.greaterThan(0);
      expect((await messagesTo(first)).length, 'the first chat shows its history no more').to.equal(0);
    });

    it('"Gesprek afsluiten" while an advisor holds the chat closes the handoff and tells the console', async () => {
      const { seeker, handoffId } = await seekerAsksForHuman(server.app);
      const advisor = AdvisorClient.withToken(server.app.url, await sessionFor(server.app.db, (await createAdvisor(server.app.db, 'Dirk')).id));
      const events = await advisor.events();
      await events.ready;
      await advisor.json('POST', `/advisor/api/handoffs/${handoffId}/claim`);

      expect((await seeker.request('POST', '/v3/directline/session/end')).status).to.equal(200);
      const closed = await events.waitFor((e) => e.handoffId === handoffId && e.type === 'closed', 'the closed event');
      expect(closed).to.deep.include({ status: 'closed', outcome: 'chat-ended', notice: 'De zoeker heeft het gesprek afgesloten' });
      events.close();
      expect(await server.app.db.handoff.findUnique({ where: { id: handoffId } })).to.deep.include({ status: 'closed', outcome: 'chat-ended' });
      // The advisor can no longer write into the ended chat.
      expect((await advisor.request('POST', `/advisor/api/handoffs/${handoffId}/messages`, { text: 'Ben je er nog?' })).status).to.equal(409);
    });
  });
}

describe('erased text leaves the SQLite files', function () {
  this.timeout(60_000);
  const server = useTestApp(async () => sqliteDatabase(), ALWAYS_OPEN);

  it('runs every connection with secure_delete on (and synchronous NORMAL, for the write-ahead log)', async () => {
    const [row] = await server.app.db.$queryRawUnsafe<{ secure_delete: bigint | number }[]>('PRAGMA secure_delete');
    expect(Number(row.secure_delete)).to.equal(1);
    const [sync] = await server.app.db.$queryRawUnsafe<{ synchronous: bigint | number }[]>('PRAGMA synchronous');
    expect(Number(sync.synchronous)).to.equal(1);
  });

  it('after an erase, neither the database file nor the -wal file holds the erased text', async () => {
    const secret = `Zwaluwstaart${Math.random().toString(36).slice(2, 8)}`;
    const seeker = await new DirectLineClient(server.app.url).generate();
    await seeker.start();
    await seeker.say('Ik zoek werk');
    await seeker.say('ja');
    await seeker.say(`ik heb gewerkt bij ${secret} als schoonmaker`);
    const file = sqlitePath(server.database.url);
    // Some of it reached the file (or its log) before the erase.
    await server.app.db.$queryRawUnsafe('PRAGMA wal_checkpoint(PASSIVE)');
    const bytes = () => Buffer.concat([fs.readFileSync(file), fs.existsSync(`${file}-wal`) ? fs.readFileSync(`${file}-wal`) : Buffer.alloc(0)]);
    expect(bytes().includes(secret), 'the text was stored').to.equal(true);

    await seeker.say('verwijder mijn gegevens');
    await seeker.say('ja');
    await waitUntil(async () => (await server.app.db.transcriptEntry.count({ where: { conversationId: seeker.conversationId } })) === 0);
    expect(fs.readFileSync(file).includes(secret), 'in the database file').to.equal(false);
    expect(fs.existsSync(`${file}-wal`) ? fs.readFileSync(`${file}-wal`).includes(secret) : false, 'in the -wal file').to.equal(false);
  });
});
