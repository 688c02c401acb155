// The set-up most browser tests share: a fresh SQLite database, the real app on it, and Chromium,
// for the enclosing describe block (hooks registered here). Read the parts inside tests.
import type { App } from '../../src/app';
import { startTestApp } from './app';
import { launchBrowser } from './browser';
import { sqliteDatabase, type TestDatabase } from './databases';

export interface BrowserApp {
  readonly app: App;
  readonly browser: Awaited<ReturnType<typeof launchBrowser>>;
  readonly database: TestDatabase;
}

export function useBrowserApp(env: Record<string, string> = {}): BrowserApp {
  const parts: Partial<{ -readonly [K in keyof BrowserApp]: BrowserApp[K] }> = {};
  before(async () => {
    parts.database = sqliteDatabase();
    parts.app = await startTestApp(parts.database.url, env);
    parts.browser = await launchBrowser();
  });
  after(async () => {
    await parts.browser?.close();
    await parts.app?.close();
    await parts.database?.drop();
  });
  return {
    get app() {
      return parts.app!;
    },
    get browser() {
      return parts.browser!;
    },
    get database() {
      return parts.database!;
    },
  };
}
