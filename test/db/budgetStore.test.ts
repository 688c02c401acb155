// BudgetStore on both databases: one open application per seeker and scheme, a grant within the
// budget and one over it (BUDGET_EXHAUSTED's 'exhausted'), the limits per person and cost, refuse
// needs a reason, paid never above granted, spending per month, and an erased seeker's application
// goes while the ledger stays. On PostgreSQL: two advisors on two connections grant the last euros
// at once, twenty times → exactly one wins each time and granted never exceeds the total.
import { expect } from 'chai';
import { createDb, type Db } from '../../src/db/client';
import { migrate } from '../../src/db/migrate';
import { BudgetStore } from '../../src/db/budgetStore';
import { SeekerStore } from '../../src/db/seekerStore';
import type { SchemeCatalog, SchemeFacts } from '../../src/budget/ledger';
import { bothProviders, type TestDatabase } from '../helpers/databases';

const TZ = 'Europe/Amsterdam';
const anna = { id: 'a1', name: 'Anna' };
const bram = { id: 'b1', name: 'Bram' };
const answers = (costEuros: number) => ({ training: 'Heftruckcertificaat', provider: 'Opleider Midden', costEuros, start: '1 maart' });

/** Any scheme id: "race-7" is a scheme of 1.000 euro a year, 1.000 per person; "scholing" 10.000 and 2.500. */
const catalog: SchemeCatalog = {
  scheme(regionId, schemeId): SchemeFacts | undefined {
    if (regionId !== 'midden-utrecht') return undefined;
    if (schemeId === 'scholing') return { title: { nl: 'Regionaal scholingsbudget', en: 'Regional training budget' }, maxPerPersonCents: 250_000, totalPerYearCents: 1_000_000 };
    if (/^(race|small)-\d+$/.test(schemeId)) return { title: { nl: schemeId, en: schemeId }, maxPerPersonCents: 100_000, totalPerYearCents: 100_000 };
    return undefined;
  },
  all: () => [{ regionId: 'midden-utrecht', schemeId: 'scholing' }],
};

