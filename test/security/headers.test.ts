// Response headers over HTTP: HSTS on every response when the public address is https, and no
// cache for any API answer (chat history, console data), while the web page keeps its caching.
import { expect } from 'chai';
import type { App } from '../../src/app';
import { startTestApp } from '../helpers/app';
import { sqliteDatabase, type TestDatabase } from '../helpers/databases';

const API: [method: string, path: string][] = [
  ['GET', '/healthz'],
  ['POST', '/v3/directline/tokens/generate'],
  ['GET', '/v3/directline/conversations/nope/activities'],
  ['POST', '/api/messages'],
  ['GET', '/advisor/api/me'],
  ['GET', '/advisor/api/handoffs'],
];
const PAGES = ['/', '/chat.js', '/webchat.js', '/advisor'];

function useApp(env: Record<string, string>) {
  const state = { app: undefined as unknown as App, database: undefined as unknown as TestDatabase, base: '' };
  before(async () => {
    state.database = sqliteDatabase();
    state.app = await startTestApp(state.database.url, env);
    state.base = `http://127.0.0.1:${state.app.port}`;
  });
  after(async () => {
    await state.app?.close();
    await state.database?.drop();
  });
  return state;
}

const call = (base: string, method: string, path: string) =>
  fetch(`${base}${path}`, { method, headers: method === 'POST' ? { 'content-type': 'application/json' } : {}, body: method === 'POST' ? '{}' : undefined });

describe('response headers with an https public address', function () {
  this.timeout(60_000);
  const server = useApp({ PUBLIC_URL: 'https://werkloket.example.nl', DIRECTLINE_SECRET: 'd'.repeat(32), SEEKER_KEY: 's'.repeat(32) });

  for (const [method, path] of [...API, ...PAGES.map((p) => ['GET', p] as [string, string]), ['GET', '/no-such-page'] as [string, string]]) {
    it(`${method} ${path} carries Strict-Transport-Security`, async () => {
      const res = await call(server.base, method, path);
      await res.arrayBuffer();
      expect(res.headers.get('strict-transport-security')).to.equal('max-age=31536000; includeSubDomains');
    });
  }

  for (const [method, path] of API) {
    it(`${method} ${path} is not cached (also when it is an error)`, async () => {
      const res = await call(server.base, method, path);
      await res.arrayBuffer();
      expect(res.headers.get('cache-control')).to.equal('no-store');
    });
  }

  it('the web page and static files keep their caching', async () => {
    for (const path of PAGES) {
      const res = await call(server.base, 'GET', path);
      await res.arrayBuffer();
      expect(res.status, path).to.equal(200);
      expect(res.headers.get('cache-control'), path).to.not.equal('no-store');
    }
    // Plain URLs are checked each time; the hashed URLs the pages link are kept a year (test/web).
    const script = await call(server.base, 'GET', '/webchat.js');
    await script.arrayBuffer();
    expect(script.headers.get('cache-control')).to.equal('no-cache');
  });
});

describe('response headers in local development (http)', function () {
  this.timeout(60_000);
  const server = useApp({});

  it('no HSTS over plain http, API answers still not cached', async () => {
    for (const [method, path] of API) {
      const res = await call(server.base, method, path);
      await res.arrayBuffer();
      expect(res.headers.get('strict-transport-security'), path).to.equal(null);
      expect(res.headers.get('cache-control'), path).to.equal('no-store');
    }
  });
});
