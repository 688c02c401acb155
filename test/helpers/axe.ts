// axe-core (WCAG 2.2 AA tags) on a page state a browser test visits. Every state is recorded with
// its counts per impact; the root hook writes them to docs/accessibility/axe.json for the README.
import fs from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const REPORT = path.resolve(__dirname, '..', '..', 'docs', 'accessibility', 'axe.json');
const SCREENSHOTS = path.resolve(__dirname, '..', '..', 'docs', 'screenshots');

type Counts = Record<'critical' | 'serious' | 'moderate' | 'minor', number>;
const states = new Map<string, Counts & { viewport: string }>();

/** The serious and critical violations of this page state (an empty list passes), recorded as `state`. */
export async function axeViolations(page: Page, state: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const counts: Counts = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  for (const v of result.violations) if (v.impact) counts[v.impact] += v.nodes.length;
  const size = page.viewportSize();
  states.set(state, { ...counts, viewport: size ? `${size.width}x${size.height}` : '?' });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${state}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/** A screenshot for the README (docs/screenshots/<name>.png), kept current by the tests. */
export async function readmeScreenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/**
 * Written after the run (test/setup.ts), only when some test checked a page. With mocha's parallel
 * workers each writes after each of its files: the file is replaced by a rename, so another worker
 * never reads half of it, and the states already there are kept.
 */
export function writeAxeReport(): void {
  if (!states.size) return;
  let merged: Record<string, unknown> = {};
  try {
    merged = JSON.parse(fs.readFileSync(REPORT, 'utf8')) as Record<string, unknown>;
  } catch {
    // No report yet.
  }
  for (const [state, counts] of [...states].sort()) merged[state] = counts;
  fs.mkdirSync(path.dirname(REPORT), { recursive: true });
  const temporary = `${REPORT}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify(merged, null, 2)}\n`);
  fs.renameSync(temporary, REPORT);
}
