// Two regions for the tests (the example region and the fictional test/fixtures/regions one) in
// one temporary regions folder, and HTTP with a chosen Host header (fetch ignores a `host` header;
// the website's region is chosen by it).
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { REGIONS_DIR } from '../../src/region';
import { DirectLineClient } from '../helpers/directLine';

export const MIDDEN_UTRECHT_HOST = 'werkloket.midden-utrecht.example';
export const VOORBEELD_OOST_HOST = 'werkloket.voorbeeld-oost.example';
const FIXTURE = path.resolve(__dirname, '..', 'fixtures', 'regions', 'voorbeeld-oost');

let twoRegions: string | undefined;

/** A regions folder with midden-utrecht (content/regions) and voorbeeld-oost (fixture); made once per process. */
export function twoRegionsDir(): string {
  if (twoRegions) return twoRegions;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkloket-regions-'));
  fs.cpSync(path.join(REGIONS_DIR, 'midden-utrecht'), path.join(dir, 'midden-utrecht'), { recursive: true });
  fs.cpSync(FIXTURE, path.join(dir, 'voorbeeld-oost'), { recursive: true });
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  return (twoRegions = dir);
}

/** fetch, with the Host header the client names (as a browser on that website sends it). */
export function hostFetch(url: string, init: { method?: string; headers?: Record<string, string>; body?: string; host?: string } = {}): Promise<Response> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { hostname: target.hostname, port: target.port, path: `${target.pathname}${target.search}`, method: init.method ?? 'GET', headers: { ...init.headers, ...(init.host ? { host: init.host } : {}) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const headers = new Headers();
          for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
          resolve(new Response(res.statusCode === 304 ? null : Buffer.concat(chunks), { status: res.statusCode, headers }));
        });
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

/** The website's chat as opened on `host` (every request carries that Host header). */
export class HostDirectLine extends DirectLineClient {
  constructor(
    baseUrl: string,
    readonly host?: string,
  ) {
    super(baseUrl);
  }

  override async generate(): Promise<this> {
    const res = await hostFetch(`${this.baseUrl}/v3/directline/tokens/generate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}', host: this.host });
    if (res.status !== 200) throw new Error(`generate: ${res.status}`);
    const body = (await res.json()) as { conversationId: string; token: string; userId: string };
    Object.assign(this, { conversationId: body.conversationId, token: body.token, userId: body.userId, watermark: '0' });
    return this;
  }

  /** POST /conversations with a body of the client's choosing (a page may send anything). */
  async startWith(body: unknown): Promise<void> {
    const res = await this.request('POST', '/v3/directline/conversations', body);
    if (res.status !== 200 && res.status !== 201) throw new Error(`start: ${res.status}`);
  }

  override request(method: string, path: string, body?: unknown, token = this.token): Promise<Response> {
    const headers: Record<string, string> = { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) };
    return hostFetch(`${this.baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), host: this.host });
  }

  /** Says `text`; the bot's replies as one text. */
  async tell(text: string, extra: Record<string, unknown> = {}): Promise<string> {
    const res = await this.say(text, extra);
    if (res.status !== 200) throw new Error(`say "${text}": ${res.status} ${await res.text()}`);
    return (await this.botReplies()).map((a) => a.text ?? '').join('\n');
  }
}
