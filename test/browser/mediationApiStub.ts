// TEST-ONLY, TEMPORARY: an in-page stand-in for the bemiddeling console API (/work/coord/mediation-api.md)
// while helper "vapi" builds the real one in another branch. Installed only when the server answers
// 404 for /advisor/api/vacancies (no such route); once both branches are merged the real API answers
// (401/200) and mediation.test.ts runs against it. REMOVE THIS FILE AT INTEGRATION (and its use).
/* eslint-disable @typescript-eslint/no-explicit-any -- a throw-away stand-in for JSON the real API defines */
import type { Page, Route } from 'playwright-core';

export interface StubCandidate {
  seekerId: string;
  pseudonym: string;
  score: number;
  reasons: string[];
  missing: string[];
  requested: boolean;
}

interface StubIntroduction {
  id: string;
  vacancyId: string;
  seekerId: string;
  advisorName: string;
  why: string;
  status: string;
  outcomeReason: string | null;
  history: unknown[];
  createdAt: string;
}

const NEXT: Record<string, string[]> = { voorgesteld: ['gesprek', 'niet-aangenomen'], gesprek: ['aangenomen', 'niet-aangenomen'], aangenomen: [], 'niet-aangenomen': [] };

/** True when the real mediation API is on the server (a 404 means: not merged yet). */
export async function realMediationApi(baseUrl: string): Promise<boolean> {
  const res = await fetch(`${baseUrl}/advisor/api/vacancies`);
  return res.status !== 404;
}

export class MediationApiStub {
  readonly vacancies = new Map<string, any>();
  readonly introductions = new Map<string, StubIntroduction>();
  candidates: StubCandidate[] = [];
  readonly requests: unknown[] = [];
  /** seekerId of the chat's seeker, added to the handoff detail (the real API's job). */
  chatSeekerId: string | undefined;
  private next = 1;
  private advisorName = 'Adviseur';

  constructor(private readonly roles: Record<string, string>) {}

  async install(page: Page): Promise<void> {
    await page.route(/\/advisor\/api\/(me|login)$/, (route) => this.withRole(route));
    await page.route(/\/advisor\/api\/handoffs\/[^/?]+$/, async (route) => {
      const res = await route.fetch();
      const body = await res.json();
      await route.fulfill({ response: res, json: { ...body, seekerId: this.chatSeekerId } });
    });
    await page.route(/\/advisor\/api\/(vacancies|introductions|mediation-requests|groups|mediation|seekers)(\/|\?|$)/, (route) => this.handle(route));
  }

  /** Another advisor introduced meanwhile (the race the real API resolves with one row). */
  introduceElsewhere(vacancyId: string, seekerId: string, advisorName: string): void {
    this.createIntroduction(vacancyId, seekerId, advisorName, 'ander');
  }

  private async withRole(route: Route): Promise<void> {
    const res = await route.fetch();
    const body = (await res.json()) as { advisor?: { email: string; name: string; role: string } };
    if (body.advisor) {
      body.advisor.role = this.roles[body.advisor.email] ?? body.advisor.role;
      this.advisorName = body.advisor.name;
    }
    await route.fulfill({ response: res, json: body });
  }

  private createIntroduction(vacancyId: string, seekerId: string, advisorName: string, why: string): { introduction: StubIntroduction; created: boolean } {
    const known = [...this.introductions.values()].find((i) => i.vacancyId === vacancyId && i.seekerId === seekerId);
    if (known) return { introduction: known, created: false };
    const now = new Date().toISOString();
    const introduction = { id: `i${this.next++}`, vacancyId, seekerId, advisorName, why, status: 'voorgesteld', outcomeReason: null, history: [{ status: 'voorgesteld', at: now, by: advisorName, reason: why }], createdAt: now };
    this.introductions.set(introduction.id, introduction);
    return { introduction, created: true };
  }

  /** "Neem contact op": the employer (made in the console) has no chat to be told in. */
  private tasks(v: any) {
    if (!v.employer) return [];
    const c = v.employer.contact;
    return [...this.introductions.values()].filter((i) => i.vacancyId === v.id && i.status === 'voorgesteld').map((i) => ({ introductionId: i.id, contact: c, text: `Neem contact op met ${c.name} (${v.employer.organisation}): mail ${c.email}. Vertel over de kandidaat.` }));
  }

  private item(v: any) {
    const intros = [...this.introductions.values()].filter((i) => i.vacancyId === v.id).length;
    return { ...v, expired: false, place: v.data.place, postcode: v.data.postcode, hoursPerWeek: v.data.hoursPerWeek, candidates: this.candidates.length, introductions: intros };
  }

