// The website seeker's identity: a server-issued id in an HttpOnly signed cookie recognises a
// returning seeker (the whole app: the dialogs greet them back); "Gesprek afsluiten" ends the
// conversation and forgets the seeker. Against the real server, on SQLite and PostgreSQL.
import crypto from 'node:crypto';
import { expect } from 'chai';
import { WebSocket } from 'ws';
import { SeekerCookies } from '../../src/channels/directline/seekerCookie';
import { useTestApp } from '../helpers/app';
import { bothProviders } from '../helpers/databases';
import { DirectLineClient } from '../helpers/directLine';

const SECRET = 'a-direct-line-secret-of-at-least-32-characters';
const ENV = { DIRECTLINE_SECRET: SECRET, DIRECTLINE_REQUESTS_PER_MINUTE: '100000', DIRECTLINE_MESSAGES_PER_MINUTE: '100000', DIRECTLINE_TOKENS_PER_MINUTE: '10000' };
const RETENTION_SECONDS = 12 * 30 * 86_400;

async function generate(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}/v3/directline/tokens/generate`, { method: 'POST', headers });
  expect(res.status).to.equal(200);
  const body = (await res.json()) as { conversationId: string; token: string; userId: string };
  return { ...body, setCookie: res.headers.get('set-cookie') ?? '' };
}

/** A conversation's replies to a message, joined. */
async function ask(client: DirectLineClient, text: string): Promise<string> {
  expect((await client.say(text)).status).to.equal(200);
  return (await client.botReplies()).map((a) => a.text ?? '').join('\n');
}

for (const { name, make } of bothProviders) {
  describe(`Direct Line seeker cookie and returning seekers (${name})`, function () {
    this.timeout(90_000);
    const server = useTestApp(make, ENV);

    it('tokens/generate sets an HttpOnly, SameSite=Strict cookie on /v3/directline for the retention period', async () => {
      const first = await generate(server.app.url);
      const parts = first.setCookie.split(';').map((p) => p.trim());
      expect(parts[0]).to.match(/^werkloket_seeker=v1\.s-[A-Za-z0-9_-]{22}\.\d+\.[A-Za-z0-9_-]+$/);
      expect(parts.slice(1)).to.have.members(['Path=/v3/directline', `Max-Age=${RETENTION_SECONDS}`, 'HttpOnly', 'SameSite=Strict']);
      // The raw secret signs nothing the browser holds: the cookie's key is derived from it.
      expect(first.setCookie).to.not.include(SECRET);
      const https = await generate(server.app.url, { 'x-forwarded-proto': 'https' });
      expect(https.setCookie).to.match(/; Secure/);
    });

    it('two generate calls with the cookie give tokens for the same user id, and renew the cookie', async () => {
      const first = await generate(server.app.url);
      const cookie = first.setCookie.split(';')[0];
      const second = await generate(server.app.url, { cookie });
      expect(second.userId).to.equal(first.userId);
      expect(second.conversationId).to.not.equal(first.conversationId);
      expect(second.setCookie).to.include(`werkloket_seeker=v1.${first.userId}.`).and.to.include(`Max-Age=${RETENTION_SECONDS}`);
      const without = await generate(server.app.url);
      expect(without.userId).to.not.equal(first.userId);
    });

    it('a missing, invalid, tampered, malformed or expired cookie gives a new id, never a 500', async () => {
      const first = await generate(server.app.url);
      const valid = first.setCookie.split(';')[0].slice('werkloket_seeker='.length);
      const [version, id, issued, signature] = valid.split('.');
      const other = `s-${'A'.repeat(22)}`;
      const old = new SeekerCookies(SECRET, RETENTION_SECONDS, () => Date.now() - (RETENTION_SECONDS + 60) * 1000);
      const body = `v1.${id}.${Math.floor(Date.now() / 1000)}`;
      const rawSecretSigned = `${body}.${crypto.createHmac('sha256', SECRET).update(body).digest('base64url')}`;
      for (const value of [
        '',
        'garbage',
        '%E0%A4%A',
        `${version}.${other}.${issued}.${signature}`,
        `${version}.${id}.${Number(issued) + 1}.${signature}`,
        `${version}.${id}.${issued}.${signature}x`,
        `v2.${id}.${issued}.${signature}`,
        old.value(id),
        rawSecretSigned,
        'x'.repeat(5000),
      ]) {
        const res = await fetch(`${server.app.url}/v3/directline/tokens/generate`, { method: 'POST', headers: { cookie: `werkloket_seeker=${value}` } });
        expect(res.status, value.slice(0, 40)).to.equal(200);
        const body = (await res.json()) as { userId: string };
        expect(body.userId, value.slice(0, 40)).to.not.equal(id).and.not.equal(other);
      }
      // The same key on this server (DIRECTLINE_SECRET): a freshly signed cookie for the id is recognised.
      expect((await generate(server.app.url, { cookie: `werkloket_seeker=${new SeekerCookies(SECRET, RETENTION_SECONDS).value(id)}` })).userId).to.equal(id);
    });

    it('the bot recognises a returning seeker in a new conversation with the same cookie (and only then)', async () => {
      const first = await new DirectLineClient(server.app.url).generate();
      await first.start();
      await first.poll();
      expect(await ask(first, 'Ik zoek werk')).to.match(/bewaren/);
      expect(await ask(first, 'ja')).to.match(/Stap 1 van 7/);
      expect(await ask(first, 'bijstand')).to.match(/per maand/);
      expect(await ask(first, 'sla over')).to.match(/Stap 2 van 7/);

      // Later (the chat token long expired): a new conversation from the same browser.
      const again = await Object.assign(new DirectLineClient(server.app.url), { cookie: first.cookie }).generate();
      expect(again.userId).to.equal(first.userId);
      expect(again.conversationId).to.not.equal(first.conversationId);
      await again.start();
      await again.poll();
      expect(await ask(again, 'Ik zoek werk')).to.match(/Welkom terug/);
      expect(await ask(again, 'Verder waar ik was')).to.match(/Stap 2 van 7/);

      // Another browser (no cookie) is somebody new.
      const stranger = await new DirectLineClient(server.app.url).generate();
      await stranger.start();
      await stranger.poll();
      const reply = await ask(stranger, 'Ik zoek werk');
      expect(reply).to.match(/bewaren/).and.not.match(/Welkom terug/);
    });

    it('session/end ends the conversation, clears the cookie, closes its streams; later requests get 404 CONVERSATION_ENDED', async () => {
      const client = await new DirectLineClient(server.app.url).generate();
      const { streamUrl } = await client.start();
      const ws = new WebSocket(streamUrl);
      await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
      const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));

      const res = await client.request('POST', '/v3/directline/session/end');
      expect(res.status).to.equal(200);
      expect(await res.json()).to.deep.equal({ ended: true });
      const cleared = res.headers.get('set-cookie') ?? '';
      expect(cleared).to.match(/^werkloket_seeker=;/).and.to.include('Max-Age=0').and.to.include('Path=/v3/directline').and.to.include('HttpOnly');
      expect(await closed).to.equal(4004);
      const row = await server.app.db.directLineConversation.findUniqueOrThrow({ where: { id: client.conversationId } });
      expect(row.endedAt).to.be.instanceOf(Date);

      const attempts = [
        await client.say('hallo'),
        await client.request('GET', `/v3/directline/conversations/${client.conversationId}/activities`),
        await client.request('GET', `/v3/directline/conversations/${client.conversationId}`),
        await client.request('POST', '/v3/directline/conversations'),
        await client.request('POST', '/v3/directline/tokens/refresh'),
      ];
      for (const attempt of attempts) {
        expect(attempt.status).to.equal(404);
        expect(((await attempt.json()) as { error: { code: string } }).error.code).to.equal('CONVERSATION_ENDED');
      }
      // Idempotent: a second click is fine.
      expect((await client.request('POST', '/v3/directline/session/end')).status).to.equal(200);
    });

    it('session/end without a valid token still clears the cookie (the shared computer is cleaned), and says why', async () => {
      for (const headers of [{}, { authorization: 'Bearer x.y' }] as Record<string, string>[]) {
        const res = await fetch(`${server.app.url}/v3/directline/session/end`, { method: 'POST', headers });
        expect(res.status).to.be.oneOf([401, 403]);
        expect(res.headers.get('set-cookie')).to.include('Max-Age=0');
      }
    });
  });
}
