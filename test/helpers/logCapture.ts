// The real app with a logger that keeps every line (all levels), and a search of those lines for
// personal data, also where it hides as bytes (a Buffer logs as {"data":[104,97,...]}).
import { Writable } from 'node:stream';
import { startApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';

export async function startLoggedApp(databaseUrl: string, env: Record<string, string>): Promise<{ app: App; lines: string[] }> {
  const lines: string[] = [];
  const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(...String(chunk).split('\n').filter(Boolean)), done()) });
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'trace', DATABASE_URL: databaseUrl, ...env });
  return { app: await startApp(config, createLogger('trace', sink)), lines };
}

/** A log line with every logged byte array decoded as text next to it. */
function readable(line: string): string {
  const bytes = [...line.matchAll(/\[(\d{1,3}(?:,\d{1,3}){3,})\]/g)].map((m) => Buffer.from(m[1].split(',').map(Number)).toString('latin1'));
  return [line, ...bytes].join('\n');
}

/** Log lines holding any of the needles, as text or as bytes. */
export function leaks(lines: string[], needles: string[]): string[] {
  return lines.filter((line) => {
    const text = readable(line);
    return needles.some((n) => text.includes(n));
  });
}
