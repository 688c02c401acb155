// The regional budget in the console (issue 18): seekers' applications for a region's own schemes
// (every advisor reads them), grant / refuse with a reason / pay (budgetbeheerders and admins), and
// the budget per scheme and month. Every decision is in the audit log (ids and amounts, never the
// reason: the audit log outlives an erase); the seeker hears a grant or refusal on their channel.
import type { Server } from 'restify';
import { z } from 'zod';
import { ApiError, type ErrorCode } from '../errors';
import { euroText, grantLimit, MAX_CENTS, toCents, yearOf, ApplicationStatusSchema } from '../budget/ledger';
import type { ApplicationRow, GrantRefusal, PayRefusal, RefuseRefusal, WithdrawRefusal } from '../db/budgetStore';
import { pseudonym } from '../mediation/pseudonym';
import { maskPii } from '../language';
import type { SessionAdvisor } from './auth';
import { budgetManagerOnly, budgetRegionsOf, checkRegion, type BudgetRouteDeps } from './budgetGate';
import { notifyDecision } from './budgetNotices';
import { API, parse } from './http';

const Id = z.string().min(1).max(100);
const ListSchema = z.object({ status: ApplicationStatusSchema.optional(), regionId: Id.optional(), schemeId: Id.optional() });
const AmountSchema = z.object({ amountEuros: z.number().finite().positive().max(MAX_CENTS / 100) });
const ReasonSchema = z.object({ reason: z.string().max(1000).default('') });
const BudgetsSchema = z.object({ regionId: Id.optional(), months: z.coerce.number().int().min(1).max(36).default(12) });

type Refusal = GrantRefusal | PayRefusal | RefuseRefusal | WithdrawRefusal;
const REFUSALS: Record<Refusal, ErrorCode> = {
  'not-found': 'NOT_FOUND',
  'already-decided': 'ALREADY_DECIDED',
  'unknown-scheme': 'SCHEME_UNKNOWN',
  'too-high': 'AMOUNT_TOO_HIGH',
  exhausted: 'BUDGET_EXHAUSTED',
  'not-granted': 'NOT_GRANTED',
  'needs-reason': 'REASON_REQUIRED',
};

const actor = (a: SessionAdvisor) => ({ id: a.id, name: a.name });
const about = (a: ApplicationRow) => `application=${a.id} scheme=${a.regionId}/${a.schemeId}`;

function cents(body: unknown): number {
  const amount = toCents(parse(AmountSchema, body, 'Expected {"amountEuros": a positive number, e.g. 1250 or 1250.50}.').amountEuros);
  if (amount <= 0) throw new ApiError('BAD_REQUEST', 'The amount is less than one cent.');
  return amount;
}

export function registerBudgetRoutes(server: Server, deps: BudgetRouteDeps): void {
  const { store, audit } = deps;
  const now = () => deps.now?.() ?? new Date();
  const view = applicationView(deps);
  const refused = (id: string, refusal: Refusal, amount?: number) => refusalError(deps, now(), id, refusal, amount);

  server.get(`${API}/budget/applications/:id`, deps.authed(async (req, _res, advisor) => {
    const application = await store.application(String(req.params.id));
    if (!application) throw new ApiError('NOT_FOUND', 'No such application.');
    checkRegion(deps, advisor, application);
    // The answers are about a person: who read them is in the audit log.
    await audit.write({ actor: actor(advisor), action: 'budget.read', detail: about(application) });
    const [ledger, budget] = await Promise.all([store.ledgerOf(application.id), store.budget(application.regionId, application.schemeId, yearOf(now(), store.timeZone))]);
    return {
      ...view(application),
      ledger: ledger.map((e) => ({ kind: e.kind, amountCents: e.amountCents, month: e.month, actor: e.actor, at: e.at })),
      budget: budget ? { year: budget.year, totalCents: budget.totalCents, grantedCents: budget.grantedCents, paidCents: budget.paidCents, remainingCents: budget.totalCents - budget.grantedCents } : null,
    };
  }, { mutates: false }));

  server.post(`${API}/budget/applications/:id/grant`, budgetManagerOnly(deps, async (req, _res, advisor) => {
    const id = String(req.params.id);
    checkRegion(deps, advisor, await store.application(id));
    const amount = cents(req.body);
    const granted = await store.grant(id, amount, actor(advisor), now());
    if (typeof granted === 'string') return refused(id, granted, amount);
    await audit.write({ actor: actor(advisor), action: 'budget.grant', detail: `${about(granted)} amountCents=${amount}` });
    return { application: view(granted), notified: await notifyDecision(deps, granted, advisor) };
  }));

  server.post(`${API}/budget/applications/:id/refuse`, budgetManagerOnly(deps, async (req, _res, advisor) => {
    const id = String(req.params.id);
    checkRegion(deps, advisor, await store.application(id));
    // Masked like notes (BSN, IBAN, phone …): the reason is stored and sent to the seeker.
    const reason = maskPii(parse(ReasonSchema, req.body, 'Expected {"reason": "…"}.').reason).text;
    const result = await store.refuse(id, reason, actor(advisor), now());
    if (typeof result === 'string') return refused(id, result);
    await audit.write({ actor: actor(advisor), action: 'budget.refuse', detail: `${about(result)} with-reason` });
    return { application: view(result), notified: await notifyDecision(deps, result, advisor) };
  }));

  server.post(`${API}/budget/applications/:id/pay`, budgetManagerOnly(deps, async (req, _res, advisor) => {
    const id = String(req.params.id);
    checkRegion(deps, advisor, await store.application(id));
    const amount = cents(req.body);
    const paid = await store.pay(id, amount, actor(advisor), now());
    if (typeof paid === 'string') return refused(id, paid, amount);
    await audit.write({ actor: actor(advisor), action: 'budget.pay', detail: `${about(paid)} amountCents=${amount}` });
    return { application: view(paid) };
  }));

  server.post(`${API}/budget/applications/:id/withdraw`, budgetManagerOnly(deps, async (req, _res, advisor) => {
    const id = String(req.params.id);
    const before = await store.application(id);
    checkRegion(deps, advisor, before);
    const reason = maskPii(parse(ReasonSchema, req.body, 'Expected {"reason": "…"}.').reason).text;
    const result = await store.withdraw(id, reason, actor(advisor), now());
    if (typeof result === 'string') return refused(id, result === 'needs-reason' ? 'needs-reason' : result);
    const released = before?.status === 'granted' ? (before.grantedCents ?? 0) - before.paidCents : 0;
    await audit.write({ actor: actor(advisor), action: 'budget.withdraw', detail: `${about(result)} releasedCents=${released} with-reason` });
    return { application: view(result) };
  }));

  registerLists(server, deps, view, now);
}

