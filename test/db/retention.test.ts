// Retention keeps the consent text's promise: 12 months after the last message, everything goes;
// an intake left halfway loses its answers after 30 days. Recent data stays.
import { expect } from 'chai';
import { createDb, type Db } from '../../src/db/client';
import { migrate } from '../../src/db/migrate';
import { applyRetention } from '../../src/db/retention';
import { bothProviders, type TestDatabase } from '../helpers/databases';

const NOW = new Date('2026-11-24T12:00:00Z');
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000);

async function seekerWithConversation(db: Db, name: string, lastMessage: Date) {
  const seeker = await db.seeker.create({ data: { channel: 'test', userKey: `key-${name}`, createdAt: daysAgo(800) } });
  await db.profile.create({ data: { seekerId: seeker.id, data: { answers: {} }, updatedAt: lastMessage } });
  await db.consent.create({ data: { seekerId: seeker.id, purpose: 'profile', granted: true, textVersion: 'consent-v1', createdAt: daysAgo(800) } });
  await db.conversation.create({ data: { id: `conv-${name}`, channel: 'test', seekerId: seeker.id, createdAt: daysAgo(800) } });
  await db.transcriptEntry.create({ data: { conversationId: `conv-${name}`, activityId: 'a1', direction: 'in', sender: 'seeker', type: 'message', text: 'hallo', createdAt: lastMessage } });
  await db.handoff.create({ data: { conversationId: `conv-${name}`, seekerId: seeker.id, reason: 'asked', summary: 's', channel: 'test', waitingSince: lastMessage } });
  await db.botState.create({ data: { key: `test/conversations/conv-${name}`, eTag: '1', data: '{}', updatedAt: lastMessage } });
  return seeker.id;
}

for (const { name, make } of bothProviders) {
  describe(`retention (${name})`, () => {
    let database: TestDatabase;
    let db: Db;
    before(async () => {
      database = await make();
      await migrate(database.url);
      db = createDb(database.url);
    });
    after(async () => {
      await db.$disconnect();
      await database.drop();
    });

    it('deletes what is older than 12 months and the state of abandoned intakes; keeps the rest', async () => {
      const old = await seekerWithConversation(db, 'old', daysAgo(400));
      const recent = await seekerWithConversation(db, 'recent', daysAgo(10));
      await db.botState.create({ data: { key: 'test/conversations/abandoned', eTag: '1', data: '{"answers":{}}', updatedAt: daysAgo(45) } });
      await db.directLineConversation.create({ data: { id: 'dl-old', createdAt: daysAgo(400) } });
      await db.directLineConversation.create({ data: { id: 'dl-recent', createdAt: daysAgo(5) } });

      const deleted = await applyRetention(db, { months: 12, stateDays: 30, now: NOW });
      expect(deleted).to.deep.equal({ conversations: 1, seekers: 1, chats: 1, states: 1, inbound: 0, limits: 0 });

      expect(await db.seeker.count({ where: { id: old } })).to.equal(0);
      expect(await db.profile.count({ where: { seekerId: old } })).to.equal(0);
      expect(await db.consent.count({ where: { seekerId: old } })).to.equal(0);
      expect(await db.transcriptEntry.count({ where: { conversationId: 'conv-old' } })).to.equal(0);
      expect(await db.handoff.count({ where: { conversationId: 'conv-old' } })).to.equal(0);
      expect(await db.botState.count({ where: { key: { in: ['test/conversations/conv-old', 'test/conversations/abandoned'] } } })).to.equal(0);

      expect(await db.seeker.count({ where: { id: recent } })).to.equal(1);
      expect(await db.transcriptEntry.count({ where: { conversationId: 'conv-recent' } })).to.equal(1);
      expect(await db.handoff.count({ where: { conversationId: 'conv-recent' } })).to.equal(1);
      expect(await db.botState.count({ where: { key: 'test/conversations/conv-recent' } })).to.equal(1);
      expect((await db.directLineConversation.findMany({ select: { id: true } })).map((c) => c.id)).to.deep.equal(['dl-recent']);

      // Running it again finds nothing more to do.
      expect(await applyRetention(db, { months: 12, stateDays: 30, now: NOW })).to.deep.equal({ conversations: 0, seekers: 0, chats: 0, states: 0, inbound: 0, limits: 0 });
    });

    it('deletes rate-limit counters whose window ended', async () => {
      await db.rateLimit.createMany({ data: [{ key: 'dl-token:old', points: 3, expire: BigInt(NOW.getTime() - 1) }, { key: 'dl-token:now', points: 1, expire: BigInt(NOW.getTime() + 60_000) }] });
      expect((await applyRetention(db, { months: 12, stateDays: 30, now: NOW })).limits).to.equal(1);
      expect((await db.rateLimit.findMany({ select: { key: true } })).map((r) => r.key)).to.deep.equal(['dl-token:now']);
    });

    it('forgets inbound message ids after 7 days, keeps the recent ones', async () => {
      await db.inboundSeen.createMany({ data: [{ id: 'seen-old', seenAt: daysAgo(8) }, { id: 'seen-recent', seenAt: daysAgo(6) }] });
      const deleted = await applyRetention(db, { months: 12, stateDays: 30, now: NOW });
      expect(deleted.inbound).to.equal(1);
      expect((await db.inboundSeen.findMany({ select: { id: true } })).map((r) => r.id)).to.deep.equal(['seen-recent']);
    });
  });
}