for (const { name, make } of bothProviders) {
  describe(`BudgetStore (${name})`, function () {
    this.timeout(120_000);
    let database: TestDatabase;
    let db: Db;
    let store: BudgetStore;
    let n = 0;
    const seeker = async () => (await db.seeker.create({ data: { channel: 'directline', userKey: `u-${++n}-${name}` } })).id;
    const application = async (schemeId: string, costEuros: number) => store.apply({ seekerId: await seeker(), regionId: 'midden-utrecht', schemeId, data: answers(costEuros) });

    before(async () => {
      database = await make();
      await migrate(database.url);
      db = createDb(database.url);
      store = new BudgetStore(db, catalog, TZ);
    });
    after(async () => {
      await db.$disconnect();
      await database.drop();
    });

    it('keeps one open application per seeker and scheme, in cents, and refuses an unknown scheme', async () => {
      const s = await seeker();
      const input = { seekerId: s, regionId: 'midden-utrecht', schemeId: 'scholing', data: answers(1250.5) };
      const [a, b] = await Promise.all([store.apply(input), store.apply(input)]);
      expect(a.id).to.equal(b.id);
      expect(await db.budgetApplication.count({ where: { seekerId: s } })).to.equal(1);
      expect((await store.application(a.id))).to.deep.include({ costCents: 125_050, status: 'requested', paidCents: 0, grantedCents: null });
      expect(await store.openFor(s)).to.deep.equal([{ id: a.id, schemeId: 'scholing', status: 'requested' }]);
      await expectRejected(store.apply({ ...input, schemeId: 'onbekend' }));
      await expectRejected(store.apply({ ...input, data: { ...input.data, costEuros: -5 } }));
      // Refused: no longer open, so a new application may follow.
      expect(await store.refuse(a.id, 'past niet', anna)).to.have.property('status', 'refused');
      expect(await store.openFor(s)).to.deep.equal([]);
      expect((await store.apply(input)).id).not.to.equal(a.id);
    });

    it('grants within the budget, books it on this year with a ledger entry, and refuses a second decision', async () => {
      const now = new Date('2026-12-02T10:00:00Z');
      const { id } = await application('scholing', 2000);
      const granted = await store.grant(id, 150_000, anna, now);
      expect(granted).to.deep.include({ status: 'granted', grantedCents: 150_000, decidedBy: 'Anna' });
      const budget = await store.budget('midden-utrecht', 'scholing', 2026);
      expect(budget).to.deep.include({ totalCents: 1_000_000, grantedCents: 150_000, paidCents: 0 });
      expect((await store.ledgerOf(id)).map((e) => [e.kind, e.amountCents, e.month, e.actor])).to.deep.equal([['grant', 150_000, '2026-12', 'Anna']]);
      expect(await store.grant(id, 1000, bram, now)).to.equal('already-decided');
      expect(await store.refuse(id, 'toch niet', bram, now)).to.equal('already-decided');
      expect(await store.grant('nope', 1000, bram, now)).to.equal('not-found');
    });

    it('never grants above the cost or the maximum per person', async () => {
      const cheap = await application('scholing', 800);
      expect(await store.grant(cheap.id, 80_001, anna)).to.equal('too-high');
      const dear = await application('scholing', 4000);
      expect(await store.grant(dear.id, 250_001, anna)).to.equal('too-high');
      expect(await store.grant(dear.id, 250_000, anna)).to.have.property('grantedCents', 250_000);
      expect((await store.application(cheap.id))!.status).to.equal('requested');
    });

    it('refuses a grant over the budget: the application stays requested, nothing is booked', async () => {
      const now = new Date('2026-06-15T10:00:00Z');
      const first = await application('small-1', 900);
      const second = await application('small-1', 200);
      expect(await store.grant(first.id, 90_000, anna, now)).to.have.property('status', 'granted');
      expect(await store.grant(second.id, 10_001, anna, now)).to.equal('exhausted');
      expect((await store.application(second.id))!).to.deep.include({ status: 'requested', grantedCents: null, decidedBy: null });
      expect(await store.budget('midden-utrecht', 'small-1', 2026)).to.deep.include({ grantedCents: 90_000 });
      expect(await store.ledgerOf(second.id)).to.deep.equal([]);
      expect(await store.grant(second.id, 10_000, anna, now), 'the last euros exactly').to.have.property('status', 'granted');
      expect(await store.budget('midden-utrecht', 'small-1', 2026)).to.deep.include({ grantedCents: 100_000 });
    });

    it('a refusal needs a reason and keeps it', async () => {
      const { id } = await application('scholing', 500);
      expect(await store.refuse(id, '   ', anna)).to.equal('needs-reason');
      expect((await store.application(id))!.status).to.equal('requested');
      expect(await store.refuse(id, ' Deze opleiding valt niet onder de regeling. ', anna)).to.deep.include({ status: 'refused', reason: 'Deze opleiding valt niet onder de regeling.', decidedBy: 'Anna' });
      expect(await store.refuse('nope', 'x', anna)).to.equal('not-found');
    });

    it('pays at most what was granted; paid in full is "paid"; payments go on the grant\'s budget', async () => {
      const { id } = await application('scholing', 1000);
      expect(await store.pay(id, 100, anna)).to.equal('not-granted');
      await store.grant(id, 100_000, anna, new Date('2026-12-20T10:00:00Z'));
      expect(await store.pay(id, 100_001, anna)).to.equal('too-high');
      expect(await store.pay(id, 40_000, anna, new Date('2027-01-10T10:00:00Z'))).to.deep.include({ status: 'granted', paidCents: 40_000 });
      // Two payments of the rest at once: one goes through.
      const both = await Promise.all([store.pay(id, 60_000, anna, new Date('2027-01-11T10:00:00Z')), store.pay(id, 60_000, bram, new Date('2027-01-11T10:00:00Z'))]);
      expect(both.filter((r) => typeof r === 'object')).to.have.length(1);
      expect((await store.application(id))!).to.deep.include({ status: 'paid', paidCents: 100_000 });
      expect(await store.pay(id, 1, anna)).to.equal('not-granted');
      const ledger = (await store.ledgerOf(id)).map((e) => [e.kind, e.amountCents, e.month]);
      expect(ledger).to.deep.equal([['grant', 100_000, '2026-12'], ['pay', 40_000, '2027-01'], ['pay', 60_000, '2027-01']]);
      expect(new Set((await store.ledgerOf(id)).map((e) => e.budgetId)).size, 'one budget row: the 2026 one').to.equal(1);
    });

    it('withdrawing gives the euros not paid yet back to the budget (a release), once', async () => {
      const { id } = await application('small-4', 1000);
      await store.grant(id, 100_000, anna, new Date('2026-03-01T10:00:00Z'));
      await store.pay(id, 40_000, anna, new Date('2026-03-02T10:00:00Z'));
      expect(await store.withdraw(id, ' ', anna)).to.equal('needs-reason');
      const withdrawn = await store.withdraw(id, 'Gestopt met de opleiding', bram, new Date('2026-04-01T10:00:00Z'));
      expect(withdrawn).to.deep.include({ status: 'withdrawn', grantedCents: 100_000, paidCents: 40_000, reason: 'Gestopt met de opleiding' });
      expect(await store.budget('midden-utrecht', 'small-4', 2026)).to.deep.include({ grantedCents: 40_000, paidCents: 40_000 });
      expect((await store.ledgerOf(id)).map((e) => [e.kind, e.amountCents, e.month])).to.deep.equal([['grant', 100_000, '2026-03'], ['pay', 40_000, '2026-03'], ['release', 60_000, '2026-04']]);
      expect(await store.withdraw(id, 'nog eens', bram)).to.equal('already-decided');
      expect(await store.pay(id, 1, anna)).to.equal('not-granted');
      const months = (await store.spending(new Date('2026-04-30T10:00:00Z'), { regionId: 'midden-utrecht' })).find((r) => r.schemeId === 'small-4')!.months.slice(-2);
      expect(months).to.deep.equal([
        { month: '2026-03', grantedCents: 100_000, paidCents: 40_000, remainingCents: 0 },
        { month: '2026-04', grantedCents: -60_000, paidCents: 0, remainingCents: 60_000 },
      ]);
      const requested = await application('small-4', 200);
      expect(await store.withdraw(requested.id, 'Zelf ingetrokken', anna)).to.have.property('status', 'withdrawn');
      expect(await store.ledgerOf(requested.id)).to.deep.equal([]);
    });

    it('spending per month: granted, paid, remaining per scheme, and schemes without grants', async () => {
      const now = new Date('2026-12-31T12:00:00Z');
      const { id } = await application('small-2', 300);
      await store.grant(id, 30_000, anna, new Date('2026-11-03T10:00:00Z'));
      await store.pay(id, 10_000, anna, new Date('2026-12-01T10:00:00Z'));
      const rows = await store.spending(now, { regionId: 'midden-utrecht' });
      const small = rows.find((r) => r.schemeId === 'small-2')!;
      expect(small).to.deep.include({ year: 2026, totalCents: 100_000, grantedCents: 30_000, paidCents: 10_000, remainingCents: 70_000 });
      expect(small.months).to.have.length(12);
      expect(small.months.slice(-3)).to.deep.equal([
        { month: '2026-10', grantedCents: 0, paidCents: 0, remainingCents: 100_000 },
        { month: '2026-11', grantedCents: 30_000, paidCents: 0, remainingCents: 70_000 },
        { month: '2026-12', grantedCents: 0, paidCents: 10_000, remainingCents: 70_000 },
      ]);
      expect(small.months[0].month).to.equal('2026-01');
      const scholing = rows.find((r) => r.schemeId === 'scholing')!;
      expect(scholing.title).to.deep.equal({ nl: 'Regionaal scholingsbudget', en: 'Regional training budget' });
      expect(scholing.grantedCents + scholing.remainingCents).to.equal(scholing.totalCents);
    });

    it("an erased seeker's application goes; the ledger and the budget keep the euros", async () => {
      const keys = new SeekerStore(db, 'test-secret');
      const who = { channel: 'directline', userId: `erase-${name}`, conversationId: `c-erase-${name}` };
      const seekerId = (await db.seeker.create({ data: { channel: 'directline', userKey: keys.userKey(who.channel, who.userId) } })).id;
      const { id } = await store.apply({ seekerId, regionId: 'midden-utrecht', schemeId: 'small-3', data: answers(500) });
      await store.grant(id, 50_000, anna, new Date('2026-05-05T10:00:00Z'));
      await keys.erase(who);
      expect(await store.application(id)).to.equal(undefined);
      const entries = await db.budgetLedgerEntry.findMany({ where: { budget: { schemeId: 'small-3' } } });
      expect(entries.map((e) => [e.kind, e.amountCents, e.applicationId])).to.deep.equal([['grant', 50_000, null]]);
      expect(await store.budget('midden-utrecht', 'small-3', 2026)).to.deep.include({ grantedCents: 50_000 });
    });

    if (name === 'postgresql') {
      it('two advisors on two connections grant the last euros at once: exactly one wins, twenty times over', async () => {
        const other = createDb(database.url);
        const second = new BudgetStore(other, catalog, TZ);
        const now = new Date('2026-09-09T09:00:00Z');
        try {
          for (let round = 0; round < 20; round++) {
            const schemeId = `race-${round}`;
            // Even rounds: 900 of 1.000 granted first, then 100 each; odd rounds: a fresh budget (its row created in the race), 600 each.
            const ask = round % 2 === 0 ? 10_000 : 60_000;
            if (round % 2 === 0) await store.grant((await application(schemeId, 900)).id, 90_000, anna, now);
            const [a, b] = [await application(schemeId, ask / 100), await application(schemeId, ask / 100)];
            const results = await Promise.all([store.grant(a.id, ask, anna, now), second.grant(b.id, ask, bram, now)]);
            expect(results.filter((r) => typeof r === 'object'), `round ${round}`).to.have.length(1);
            expect(results.filter((r) => r === 'exhausted'), `round ${round}`).to.have.length(1);
            const budget = await db.schemeBudget.findUniqueOrThrow({ where: { regionId_schemeId_year: { regionId: 'midden-utrecht', schemeId, year: 2026 } } });
            expect(budget.grantedCents, `round ${round}`).to.be.at.most(budget.totalCents);
            const ledger = await db.budgetLedgerEntry.aggregate({ where: { budgetId: budget.id, kind: 'grant' }, _sum: { amountCents: true } });
            expect(ledger._sum.amountCents, `round ${round}: ledger = budget`).to.equal(budget.grantedCents);
          }
          // And the same application granted by both at once: one decision.
          const { id } = await application('scholing', 100);
          const same = await Promise.all([store.grant(id, 10_000, anna, now), second.grant(id, 10_000, bram, now)]);
          expect(same.filter((r) => r === 'already-decided')).to.have.length(1);
          expect(await db.budgetLedgerEntry.count({ where: { applicationId: id } })).to.equal(1);
        } finally {
          await other.$disconnect();
        }
      });
    }
  });
}

async function expectRejected(promise: Promise<unknown>): Promise<void> {
  let failed = false;
  await promise.catch(() => (failed = true));
  expect(failed, 'expected a rejection').to.equal(true);
}
