// req.log is made only when a request logs (src/bot/server.ts): its lines still carry the request's
// own id and path, and two requests never share an id.
import { expect } from 'chai';
import type { App } from '../../src/app';
import { sqliteDatabase, type TestDatabase } from '../helpers/databases';
import { startLoggedApp } from '../helpers/logCapture';

describe('request log lines: one id per request, made when something logs', function () {
  this.timeout(60_000);
  let app: App;
  let lines: string[];
  let database: TestDatabase;
  before(async () => {
    database = sqliteDatabase();
    ({ app, lines } = await startLoggedApp(database.url, {}));
  });
  after(async () => {
    await app?.close();
    await database?.drop();
  });

  it('a refused body is logged with reqId and path; the next request has another id', async () => {
    const path = '/v3/directline/tokens/generate';
    for (let i = 0; i < 2; i++) {
      const res = await fetch(`${app.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"broken' });
      expect(res.status).to.equal(400);
      await res.arrayBuffer();
    }
    const refused = lines.map((l) => JSON.parse(l) as { msg?: string; reqId?: string; path?: string; code?: string }).filter((l) => l.msg === 'request body refused');
    expect(refused).to.have.length(2);
    for (const line of refused) {
      expect(line.path).to.equal(path);
      expect(line.code).to.equal('INVALID_JSON');
      expect(line.reqId).to.match(/^[0-9a-f-]{36}$/);
    }
    expect(refused[0].reqId).to.not.equal(refused[1].reqId);
  });
});
