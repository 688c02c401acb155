import { expect } from 'chai';
import { MemoryStorage } from 'botbuilder';
import { createDb, type Db } from '../../src/db/client';
import { migrate } from '../../src/db/migrate';
import { PrismaStateStore, StateConflictError } from '../../src/db/stateStore';
import { bothProviders, type TestDatabase } from '../helpers/databases';

for (const { name, make } of bothProviders) {
  describe(`PrismaStateStore on ${name}`, () => {
    let database: TestDatabase;
    let db: Db;
    let store: PrismaStateStore;

    before(async () => {
      database = await make();
      await migrate(database.url);
      db = createDb(database.url);
      store = new PrismaStateStore(db);
    });
    after(async () => {
      await db.$disconnect();
      await database.drop();
    });

    it('reads back what it wrote, with an eTag, and nothing for unknown keys', async () => {
      await store.write({ a: { count: 1, nested: { list: [1, 2] } } });
      const items = await store.read(['a', 'missing']);
      expect(Object.keys(items)).to.deep.equal(['a']);
      expect(items.a).to.include({ count: 1 });
      expect(items.a.nested).to.deep.equal({ list: [1, 2] });
      expect(items.a.eTag).to.be.a('string').and.not.be.empty;
    });

    it('accepts a write with the current eTag and rejects one with a stale eTag', async () => {
      await store.write({ b: { v: 1 } });
      const first = (await store.read(['b'])).b;
      await store.write({ b: { ...first, v: 2 } });
      const second = (await store.read(['b'])).b;
      expect(second.v).to.equal(2);
      expect(second.eTag).to.not.equal(first.eTag);

      let error: unknown;
      try {
        await store.write({ b: { ...first, v: 3 } });
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(StateConflictError);
      expect((await store.read(['b'])).b.v).to.equal(2);
    });

    it('overwrites unconditionally with eTag "*" or without an eTag, like MemoryStorage', async () => {
      await store.write({ c: { v: 1 } });
      await store.write({ c: { v: 2, eTag: '*' } });
      expect((await store.read(['c'])).c.v).to.equal(2);
      await store.write({ c: { v: 3 } });
      expect((await store.read(['c'])).c.v).to.equal(3);
      // MemoryStorage accepts an eTag for a key that does not exist yet.
      await store.write({ fresh: { v: 1, eTag: 'whatever' } });
      expect((await store.read(['fresh'])).fresh.v).to.equal(1);
      const memory = new MemoryStorage();
      await memory.write({ fresh: { v: 1, eTag: 'whatever' } });
      expect((await memory.read(['fresh'])).fresh.v).to.equal(1);
    });

    it('lets exactly one of many concurrent writers with the same eTag win', async () => {
      await store.write({ race: { v: 0 } });
      const base = (await store.read(['race'])).race;
      const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => store.write({ race: { ...base, v: i + 1 } })));
      const won = results.filter((r) => r.status === 'fulfilled');
      expect(won).to.have.length(1);
      expect(results.filter((r) => r.status === 'rejected' && r.reason instanceof StateConflictError)).to.have.length(9);
    });

    it('deletes keys, and deleting an unknown key is fine', async () => {
      await store.write({ d1: { v: 1 }, d2: { v: 2 } });
      await store.delete(['d1', 'nope']);
      expect(Object.keys(await store.read(['d1', 'd2']))).to.deep.equal(['d2']);
    });

    it('keeps its data across a restart (a new client on the same database)', async () => {
      await store.write({ persisted: { step: 'income', answers: { hours: 32 } } });
      await db.$disconnect();
      db = createDb(database.url);
      store = new PrismaStateStore(db);
      const item = (await store.read(['persisted'])).persisted;
      expect(item).to.deep.include({ step: 'income', answers: { hours: 32 } });
    });
  });
}
