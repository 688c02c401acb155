// "Verwijder mijn gegevens" removes the seeker from every table: a scan of every table afterwards.
import { expect } from 'chai';
import type { Db } from '../../src/db/client';
import { useTestApp } from '../helpers/app';
import { bothProviders } from '../helpers/databases';
import { DirectLineClient } from '../helpers/directLine';
import { ALWAYS_OPEN, AdvisorClient, createAdvisor, sessionFor, waitUntil } from '../advisor/helpers';

/** Every row of every table of the database, as JSON text, by table. */
async function everyTable(db: Db, provider: 'sqlite' | 'postgresql'): Promise<Map<string, string[]>> {
  const tables = (
    provider === 'sqlite'
      ? await db.$queryRawUnsafe<{ name: string }[]>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      : await db.$queryRawUnsafe<{ name: string }[]>("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'")
  ).map((t) => t.name);
  const rows = new Map<string, string[]>();
  for (const table of tables) {
    const content = await db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${table}"`);
    rows.set(table, content.map((row) => JSON.stringify(row, (_k, v) => (typeof v === 'bigint' ? String(v) : v))));
  }
  return rows;
}

for (const { name, make } of bothProviders) {
  describe(`"verwijder mijn gegevens" leaves nothing behind (${name})`, function () {
    this.timeout(60_000);
    const server = useTestApp(make, ALWAYS_OPEN);

    it('after an intake, a handoff with advisor messages and a note: no table holds the seeker any more', async () => {
      const seeker = await new DirectLineClient(server.app.url).generate();
      await seeker.start();
      for (const text of ['Ik zoek werk', 'ja', 'ww', 'tot 1 september', '1500 euro', '10 jaar heftruckchauffeur']) expect((await seeker.say(text)).status).to.equal(200);
      const profile = await server.app.db.seeker.findFirst({ where: { conversations: { some: { id: seeker.conversationId } } } });
      expect(profile, 'a consented seeker with a profile').to.not.equal(null);
      const seekerId = profile!.id;
      const userKey = profile!.userKey;

      // A person: the advisor claims, writes, makes a note, hands back.
      await seeker.say('ik wil een mens spreken');
      let handoffId = '';
      await waitUntil(async () => Boolean((handoffId = (await server.app.db.handoff.findFirst({ where: { conversationId: seeker.conversationId } }))?.id ?? '')));
      const advisor = AdvisorClient.withToken(server.app.url, await sessionFor(server.app.db, (await createAdvisor(server.app.db, 'Anna')).id));
      await advisor.json('POST', `/advisor/api/handoffs/${handoffId}/claim`);
      await advisor.json('POST', `/advisor/api/handoffs/${handoffId}/messages`, { text: 'Hoi, ik ben Anna. Waar kan ik je mee helpen?' });
      await seeker.say('ik heb een vraag over mijn ww');
      await advisor.json('POST', `/advisor/api/handoffs/${handoffId}/notes`, { text: 'Vraag over WW-duur; doorverwezen naar UWV.' });
      await advisor.json('POST', `/advisor/api/handoffs/${handoffId}/release`);

      const before = await everyTable(server.app.db, name);
      const mentions = (needle: string, tables: Map<string, string[]>) => [...tables].filter(([, rows]) => rows.some((r) => r.includes(needle))).map(([t]) => t).sort();
      expect(mentions(seekerId, before)).to.include.members(['Seeker', 'Profile', 'Consent', 'Proposal'].filter((t) => t !== 'Proposal'));
      expect(mentions(seeker.conversationId, before)).to.include.members(['Conversation', 'TranscriptEntry', 'Handoff', 'BotState', 'DirectLineActivity']);

      await seeker.say('verwijder mijn gegevens');
      await seeker.say('ja, verwijder alles');
      const confirmation = (await seeker.poll()).filter((a) => a.from.id !== seeker.userId).map((a) => a.text).join(' ');
      expect(confirmation).to.match(/zijn verwijderd/);

      const after = await everyTable(server.app.db, name);
      expect(mentions(seekerId, after), 'tables still holding the seeker id').to.deep.equal([]);
      expect(mentions(userKey, after), 'tables still holding the seeker key').to.deep.equal([]);
      expect(mentions(seeker.userId, after), 'tables still holding the chat user id').to.deep.equal([]);
      // The chat itself goes on (its token still works): only the bare conversation row and the
      // "your data has been deleted" message that had to be shown remain.
      expect(mentions(seeker.conversationId, after)).to.deep.equal(['DirectLineActivity', 'DirectLineConversation']);
      const left = await server.app.db.directLineActivity.findMany({ where: { conversationId: seeker.conversationId } });
      expect(left.map((r) => (JSON.parse(r.activity) as { text?: string }).text)).to.deep.equal([confirmation.trim()]);
      expect(after.get('Note')?.some((r) => r.includes('WW-duur'))).to.equal(false);
    });
  });
}
