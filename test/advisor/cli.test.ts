import { expect } from 'chai';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { Readable } from 'node:stream';
import { hashToken } from '../../src/advisor/auth';
import { advisorCreate } from '../../src/cli/advisorCreate';
import { useTestApp } from '../helpers/app';
import { bothProviders } from '../helpers/databases';
import { ALWAYS_OPEN, AdvisorClient, createAdvisor, sessionFor, waitUntil } from './helpers';

const ROOT = path.resolve(__dirname, '..', '..');

/** The command in this process (fast), the password on stdin. */
async function cli(databaseUrl: string, args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await advisorCreate(args, { stdin: Readable.from([stdin]), log: (l) => (out += `${l}\n`), error: (l) => (err += `${l}\n`), env: { DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' } });
  return { code, out, err };
}

/** `npm run advisor:create -- …args` as the operator runs it. */
function npmRun(databaseUrl: string, args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'advisor:create', '--', ...args], { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, out, err }));
    child.stdin.end(stdin);
  });
}

for (const { name, make } of bothProviders) {
  describe(`npm run advisor:create (${name})`, function () {
    this.timeout(120_000);
    // A long heartbeat on PostgreSQL: the CLI's bus notice must end the stream; SQLite relies on the heartbeat.
    const server = useTestApp(make, { ...ALWAYS_OPEN, ADVISOR_HEARTBEAT_SECONDS: name === 'postgresql' ? '300' : '0.3' });

    it('creates an admin in a team; refuses an existing address without a change flag', async () => {
      const email = `cli-${name}@werkcentrum.example`;
      const created = await (name === 'sqlite' ? npmRun : cli)(server.database.url, ['--email', email, '--name', 'Cli Admin', '--role', 'admin', '--team', 'Noord'], 'een lang genoeg wachtwoord\n');
      expect(created.code, created.err).to.equal(0);
      expect(created.out).to.include('Admin created: Cli Admin');
      const row = await server.app.db.advisor.findUniqueOrThrow({ where: { email } });
      expect(row).to.include({ name: 'Cli Admin', role: 'admin', team: 'Noord', disabledAt: null });
      expect(row.passwordHash).to.match(/^scrypt\$131072\$8\$1\$/);
      const again = await cli(server.database.url, ['--email', email, '--name', 'Cli Admin'], 'een lang genoeg wachtwoord\n');
      expect(again.code).to.equal(1);
      if (name === 'sqlite') {
        expect((await cli(server.database.url, ['--email', email, '--role', 'root'])).code).to.equal(2);
        expect((await cli(server.database.url, ['--email', email, '--disable', '--enable'])).code).to.equal(2);
      }
      const audit = await server.app.db.auditEntry.findMany({ where: { action: 'advisor.create', detail: { contains: email } } });
      expect(audit.map((a) => [a.actorId, a.actorName])).to.deep.equal([[null, 'operator (CLI)']]);
    });

    it('creates a werkgeversadviseur, who may then work on bemiddeling', async () => {
      const email = `cli-wa-${name}@werkcentrum.example`;
      const created = await cli(server.database.url, ['--email', email, '--name', 'Wil Werkgever', '--role', 'werkgeversadviseur'], 'een lang genoeg wachtwoord\n');
      expect(created.code, created.err).to.equal(0);
      expect(created.out).to.include('Werkgeversadviseur created: Wil Werkgever');
      const client = new AdvisorClient(server.app.url);
      expect((await client.login(email, 'een lang genoeg wachtwoord')).status).to.equal(200);
      expect((await client.request('GET', '/advisor/api/vacancies')).status).to.equal(200);
      expect((await client.request('GET', '/advisor/api/admin/advisors')).status).to.equal(403);
    });

    it('--reset ends every session of the account and its live streams', async () => {
      const advisor = await createAdvisor(server.app.db, 'Reset');
      const tokens = [await sessionFor(server.app.db, advisor.id), await sessionFor(server.app.db, advisor.id)];
      const stream = await AdvisorClient.withToken(server.app.url, tokens[0]).events();
      await stream.ready;
      const res = await cli(server.database.url, ['--email', advisor.email, '--reset'], 'het nieuwe wachtwoord\n');
      expect(res.code, res.err).to.equal(0);
      expect(await server.app.db.advisorSession.count({ where: { id: { in: tokens.map(hashToken) } } })).to.equal(0);
      await waitUntil(() => stream.ended, 5_000, 'the stream to end');
      expect((await AdvisorClient.withToken(server.app.url, tokens[1]).request('GET', '/advisor/api/me')).status).to.equal(401);
      expect((await new AdvisorClient(server.app.url).login(advisor.email, 'het nieuwe wachtwoord')).status).to.equal(200);
    });

    it('--disable refuses the log-in like a wrong password and ends the sessions; --enable; --team and --role change', async () => {
      const advisor = await createAdvisor(server.app.db, 'Dis');
      const token = await sessionFor(server.app.db, advisor.id);
      const stream = await AdvisorClient.withToken(server.app.url, token).events();
      await stream.ready;
      expect((await cli(server.database.url, ['--email', advisor.email, '--disable'])).code).to.equal(0);
      await waitUntil(() => stream.ended, 5_000, 'the stream to end');
      expect(await server.app.db.advisorSession.count({ where: { advisorId: advisor.id } })).to.equal(0);
      const refused = await new AdvisorClient(server.app.url).login(advisor.email);
      expect([refused.status, ((await refused.json()) as { error: { code: string } }).error.code]).to.deep.equal([401, 'INVALID_CREDENTIALS']);
      const res = await cli(server.database.url, ['--email', advisor.email, '--enable', '--team', 'Zuid', '--role', 'admin']);
      expect(res.code, res.err).to.equal(0);
      expect(await server.app.db.advisor.findUniqueOrThrow({ where: { id: advisor.id } })).to.include({ disabledAt: null, team: 'Zuid', role: 'admin' });
      expect((await cli(server.database.url, ['--email', advisor.email, '--team', ''])).code).to.equal(0);
      expect((await server.app.db.advisor.findUniqueOrThrow({ where: { id: advisor.id } })).team).to.equal(null);
      expect((await new AdvisorClient(server.app.url).login(advisor.email)).status).to.equal(200);
      const actions = (await server.app.db.auditEntry.findMany({ where: { detail: { contains: advisor.id } }, orderBy: { id: 'asc' } })).map((a) => a.action);
      expect(actions).to.deep.equal(['advisor.disable', 'advisor.enable', 'advisor.update']);
    });
  });
}
