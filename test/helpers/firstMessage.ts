// The seeker's first wait: a fresh phone browser (nothing cached) on a throttled connection, from
// navigation start to the first bot message on screen. Used by test/browser/firstMessage.test.ts
// (which asserts the bytes, not the time) and bench/firstMessage (which compares the time with 5 s).
import { launchBrowser } from './browser';

/** Lighthouse's mobile profile ("slow 4G"): 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip. */
export const PHONE_NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
export const PHONE_VIEWPORT = { width: 390, height: 844 };
export const TARGET_MS = 5000;

export interface FirstMessage {
  /** Navigation start → first bot bubble in the DOM (ms). */
  ms: number;
  /** Bytes over the wire for the page and everything it loaded before that bubble. */
  transferBytes: number;
  resources: { url: string; transferBytes: number; encoding: string; startMs: number; endMs: number }[];
}

/** The little of the page's world these functions use (the test's own types know no DOM). */
interface InPage {
  document: { querySelector(selector: string): unknown };
  performance: { getEntriesByType(type: string): { name: string; transferSize: number; startTime: number; responseEnd: number }[] };
}

export async function measureFirstMessage(baseUrl: string): Promise<FirstMessage> {
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize(PHONE_VIEWPORT);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', PHONE_NETWORK);
    const encodings = new Map<string, string>();
    page.on('response', (res) => encodings.set(res.url(), res.headers()['content-encoding'] ?? 'identity'));
    await page.goto(`${baseUrl}/`, { waitUntil: 'commit' });
    // Read in the page at the moment the bubble appears (rAF polling), relative to navigation start.
    const handle = await page.waitForFunction(
      (selector) => ((globalThis as unknown as InPage).document.querySelector(selector) ? performance.now() : 0),
      '.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content',
      { polling: 'raf', timeout: 60_000 },
    );
    const ms = Math.round(await handle.jsonValue());
    const entries = await page.evaluate(() => {
      const timing = (globalThis as unknown as InPage).performance;
      return [...timing.getEntriesByType('navigation'), ...timing.getEntriesByType('resource')].map((e) => ({
        url: e.name,
        transferBytes: e.transferSize,
        startMs: Math.round(e.startTime),
        endMs: Math.round(e.responseEnd),
      }));
    });
    const resources = entries.map((e) => ({ ...e, url: new URL(e.url).pathname, encoding: encodings.get(e.url) ?? '?' }));
    return { ms, transferBytes: resources.reduce((sum, r) => sum + r.transferBytes, 0), resources };
  } finally {
    await browser.close();
  }
}
