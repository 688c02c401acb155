// The one line an advisor reads in the queue: why, and what the bot learned. Never a BSN or
// other identifier: the caller's mask runs over the result.
import { PRIORITY_VALUE, type HandoffReason } from './model';

const REASON_LABEL: Record<HandoffReason, string> = {
  asked: 'Vraagt om een adviseur',
  'not-understood': 'Bot begreep de vraag niet',
  sensitive: 'Gevoelig signaal',
  complex: 'Complexe situatie',
};

/** Reads a nested value of stored JSON without trusting its shape. */
function at(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), value);
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * Fields worth a glance, in order, as [path, label]. Two shapes are read: the intake answers the
 * dialogs store ({answers: {situation, education, …}}) and the matching profile
 * (src/matching/profile.ts: income.situation, education.level, …). The first value per label wins.
 */
const FIELDS: [string, string][] = [
  ['situation', 'inkomen'],
  ['income.situation', 'inkomen'],
  ['education', 'opleiding'],
  ['education.level', 'opleiding'],
  ['dutchLevel', 'Nederlands'],
  ['healthLimits', 'gezondheid beperkt'],
  ['interests', 'wens'],
  ['goals.interests', 'wens'],
  ['goals.region', 'regio'],
];

export function summarize(input: {
  reason: HandoffReason;
  detail?: string;
  profile?: Record<string, unknown> | null;
  lastSeekerText?: string;
  /** The stored priority: a crisis line starts with CRISIS, so no advisor can miss it. */
  priority?: number;
  mask: (text: string) => string;
}): string {
  const crisis = (input.priority ?? 0) >= PRIORITY_VALUE.crisis ? 'CRISIS: ' : '';
  const parts: string[] = [crisis + REASON_LABEL[input.reason] + (input.detail ? ` (${input.detail})` : '')];
  const stored = input.profile ?? {};
  const profile = stored.answers && typeof stored.answers === 'object' ? (stored.answers as Record<string, unknown>) : stored;
  const done = new Set<string>();
  for (const [path, label] of FIELDS) {
    const value = at(profile, path);
    if (done.has(label) || typeof value !== 'string' || !value || value === 'unknown' || value === 'private') continue;
    done.add(label);
    parts.push(`${label}: ${value}`);
  }
  const titles = [...list(profile.jobs).map((j) => at(j, 'occupation.label') ?? at(j, 'text')), ...list(profile.workHistory).map((w) => at(w, 'title'))].filter(
    (t): t is string => typeof t === 'string' && t.length > 0,
  );
  if (titles.length) parts.push(`werkte als ${titles.slice(0, 2).join(', ')}`);
  const barriers = list(profile.barriers).filter((b): b is string => typeof b === 'string');
  if (barriers.length) parts.push(`drempels: ${barriers.join(', ')}`);
  if (input.lastSeekerText) parts.push(`“${clip(input.lastSeekerText, 80)}”`);
  return clip(input.mask(parts.join(' · ')), 240);
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
