// The advisor API (JSON) under /advisor/api. Every endpoint but login needs a session (401);
// /advisor/api/admin/... needs the admin role as well (adminRoutes.ts).
// State-changing requests must be JSON (a cross-site form cannot send that) and, when the browser
// says where they come from, come from this site; the cookie is SameSite=Strict as well.
import { maskedPhone } from '../channels/whatsapp/phone';
import type { Request, Response, Server } from 'restify';
import { ApiError } from '../errors';
import { isHttps } from '../channels/http';
import { clientAddress, type TrustedProxies } from '../clientAddress';
import type { AuditStore } from '../db/auditStore';
import type { ProposalOversight } from '../db/seekerStore';
import { maskPii } from '../language';
import { ListQuerySchema, OutcomeBodySchema, TextBodySchema, priorityName, type Handoff, type HandoffService } from '../handoff';
import type { AccountService } from './accounts';
import { registerAdminRoutes } from './adminRoutes';
import type { BudgetDeps } from './budgetGate';
import { registerBudgetRoutes } from './budgetRoutes';
import { AdvisorAuth, hashToken, LoginBodySchema, type SessionAdvisor } from './auth';
import { clearedCookie, readCookie, SESSION_COOKIE, sessionCookie } from './cookies';
import type { AdvisorEventStream } from './events';
import { API, API_HEADERS, authed as gated, checkRequestOrigin, parse, run, type Handler } from './http';
import { registerFollowUpRoutes, type FollowUpOutcomes } from './followUpRoutes';
import { registerMediationRoutes, type MediationDeps } from './mediationRoutes';
import { markView, registerProposalRoutes } from './proposalRoutes';
import { profileView } from './profileView';
import { hasUnfilledPart } from './snippets';
import { registerSnippetRoutes } from './snippetRoutes';
import type { SnippetStore } from '../db/snippetStore';
import { ThrottledError } from './throttle';
import { registerTypingRoute } from './typingRoutes';
import { regionName, regionsOfReader, type RegionChoice, type RegionName } from '../regionChoice';

export { API_HEADERS } from './http';

export interface AdvisorRouteDeps {
  auth: AdvisorAuth;
  handoffs: HandoffService;
  events: AdvisorEventStream;
  accounts: AccountService;
  audit: AuditStore;
  /** The advisor's "past niet" on a seeker's proposals. */
  oversight: ProposalOversight;
  publicUrl?: string;
  trustedProxies: TrustedProxies;
  /** Canned answers, and the organisation's name for their {organisatie} placeholder. */
  snippets: SnippetStore;
  organisationName: string;
  /** Start of today in the operator's time zone (for the dashboard). */
  dayStart: () => Date;
  /** Bemiddeling (vacancies, candidates, introductions, groups); absent: those routes are not served. */
  mediation?: MediationDeps;
  /** The regions of this installation: which of them an advisor's team works (the console shows their names). */
  regions?: RegionChoice;
  /** Follow-up outcomes per referral type and provider (issue 18); absent: not served. */
  followUps?: FollowUpOutcomes;
  /** The regional budget (applications, grant / refuse / pay, spending); absent: those routes are not served. */
  budget?: BudgetDeps;
}

// Notes and outcomes are masked like the transcript (BSN, IBAN, phone, e-mail …) before storage.
const masked = (text: string) => maskPii(text).text;

