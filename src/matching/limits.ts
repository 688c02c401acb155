// Stated limits (profile.limits, drivingLicence, hours, Dutch level) are kept and respected:
// an occupation that breaks one is left out (heavy work, shift work) or proposed only as a route
// (driving without a licence). Every stated limit is reported back, with a short B1 sentence
// that says whether it changed what we propose.
import type { Catalogue } from './catalogue';
import { dutchAtMost, type Profile } from './profile';
import type { LimitApplied } from './proposal';
import type { Texts } from './texts';

export type ExcludingLimit = 'no-heavy-work' | 'times' | 'driving-licence';

/** Why an occupation may not be proposed at all for this seeker, if it may not. */
export function excludedBy(catalogue: Catalogue, profile: Profile, occupation: number): ExcludingLimit | undefined {
  if (profile.limits.noHeavyWork && catalogue.traits.heavy[occupation]) return 'no-heavy-work';
  if (profile.limits.times !== undefined && catalogue.traits.shifts[occupation]) return 'times';
  return undefined;
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
