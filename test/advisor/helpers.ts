// Test helpers for the advisor API: accounts, a cookie-keeping JSON client, the SSE stream, and
// a seeker asking for a person over Direct Line.
import crypto from 'node:crypto';
import type { App } from '../../src/app';
import { hashPassword } from '../../src/advisor/password';
import { hashToken } from '../../src/advisor/auth';
import { SESSION_COOKIE } from '../../src/advisor/cookies';
import type { Db } from '../../src/db/client';
import type { AdvisorRole } from '../../src/db/advisorStore';
import { DirectLineClient, type Activity } from '../helpers/directLine';

/** Every amount of opening hours: tests do not depend on the time of day they run. */
export const ALWAYS_OPEN = { OFFICE_HOURS: 'ma-zo 00:00-24:00', OFFICE_HOLIDAYS: 'none', ADVISOR_LOGINS_PER_MINUTE: '1000' };

export const PASSWORD = 'correct horse battery staple';
/** Test-only: far below OWASP's parameters, so the suite stays fast (the server re-hashes at log-in). */
export const CHEAP_SCRYPT = { N: 2 ** 10, r: 8, p: 1 };
let cachedHash: Promise<string> | undefined;

export async function createAdvisor(db: Db, name: string, email = `${name.toLowerCase()}-${crypto.randomBytes(3).toString('hex')}@werkcentrum.example`, extra: { role?: AdvisorRole; team?: string } = {}) {
  const passwordHash = await (cachedHash ??= hashPassword(PASSWORD, CHEAP_SCRYPT));
  return db.advisor.create({ data: { email, name, passwordHash, ...extra } });
}

/** A session created directly in the database (for many advisors at once, without 50 scrypt log-ins). */
export async function sessionFor(db: Db, advisorId: string): Promise<string> {
  const token = crypto.randomBytes(32).toString('base64url');
  await db.advisorSession.create({ data: { id: hashToken(token), advisorId, expiresAt: new Date(Date.now() + 3600_000) } });
  return token;
}

export class AdvisorClient {
  cookie = '';
  constructor(readonly baseUrl: string) {}

  static withToken(baseUrl: string, token: string): AdvisorClient {
    const client = new AdvisorClient(baseUrl);
    client.cookie = `${SESSION_COOKIE}=${token}`;
    return client;
  }

  async login(email: string, password = PASSWORD, headers: Record<string, string> = {}): Promise<Response> {
    const res = await this.request('POST', '/advisor/api/login', { email, password }, headers);
    const set = res.headers.get('set-cookie');
    if (res.status === 200 && set) this.cookie = set.split(';')[0];
    return res;
  }

  request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { ...(this.cookie ? { cookie: this.cookie } : {}), ...(method === 'GET' ? {} : { 'content-type': 'application/json' }), ...headers },
      body: method === 'GET' ? undefined : JSON.stringify(body ?? {}),
    });
  }

  async json<T = any>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await this.request(method, path, body);
    if (res.status !== 200) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }

  /** Opens the live event stream; collects parsed `handoff` events. */
  async events(): Promise<EventStreamReader> {
    const abort = new AbortController();
    const res = await fetch(`${this.baseUrl}/advisor/api/events`, { headers: { cookie: this.cookie }, signal: abort.signal });
    if (res.status !== 200) throw new Error(`events: ${res.status}`);
    return new EventStreamReader(res, abort);
  }
}

export interface HandoffEventFrame {
  type: string;
  handoffId: string;
  status: string;
  claimedBy?: { id: string; name: string } | null;
}

export class EventStreamReader {
  readonly events: HandoffEventFrame[] = [];
  readonly ready: Promise<void>;
  /** The server ended the stream (names of the frames seen, e.g. "session-ended"). */
  ended = false;
  readonly frames: string[] = [];

  constructor(res: Response, private readonly abort: AbortController) {
    let resolveReady!: () => void;
    this.ready = new Promise((resolve) => (resolveReady = resolve));
    void (async () => {
      const reader = res.body!.getReader();
      const decoder = new TextDecoder();
      let buffer = '';
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) {
            this.ended = true;
            return;
          }
          buffer += decoder.decode(value, { stream: true });
          let cut: number;
          while ((cut = buffer.indexOf('\n\n')) >= 0) {
            const frame = buffer.slice(0, cut);
            buffer = buffer.slice(cut + 2);
            const event = /^event: (.*)$/m.exec(frame)?.[1];
            const data = /^data: (.*)$/m.exec(frame)?.[1];
            if (event) this.frames.push(event);
            if (event === 'ready') resolveReady();
            if (event === 'handoff' && data) this.events.push(JSON.parse(data) as HandoffEventFrame);
          }
        }
      } catch {
        // aborted
      }
    })();
  }

  async waitFor(predicate: (e: HandoffEventFrame) => boolean, what = 'event'): Promise<HandoffEventFrame> {
    let found: HandoffEventFrame | undefined;
    await waitUntil(() => Boolean((found = this.events.find(predicate))), 10_000, what);
    return found!;
  }

  close(): void {
    this.abort.abort();
  }
}

export async function waitUntil(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** A seeker opens the website chat and asks for a person; returns the client and the handoff id. */
export async function seekerAsksForHuman(app: App, text = 'ik wil een mens spreken'): Promise<{ seeker: DirectLineClient; handoffId: string; replies: Activity[] }> {
  const seeker = await new DirectLineClient(app.url).generate();
  await seeker.start();
  await seeker.poll();
  await seeker.say(text);
  let handoffId = '';
  await waitUntil(async () => {
    const row = await app.db.handoff.findFirst({ where: { conversationId: seeker.conversationId } });
    handoffId = row?.id ?? '';
    return Boolean(row);
  }, 10_000, 'a handoff');
  const replies = await seeker.poll();
  return { seeker, handoffId, replies };
}

/** Bot or advisor messages (not the seeker's echo) that arrived since the last poll. */
export async function messagesTo(seeker: DirectLineClient): Promise<Activity[]> {
  return (await seeker.poll()).filter((a) => a.type === 'message' && a.from.id !== seeker.userId);
}
