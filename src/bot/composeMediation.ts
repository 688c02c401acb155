// Bemiddeling for the seeker's dialogs (issue 17): matching consent, fitting vacancies, "stel me
// voor" and the group's arrangement, on MediationStore and the matching module. The open vacancies
// are cached in process for a short while (the summary ranks against them); what is shown is
// checked against the store at that moment, so a closed or expired vacancy never reaches a seeker.
import type { Db } from '../db/client';
import { MatchingConsentStore } from '../db/matchingConsent';
import { MediationStore } from '../db/mediationStore';
import { toProfileInput } from '../dialogs/intakeAnswers';
import type { SeekerIdentity, SeekerMediation, VacancyOffer } from '../dialogs/services';
import { ProfileSchema, regionOf, type Catalogue } from '../matching';
import { vacanciesForSeeker, type VacancyMatch } from '../matching/vacancyMatch';
import { readArrangement } from '../mediation/group';
import type { VacancyForMatching } from '../mediation/vacancy';
import { MATCHING_CONSENT_VERSION } from '../texts/mediation';
import type { Locale } from '../texts';

export const VACANCY_CACHE_MS = 60_000;
/** Vacancies offered in one summary: one question each. */
export const MAX_OFFERS = 3;

export interface SeekerMediationOptions {
  /** The seeker's pseudonym for an identity (SeekerStore.userKey). */
  userKey(channel: string, userId: string): string;
  cacheMs?: number;
}

export function createSeekerMediation(db: Db, catalogue: Catalogue, o: SeekerMediationOptions): SeekerMediation {
  const store = new MediationStore(db);
  const consents = new MatchingConsentStore(db);
  const open = openVacanciesCache(store, o.cacheMs ?? VACANCY_CACHE_MS);
  return {
    consent: (seekerId) => consents.state(seekerId),
    setConsent: (seekerId, granted) => consents.record(seekerId, granted, MATCHING_CONSENT_VERSION),
    withdraw: (seekerId) => consents.withdraw(seekerId, MATCHING_CONSENT_VERSION),
    async vacancies(seekerId, answers, locale, now) {
      const profile = ProfileSchema.safeParse(toProfileInput(answers));
      if (!profile.success) return [];
      const vacancies = await open(now);
      if (!vacancies.length) return [];
      const matches = vacanciesForSeeker(catalogue, { id: seekerId, profile: profile.data }, vacancies, { limit: 10 });
      const still = await store.openAmong(matches.map((m) => m.vacancyId), now);
      const byId = new Map(vacancies.map((v) => [v.id, v]));
      return matches
        .filter((m) => still.has(m.vacancyId))
        .slice(0, MAX_OFFERS)
        .map((m) => offerOf(catalogue, byId.get(m.vacancyId)!, m, still.get(m.vacancyId)!, profile.data.goals.postcode, locale));
    },
    async request(seekerId, vacancyId, now) {
      if ((await consents.state(seekerId)) !== 'granted') return 'no-consent';
      if (!(await store.openAmong([vacancyId], now)).has(vacancyId)) return 'closed';
      return (await store.requestMediation(seekerId, vacancyId)).created ? 'created' : 'again';
    },
    async groupOffer(who: SeekerIdentity) {
      const seeker = await db.seeker.findUnique({ where: { userKey: o.userKey(who.channel, who.userId) }, select: { group: { select: { id: true, arrangement: true } } } });
      const arrangement = seeker?.group ? readArrangement(seeker.group.arrangement) : undefined;
      return seeker?.group && arrangement ? { groupId: seeker.group.id, arrangement } : undefined;
    },
  };
}

/** The published vacancies, read at most once per `ms` (one read at a time). */
function openVacanciesCache(store: MediationStore, ms: number): (now: Date) => Promise<VacancyForMatching[]> {
  let cached: { at: number; list: Promise<VacancyForMatching[]> } | undefined;
  return (now) => {
    const at = Date.now();
    if (!cached || at - cached.at >= ms) {
      const list = store.openVacancies(now);
      cached = { at, list };
      list.catch(() => (cached = undefined)); // a failed read is not kept
    }
    return cached.list;
  };
}

/** The ESCO label when the employer confirmed the occupation (never their own name); else the title. */
function offerOf(catalogue: Catalogue, v: VacancyForMatching, m: VacancyMatch, organisation: string | undefined, seekerPostcode: string | undefined, locale: Locale): VacancyOffer {
  const index = v.data.occupationUri !== undefined ? catalogue.occupationByUri.get(v.data.occupationUri) : undefined;
  const what = without(index !== undefined ? catalogue.occupations[index].label : v.title, organisation);
  const place = v.data.place !== undefined ? without(v.data.place, organisation) : undefined;
  const nearby = seekerPostcode !== undefined && v.data.postcode !== undefined && near(catalogue, seekerPostcode, v.data.postcode);
  return {
    vacancyId: v.id,
    what: lowerFirst(what) || (locale === 'en' ? 'worker' : 'medewerker'),
    ...(v.data.hoursPerWeek ? { hoursPerWeek: v.data.hoursPerWeek } : {}),
    ...(place ? { place } : {}),
    nearby,
    reasons: m.reasons.map((r) => r[locale]),
    missing: m.missing.map((r) => r[locale]),
  };
}

/** One labour-market region when the data has both; else the same 2-digit postcode area (about 20 km). */
function near(catalogue: Catalogue, a: string, b: string): boolean {
  const [ra, rb] = [regionOf(catalogue, a), regionOf(catalogue, b)];
  return ra !== undefined && rb !== undefined ? ra === rb : a.slice(0, 2) === b.slice(0, 2);
}

/** A title that names its employer ("Magazijnmedewerker bij Jansen BV") loses that name. */
function without(text: string, organisation: string | undefined): string {
  const name = organisation?.trim();
  if (!name) return text.trim();
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.replace(new RegExp(`\\s*(bij|at|van|for)?\\s*${escaped}`, 'gi'), '').replace(/\s+/g, ' ').trim();
}

const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);
