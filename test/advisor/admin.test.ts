import { expect } from 'chai';
import { useTestApp } from '../helpers/app';
import { bothProviders } from '../helpers/databases';
import { ALWAYS_OPEN, AdvisorClient, createAdvisor, sessionFor, waitUntil } from './helpers';

type Account = { id: string; email: string; name: string; role: string; team: string | null; disabled: boolean };
type AuditPage = { entries: { id: number; actorName: string; action: string; handoffId: string | null; detail: string | null }[]; next?: number };

const ADMIN_ENDPOINTS: [string, string][] = [
  ['GET', '/advisor/api/admin/advisors'],
  ['POST', '/advisor/api/admin/advisors'],
  ['POST', '/advisor/api/admin/advisors/x'],
  ['POST', '/advisor/api/admin/advisors/x/password'],
  ['GET', '/advisor/api/admin/audit'],
];

for (const { name, make } of bothProviders) {
  describe(`account management by admins (${name})`, function () {
    this.timeout(90_000);
    const server = useTestApp(make, ALWAYS_OPEN);
    const clientOf = async (advisor: { id: string }) => AdvisorClient.withToken(server.app.url, await sessionFor(server.app.db, advisor.id));

    it('advisors get 403 FORBIDDEN_ROLE on every admin endpoint; without a session 401', async () => {
      const plain = await clientOf(await createAdvisor(server.app.db, 'Plain'));
      for (const [method, path] of ADMIN_ENDPOINTS) {
        const res = await plain.request(method, path, { email: 'x@example.nl', name: 'X' });
        expect(res.status, `${method} ${path}`).to.equal(403);
        expect(((await res.json()) as { error: { code: string } }).error.code).to.equal('FORBIDDEN_ROLE');
        expect((await new AdvisorClient(server.app.url).request(method, path, {})).status).to.equal(401);
      }
      expect(await server.app.db.advisor.count({ where: { email: 'x@example.nl' } })).to.equal(0);
    });

    it('an admin creates an account with a one-time password, sets role and team, disables, enables and resets it; all in the audit log', async () => {
      const adminRow = await createAdvisor(server.app.db, 'Beheer', undefined, { role: 'admin' });
      const admin = await clientOf(adminRow);
      const created = await admin.json<{ advisor: Account; password: string }>('POST', '/advisor/api/admin/advisors', { email: 'Nina@Werkcentrum.example', name: 'Nina', team: 'Noord' });
      expect(created.advisor).to.include({ email: 'nina@werkcentrum.example', name: 'Nina', role: 'advisor', team: 'Noord', disabled: false });
      expect(created.password).to.match(/^[\w]{6}-[\w]{6}-[\w]{6}-[\w]{6}$/);
      const row = await server.app.db.advisor.findUniqueOrThrow({ where: { id: created.advisor.id } });
      expect(row.passwordHash).to.match(/^scrypt\$131072\$8\$1\$/).and.not.include(created.password);
      expect((await admin.request('POST', '/advisor/api/admin/advisors', { email: 'nina@werkcentrum.example', name: 'Nina 2' })).status).to.equal(409);
      expect((await admin.request('POST', '/advisor/api/admin/advisors', { email: 'kort@werkcentrum.example', name: 'Kort', password: 'te kort' })).status).to.equal(400);

      const nina = new AdvisorClient(server.app.url);
      expect((await nina.login('nina@werkcentrum.example', created.password)).status).to.equal(200);
      const stream = await nina.events();
      await stream.ready;

      const changed = await admin.json<Account>('POST', `/advisor/api/admin/advisors/${created.advisor.id}`, { role: 'admin', team: 'Zuid' });
      expect(changed).to.include({ role: 'admin', team: 'Zuid' });
      expect((await nina.json<{ advisor: Account }>('GET', '/advisor/api/me')).advisor).to.include({ role: 'admin', team: 'Zuid' });

      // Disabled: the session and its live stream end, and the log-in answer is that of a wrong password.
      expect(await admin.json<Account>('POST', `/advisor/api/admin/advisors/${created.advisor.id}`, { disabled: true })).to.include({ disabled: true });
      await waitUntil(() => stream.ended, 5_000, 'the stream to end');
      expect(stream.frames).to.include('session-ended');
      expect((await nina.request('GET', '/advisor/api/me')).status).to.equal(401);
      const refused = await new AdvisorClient(server.app.url).login('nina@werkcentrum.example', created.password);
      expect(refused.status).to.equal(401);
      expect(((await refused.json()) as { error: { code: string } }).error.code).to.equal('INVALID_CREDENTIALS');

      await admin.json('POST', `/advisor/api/admin/advisors/${created.advisor.id}`, { disabled: false });
      const again = new AdvisorClient(server.app.url);
      expect((await again.login('nina@werkcentrum.example', created.password)).status).to.equal(200);

      // A typed new password: every session ends, the old password no longer works.
      const reset = await admin.json<{ password?: string }>('POST', `/advisor/api/admin/advisors/${created.advisor.id}/password`, { password: 'een nieuw lang wachtwoord' });
      expect(reset.password).to.equal(undefined);
      expect((await again.request('GET', '/advisor/api/me')).status).to.equal(401);
      expect((await new AdvisorClient(server.app.url).login('nina@werkcentrum.example', created.password)).status).to.equal(401);

      const list = await admin.json<Account[]>('GET', '/advisor/api/admin/advisors');
      expect(list.find((a) => a.id === created.advisor.id)).to.include({ role: 'admin', team: 'Zuid', disabled: false });
      expect(JSON.stringify(list)).to.not.include('scrypt');

      // The audit log, newest first, in pages.
      const first = await admin.json<AuditPage>('GET', '/advisor/api/admin/audit?limit=2');
      expect(first.entries.map((e) => e.action)).to.deep.equal(['advisor.password-reset', 'advisor.enable']);
      expect(first.entries.every((e) => e.actorName === 'Beheer')).to.equal(true);
      const second = await admin.json<AuditPage>('GET', `/advisor/api/admin/audit?limit=3&before=${first.next}`);
      expect(second.entries.map((e) => e.action)).to.deep.equal(['advisor.disable', 'advisor.update', 'advisor.create']);
      expect(second.entries[1].detail).to.include('role=admin').and.include('team=Zuid');
      expect((await admin.request('GET', '/advisor/api/admin/audit?limit=0')).status).to.equal(400);
      expect(JSON.stringify([first, second])).to.not.include(created.password);
    });

    it('an admin cannot disable or demote themselves', async () => {
      const adminRow = await createAdvisor(server.app.db, 'Solo', undefined, { role: 'admin' });
      const admin = await clientOf(adminRow);
      for (const body of [{ disabled: true }, { role: 'advisor' }]) {
        const res = await admin.request('POST', `/advisor/api/admin/advisors/${adminRow.id}`, body);
        expect(res.status).to.equal(409);
        expect(((await res.json()) as { error: { code: string } }).error.code).to.equal('CANNOT_CHANGE_SELF');
      }
      expect((await admin.request('POST', `/advisor/api/admin/advisors/${adminRow.id}`, { team: 'Oost' })).status).to.equal(200);
      expect((await admin.request('POST', `/advisor/api/admin/advisors/nobody`, { team: 'Oost' })).status).to.equal(404);
      expect((await admin.request('POST', `/advisor/api/admin/advisors/${adminRow.id}`, { role: 'root' })).status).to.equal(400);
    });
  });
}
