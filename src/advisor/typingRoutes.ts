// POST /advisor/api/handoffs/:id/typing: the holder is typing a reply; the seeker sees a typing
// indicator. Same session and cross-site checks as sending a message (403 for anyone but the
// holder). The console sends at most one every 3 s; the server drops faster ones per chat, so a
// misbehaving client cannot flood a seeker's stream.
import type { Server } from 'restify';
import type { HandoffService } from '../handoff';
import { API, type Handler, type Route } from './http';

export const TYPING_MIN_INTERVAL_MS = 1000;

export function registerTypingRoute(
  server: Server,
  deps: { handoffs: HandoffService; authed: (fn: Handler, options: { mutates: boolean }) => Route; now?: () => number },
): void {
  const now = deps.now ?? Date.now;
  const last = new Map<string, number>();
  const due = (id: string) => () => {
    const at = now();
    if (at - (last.get(id) ?? -Infinity) < TYPING_MIN_INTERVAL_MS) return false;
    if (last.size > 10_000) last.clear(); // a bound on memory; only the throttling is lost
    last.set(id, at);
    return true;
  };
  server.post(`${API}/handoffs/:id/typing`, deps.authed(async (req, _res, advisor) => {
    const id = String(req.params.id);
    const sent = await deps.handoffs.typing(id, { id: advisor.id, name: advisor.name }, due(id), advisor);
    return { ok: true, sent };
  }, { mutates: true }));
}
