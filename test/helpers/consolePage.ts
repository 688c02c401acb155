// The advisor console in real Chromium, for the page tests: sign in as an advisor (any script error
// on the page fails the test when the page closes), and axe at desktop and phone size plus a
// 320 px reflow check on one view.
import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { PASSWORD } from '../advisor/helpers';
import { axeViolations } from './axe';
import type { BrowserApp } from './browserApp';
import { expectEventually } from './browser';

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };
export const js = <T = unknown>(page: Page, expression: string) => page.evaluate(expression) as Promise<T>;

/** A fresh page signed in to the console as `email` (password PASSWORD), live events connected. */
export async function openConsole(ctx: Pick<BrowserApp, 'app' | 'browser'>, email: string): Promise<Page> {
  await ctx.browser.context.clearCookies();
  const page = await ctx.browser.context.newPage();
  await page.setViewportSize(DESKTOP);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('close', () => expect(errors).to.deep.equal([]));
  await page.goto(`${ctx.app.url}/advisor`);
  await page.locator('#login-email').fill(email);
  await page.locator('#login-password').fill(PASSWORD);
  await page.locator('#login-password').press('Enter');
  await page.locator('#live-status', { hasText: 'Live verbonden' }).waitFor();
  return page;
}

/** No page error shown, no axe violations at either size, no sideways scrolling at 320 px. */
export async function axeBoth(page: Page, view: string): Promise<void> {
  // Every page drew without an error (a failed render shows its error in the page's alert).
  expect(await page.locator('#mediation-error').textContent(), view).to.equal('');
  const found = [...(await axeViolations(page, `console: ${view}`))];
  await page.setViewportSize(PHONE);
  found.push(...(await axeViolations(page, `console: ${view}, telefoon`)));
  await page.setViewportSize({ width: 320, height: 640 });
  await expectEventually(async () => {
    expect(await js<number>(page, 'document.documentElement.scrollWidth'), `${view} at 320 px`).to.be.at.most(320);
  });
  await page.setViewportSize(DESKTOP);
  expect(found).to.deep.equal([]);
}
