// Mocha hooks for a WhatsApp test: a local stand-in for Meta's Graph API, a fresh SQLite database,
// and the real server wired to both; torn down after the suite.
import type { App } from '../../../src/app';
import { startTestApp } from '../../helpers/app';
import { sqliteDatabase, type TestDatabase } from '../../helpers/databases';
import { MockGraph } from './mockGraph';
import { whatsAppEnv } from './whatsapp';

export interface WhatsAppServer {
  graph: MockGraph;
  database: TestDatabase;
  app: App;
}

/** Call inside a describe; the fields are set once its first before hook has run. */
export function useWhatsAppServer(env: Record<string, string> = {}): WhatsAppServer {
  const server = {} as WhatsAppServer;
  before(async () => {
    server.graph = await MockGraph.start();
    server.database = sqliteDatabase();
    server.app = await startTestApp(server.database.url, { ...env, ...whatsAppEnv(server.graph) });
  });
  after(async () => {
    await server.app?.close();
    await server.database?.drop();
    await server.graph?.close();
  });
  return server;
}