  private async handle(route: Route): Promise<void> {
    const request = route.request();
    const url = new URL(request.url());
    const path = url.pathname.replace('/advisor/api', '');
    const method = request.method();
    const body = method === 'GET' ? undefined : request.postDataJSON();
    const reply = (json: unknown, status = 200) => route.fulfill({ status, json });
    const fail = (status: number, code: string) => reply({ error: { code, message: code } }, status);
    let m: RegExpExecArray | null;

    if (path === '/vacancies' && method === 'GET') {
      const status = url.searchParams.get('status');
      return reply([...this.vacancies.values()].filter((v) => !status || v.status === status).map((v) => this.item(v)));
    }
    if (path === '/vacancies' && method === 'POST') {
      const now = new Date().toISOString();
      const employer = body.employer ? { id: 'e1', organisation: body.employer.organisation, contact: body.employer.contact, chat: false } : null;
      const v = { id: `v${this.next++}`, title: body.title, status: 'draft', source: 'console', data: { start: 'now', requirements: {}, learnOnTheJob: [], support: [], ...body.data }, closesAt: body.closesAt ?? null, publishedAt: null, createdAt: now, employer, history: [{ status: 'draft', at: now, by: this.advisorName }] };
      this.vacancies.set(v.id, v);
      return reply(this.item(v), 201);
    }
    if (path === '/vacancies/import' && method === 'POST') {
      const rows = body as any[];
      const skipped = rows.map((r, i) => ({ row: i + 1, reason: r.title ? '' : 'titel ontbreekt' })).filter((s) => s.reason);
      for (const r of rows.filter((x) => x.title)) {
        const id = `v${this.next++}`;
        this.vacancies.set(id, { id, title: r.title, status: 'draft', source: 'import', data: { words: r.title, requirements: {}, learnOnTheJob: [], support: [] }, closesAt: null, publishedAt: null, createdAt: new Date().toISOString(), employer: null });
      }
      return reply({ created: rows.length - skipped.length, updated: 0, skipped });
    }
    if ((m = /^\/vacancies\/([\w-]+)(\/\w+)?$/.exec(path))) {
      const v = this.vacancies.get(m[1]);
      if (!v) return fail(404, 'NOT_FOUND');
      if (!m[2] && method === 'GET') return reply({ ...this.item(v), tasks: this.tasks(v) });
      if (!m[2] && method === 'PATCH') {
        if (v.status === 'closed') return fail(409, 'VACANCY_CLOSED');
        Object.assign(v, body);
        return reply(this.item(v));
      }
      if (m[2] === '/publish') {
        if (v.status !== 'draft') return fail(409, 'VACANCY_NOT_DRAFT');
        Object.assign(v, { status: 'published', publishedAt: new Date().toISOString() });
        return reply(this.item(v));
      }
      if (m[2] === '/close') {
        if (v.status === 'closed') return fail(409, 'VACANCY_CLOSED');
        v.status = 'closed';
        return reply(this.item(v));
      }
      if (m[2] === '/candidates') {
        return reply(this.candidates.map((c) => {
          const i = [...this.introductions.values()].find((x) => x.vacancyId === v.id && x.seekerId === c.seekerId);
          return { ...c, ...(i ? { introduction: { id: i.id, status: i.status } } : {}) };
        }));
      }
    }
    if (path === '/introductions' && method === 'POST') {
      const result = this.createIntroduction(body.vacancyId, body.seekerId, this.advisorName, body.why);
      const task = this.tasks(this.vacancies.get(body.vacancyId)).find((t) => t.introductionId === result.introduction.id);
      return reply({ ...result, ...(result.created && task ? { task } : {}) }, result.created ? 201 : 200);
    }
    if (path === '/introductions' && method === 'GET') {
      return reply([...this.introductions.values()].filter((i) => i.vacancyId === url.searchParams.get('vacancyId')));
    }
    if ((m = /^\/introductions\/([\w-]+)$/.exec(path)) && method === 'PATCH') {
      const i = this.introductions.get(m[1]);
      if (!i) return fail(404, 'NOT_FOUND');
      if (!NEXT[i.status].includes(body.status)) return fail(409, 'INTRODUCTION_NOT_ALLOWED');
      if (body.status === 'niet-aangenomen' && !body.reason) return fail(400, 'REASON_REQUIRED');
      Object.assign(i, { status: body.status, outcomeReason: body.reason ?? null });
      return reply(i);
    }
    if (path === '/mediation-requests') return reply(this.requests);
    if (path === '/groups') return reply([{ id: 'g1', code: 'ABCD-EFGH', organisation: 'Drukkerij Noord', headcount: 40, work: 'drukkers', endsAt: '2027-03-01T00:00:00.000Z', started: 1, withProfile: 1, introduced: 0, placed: 0 }]);
    if (path === '/groups/g1') return reply({ id: 'g1', code: 'ABCD-EFGH', organisation: 'Drukkerij Noord', headcount: 40, work: 'drukkers', endsAt: '2027-03-01T00:00:00.000Z', started: 1, withProfile: 1, introduced: 0, placed: 0, members: [{ seekerId: 's9', pseudonym: 'Kandidaat 9A9A', situation: 'werk, ontslag dreigt', proposals: ['Omscholing tot logistiek medewerker'], introductions: 0 }] });
    if (path === '/mediation/dashboard') {
      const placed = [...this.introductions.values()].filter((i) => i.status === 'aangenomen').length;
      return reply({ openVacancies: [...this.vacancies.values()].filter((v) => v.status === 'published').length, draftVacancies: 0, openRequests: 0, months: [{ month: new Date().toISOString().slice(0, 7), vacancies: this.vacancies.size, introductions: this.introductions.size, placements: placed }] });
    }
    if ((m = /^\/seekers\/([\w-]+)\/vacancies$/.exec(path))) {
      return reply([...this.vacancies.values()].filter((v) => v.status === 'published').map((v) => ({ vacancyId: v.id, title: v.title, place: v.data.place, score: 0.6, reasons: ['Deed dit werk eerder.'], missing: [], requested: false })));
    }
    return fail(404, 'NOT_FOUND');
  }
}
