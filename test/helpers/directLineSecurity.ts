// Small helpers for the Direct Line security tests: raw WebSocket upgrades and token claims.
import { WebSocket } from 'ws';

/** The HTTP status of a WebSocket upgrade (101 when it opened). */
export function upgradeStatus(url: string, headers: Record<string, string> = {}): Promise<number | undefined> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { headers });
    ws.on('unexpected-response', (_req, res) => {
      resolve(res.statusCode);
      res.resume();
      ws.terminate();
    });
    ws.on('open', () => {
      resolve(101);
      ws.close();
    });
    ws.on('error', () => resolve(undefined));
  });
}

export function claimsOf(token: string): { c: string; u: string; exp: number; o: number; k?: string } {
  return JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString('utf8'));
}
