// kill -9 of the server in the middle of intakes, then a restart on the same database: every seeker
// resumes at the question they were at, and every message they sent is in the transcript once.
import { expect } from 'chai';
import { createDb } from '../../src/db/client';
import { bothProviders } from '../helpers/databases';
import { DirectLineClient } from '../helpers/directLine';
import { spawnServer } from '../helpers/serverProcess';

const FIRST = ['Ik zoek werk', 'ja', 'ww', 'tot 1 september'];

for (const { name, make } of bothProviders) {
  describe(`kill -9 mid-intake, then restart (${name})`, function () {
    this.timeout(120_000);

    it('every seeker resumes at their question; every message is in the transcript exactly once', async () => {
      const database = await make();
      const env = { DATABASE_URL: database.url, DIRECTLINE_TOKENS_PER_MINUTE: '1000', DIRECTLINE_REQUESTS_PER_MINUTE: '100000' };
      let server = await spawnServer(env);
      try {
        const seekers = await Promise.all(Array.from({ length: 5 }, () => new DirectLineClient(server.url).generate()));
        await Promise.all(seekers.map((s) => s.start()));
        // Each seeker gets a little further than the one before: 1..4 answers.
        await Promise.all(seekers.map(async (s, i) => {
          for (const text of FIRST.slice(0, Math.min(i + 1, FIRST.length))) expect((await s.say(text)).status).to.equal(200);
          await s.poll();
        }));
        await server.stop('SIGKILL');

        server = await spawnServer(env);
        const retry = ['ja', 'ww', 'tot 1 september', '1500 euro', '1500 euro'];
        for (const [i, s] of seekers.entries()) {
          const resumed = new DirectLineClient(server.url, s.userId);
          Object.assign(resumed, { token: s.token, conversationId: s.conversationId, watermark: s.watermark });
          // The answer to the question they were at is understood as such.
          expect((await resumed.say(retry[i])).status).to.equal(200);
          const reply = (await resumed.botReplies()).map((a) => a.text).join('\n');
          expect(reply, `seeker ${i}`).to.not.match(/Ik ben Werkloket/);
          if (i >= 3) expect(reply, `seeker ${i}`).to.match(/Stap 2 van 4/);
          else expect(reply, `seeker ${i}`).to.match(i === 0 ? /Stap 1 van 4/ : i === 1 ? /Tot wanneer/ : /tot 1 september/);
        }
      } finally {
        await server.stop('SIGKILL');
      }
      const db = createDb(database.url);
      try {
        const incoming = await db.transcriptEntry.findMany({ where: { direction: 'in' }, select: { conversationId: true, activityId: true, text: true } });
        const keys = incoming.map((e) => `${e.conversationId}|${e.activityId}`);
        expect(new Set(keys).size).to.equal(keys.length);
        // 1+2+3+4+4 answers before the kill, one each after it.
        expect(incoming.length).to.equal(1 + 2 + 3 + 4 + 4 + 5);
      } finally {
        await db.$disconnect();
        await database.drop();
      }
    });
  });
}
