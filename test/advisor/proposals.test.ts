// Human oversight through the real server (SQLite): an advisor reads why each proposal was made and
// marks one "past niet" with a reason, or undoes it; coded errors, the session and CSRF rules of
// the other chat actions, holder/admin checks, and an audit entry without the reason's text.
import crypto from 'node:crypto';
import { expect } from 'chai';
import type { App } from '../../src/app';
import { useTestApp } from '../helpers/app';
import { sqliteDatabase } from '../helpers/databases';
import { ALWAYS_OPEN, AdvisorClient, createAdvisor, seekerAsksForHuman, sessionFor } from './helpers';

const SOURCE = { url: 'https://www.uwv.nl/nl/scholing', name: 'UWV: scholing met een WW-uitkering' };

/** A seeker with two stored proposals, linked to the conversation that asked for a person. */
async function seekerWithProposals(app: App): Promise<{ handoffId: string; seekerId: string; rows: { id: string; title: string }[] }> {
  const { seeker, handoffId } = await seekerAsksForHuman(app);
  const row = await app.db.seeker.create({ data: { channel: 'directline', userKey: crypto.randomBytes(16).toString('hex') } });
  await app.db.conversation.update({ where: { id: seeker.conversationId }, data: { seekerId: row.id } });
  const proposals = [
    { id: 'job-direction:orderpicker', kind: 'job-direction', title: 'Werken als orderpicker', score: 0.8, reasons: ['Je zei dat je dit werk eerder deed.'] },
    { id: 'instrument:uwv-scholing', kind: 'schooling', title: 'Scholing met WW', score: 0.6, reasons: ['Je hebt WW.'] },
  ];
  for (const p of proposals) {
    await app.db.proposal.create({ data: { seekerId: row.id, kind: p.kind, title: p.title, score: p.score, data: { ...p, provider: 'UWV', nextStep: 'Bel UWV.', sourceLinks: [SOURCE] } } });
  }
  const rows = await app.db.proposal.findMany({ where: { seekerId: row.id }, select: { id: true, title: true }, orderBy: { score: 'desc' } });
  return { handoffId, seekerId: row.id, rows };
}

const fit = (handoffId: string, proposalId: string) => `/advisor/api/handoffs/${handoffId}/proposals/${proposalId}/fit`;

