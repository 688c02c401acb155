import { expect } from 'chai';
import pg from 'pg';
import { useTestApp } from '../helpers/app';
import { bothProviders } from '../helpers/databases';
import { ALWAYS_OPEN, AdvisorClient, createAdvisor, PASSWORD } from './helpers';

// TRUST_PROXY: the tests speak for several clients through X-Forwarded-For.
const N = 3;
const ENV = { ...ALWAYS_OPEN, TRUST_PROXY: '127.0.0.1', ADVISOR_LOGIN_FAILURES: String(N), ADVISOR_LOGIN_ACCOUNT_FAILURES: '12' };

type Answer = { status: number; body: string; retryAfter: string | null };

for (const { name, make } of bothProviders) {
  describe(`advisor log-in throttling (${name})`, function () {
    this.timeout(60_000);
    const server = useTestApp(make, ENV);
    const from = (client: string) => ({ 'x-forwarded-for': client });
    const attempt = async (email: string, password: string, client: string): Promise<Answer> => {
      const res = await new AdvisorClient(server.app.url).login(email, password, from(client));
      return { status: res.status, body: await res.text(), retryAfter: res.headers.get('retry-after') };
    };
    const burst = (email: string, client: string, count: number) => Promise.all(Array.from({ length: count }, (_, i) => attempt(email, `wrong ${i}`, client)));
    const count = (answers: Answer[], status: number) => answers.filter((a) => a.status === status).length;
    /** A log-in re-hashes at OWASP's cost (about a second a check here): back to the cheap test hash. */
    const loginCheaply = async (advisor: { id: string; email: string; passwordHash: string }, client: string) => {
      expect((await attempt(advisor.email, PASSWORD, client)).status).to.equal(200);
      await server.app.db.advisor.update({ where: { id: advisor.id }, data: { passwordHash: advisor.passwordHash } });
    };

    it(`${N + 5} parallel wrong log-ins: only ${N} are checked against the password, the rest get 429 with Retry-After`, async () => {
      const anna = await createAdvisor(server.app.db, 'Anna');
      const answers = await burst(anna.email, '10.0.0.1', N + 5);
      expect([count(answers, 401), count(answers, 429)]).to.deep.equal([N, 5]);
      for (const a of answers.filter((x) => x.status === 429)) expect(Number(a.retryAfter)).to.be.within(1, 900);
      // The right password from the same client waits too (it is not checked: a guess could be right).
      expect((await attempt(anna.email, PASSWORD, '10.0.0.1')).status).to.equal(429);
      // The advisor elsewhere is not locked out.
      expect((await attempt(anna.email, PASSWORD, '10.0.0.2')).status).to.equal(200);
    });

    it('an unknown address, a wrong password and a disabled account get the same answers', async () => {
      const bram = await createAdvisor(server.app.db, 'Bram');
      const carla = await createAdvisor(server.app.db, 'Carla');
      await server.app.db.advisor.update({ where: { id: carla.id }, data: { disabledAt: new Date() } });
      const known = await burst(bram.email, '10.0.1.1', N + 2);
      const unknown = await burst('nobody@werkcentrum.example', '10.0.1.1', N + 2);
      const disabled = await Promise.all(Array.from({ length: N + 2 }, () => attempt(carla.email, PASSWORD, '10.0.1.1')));
      for (const answers of [known, unknown, disabled]) expect([count(answers, 401), count(answers, 429)]).to.deep.equal([N, 2]);
      const bodies = (status: number) => new Set([...known, ...unknown, ...disabled].filter((a) => a.status === status).map((a) => a.body));
      expect([...bodies(401)]).to.deep.equal([JSON.stringify({ error: { code: 'INVALID_CREDENTIALS', message: 'Wrong e-mail address or password.' } })]);
      expect(bodies(429).size).to.equal(1);
      expect(JSON.parse([...bodies(429)][0]).error.code).to.equal('RATE_LIMITED');
    });

    it('a correct log-in forgets that client’s failures', async () => {
      const dirk = await createAdvisor(server.app.db, 'Dirk');
      for (let i = 0; i < N - 1; i++) expect((await attempt(dirk.email, 'wrong', '10.0.2.1')).status).to.equal(401);
      await loginCheaply(dirk, '10.0.2.1');
      const again = await burst(dirk.email, '10.0.2.1', N + 1);
      expect([count(again, 401), count(again, 429)]).to.deep.equal([N, 1]);
    });

    it('an attacker spread over many clients cannot lock out the advisor at a known client', async () => {
      const eva = await createAdvisor(server.app.db, 'Eva');
      await loginCheaply(eva, '10.0.3.1'); // her usual place
      // 4 attackers × 4 guesses = 16 > the 12 failures an address may get from unknown clients.
      const attacks = (await Promise.all(['10.0.4.1', '10.0.4.2', '10.0.4.3', '10.0.4.4'].map((c) => burst(eva.email, c, 4)))).flat();
      // Her own first log-in (from a client not yet known) counted too: 11 guesses are checked.
      expect(count(attacks, 401)).to.equal(11);
      expect(count(attacks, 429)).to.equal(5);
      expect((await attempt(eva.email, PASSWORD, '10.0.4.5')).status).to.equal(429); // a new client waits
      expect((await attempt(eva.email, PASSWORD, '10.0.3.1')).status).to.equal(200); // Eva does not
    });

    it('re-hashes a hash below OWASP’s parameters at the next successful log-in', async () => {
      const fenna = await createAdvisor(server.app.db, 'Fenna');
      expect(fenna.passwordHash).to.match(/^scrypt\$1024\$8\$1\$/);
      expect((await attempt(fenna.email, PASSWORD, '10.0.5.1')).status).to.equal(200);
      const row = await server.app.db.advisor.findUniqueOrThrow({ where: { id: fenna.id } });
      expect(row.passwordHash).to.match(/^scrypt\$131072\$8\$1\$/);
      expect((await attempt(fenna.email, PASSWORD, '10.0.5.1')).status).to.equal(200);
      expect((await attempt(fenna.email, 'wrong', '10.0.5.1')).status).to.equal(401);
    });

    if (name === 'postgresql') {
      it('the pause doubles with every round (shared counters in the RateLimit table)', async () => {
        const gijs = await createAdvisor(server.app.db, 'Gijs');
        // A known client (it logged in before), so the per-address ceiling does not interfere.
        await loginCheaply(gijs, '10.0.6.1');
        const pauses: number[] = [];
        for (let round = 0; round < 3; round++) {
          const answers = await burst(gijs.email, '10.0.6.1', N + 1);

          expect(answers.map((a) => a.status), `round ${round}`).to.have.members([...Array(N).fill(401), 429]);
          const paused = await attempt(gijs.email, PASSWORD, '10.0.6.1');
          expect(paused.status).to.equal(429);
          pauses.push(Number(paused.retryAfter));
          // The pause is over (as if the time had passed): end it in the shared table.
          await endPauses(server.database.url);
        }
        expect(pauses[0]).to.be.within(55, 60);
        expect(pauses[1]).to.be.within(115, 120);
        expect(pauses[2]).to.be.within(235, 240);
      });
    }
  });
}

async function endPauses(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`UPDATE "RateLimit" SET expire = $1 WHERE key LIKE 'advisor-login-pair:%'`, [Date.now() - 1]);
  } finally {
    await client.end();
  }
}
