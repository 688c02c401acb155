// Starts the real application on a free port with a test database.
import { loadConfig } from '../../src/config';
import { startApp, type App } from '../../src/app';
import { createLogger } from '../../src/logger';
import type { TestDatabase } from './databases';

export async function startTestApp(databaseUrl: string, env: Record<string, string> = {}): Promise<App> {
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATABASE_URL: databaseUrl, ...env });
  return startApp(config, createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'));
}

/**
 * A fresh database and the real app on it for the enclosing describe block (hooks registered
 * here): `const server = useTestApp(sqliteDatabase, env)`, then `server.app` in the tests.
 */
export function useTestApp(
  makeDatabase: () => TestDatabase | Promise<TestDatabase>,
  env: Record<string, string> = {},
): { readonly app: App; readonly database: TestDatabase } {
  let app: App | undefined;
  let database: TestDatabase | undefined;
  before(async () => {
    database = await makeDatabase();
    app = await startTestApp(database.url, env);
  });
  after(async () => {
    await app?.close();
    await database?.drop();
  });
  return {
    get app() {
      return app!;
    },
    get database() {
      return database!;
    },
  };
}

/**
 * Two instances of the real app on one fresh PostgreSQL database, for the enclosing describe block
 * (hooks registered here): what one instance does, the other must see.
 */
export function useTwoTestApps(
  makeDatabase: () => Promise<TestDatabase>,
  envA: Record<string, string> = {},
  envB: Record<string, string> = envA,
): { readonly a: App; readonly b: App; readonly database: TestDatabase } {
  let a: App | undefined;
  let b: App | undefined;
  let database: TestDatabase | undefined;
  before(async () => {
    database = await makeDatabase();
    a = await startTestApp(database.url, envA);
    b = await startTestApp(database.url, envB);
  });
  after(async () => {
    await a?.close();
    await b?.close();
    await database?.drop();
  });
  return {
    get a() {
      return a!;
    },
    get b() {
      return b!;
    },
    get database() {
      return database!;
    },
  };
}
