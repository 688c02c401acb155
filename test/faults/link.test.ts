// The link between instances (LISTEN/NOTIFY) breaks while another instance delivers: the seeker's
// WebSocket stream still gets every activity, in order, once, from the database when it is back.
import { expect } from 'chai';
import { WebSocket } from 'ws';
import type { App } from '../../src/app';
import { startTestApp } from '../helpers/app';
import { admin, postgresDatabase, type TestDatabase } from '../helpers/databases';
import { DirectLineClient, type Activity } from '../helpers/directLine';

async function waitUntil(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the link between two instances breaks (PostgreSQL)', function () {
  this.timeout(90_000);
  let database: TestDatabase;
  let name: string;
  let a: App;
  let b: App;

  before(async () => {
    database = await postgresDatabase();
    name = new URL(database.url).pathname.slice(1);
    a = await startTestApp(database.url);
    b = await startTestApp(database.url);
  });
  after(async () => {
    await admin((c) => c.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS true`));
    await a?.close();
    await b?.close();
    await database?.drop();
  });

  const health = async (app: App) => {
    const res = await fetch(`${app.url}/healthz`);
    return { code: res.status, ...((await res.json()) as { status: string; database: { status: string }; events: { status: string } }) };
  };

  /**
   * The seeker's stream is on A, its messages go to B. The oldest listening connection is cut
   * (checked: the instance `cut` then reports its link down) and cannot reconnect for a while.
   */
  async function scenario(cut: () => App) {
    const seeker = await new DirectLineClient(a.url).generate();
    const { streamUrl } = await seeker.start();
    expect(streamUrl).to.include(`:${a.port}/`);
    const pushed: Activity[] = [];
    const marks: number[] = [];
    const ws = new WebSocket(streamUrl);
    ws.on('message', (data) => {
      const payload = JSON.parse(String(data)) as { activities: Activity[]; watermark?: string };
      pushed.push(...payload.activities);
      if (payload.watermark) marks.push(Number(payload.watermark));
    });
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    await waitUntil(() => pushed.some((p) => /Ik ben Werkloket/.test(p.text ?? '')), 'the greeting');
    expect((await health(cut())).events.status).to.equal('up');

    // The seeker's page now talks to B (e.g. after a load balancer moved it); its stream stays on A.
    const viaB = Object.assign(new DirectLineClient(b.url, seeker.userId), { token: seeker.token, conversationId: seeker.conversationId });
    try {
      await admin(async (c) => {
        await c.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS false`);
        const { rows } = await c.query(
          `SELECT pid FROM pg_stat_activity WHERE datname = $1 AND application_name = 'werkloket-events' ORDER BY backend_start LIMIT 1`,
          [name],
        );
        expect(rows).to.have.length(1);
        await c.query('SELECT pg_terminate_backend($1)', [rows[0].pid]);
      });
      await waitUntil(async () => (await health(cut())).events.status === 'down', 'the link down');
      const degraded = await health(cut());
      expect(degraded).to.deep.include({ code: 200, status: 'degraded' });
      expect(degraded.database.status).to.equal('up');

      for (const text of ['Ik zoek werk', 'ja']) expect((await viaB.say(text)).status).to.equal(200);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(pushed.map((p) => p.text)).to.not.include('ja'); // missed live
    } finally {
      await admin((c) => c.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS true`));
    }

    await waitUntil(() => pushed.some((p) => /Stap 1 van 7/.test(p.text ?? '')), 'the back-filled replies on A');
    expect((await health(cut())).status).to.equal('ok');
    // Live again: the next message from B reaches the stream on A as it happens.
    expect((await viaB.say('ww')).status).to.equal(200);
    await waitUntil(() => pushed.some((p) => /Tot wanneer/.test(p.text ?? '')), 'a live reply after the link is back');
    ws.close();

    const stored = await a.db.directLineActivity.findMany({ where: { conversationId: seeker.conversationId }, orderBy: { id: 'asc' }, select: { activityId: true } });
    expect(pushed.map((p) => p.id)).to.deep.equal(stored.map((s) => s.activityId));
    expect([...marks].sort((x, y) => x - y)).to.deep.equal(marks);
  }

  it("the stream on A gets what B delivered while A's link was cut: in order, once; /healthz says degraded meanwhile", () => scenario(() => a));

  // A reconnected in the test above, so B's connection is now the oldest.
  it("…and while B's link was cut: B tells the others to back-fill when it is back", () => scenario(() => b));
});