export function registerAdvisorRoutes(server: Server, deps: AdvisorRouteDeps): void {
  const authed = (fn: Handler, options: { mutates: boolean; admin?: boolean }) => gated(deps, fn, options);

  server.post(`${API}/login`, async (req: Request, res: Response) =>
    run(req, res, async () => {
      checkRequestOrigin(req, deps.publicUrl);
      const body = parse(LoginBodySchema, req.body);
      const session = await deps.auth.login(body, clientAddress(req, deps.trustedProxies)).catch((error: unknown) => {
        if (error instanceof ThrottledError) res.header('Retry-After', String(error.retryAfterSeconds));
        throw error;
      });
      const maxAge = Math.max(1, Math.floor((session.expiresAt.getTime() - Date.now()) / 1000));
      res.header('Set-Cookie', sessionCookie(session.token, maxAge, isHttps(req, deps.publicUrl)));
      return { advisor: session.advisor, expiresAt: session.expiresAt };
    }),
  );

  server.post(`${API}/logout`, authed(async (req, res) => {
    const token = readCookie(req, SESSION_COOKIE);
    await deps.auth.logout(token);
    if (token) deps.events.sessionEnded({ sessionHash: hashToken(token) });
    res.header('Set-Cookie', clearedCookie(isHttps(req, deps.publicUrl)));
    return { ok: true };
  }, { mutates: true }));

  server.get(`${API}/me`, authed(async (_req, _res, advisor) => ({ advisor, regions: deps.regions && consoleRegions(deps.regions, advisor) }), { mutates: false }));

  server.get(`${API}/handoffs`, authed(async (req, _res, advisor) => {
    const query = parse(ListQuerySchema, req.query ?? {}, 'Expected ?status=waiting|active|closed and ?audience=seeker|employer.');
    return (await deps.handoffs.list(query.status, query.audience, advisor)).map(listItem);
  }, { mutates: false }));

  server.get(`${API}/handoffs/:id`, authed(async (req, _res, advisor) => {
    const id = String(req.params.id);
    // Every read is in the audit log (a refused one too), before any chat data leaves.
    const detail = await deps.handoffs.detailFor(id, advisor).catch(async (error: unknown) => {
      if (error instanceof ApiError && (error.code === 'CHAT_FORBIDDEN' || error.code === 'OTHER_REGION')) await deps.audit.write({ actor: advisor, action: 'handoff.read-refused', handoffId: id });
      throw error;
    });
    await deps.audit.write({ actor: advisor, action: 'handoff.read', handoffId: id });
    const { position } = await deps.handoffs.queueInfo(detail);
    // WhatsApp: the advisor sees a masked number (+31 6 •••• 5678), never the number itself.
    const phone = maskedPhone(await deps.handoffs.referenceFor(detail));
    // Each proposal with why it was made (reasons), its named sources and the advisor's mark.
    const views = await deps.oversight.viewsOf(detail.proposals.map((p) => p.id));
    const proposals = detail.proposals.map((p) => ({ ...p, nextStep: views.get(p.id)?.nextStep, sourceLinks: views.get(p.id)?.sourceLinks ?? [], shownAt: views.get(p.id)?.shownAt ?? null, ...markView(views.get(p.id)) }));
    // The profile as labelled Dutch lines from the versioned schema, never the stored JSON.
    const profile = profileView(detail.profile, new Date()) ?? null;
    return { ...listItem(detail), seekerId: detail.seekerId ?? null, position: position || undefined, maskedPhone: phone, contact: detail.contact, profile, proposals, transcript: detail.transcript, notes: detail.notes };
  }, { mutates: false }));

  server.post(`${API}/handoffs/:id/claim`, authed(async (req, _res, advisor) => listItem(await deps.handoffs.claim(req.params.id, ref(advisor), advisor)), { mutates: true }));

  server.post(`${API}/handoffs/:id/messages`, authed(async (req, _res, advisor) => {
    const { text } = parse(TextBodySchema, req.body);
    // A canned answer's gap or placeholder never reaches the seeker.
    if (hasUnfilledPart(text)) throw new ApiError('PLACEHOLDER_UNFILLED');
    await deps.handoffs.sendMessage(req.params.id, ref(advisor), text, advisor);
    return { ok: true };
  }, { mutates: true }));

  server.post(`${API}/handoffs/:id/notes`, authed(async (req, _res, advisor) => {
    const { text } = parse(TextBodySchema, req.body);
    return deps.handoffs.addNote(req.params.id, ref(advisor), masked(text), advisor);
  }, { mutates: true }));

  server.post(`${API}/handoffs/:id/release`, authed(async (req, _res, advisor) => listItem(await deps.handoffs.release(req.params.id, ref(advisor), advisor)), { mutates: true }));

  server.post(`${API}/handoffs/:id/close`, authed(async (req, _res, advisor) => {
    const { outcome } = parse(OutcomeBodySchema, req.body);
    return listItem(await deps.handoffs.close(req.params.id, ref(advisor), masked(outcome), advisor));
  }, { mutates: true }));

  server.get(`${API}/stats`, authed(async () => deps.handoffs.dashboard(deps.dayStart()), { mutates: false }));

  registerProposalRoutes(server, { handoffs: deps.handoffs, oversight: deps.oversight, audit: deps.audit, authed });
  registerAdminRoutes(server, { accounts: deps.accounts, audit: deps.audit, authed });
  registerSnippetRoutes(server, { snippets: deps.snippets, handoffs: deps.handoffs, oversight: deps.oversight, audit: deps.audit, organisationName: deps.organisationName, authed });
  registerTypingRoute(server, { handoffs: deps.handoffs, authed });
  if (deps.mediation) registerMediationRoutes(server, { ...deps.mediation, audit: deps.audit, publicUrl: deps.publicUrl, authed });
  if (deps.followUps) registerFollowUpRoutes(server, { followUps: deps.followUps, authed });
  if (deps.budget) registerBudgetRoutes(server, { ...deps.budget, audit: deps.audit, authed });

  // Live events (SSE). Not wrapped in run(): the response stays open.
  server.get(`${API}/events`, async (req: Request, res: Response) => {
    let token: string | undefined;
    let error = new ApiError('UNAUTHENTICATED');
    try {
      token = readCookie(req, SESSION_COOKIE);
    } catch (bad) {
      if (bad instanceof ApiError) error = bad;
    }
    const advisor = await deps.auth.authenticate(token).catch(() => undefined);
    if (!advisor || !token) {
      for (const [k, v] of Object.entries(API_HEADERS)) res.header(k, v);
      res.send(error.status, error.toJSON());
      return;
    }
    deps.events.open(req, res, hashToken(token), advisor.id);
  });
}

const ref = (a: SessionAdvisor) => ({ id: a.id, name: a.name });

/** The regions whose chats this advisor sees (`all`: every region, and each chat says its region). */
function consoleRegions(regions: RegionChoice, advisor: SessionAdvisor): { all: boolean; mine: RegionName[]; names: Record<string, string> } {
  const mine = regionsOfReader(regions, advisor);
  return {
    all: mine === undefined,
    mine: regions.regions.filter((r) => mine?.has(r.id)).map(regionName),
    names: Object.fromEntries(regions.regions.map((r) => [r.id, r.name])),
  };
}

function listItem(h: Handoff & { position?: number }) {
  return {
    id: h.id,
    status: h.status,
    priority: h.priority,
    priorityName: priorityName(h.priority),
    reason: h.reason,
    audience: h.audience,
    channel: h.channel,
    waitingSince: h.waitingSince,
    summary: h.summary,
    claimedBy: h.claimedBy,
    claimedAt: h.claimedAt,
    closedAt: h.closedAt,
    outcome: h.outcome,
    position: h.position,
    callBack: h.contact?.step === 'done' ? true : undefined,
    regionId: h.regionId ?? null,
  };
}
