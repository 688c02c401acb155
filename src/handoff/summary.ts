// The one line an advisor reads in the queue: why, and what the bot learned. Never a BSN or
// other identifier: the caller's mask runs over the result.
import type { HandoffReason } from './model';

const REASON_LABEL: Record<HandoffReason, string> = {
  asked: 'Vraagt om een adviseur',
  'not-understood': 'Bot begreep de vraag niet',
  sensitive: 'Gevoelig signaal',
  complex: 'Complexe situatie',
};

/** Reads a nested value of the (matching module's) profile JSON without trusting its shape. */
function at(profile: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), profile);
}

/** Profile fields worth a glance, in order (see src/matching/profile.ts). */
const PROFILE_FIELDS: [string, string][] = [
  ['income.situation', 'inkomen'],
  ['education.level', 'opleiding'],
  ['dutchLevel', 'Nederlands'],
  ['goals.region', 'regio'],
  ['goals.interests', 'wens'],
];

export function summarize(input: {
  reason: HandoffReason;
  detail?: string;
  profile?: Record<string, unknown> | null;
  lastSeekerText?: string;
  mask: (text: string) => string;
}): string {
  const parts: string[] = [REASON_LABEL[input.reason] + (input.detail ? ` (${input.detail})` : '')];
  const profile = input.profile ?? {};
  for (const [key, label] of PROFILE_FIELDS) {
    const value = at(profile, key);
    if (typeof value === 'string' && value && value !== 'unknown') parts.push(`${label}: ${value}`);
  }
  const work = profile.workHistory;
  if (Array.isArray(work) && work.length) {
    const titles = work.map((w) => at({ w }, 'w.title')).filter((t): t is string => typeof t === 'string');
    if (titles.length) parts.push(`werkte als ${titles.slice(0, 2).join(', ')}`);
  }
  const barriers = profile.barriers;
  if (Array.isArray(barriers) && barriers.length) parts.push(`drempels: ${barriers.join(', ')}`);
  if (input.lastSeekerText) parts.push(`“${clip(input.lastSeekerText, 80)}”`);
  return clip(input.mask(parts.join(' · ')), 240);
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
