// GET /advisor/api/follow-ups/outcomes against the real server (issue 18): counts per referral type
// and provider (done, not yet, did not work, asked without an answer), for any signed-in advisor,
// optionally for one region; 401 without a session, 400 for a malformed region; never a seeker.
import { expect } from 'chai';
import { PrismaFollowUpStore } from '../../src/db/followUpStore';
import type { Outcome } from '../../src/followup/ports';
import { useTestApp } from '../helpers/app';
import { sqliteDatabase } from '../helpers/databases';
import { ALWAYS_OPEN, AdvisorClient, createAdvisor } from './helpers';

const PATH = '/advisor/api/follow-ups/outcomes';

describe('follow-up outcomes in the console (HTTP, SQLite)', function () {
  this.timeout(60_000);
  const server = useTestApp(sqliteDatabase, ALWAYS_OPEN);

  /** One seeker's follow-up, asked, and answered when `outcome` is given. */
  async function followUp(n: number, what: { referralType: string; providerName: string; providerId?: string; regionId?: string }, outcome?: Outcome): Promise<void> {
    const { db } = server.app;
    const store = new PrismaFollowUpStore(db);
    const seeker = await db.seeker.create({ data: { channel: 'whatsapp', userKey: `key-${n}-${Math.random()}` } });
    const { id } = await store.schedule({ seekerId: seeker.id, channel: 'whatsapp', subjectId: `s-${n}`, subject: 'Scholing met WW', dueAt: new Date(Date.now() - 1000), ...what });
    expect(await store.markAsked(id)).to.equal(true);
    if (outcome) expect(await store.answer(id, outcome)).to.equal(true);
  }

  it('counts per referral type × provider for a signed-in advisor, per region on request; 401 without a session; 400 for a bad region', async () => {
    const leerwerkloket = { referralType: 'leerwerkloket-scholing', providerName: 'Leerwerkloket Midden-Utrecht', providerId: 'leerwerkloket-mu', regionId: 'midden-utrecht' };
    const uwv = { referralType: 'uwv-proefplaatsing', providerName: 'UWV Utrecht', providerId: 'uwv-utrecht', regionId: 'midden-utrecht' };
    const elsewhere = { referralType: 'uwv-proefplaatsing', providerName: 'UWV Amersfoort', regionId: 'amersfoort' };
    await followUp(1, leerwerkloket, 'done');
    await followUp(2, leerwerkloket, 'done');
    await followUp(3, leerwerkloket, 'failed');
    await followUp(4, leerwerkloket);
    await followUp(5, uwv, 'not-yet');
    await followUp(6, elsewhere, 'failed');
    await followUp(7, { referralType: 'introduction', providerName: 'Werkcentrum' }, 'done');

    const anonymous = new AdvisorClient(server.app.url);
    expect((await anonymous.request('GET', PATH)).status).to.equal(401);

    const ada = await createAdvisor(server.app.db, 'Ada');
    const client = new AdvisorClient(server.app.url);
    expect((await client.login(ada.email)).status).to.equal(200);
    const all = await client.json<{ regionId: string | null; rows: Record<string, unknown>[] }>('GET', PATH);
    expect(all.regionId).to.equal(null);
    expect(all.rows).to.deep.equal([
      { referralType: 'leerwerkloket-scholing', providerId: 'leerwerkloket-mu', providerName: 'Leerwerkloket Midden-Utrecht', done: 2, notYet: 0, failed: 1, askedNoAnswer: 1 },
      { referralType: 'introduction', providerId: null, providerName: 'Werkcentrum', done: 1, notYet: 0, failed: 0, askedNoAnswer: 0 },
      { referralType: 'uwv-proefplaatsing', providerId: null, providerName: 'UWV Amersfoort', done: 0, notYet: 0, failed: 1, askedNoAnswer: 0 },
      { referralType: 'uwv-proefplaatsing', providerId: 'uwv-utrecht', providerName: 'UWV Utrecht', done: 0, notYet: 1, failed: 0, askedNoAnswer: 0 },
    ]);
    expect(JSON.stringify(all), 'counts only: no seeker, no subject').to.not.match(/seeker|key-|Scholing met WW/i);

    const region = await client.json<{ regionId: string; rows: { providerName: string }[] }>('GET', `${PATH}?regionId=midden-utrecht`);
    expect(region.regionId).to.equal('midden-utrecht');
    expect(region.rows.map((r) => r.providerName)).to.deep.equal(['Leerwerkloket Midden-Utrecht', 'UWV Utrecht']);

    const bad = await client.request('GET', `${PATH}?regionId=${encodeURIComponent('Midden Utrecht!')}`);
    expect(bad.status).to.equal(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).to.equal('BAD_REQUEST');
  });
});
