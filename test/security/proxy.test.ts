// TRUST_PROXY: X-Forwarded-For names the client only when the socket peer is a proxy the operator
// trusts; otherwise anybody could pick a fresh address per request and dodge every rate limit.
import { expect } from 'chai';
import { clientAddress, parseTrustedProxies } from '../../src/clientAddress';
import { startTestApp } from '../helpers/app';
import { sqliteDatabase } from '../helpers/databases';

const req = (peer: string, forwarded?: string | string[]) => ({ socket: { remoteAddress: peer }, headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded } });

describe('parseTrustedProxies', () => {
  it('reads addresses and CIDR ranges (IPv4, IPv6, IPv4-mapped), separated by commas or spaces', () => {
    const proxies = parseTrustedProxies('10.0.0.0/8, 192.168.1.7  2001:db8::/32,::1 ::ffff:172.16.0.5 ::ffff:100.64.0.0/106');
    expect(proxies.empty).to.equal(false);
    for (const trusted of ['10.1.2.3', '::ffff:10.200.0.1', '192.168.1.7', '2001:db8:1::5', '::1', '172.16.0.5', '::ffff:172.16.0.5', '100.64.0.1', '100.127.255.255']) {
      expect(proxies.trusts(trusted), trusted).to.equal(true);
    }
    for (const stranger of ['11.0.0.1', '192.168.1.8', '2001:db9::1', '127.0.0.1', '172.16.0.6', '100.128.0.1', 'unknown', '', '10.0.0.1.5']) {
      expect(proxies.trusts(stranger), stranger).to.equal(false);
    }
  });

  it('an empty or absent value trusts nobody', () => {
    for (const value of [undefined, '', '  , ']) {
      const proxies = parseTrustedProxies(value);
      expect(proxies.empty).to.equal(true);
      expect(proxies.trusts('127.0.0.1')).to.equal(false);
    }
  });

  it('refuses malformed entries at start-up, naming them', () => {
    for (const bad of ['proxy.internal', '10.0.0.1/33', '10.0.0.0/8/1', '::1/129', '10.0.0.0/', '10.0.0.0/-1', '10.0.0.0/a', '300.1.1.1', '::ffff:10.0.0.0/8', '10.0.0.1:8080']) {
      expect(() => parseTrustedProxies(bad), bad).to.throw(bad);
    }
  });
});

describe('clientAddress', () => {
  const proxies = parseTrustedProxies('10.0.0.0/8, 2001:db8::/32');
  const none = parseTrustedProxies('');

  it('without TRUST_PROXY it is the socket peer, whatever X-Forwarded-For says', () => {
    expect(clientAddress(req('203.0.113.9', '198.51.100.1'), none)).to.equal('203.0.113.9');
    expect(clientAddress(req('::ffff:203.0.113.9', '198.51.100.1'), none)).to.equal('203.0.113.9');
  });

  it('a peer that is not a trusted proxy is the client, even with a header', () => {
    expect(clientAddress(req('203.0.113.9', '10.0.0.1'), proxies)).to.equal('203.0.113.9');
  });

  it('behind a trusted proxy: the right-most entry that is not a trusted proxy; spoofed left-most entries change nothing', () => {
    expect(clientAddress(req('10.0.0.2', '198.51.100.1'), proxies)).to.equal('198.51.100.1');
    expect(clientAddress(req('10.0.0.2', '1.1.1.1, 2.2.2.2, 198.51.100.1'), proxies)).to.equal('198.51.100.1');
    expect(clientAddress(req('10.0.0.2', '198.51.100.1, 10.0.0.7'), proxies)).to.equal('198.51.100.1');
    expect(clientAddress(req('::ffff:10.0.0.2', ['1.1.1.1', '198.51.100.1']), proxies), 'two header lines').to.equal('198.51.100.1');
    expect(clientAddress(req('2001:db8::1', '2001:db8::9, 2a01:4f8::1'), proxies), 'IPv6').to.equal('2a01:4f8::1');
    expect(clientAddress(req('10.0.0.2', '::ffff:198.51.100.1'), proxies), 'mapped in the header').to.equal('198.51.100.1');
  });

  it('entries with a port (Azure App Service writes "1.2.3.4:5678") name the address', () => {
    expect(clientAddress(req('10.0.0.2', '198.51.100.1:50432'), proxies)).to.equal('198.51.100.1');
    expect(clientAddress(req('10.0.0.2', '[2a01:4f8::1]:443'), proxies)).to.equal('2a01:4f8::1');
  });

  it('a malformed chain, an empty header or only proxies: never an address the client made up', () => {
    expect(clientAddress(req('10.0.0.2', 'unknown'), proxies)).to.equal('10.0.0.2');
    expect(clientAddress(req('10.0.0.2', '198.51.100.1, not-an-ip'), proxies)).to.equal('10.0.0.2');
    expect(clientAddress(req('10.0.0.2', ''), proxies)).to.equal('10.0.0.2');
    expect(clientAddress(req('10.0.0.2'), proxies)).to.equal('10.0.0.2');
    expect(clientAddress(req('10.0.0.2', '10.0.0.3, 10.0.0.4'), proxies)).to.equal('10.0.0.3');
    expect(clientAddress(req('10.0.0.2', `${'1.1.1.1,'.repeat(2000)}x`), proxies)).to.equal('10.0.0.2');
  });
});

describe('the Direct Line token limit and X-Forwarded-For (real server)', function () {
  this.timeout(30_000);
  const generate = (url: string, forwarded: string) => fetch(`${url}/v3/directline/tokens/generate`, { method: 'POST', headers: { 'x-forwarded-for': forwarded } }).then((r) => r.status);

  it('without TRUST_PROXY a varying X-Forwarded-For does not dodge the limit', async () => {
    const database = sqliteDatabase();
    const app = await startTestApp(database.url, { DIRECTLINE_TOKENS_PER_MINUTE: '3' });
    try {
      const statuses: number[] = [];
      for (let i = 1; i <= 5; i++) statuses.push(await generate(app.url, `198.51.100.${i}`));
      expect(statuses).to.deep.equal([200, 200, 200, 429, 429]);
    } finally {
      await app.close();
      await database.drop();
    }
  });

  it('with TRUST_PROXY=127.0.0.1 each forwarded client has its own budget; spoofed left entries and ports do not help', async () => {
    const database = sqliteDatabase();
    const app = await startTestApp(database.url, { DIRECTLINE_TOKENS_PER_MINUTE: '3', TRUST_PROXY: '127.0.0.1' });
    try {
      const a: number[] = [];
      for (let i = 1; i <= 3; i++) a.push(await generate(app.url, `9.9.9.${i}, 198.51.100.1`));
      a.push(await generate(app.url, '198.51.100.1:4711'));
      a.push(await generate(app.url, '7.7.7.7, 198.51.100.1'));
      expect(a).to.deep.equal([200, 200, 200, 429, 429]);
      expect(await generate(app.url, '198.51.100.2')).to.equal(200);
      expect(await generate(app.url, '198.51.100.2:1234')).to.equal(200);
    } finally {
      await app.close();
      await database.drop();
    }
  });
});
