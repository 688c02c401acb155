// Stated limits (profile.limits, drivingLicence, hours, Dutch level) are kept and respected:
// an occupation that breaks one is left out (heavy work, shift work) or proposed only as a route
// (driving without a licence). Every stated limit is reported back, with a short B1 sentence
// that says whether it changed what we propose.
import { indexedSkillOverlap } from './skillOverlap';
import type { Catalogue } from './catalogue';
import { dutchAtMost, type Profile } from './profile';
import type { LimitApplied } from './proposal';
import type { Texts } from './texts';

export type ExcludingLimit = 'no-heavy-work' | 'times' | 'driving-licence';

/** Why an occupation may not be proposed at all for this seeker, if it may not. */
export function excludedBy(catalogue: Catalogue, profile: Profile, occupation: number): ExcludingLimit | undefined {
  if (profile.limits.noHeavyWork && (catalogue.traits.heavy[occupation] || inHeavyPastTrade(catalogue, profile, occupation))) return 'no-heavy-work';
  if (profile.limits.times !== undefined && catalogue.traits.shifts[occupation]) return 'times';
  return undefined;
}

/** Share of an occupation's essential skills that, when they all come from heavy past work, make it "the same kind of work". */
const LIKE_HEAVY_PAST = 0.25;

interface HeavyPast {
  trades: ReadonlySet<string>;
  alike: ReadonlySet<number>;
  /** Labels of the heavy past work: "voorman stukadoor" is still plastering. */
  labels: readonly string[];
}
const heavyPastOf = new WeakMap<Profile, HeavyPast>();

/** The seeker's own past work that ESCO marks heavy: its ISCO sub-major groups (manual work) and the work much like it. */
function heavyPast(catalogue: Catalogue, profile: Profile): HeavyPast {
  const cached = heavyPastOf.get(profile);
  if (cached) return cached;
  const trades = new Set<string>();
  const skills = new Set<number>();
  const labels: string[] = [];
  const { start, skill, essential } = catalogue.relations;
  for (const item of profile.workHistory) {
    const past = item.occupationUri === undefined ? undefined : catalogue.occupationByUri.get(item.occupationUri);
    if (past === undefined || !catalogue.traits.heavy[past]) continue;
    const isco = catalogue.occupations[past].isco;
    if (/^[789]/.test(isco)) trades.add(isco.slice(0, 2));
    labels.push(catalogue.occupations[past].label.toLowerCase());
    for (let r = start[past]; r < start[past + 1]; r++) if (essential[r]) skills.add(skill[r]);
  }
  const alike = new Set<number>();
  if (skills.size > 0) {
    const overlap = indexedSkillOverlap(catalogue, skills);
    for (const o of overlap.touched) {
      const total = catalogue.essentialCount[o];
      if (total > 0 && overlap.essentialHave[o] / total >= LIKE_HEAVY_PAST) alike.add(o);
    }
  }
  const found = { trades, alike, labels };
  heavyPastOf.set(profile, found);
  return found;
}

/**
 * ESCO's skill lists are uneven within a trade: an office cleaner has "work ergonomically", a
 * window cleaner no physical skill at all. So for someone who cannot do heavy work any more, work
 * like their own past work that ESCO marks heavy is left out too, unless they named it: the same
 * ISCO sub-major group (manual work only: major groups 7–9), work named after it ("voorman
 * stukadoor"), or at least 25% of its essential skills being skills of that past work.
 */
function inHeavyPastTrade(catalogue: Catalogue, profile: Profile, occupation: number): boolean {
  const { trades, alike, labels } = heavyPast(catalogue, profile);
  const o = catalogue.occupations[occupation];
  const named = labels.some((l) => ` ${o.label.toLowerCase()} `.includes(` ${l} `));
  if (!named && !alike.has(occupation) && !trades.has(o.isco.slice(0, 2))) return false;
  return !profile.goals.targetOccupationUris.includes(o.uri);
}

/**
 * Driving without a licence: possible only after the licence (a route, never "zoek vacatures"),
 * and only for work the seeker named or wished; other driving work is left out.
 */
export function needsLicenceFirst(catalogue: Catalogue, profile: Profile, occupation: number): boolean {
  return profile.drivingLicence === false && catalogue.traits.driving[occupation] === 1;
}

/** Bookkeeping of what the limits changed during one match. */
export class LimitLog {
  readonly excluded = new Map<ExcludingLimit, number>();
  licenceRoutes = 0;
  bblDropped = false;

  exclude(limit: ExcludingLimit): void {
    this.excluded.set(limit, (this.excluded.get(limit) ?? 0) + 1);
  }

  /** One entry per stated limit, in a fixed order. */
  applied(profile: Profile, texts: Texts): LimitApplied[] {
    const out: LimitApplied[] = [];
    const l = profile.limits;
    if (l.noHeavyWork) {
      const changed = (this.excluded.get('no-heavy-work') ?? 0) > 0;
      out.push({ limit: 'no-heavy-work', changed, text: changed ? texts.limitHeavyLeftOut : texts.limitHeavyKept });
    }
    if (l.times !== undefined) {
      const changed = (this.excluded.get('times') ?? 0) > 0;
      out.push({ limit: 'times', changed, text: changed ? texts.limitTimesLeftOut(l.times) : texts.limitTimesKept(l.times) });
    }
    if (profile.drivingLicence === false) {
      const leftOut = (this.excluded.get('driving-licence') ?? 0) > 0;
      const changed = this.licenceRoutes > 0 || leftOut;
      const text = this.licenceRoutes > 0 ? texts.limitLicenceRoute : leftOut ? texts.limitLicenceLeftOut : texts.limitLicenceKept;
      out.push({ limit: 'driving-licence', changed, text });
    }
    const maxHours = profile.goals.hoursPerWeek?.max;
    if (maxHours !== undefined && maxHours < 24) {
      out.push({ limit: 'hours', changed: this.bblDropped, text: texts.limitHours(maxHours) });
    }
    if (l.maxTravelMinutes !== undefined) {
      out.push({ limit: 'travel', changed: false, text: texts.limitTravel(l.maxTravelMinutes) });
    }
    if (dutchAtMost(profile, 'A2')) out.push({ limit: 'dutch', changed: true, text: texts.limitDutch });
    return out;
  }
}
