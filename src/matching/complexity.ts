// A simple "complex case" flag for the handoff module: when several things make the route to
// work harder, a person should look at the case. Signals, not a diagnosis.
import type { ComplexSignal } from './proposal';
import { dutchAtMost, type Profile } from './profile';

const LONG_TERM_MONTHS = 24;

function monthsSince(since: string, now: Date): number {
  const [year, month] = since.split('-').map(Number);
  return (now.getUTCFullYear() - year) * 12 + (now.getUTCMonth() + 1 - month);
}

export function complexCaseSignals(profile: Profile, now: Date, recognisedWork: number): ComplexSignal[] {
  const signals: ComplexSignal[] = [];
  const b = profile.barriers;
  if (b.length >= 3) signals.push('several-barriers');
  if (b.includes('health')) signals.push('health');
  if (b.includes('debts') || b.includes('housing')) signals.push('debts-or-housing');
  if (dutchAtMost(profile, 'A1')) signals.push('low-dutch');
  if (profile.workHistory.length === 0) signals.push('no-work-history');
  else if (recognisedWork === 0) signals.push('no-occupation-recognised');
  const benefit = ['bijstand', 'wia', 'wajong', 'ww', 'other-benefit'].includes(profile.income.situation);
  if (benefit && profile.income.since && monthsSince(profile.income.since, now) >= LONG_TERM_MONTHS) {
    signals.push('long-term-benefit');
  }
  return signals;
}

/** Complex when three or more signals, or debts/housing together with anything else. */
export function isComplexCase(signals: readonly ComplexSignal[]): boolean {
  return signals.length >= 3 || (signals.includes('debts-or-housing') && signals.length >= 2);
}
