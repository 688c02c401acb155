// An ordinary intake turn's statements, pinned: the per-turn hot path (src/db/driver) must not
// creep back to Prisma's many statements (issue 16: 13 then, each costing 0.2–0.6 ms of CPU).
// Counted where every statement passes, in the drivers themselves: better-sqlite3's Statement
// and pg's Client, so Prisma's statements and the hot path's count alike.
import { expect } from 'chai';
import Database from 'better-sqlite3';
import pg from 'pg';
import { bothProviders } from '../helpers/databases';
import { useTestApp } from '../helpers/app';
import { DirectLineClient } from '../helpers/directLine';

/** What a seeker says up to the turns that are measured (the WW persona's intake). */
const BEFORE = ['Ik zoek werk', 'ja', 'ik zit in de ww', 'tot 1 september', '€ 1.800 per maand'];
/** Ordinary intake turns: an answer taken, the next question asked; at the end of a step the profile is saved too. */
const MEASURED = ['10 jaar heftruckchauffeur bij een distributiecentrum', 'heftruckchauffeur', 'nee', 'vmbo', 'moedertaal', 'ja', 'nee', 'iets wat erop lijkt', '32 uur', '3511', 'zo snel mogelijk'];

/**
 * Per turn: the seeker's message stored with its transcript row (on PostgreSQL one statement: 1; on
 * SQLite one transaction: BEGIN, two inserts, COMMIT: 4), state and open handoff read at once (1),
 * and the turn's writes (answered mark, replies, state, transcript out): on SQLite one transaction
 * (BEGIN, four writes, COMMIT: 6), on PostgreSQL one statement (1) plus the per-conversation rate
 * limit (1), which SQLite keeps in memory, and the conversation's lock across processes (lock, its
 * unanswered messages, unlock: 3; src/db/conversationLock.ts). The event bus's NOTIFYs are batched
 * over turns (src/db/eventBus.ts) and not counted here. Before the transcript row went with the
 * message (issue 16) it was a statement and a commit of its own: 9 and 8 statements, 3 and 4 commits.
 */
const PINNED = { sqlite: 11, postgresql: 7 };
/** Commits per turn (each a WAL flush): the message with its transcript row, the turn; on PostgreSQL the rate limit too. */
const COMMITS = { sqlite: 2, postgresql: 3 };
/**
 * The profile's new version at the end of an intake step is written with the turn (src/db/seekerWrites.ts):
 * on SQLite one more statement inside the turn's transaction, on PostgreSQL a clause of its one statement.
 */
const PROFILE_WRITE = /INSERT INTO [`"]?(main|public)?[`"]?\.?[`"]Profile[`"]/;

/** Commits among statements: each COMMIT, and each write outside BEGIN … COMMIT (it commits by itself). */
function commitsIn(list: string[]): number {
  let open = false;
  let commits = 0;
  for (const sql of list) {
    if (/^BEGIN/i.test(sql)) open = true;
    else if (/^(COMMIT|ROLLBACK)/i.test(sql)) {
      open = false;
      if (/^COMMIT/i.test(sql)) commits++;
    } else if (!open && /^\s*(INSERT|UPDATE|DELETE|WITH)/i.test(sql)) commits++;
  }
  return commits;
}

/** The statements not between a BEGIN and its COMMIT or ROLLBACK. */
function outsideTransactions(list: string[]): string[] {
  let open = false;
  return list.filter((sql) => {
    if (/^BEGIN/i.test(sql)) open = true;
    else if (/^(COMMIT|ROLLBACK)/i.test(sql)) open = false;
    else return !open;
    return false;
  });
}

let counting = false;
let statements: string[] = [];
const note = (sql: unknown) => {
  if (counting && !/pg_notify/.test(String(sql))) statements.push(String(sql).replace(/\s+/g, ' '));
};

function countSqlite(): () => void {
  const probe = new Database(':memory:');
  const proto = Object.getPrototypeOf(probe.prepare('SELECT 1')) as Record<'run' | 'all' | 'get', (...args: unknown[]) => unknown>;
  probe.close();
  const originals = { run: proto.run, all: proto.all, get: proto.get };
  for (const name of ['run', 'all', 'get'] as const) {
    proto[name] = function (this: { source: string }, ...args: unknown[]) {
      note(this.source);
      return originals[name].apply(this, args);
    };
  }
  return () => Object.assign(proto, originals);
}

function countPostgres(): () => void {
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    const first = args[0] as string | { text?: string };
    note(typeof first === 'string' ? first : first?.text);
    return original.apply(this, args);
  };
  return () => void (proto.query = original);
}

for (const { name, make } of bothProviders) {
  describe(`an ordinary intake turn's statements (${name})`, () => {
    const server = useTestApp(make, { DIRECTLINE_MESSAGES_PER_MINUTE: '1000' });
    let restore: () => void;
    before(() => (restore = name === 'sqlite' ? countSqlite() : countPostgres()));
    after(() => restore());

    it(`is ${PINNED[name]} statements (and on SQLite the profile's version at a step's end, inside the transaction), no read twice`, async () => {
      const seeker = new DirectLineClient(server.app.url);
      await seeker.generate();
      await seeker.start();
      for (const text of BEFORE) expect((await seeker.say(text)).status).to.equal(200);
      let profileTurns = 0;
      for (const text of MEASURED) {
        await seeker.poll();
        statements = [];
        counting = true;
        const res = await seeker.say(text);
        counting = false;
        expect(res.status).to.equal(200);
        expect((await seeker.botReplies()).length, `a reply to "${text}"`).to.be.greaterThan(0);
        const shown = statements.map((x) => x.slice(0, 90)).join('\n');
        const profile = statements.filter((x) => PROFILE_WRITE.test(x));
        expect(profile.length, 'profile writes').to.be.at.most(1);
        if (profile.length) profileTurns++;
        if (name === 'sqlite') {
          // Its own statement, but between the turn's BEGIN and COMMIT (the last ones): the turn still commits once.
          const at = statements.indexOf(profile[0]);
          if (profile.length) expect(at > statements.lastIndexOf('BEGIN') && at < statements.lastIndexOf('COMMIT'), shown).to.equal(true);
          expect(statements.filter((x) => !profile.includes(x)), shown).to.have.length(PINNED.sqlite);
        } else {
          // A clause of the turn's one statement, never a statement of its own.
          if (profile.length) expect(profile[0], 'the profile write').to.match(/^WITH /);
          expect(statements, shown).to.have.length(PINNED.postgresql);
        }
        expect(commitsIn(statements), `commits\n${shown}`).to.equal(COMMITS[name]);
        // The seeker's transcript row is no statement of its own: on PostgreSQL a clause of the
        // message's statement, on SQLite inside a transaction (the message's; the turn's for the replies).
        expect(outsideTransactions(statements).filter((x) => /^INSERT INTO "TranscriptEntry"/.test(x)), shown).to.have.length(0);
        const reads = statements.filter((s) => /^SELECT/i.test(s));
        expect(new Set(reads).size, 'no read twice').to.equal(reads.length);
      }
      // The measured turns end intake steps: the profile write was among them (the pin is not empty).
      expect(profileTurns, 'turns that wrote the profile').to.be.greaterThan(0);
    });
  });
}
