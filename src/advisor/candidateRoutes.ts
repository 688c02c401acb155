// Matching in both directions in the console: ranked candidates for a vacancy (werkgeversadviseurs
// and admins; consenting seekers only, by pseudonym) and ranked open vacancies for one seeker (any
// advisor; titles and places only, never an employer's contact).
import type { Server } from 'restify';
import { ApiError } from '../errors';
import type { IntroductionRow } from '../db/mediationStore';
import { matchingProfileOf } from '../mediation/candidateProfile';
import { pseudonym } from '../mediation/pseudonym';
import { seekersForVacancy, vacanciesForSeeker, type SeekerForMatching } from '../matching/vacancyMatch';
import { API } from './http';
import { actor, mediatorOnly, type MediationRouteDeps } from './mediationGate';

const CANDIDATES = 50;
const VACANCIES = 20;

const introductionRef = (i: IntroductionRow | undefined) => (i ? { introduction: { id: i.id, status: i.status } } : {});

export function registerCandidateRoutes(server: Server, deps: MediationRouteDeps): void {
  const { store, seekers } = deps;
  const now = () => deps.now?.() ?? new Date();

  server.get(`${API}/vacancies/:id/candidates`, mediatorOnly(deps, async (req, _res, advisor) => {
    const vacancy = await store.vacancy(String(req.params.id));
    if (!vacancy) throw new ApiError('NOT_FOUND', 'No such vacancy.');
    const [catalogue, pool, requests, introductions] = await Promise.all([deps.catalogue(), seekers.all(), store.mediationRequests({ vacancyId: vacancy.id }), store.introductions({ vacancyId: vacancy.id })]);
    const candidates: SeekerForMatching[] = pool.flatMap((s) => {
      const profile = matchingProfileOf(s.profile);
      return profile ? [{ id: s.id, profile }] : [];
    });
    const ranked = seekersForVacancy(catalogue, { id: vacancy.id, title: vacancy.title, data: vacancy.data }, candidates, { limit: CANDIDATES });
    const requested = new Set(requests.map((r) => r.seekerId));
    const introduced = new Map(introductions.map((i) => [i.seekerId, i]));
    await deps.audit.write({ actor: actor(advisor), action: 'vacancy.candidates', detail: `vacancy=${vacancy.id} shown=${ranked.length}` });
    return ranked.map((m) => ({
      seekerId: m.seekerId,
      pseudonym: pseudonym(m.seekerId),
      score: m.score,
      reasons: m.reasons.map((r) => r.nl),
      missing: m.missing.map((r) => r.nl),
      requested: requested.has(m.seekerId),
      ...introductionRef(introduced.get(m.seekerId)),
    }));
  }, { mutates: false }));

  server.get(`${API}/seekers/:id/vacancies`, deps.authed(async (req, _res, advisor) => {
    const seeker = await seekers.seeker(String(req.params.id));
    if (!seeker) throw new ApiError('NOT_FOUND', 'No such seeker.');
    const profile = matchingProfileOf(seeker.profile);
    if (!profile) return [];
    const [catalogue, open, requests, introductions] = await Promise.all([deps.catalogue(), store.openVacancies(now()), store.mediationRequests({ seekerId: seeker.id }), store.introductions({ seekerId: seeker.id })]);
    const ranked = vacanciesForSeeker(catalogue, { id: seeker.id, profile }, open, { limit: VACANCIES });
    const byId = new Map(open.map((v) => [v.id, v]));
    const requested = new Set(requests.map((r) => r.vacancyId));
    const introduced = new Map(introductions.map((i) => [i.vacancyId, i]));
    await deps.audit.write({ actor: actor(advisor), action: 'seeker.vacancies', detail: `seeker=${seeker.id} shown=${ranked.length}` });
    return ranked.map((m) => ({
      vacancyId: m.vacancyId,
      title: byId.get(m.vacancyId)?.title ?? '',
      place: byId.get(m.vacancyId)?.data.place,
      score: m.score,
      reasons: m.reasons.map((r) => r.nl),
      missing: m.missing.map((r) => r.nl),
      requested: requested.has(m.vacancyId),
      ...introductionRef(introduced.get(m.vacancyId)),
    }));
  }, { mutates: false }));
}
