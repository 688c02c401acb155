// Issue 16: on SQLite a turn never waits for I/O, so every turn that became ready together ran in
// one event-loop iteration, and a new visitor's connection waited in the kernel's accept queue
// until all of them were done. With a turn per iteration (src/channels/turnGate.ts), a new
// connection is accepted and answered while the burst is still being answered.
import http from 'node:http';
import { expect } from 'chai';
import { sqliteDatabase } from '../helpers/databases';
import { DirectLineClient } from '../helpers/directLine';
import { spawnServer } from '../helpers/serverProcess';

const BURST = 150;

function request(url: string, agent: http.Agent | false, method: string, path: string, token?: string, body?: unknown): Promise<number> {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(`${url}${path}`, {
      method,
      agent,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(data ? { 'content-type': 'application/json' } : {}) },
    });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(data);
  });
}

describe('a new connection during a burst of turns (SQLite, issue 16)', function () {
  this.timeout(180_000);

  it('is accepted and answered while the burst is still being answered', async () => {
    const database = sqliteDatabase();
    const env = { DATABASE_URL: database.url, BENCH_BOT: 'echo', DIRECTLINE_TOKENS_PER_MINUTE: '100000', DIRECTLINE_REQUESTS_PER_MINUTE: '1000000', DIRECTLINE_MESSAGES_PER_MINUTE: '100000' };
    const server = await spawnServer(env, 'bench/intake/server.ts');
    const agent = new http.Agent({ keepAlive: true, maxSockets: BURST });
    try {
      const seekers = await Promise.all(Array.from({ length: BURST }, () => new DirectLineClient(server.url).generate()));
      await Promise.all(seekers.map((s) => s.start()));
      // The burst's connections are open before it starts (as a busy server's are).
      await Promise.all(seekers.map(() => request(server.url, agent, 'GET', '/healthz')));
      const order: string[] = [];
      const burst = seekers.map((s, i) =>
        request(server.url, agent, 'POST', `/v3/directline/conversations/${s.conversationId}/activities`, s.token, { type: 'message', from: { id: s.userId }, text: `m${i}` }).then((status) => {
          expect(status).to.equal(200);
          order.push('turn');
        }),
      );
      // A new visitor: a connection of its own, opened once the burst is on its way.
      await new Promise((resolve) => setTimeout(resolve, 20));
      const fresh = request(server.url, false, 'GET', '/healthz').then((status) => {
        expect(status).to.equal(200);
        order.push('new');
      });
      await Promise.all([...burst, fresh]);
      const before = order.indexOf('new');
      console.log(`      turns answered before the new connection: ${before} of ${BURST}`);
      expect(before).to.be.below(BURST / 3);
    } finally {
      agent.destroy();
      await server.stop();
      await database.drop();
    }
  });
});
