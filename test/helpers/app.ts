// Starts the real application on a free port with a test database.
import { loadConfig } from '../../src/config';
import { startApp, type App } from '../../src/app';
import { createLogger } from '../../src/logger';

export async function startTestApp(databaseUrl: string, env: Record<string, string> = {}): Promise<App> {
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATABASE_URL: databaseUrl, ...env });
  return startApp(config, createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'));
}
