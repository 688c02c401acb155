// Static files over real HTTP: hashed URLs with a year's immutable caching, brotli and gzip that
// decode to the file's own bytes, 304 on a known ETag, HTML pointing at the hashed URLs.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { expect } from 'chai';
import { useTestApp } from '../helpers/app';
import { sqliteDatabase } from '../helpers/databases';
import { packageFile, staticAssets } from '../../src/web/assets';

const PUBLIC = path.resolve(__dirname, '..', '..', 'public');

/** Raw HTTP (fetch would decode the body itself and hide Content-Encoding from the test). */
function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http.get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

function hashedUrls(html: string): string[] {
  return [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
}

describe('static files: hashed URLs, compression, caching', function () {
  this.timeout(120_000);
  const server = useTestApp(sqliteDatabase);
  // Brotli of the 3.9 MB bundle runs in the background on a cold disk cache.
  before(async () => staticAssets().compressed);

  it('the chat page links its scripts by hashed URL, and stays no-cache with its security headers', async () => {
    const page = await get(`${server.app.url}/`);
    expect(page.status).to.equal(200);
    expect(page.headers['cache-control']).to.equal('no-cache');
    expect(page.headers['content-security-policy']).to.include("script-src 'self'");
    const html = page.body.toString('utf8');
    expect(html).to.not.match(/src="\/(?:webchat|chat)\.js"/);
    const urls = hashedUrls(html);
    expect(urls.some((u) => /^\/assets\/webchat\.[0-9a-f]{10}\.js$/.test(u)), urls.join()).to.equal(true);
    expect(urls.some((u) => /^\/assets\/chat\.[0-9a-f]{10}\.js$/.test(u)), urls.join()).to.equal(true);
  });

  it('the advisor console links its script and stylesheet by hashed URL', async () => {
    const html = (await get(`${server.app.url}/advisor`)).body.toString('utf8');
    const urls = hashedUrls(html);
    expect(urls.some((u) => /^\/assets\/console\.[0-9a-f]{10}\.js$/.test(u)), urls.join()).to.equal(true);
    expect(urls.some((u) => /^\/assets\/console\.[0-9a-f]{10}\.css$/.test(u)), urls.join()).to.equal(true);
  });

  it('a hashed URL is cached for a year, immutable; brotli and gzip decode to the file itself', async () => {
    const original = fs.readFileSync(packageFile('botframework-webchat', 'dist/webchat.js'));
    const url = hashedUrls((await get(`${server.app.url}/`)).body.toString('utf8')).find((u) => u.includes('/webchat.'))!;
    const br = await get(`${server.app.url}${url}`, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.status).to.equal(200);
    expect(br.headers['cache-control']).to.equal('public, max-age=31536000, immutable');
    expect(br.headers['content-encoding']).to.equal('br');
    expect(br.headers.vary).to.equal('Accept-Encoding');
    expect(br.headers['content-type']).to.include('javascript');
    expect(zlib.brotliDecompressSync(br.body).equals(original)).to.equal(true);
    expect(br.body.length).to.be.lessThan(original.length / 5);

    const gzip = await get(`${server.app.url}${url}`, { 'Accept-Encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).to.equal('gzip');
    expect(zlib.gunzipSync(gzip.body).equals(original)).to.equal(true);

    const plain = await get(`${server.app.url}${url}`);
    expect(plain.headers['content-encoding']).to.equal(undefined);
    expect(plain.body.equals(original)).to.equal(true);
    // q=0 means "not this one".
    const refused = await get(`${server.app.url}${url}`, { 'Accept-Encoding': 'br;q=0, gzip' });
    expect(refused.headers['content-encoding']).to.equal('gzip');
  });

  it('answers 304 to a known ETag, per encoding', async () => {
    const url = hashedUrls((await get(`${server.app.url}/`)).body.toString('utf8')).find((u) => u.includes('/chat.'))!;
    const first = await get(`${server.app.url}${url}`, { 'Accept-Encoding': 'br' });
    expect(first.headers.etag).to.match(/^".+-br"$/);
    const again = await get(`${server.app.url}${url}`, { 'Accept-Encoding': 'br', 'If-None-Match': first.headers.etag! });
    expect(again.status).to.equal(304);
    expect(again.body.length).to.equal(0);
    // The gzip form has its own tag: the brotli tag does not fit it.
    const other = await get(`${server.app.url}${url}`, { 'Accept-Encoding': 'gzip', 'If-None-Match': first.headers.etag! });
    expect(other.status).to.equal(200);
    expect(zlib.gunzipSync(other.body).equals(fs.readFileSync(path.join(PUBLIC, 'chat.js')))).to.equal(true);
  });

  it('the plain URLs still work, with no-cache (compressed too)', async () => {
    for (const [url, file] of [['/chat.js', path.join(PUBLIC, 'chat.js')], ['/advisor/console.js', path.join(PUBLIC, 'advisor', 'console.js')]]) {
      const res = await get(`${server.app.url}${url}`, { 'Accept-Encoding': 'gzip' });
      expect(res.status, url).to.equal(200);
      expect(res.headers['cache-control'], url).to.equal('no-cache');
      expect(zlib.gunzipSync(res.body).equals(fs.readFileSync(file)), url).to.equal(true);
    }
    const bundle = await get(`${server.app.url}/webchat.js`, { 'Accept-Encoding': 'br' });
    expect(bundle.headers['cache-control']).to.equal('no-cache');
    expect(bundle.headers['content-encoding']).to.equal('br');
  });

  it('an unknown hash is a coded 404', async () => {
    const res = await get(`${server.app.url}/assets/chat.0000000000.js`);
    expect(res.status).to.equal(404);
    expect((JSON.parse(res.body.toString('utf8')) as { error: { code: string } }).error.code).to.equal('NOT_FOUND');
  });

  it('the HTML page itself is compressed when the browser accepts it', async () => {
    const res = await get(`${server.app.url}/`, { 'Accept-Encoding': 'br' });
    expect(res.headers['content-encoding']).to.equal('br');
    expect(zlib.brotliDecompressSync(res.body).toString('utf8')).to.include('<!doctype html>');
  });
});
