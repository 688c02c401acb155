// Issue 16: the per-conversation lock in PostgreSQL (src/db/conversationLock.ts), as two processes
// see it (two locks, each with its own pool), and WhatsApp turns of one number under it.
import { expect } from 'chai';
import { PgConversationLock } from '../../src/db/conversationLock';
import { WhatsAppChannel } from '../../src/channels/whatsapp/channel';
import type { Inbound } from '../../src/channels/whatsapp/inbound';
import { createLogger } from '../../src/logger';
import { postgresDatabase, type TestDatabase } from '../helpers/databases';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Counts how many tasks run at once (per key and in all). */
class Overlap {
  private readonly running = new Map<string, number>();
  maxPerKey = 0;
  maxAll = 0;
  readonly order: string[] = [];

  async task(key: string, label: string, ms: number): Promise<void> {
    this.running.set(key, (this.running.get(key) ?? 0) + 1);
    this.maxPerKey = Math.max(this.maxPerKey, this.running.get(key)!);
    this.maxAll = Math.max(this.maxAll, [...this.running.values()].reduce((a, b) => a + b, 0));
    this.order.push(label);
    await sleep(ms);
    this.running.set(key, this.running.get(key)! - 1);
  }
}

describe('the conversation lock across processes (PostgreSQL, issue 16)', function () {
  this.timeout(60_000);
  let database: TestDatabase;
  let locks: PgConversationLock[];

  beforeEach(async () => {
    database = await postgresDatabase();
    locks = [new PgConversationLock(database.url, 3), new PgConversationLock(database.url, 3)];
  });
  afterEach(async () => {
    await Promise.all(locks.map((l) => l.close()));
    await database.drop();
  });

  it('runs one turn of a conversation at a time across two processes; other conversations meanwhile', async () => {
    const overlap = new Overlap();
    await Promise.all([
      ...Array.from({ length: 6 }, (_, i) => locks[i % 2].withConversation('c1', () => overlap.task('c1', `c1-${i}`, 30))),
      locks[1].withConversation('c2', () => overlap.task('c2', 'c2', 100)),
    ]);
    expect(overlap.maxPerKey).to.equal(1);
    expect(overlap.maxAll).to.equal(2);
  });

  it('releases the lock when the turn fails', async () => {
    await locks[0].withConversation('c1', async () => Promise.reject(new Error('turn failed'))).catch(() => undefined);
    let ran = false;
    await locks[1].withConversation('c1', async () => void (ran = true));
    expect(ran).to.equal(true);
  });

  it('WhatsApp: one number\'s messages reaching two processes at once run one at a time', async () => {
    const overlap = new Overlap();
    const channels = locks.map(
      (lock) =>
        new WhatsAppChannel({
          config: { verifyToken: 'v', appSecret: 's', phoneNumberId: '1000', accessToken: 't', graphUrl: 'http://127.0.0.1:9' },
          secret: 'k'.repeat(40),
          logger: createLogger('silent'),
          ledger: { claim: async () => true, release: async () => undefined },
          sender: { send: async () => undefined },
          runTurn: async () => undefined,
          lock,
        }),
    );
    const inbound = (i: number): Inbound => ({ id: `wamid.${i}`, phone: '31612345678', timestamp: new Date(), kind: 'text', text: `m${i}`, via: 'text' });
    const outcomes = await Promise.all(Array.from({ length: 6 }, (_, i) => channels[i % 2].adapter.receive(inbound(i), (context) => overlap.task(context.activity.conversation.id, context.activity.text ?? '', 30))));
    expect(outcomes).to.deep.equal(Array(6).fill('processed'));
    expect(overlap.order).to.have.members(['m0', 'm1', 'm2', 'm3', 'm4', 'm5']);
    expect(overlap.maxPerKey).to.equal(1);
  });
});
