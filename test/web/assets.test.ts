// Static files over real HTTP: hashed URLs with a year's immutable caching, brotli and gzip that
// decode to the file's own bytes, 304 on a known ETag, HTML pointing at the hashed URLs.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { expect } from 'chai';
import { useTestApp } from '../helpers/app';
import { sqliteDatabase } from '../helpers/databases';
import os from 'node:os';
import restify from 'restify';
import { loadAssets, packageFile, staticAssets } from '../../src/web/assets';
import { registerAssets } from '../../src/web/staticRoutes';

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

describe('static files: what gets picked up', () => {
  it('every file under the public folder but HTML, at any depth; HTML references rewritten, others left alone', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkloket-public-'));
    try {
      fs.mkdirSync(path.join(dir, 'advisor'));
      fs.writeFileSync(path.join(dir, 'page.css'), 'body { color: black }');
      fs.writeFileSync(path.join(dir, 'advisor', 'new.js'), 'console.log(1)');
      fs.writeFileSync(path.join(dir, 'index.html'), '<p>page</p>');
      const assets = loadAssets(dir, []);
      await assets.compressed;
      expect([...assets.byPlainUrl.keys()]).to.deep.equal(['/advisor/new.js', '/page.css']);
      const html = `<link href='/page.css'><script src="/advisor/new.js"></script><a href="/privacy">p</a><img src="/page.css?v=1">`;
      expect(assets.rewrite(html)).to.match(/^<link href='\/assets\/page\.[0-9a-f]{10}\.css'><script src="\/assets\/new\.[0-9a-f]{10}\.js"><\/script><a href="\/privacy">p<\/a><img src="\/page\.css\?v=1">$/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a plain URL that another module already serves stays theirs (no clash at start-up)', async () => {
    const server = restify.createServer();
    server.get('/chat.js', (_req, res, next) => {
      res.send(200, 'mine');
      next(false);
    });
    registerAssets(server, staticAssets());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
      expect((await get(`${base}/chat.js`)).body.toString('utf8')).to.equal('"mine"');
      const hashed = staticAssets().byPlainUrl.get('/chat.js')!.hashedUrl;
      expect((await get(`${base}${hashed}`)).status).to.equal(200);
    } finally {
      server.close();
    }
  });
});