/** The applications and the budget per scheme and month, of the advisor's own regions. */
function registerLists(server: Server, deps: BudgetRouteDeps, view: ReturnType<typeof applicationView>, now: () => Date): void {
  server.get(`${API}/budget/applications`, deps.authed(async (req, _res, advisor) => {
    const filter = parse(ListSchema, req.query ?? {}, 'Expected ?status=requested|granted|refused|paid|withdrawn&regionId=&schemeId=.');
    const mine = budgetRegionsOf(deps, advisor);
    return (await deps.store.applications(filter)).filter((a) => !mine || mine.has(a.regionId)).map(view);
  }, { mutates: false }));

  server.get(`${API}/budget/budgets`, deps.authed(async (req, _res, advisor) => {
    const { regionId, months } = parse(BudgetsSchema, req.query ?? {}, 'Expected ?regionId=&months=1..36.');
    const mine = budgetRegionsOf(deps, advisor);
    return { schemes: (await deps.store.spending(now(), regionId ? { regionId } : {}, months)).filter((s) => !mine || mine.has(s.regionId)) };
  }, { mutates: false }));
}

/** An application as the console shows it: the seeker by pseudonym, the scheme's title and the most one may grant. */
function applicationView(deps: Pick<BudgetRouteDeps, 'schemes'>) {
  return (a: ApplicationRow) => {
    const scheme = deps.schemes.scheme(a.regionId, a.schemeId);
    return {
      id: a.id,
      regionId: a.regionId,
      schemeId: a.schemeId,
      scheme: scheme ? { title: scheme.title, maxPerPersonCents: scheme.maxPerPersonCents } : null,
      seekerId: a.seekerId,
      pseudonym: pseudonym(a.seekerId),
      data: a.data,
      costCents: a.costCents,
      /** The most an advisor may grant: the cost, at most the scheme's maximum per person. */
      maxGrantCents: scheme ? grantLimit(a.costCents, scheme) : null,
      status: a.status,
      grantedCents: a.grantedCents,
      paidCents: a.paidCents,
      reason: a.reason,
      decidedBy: a.decidedBy,
      decidedAt: a.decidedAt,
      createdAt: a.createdAt,
    };
  };
}

/** The store's refusal as a coded error, with the figures the advisor needs to try again. */
async function refusalError(deps: Pick<BudgetRouteDeps, 'store' | 'schemes'>, now: Date, id: string, refusal: Refusal, amount?: number): Promise<never> {
  const code = REFUSALS[refusal];
  const current = await deps.store.application(id);
  if (code === 'NOT_FOUND' || !current) throw new ApiError('NOT_FOUND', 'No such application.');
  if (code === 'REASON_REQUIRED') throw new ApiError(code, 'Give the reason for the refusal: the seeker hears it.');
  if (code === 'BUDGET_EXHAUSTED') {
    const budget = await deps.store.budget(current.regionId, current.schemeId, yearOf(now, deps.store.timeZone));
    throw new ApiError(code, `This year's budget of the scheme has not enough left: ${euroText(budget ? budget.totalCents - budget.grantedCents : 0, 'en')} is left this year; ${euroText(amount ?? 0, 'en')} asked.`);
  }
  if (code === 'AMOUNT_TOO_HIGH' && current.status === 'granted') throw new ApiError(code, `Paid would be more than granted: ${euroText((current.grantedCents ?? 0) - current.paidCents, 'en')} is left to pay.`);
  if (code === 'AMOUNT_TOO_HIGH') {
    const scheme = deps.schemes.scheme(current.regionId, current.schemeId);
    throw new ApiError(code, `At most ${euroText(scheme ? grantLimit(current.costCents, scheme) : current.costCents, 'en')}: the cost, and at most the scheme's maximum per person.`);
  }
  throw new ApiError(code);
}
