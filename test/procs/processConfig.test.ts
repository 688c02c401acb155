// Issue 16: WEB_CONCURRENCY, the pools it divides, and the connection budget against max_connections.
import { expect } from 'chai';
import { ConfigError, loadConfig } from '../../src/config';
import { budget, checkPoolBudget, connectionsPerProcess } from '../../src/db/poolBudget';
import { postgresDatabase } from '../helpers/databases';

const PG = 'postgresql://postgres@127.0.0.1:5432/werkloket';

describe('WEB_CONCURRENCY and the connection budget (issue 16)', () => {
  it('is 1 by default, and refused above 1 with SQLite, with a message that says why', () => {
    expect(loadConfig({}).webConcurrency).to.equal(1);
    expect(() => loadConfig({ WEB_CONCURRENCY: '2' })).to.throw(ConfigError, /WEB_CONCURRENCY="2": expected 1 with SQLite .*PostgreSQL/);
    expect(loadConfig({ WEB_CONCURRENCY: '2', DATABASE_URL: PG }).webConcurrency).to.equal(2);
  });

  it('divides the default pool over the processes; an explicit DATABASE_POOL_SIZE is per process', () => {
    expect(loadConfig({ DATABASE_URL: PG }).databasePoolSize).to.equal(20);
    expect(loadConfig({ DATABASE_URL: PG, WEB_CONCURRENCY: '4' }).databasePoolSize).to.equal(5);
    expect(loadConfig({ DATABASE_URL: PG, WEB_CONCURRENCY: '8' }).databasePoolSize).to.equal(5);
    expect(loadConfig({ DATABASE_URL: PG, WEB_CONCURRENCY: '4', DATABASE_POOL_SIZE: '12' }).databasePoolSize).to.equal(12);
  });

  it('counts every pool of a process, and warns past half of max_connections', () => {
    expect(connectionsPerProcess(20)).to.equal(20 + 10 + 4 + 1);
    expect(budget(20, 1, 100, 3)).to.deep.include({ perInstance: 35, available: 97, tooMany: false });
    expect(budget(20, 2, 100, 3)).to.deep.include({ perInstance: 70, tooMany: true });
    expect(budget(5, 4, 100, 3)).to.deep.include({ perInstance: 4 * (5 + 3 + 4 + 1), tooMany: true });
    expect(budget(5, 4, 200, 3).tooMany).to.equal(false);
    // Behind PgBouncer only the session connections (locks, event bus) reach PostgreSQL itself.
    expect(connectionsPerProcess(20, true)).to.equal(10 + 1);
    expect(budget(20, 4, 100, 3, true)).to.deep.include({ perInstance: 44, tooMany: false });
  });

  it('takes DATABASE_SESSION_URL for LISTEN, locks and migrations; DATABASE_URL otherwise; none with SQLite', () => {
    expect(loadConfig({ DATABASE_URL: PG }).databaseSessionUrl).to.equal(PG);
    const direct = 'postgresql://postgres@10.0.0.5:5432/werkloket';
    expect(loadConfig({ DATABASE_URL: PG, DATABASE_SESSION_URL: direct }).databaseSessionUrl).to.equal(direct);
    expect(() => loadConfig({ DATABASE_SESSION_URL: direct })).to.throw(ConfigError, /DATABASE_SESSION_URL/);
    expect(() => loadConfig({ DATABASE_URL: PG, DATABASE_SESSION_URL: 'file:./x.db' })).to.throw(ConfigError, /DATABASE_SESSION_URL/);
  });

  it('reads max_connections from PostgreSQL at start-up and logs the budget', async () => {
    const database = await postgresDatabase();
    const logged: { level: string; obj: object }[] = [];
    const logger = { info: (obj: object) => logged.push({ level: 'info', obj }), warn: (obj: object) => logged.push({ level: 'warn', obj }) };
    try {
      const small = await checkPoolBudget({ sessionUrl: database.url, poolSize: 5, processes: 1 }, logger);
      const large = await checkPoolBudget({ sessionUrl: database.url, poolSize: 200, processes: 64 }, logger);
      expect(small?.tooMany).to.equal(false);
      expect(large?.tooMany).to.equal(true);
      expect(logged.map((l) => l.level)).to.deep.equal(['info', 'warn']);
      expect(logged[1].obj).to.include({ processes: 64, poolSize: 200 });
    } finally {
      await database.drop();
    }
  });
});