describe('advisor API: proposals marked as not fitting (SQLite)', function () {
  this.timeout(60_000);
  const server = useTestApp(sqliteDatabase, ALWAYS_OPEN);
  const clientFor = async (name: string, role: 'advisor' | 'admin' = 'advisor') => {
    const advisor = await createAdvisor(server.app.db, name, undefined, { role });
    return { advisor, client: AdvisorClient.withToken(server.app.url, await sessionFor(server.app.db, advisor.id)) };
  };
  const codeOf = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;

  it('needs a session (401), JSON (415) from this site (403) and a reason (400)', async () => {
    const { handoffId, rows } = await seekerWithProposals(server.app);
    const anonymous = new AdvisorClient(server.app.url);
    const none = await anonymous.request('POST', fit(handoffId, rows[0].id), { notFitting: true, reason: 'te zwaar werk' });
    expect([none.status, await codeOf(none)]).to.deep.equal([401, 'UNAUTHENTICATED']);
    const { client } = await clientFor('Anna');
    await client.json('POST', `/advisor/api/handoffs/${handoffId}/claim`);
    const form = await client.request('POST', fit(handoffId, rows[0].id), undefined, { 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.status).to.equal(415);
    const foreign = await client.request('POST', fit(handoffId, rows[0].id), { notFitting: true, reason: 'te zwaar werk' }, { origin: 'https://evil.example' });
    expect([foreign.status, await codeOf(foreign)]).to.deep.equal([403, 'FORBIDDEN_ORIGIN']);
    const noReason = await client.request('POST', fit(handoffId, rows[0].id), { notFitting: true });
    expect([noReason.status, await codeOf(noReason)]).to.deep.equal([400, 'BAD_REQUEST']);
    expect(await server.app.db.proposal.count({ where: { notFitting: true } })).to.equal(0);
  });

  it('the holder marks a proposal with a masked reason, the console shows it with the reasons, and can undo it; both are audited', async () => {
    const { handoffId, seekerId, rows } = await seekerWithProposals(server.app);
    const { advisor: anna, client: annaClient } = await clientFor('Anna');
    const { client: bramClient } = await clientFor('Bram');
    const [first] = rows;

    const unclaimed = await annaClient.request('POST', fit(handoffId, first.id), { notFitting: true, reason: 'kan niet tillen' });
    expect([unclaimed.status, await codeOf(unclaimed)]).to.deep.equal([409, 'NOT_CLAIMED']);
    await annaClient.json('POST', `/advisor/api/handoffs/${handoffId}/claim`);
    const notHolder = await bramClient.request('POST', fit(handoffId, first.id), { notFitting: true, reason: 'kan niet tillen' });
    expect([notHolder.status, await codeOf(notHolder)]).to.deep.equal([409, 'NOT_HOLDER']);

    const marked = await annaClient.json('POST', fit(handoffId, first.id), { notFitting: true, reason: 'Orderpicken is te zwaar voor zijn rug; bel 0612345678' });
    expect(marked).to.include({ id: first.id, notFitting: true, markedBy: 'Anna' });
    expect(marked.notFittingReason).to.match(/^Orderpicken is te zwaar voor zijn rug/).and.not.include('0612345678');
    const row = await server.app.db.proposal.findUniqueOrThrow({ where: { id: first.id } });
    expect(row).to.include({ seekerId, notFitting: true, markedBy: 'Anna' });
    expect(row.markedAt).to.be.instanceOf(Date);

    const detail = await annaClient.json('GET', `/advisor/api/handoffs/${handoffId}`);
    const shown = detail.proposals.find((p: { id: string }) => p.id === first.id);
    expect(shown).to.deep.include({ notFitting: true, markedBy: 'Anna', reasons: ['Je zei dat je dit werk eerder deed.'], sourceLinks: [SOURCE] });
    expect(detail.proposals.find((p: { id: string }) => p.id === rows[1].id)).to.include({ notFitting: false });

    const undone = await annaClient.json('POST', fit(handoffId, first.id), { notFitting: false });
    expect(undone).to.deep.equal({ id: first.id, notFitting: false });
    expect(await server.app.db.proposal.findUniqueOrThrow({ where: { id: first.id } })).to.include({ notFitting: false, notFittingReason: null, markedBy: null, markedAt: null });

    const audit = await server.app.db.auditEntry.findMany({ where: { handoffId, action: { startsWith: 'proposal.' } }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => [a.action, a.actorId, a.detail])).to.deep.equal([
      ['proposal.not-fitting', anna.id, `proposal=${first.id}`],
      ['proposal.fitting-again', anna.id, `proposal=${first.id}`],
    ]);
    expect(JSON.stringify(audit)).to.not.include('rug');
  });

  it("another seeker's proposal is not found (404); an admin may mark on a chat held by someone else", async () => {
    const a = await seekerWithProposals(server.app);
    const b = await seekerWithProposals(server.app);
    const { client: anna } = await clientFor('Anna');
    await anna.json('POST', `/advisor/api/handoffs/${a.handoffId}/claim`);
    const other = await anna.request('POST', fit(a.handoffId, b.rows[0].id), { notFitting: true, reason: 'past niet bij haar' });
    expect([other.status, await codeOf(other)]).to.deep.equal([404, 'NOT_FOUND']);
    expect(await server.app.db.proposal.findUniqueOrThrow({ where: { id: b.rows[0].id } })).to.include({ notFitting: false });

    const { client: admin } = await clientFor('Ida', 'admin');
    const byAdmin = await admin.json('POST', fit(a.handoffId, a.rows[1].id), { notFitting: true, reason: 'zij heeft geen WW' });
    expect(byAdmin).to.include({ notFitting: true, markedBy: 'Ida' });
  });
});
