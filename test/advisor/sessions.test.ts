import { expect } from 'chai';
import { hashToken } from '../../src/advisor/auth';
import { useTestApp, useTwoTestApps } from '../helpers/app';
import { bothProviders, postgresDatabase } from '../helpers/databases';
import { ALWAYS_OPEN, AdvisorClient, createAdvisor, sessionFor, waitUntil } from './helpers';

for (const { name, make } of bothProviders) {
  describe(`the console's live stream ends with its session (${name})`, function () {
    this.timeout(30_000);
    const server = useTestApp(make, { ...ALWAYS_OPEN, ADVISOR_HEARTBEAT_SECONDS: '0.3' });
    const open = async () => {
      const advisor = await createAdvisor(server.app.db, 'Stream');
      const token = await sessionFor(server.app.db, advisor.id);
      const client = AdvisorClient.withToken(server.app.url, token);
      const stream = await client.events();
      await stream.ready;
      return { advisor, token, client, stream };
    };

    it('at logout', async () => {
      const { client, stream } = await open();
      await client.json('POST', '/advisor/api/logout');
      await waitUntil(() => stream.ended, 2_000, 'the stream to end');
      expect(stream.frames.at(-1)).to.equal('session-ended');
    });

    it('when the session expires, or was deleted behind the server’s back (heartbeat check)', async () => {
      const a = await open();
      const b = await open();
      const keep = await open();
      await server.app.db.advisorSession.update({ where: { id: hashToken(a.token) }, data: { expiresAt: new Date(Date.now() - 1000) } });
      await server.app.db.advisorSession.delete({ where: { id: hashToken(b.token) } });
      await waitUntil(() => a.stream.ended && b.stream.ended, 5_000, 'both streams to end');
      expect(keep.stream.ended).to.equal(false);
      keep.stream.close();
    });

    it('when the account is disabled in the database', async () => {
      const { advisor, stream } = await open();
      await server.app.db.advisor.update({ where: { id: advisor.id }, data: { disabledAt: new Date() } });
      await waitUntil(() => stream.ended, 5_000, 'the stream to end');
    });
  });
}

describe('two instances: a logout on B ends the stream on A at once (bus)', function () {
  this.timeout(30_000);
  // A long heartbeat on A: only the bus can end the stream within the test's time.
  const two = useTwoTestApps(postgresDatabase, { ...ALWAYS_OPEN, ADVISOR_HEARTBEAT_SECONDS: '300' }, ALWAYS_OPEN);

  it('ends the stream', async () => {
    const advisor = await createAdvisor(two.a.db, 'Twee');
    const token = await sessionFor(two.a.db, advisor.id);
    const stream = await AdvisorClient.withToken(two.a.url, token).events();
    await stream.ready;
    await AdvisorClient.withToken(two.b.url, token).json('POST', '/advisor/api/logout');
    await waitUntil(() => stream.ended, 3_000, 'the stream on A to end');
  });
});
