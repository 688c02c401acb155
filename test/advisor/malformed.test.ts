import { expect } from 'chai';
import http from 'node:http';
import { useTestApp } from '../helpers/app';
import { sqliteDatabase } from '../helpers/databases';
import { ALWAYS_OPEN, createAdvisor, sessionFor } from './helpers';

/** Raw HTTP, so the test controls every header byte (fetch would merge or refuse some). */
function raw(url: string, method: string, path: string, headers: Record<string, string>, body?: string): Promise<{ status: number; json: any }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${url}${path}`, { method, headers }, (res) => {
      let data = '';
      res.on('data', (chunk) => (data += chunk));
      res.on('end', () => {
        let json: unknown;
        try {
          json = JSON.parse(data);
        } catch {
          json = data;
        }
        resolve({ status: res.statusCode ?? 0, json });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('malformed cookies, headers and bodies are a 4xx, never a 500', function () {
  this.timeout(30_000);
  const server = useTestApp(sqliteDatabase, ALWAYS_OPEN);
  const GETS = ['/advisor/api/me', '/advisor/api/handoffs', '/advisor/api/events', '/advisor/api/admin/advisors'];

  it('an undecodable cookie (%E0%A4%A) is 400 BAD_COOKIE', async () => {
    for (const path of GETS) {
      const res = await raw(server.app.url, 'GET', path, { cookie: 'werkloket_advisor=%E0%A4%A' });
      expect([res.status, res.json.error?.code], path).to.deep.equal([400, 'BAD_COOKIE']);
    }
    const logout = await raw(server.app.url, 'POST', '/advisor/api/logout', { cookie: 'werkloket_advisor=%E0%A4%A', 'content-type': 'application/json' }, '{}');
    expect(logout.status).to.equal(400);
  });

  it('a 10 kB cookie is 401', async () => {
    for (const path of GETS) {
      const res = await raw(server.app.url, 'GET', path, { cookie: `werkloket_advisor=${'a'.repeat(10_000)}` });
      expect([res.status, res.json.error?.code], path).to.deep.equal([401, 'UNAUTHENTICATED']);
    }
  });

  it('the session cookie twice with different values is 400; the same value twice is fine', async () => {
    const advisor = await createAdvisor(server.app.db, 'Dubbel');
    const token = await sessionFor(server.app.db, advisor.id);
    const twice = await raw(server.app.url, 'GET', '/advisor/api/me', { cookie: `werkloket_advisor=${token}; werkloket_advisor=planted` });
    expect([twice.status, twice.json.error?.code]).to.deep.equal([400, 'BAD_COOKIE']);
    const same = await raw(server.app.url, 'GET', '/advisor/api/me', { cookie: `werkloket_advisor=${token}; other=1; werkloket_advisor=${token}` });
    expect(same.status).to.equal(200);
    const stream = await raw(server.app.url, 'GET', '/advisor/api/events', { cookie: `werkloket_advisor=planted; werkloket_advisor=${token}` });
    expect(stream.status).to.equal(400);
  });

  it('cookie oddities without our cookie, and odd headers, are 401 (not 500)', async () => {
    for (const cookie of ['=', ';;;', 'werkloket_advisor', 'werkloket_advisor=', 'a=%E0%A4%A', '\u00e9=\u00e9'.normalize('NFD').replace(/[^\x20-\x7e]/g, 'x')]) {
      const res = await raw(server.app.url, 'GET', '/advisor/api/me', { cookie });
      expect(res.status, cookie).to.equal(401);
    }
    const res = await raw(server.app.url, 'POST', '/advisor/api/login', { origin: 'null', 'content-type': 'application/json' }, '{"email":"a@b.nl","password":"x"}');
    expect(res.status).to.equal(403);
  });

  it('a body that is not JSON, with content-type json, is 400 INVALID_JSON (log-in and API)', async () => {
    const advisor = await createAdvisor(server.app.db, 'Json');
    const token = await sessionFor(server.app.db, advisor.id);
    for (const body of ['{not json', '', 'null', '"text"', '[1,2]', '{"email":["a"],"password":{}}']) {
      const login = await raw(server.app.url, 'POST', '/advisor/api/login', { 'content-type': 'application/json' }, body);
      expect(login.status, `login ${body}`).to.be.within(400, 499);
      const note = await raw(server.app.url, 'POST', '/advisor/api/handoffs/x/notes', { 'content-type': 'application/json', cookie: `werkloket_advisor=${token}` }, body);
      expect(note.status, `note ${body}`).to.be.within(400, 499);
      const admin = await raw(server.app.url, 'POST', '/advisor/api/admin/advisors', { 'content-type': 'application/json', cookie: `werkloket_advisor=${token}` }, body);
      expect(admin.status, `admin ${body}`).to.be.within(400, 499);
    }
    const bad = await raw(server.app.url, 'POST', '/advisor/api/login', { 'content-type': 'application/json' }, '{not json');
    expect(bad.json.error.code).to.equal('INVALID_JSON');
  });
});
