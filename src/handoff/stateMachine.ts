// waiting → active (claim) → closed (close or hand back); waiting → closed (close, hand back, the
// seeker goes back to the bot). Closed is final. Pure: the repository makes each step atomic.
import type { Handoff, HandoffStatus } from './model';

export type HandoffAction = 'claim' | 'message' | 'note' | 'release' | 'close' | 'seeker-release';

export type Decision =
  | { ok: true; to: HandoffStatus }
  | { ok: false; error: 'ALREADY_CLAIMED' | 'HANDOFF_CLOSED' | 'NOT_HOLDER' | 'NOT_CLAIMED' };

/** What an action by `advisorId` (undefined for the seeker) does to a handoff in its current state. */
export function decide(handoff: Pick<Handoff, 'status' | 'claimedBy'>, action: HandoffAction, advisorId?: string): Decision {
  const { status } = handoff;
  const holds = status === 'active' && handoff.claimedBy?.id === advisorId;
  if (status === 'closed') return action === 'note' ? { ok: true, to: 'closed' } : { ok: false, error: 'HANDOFF_CLOSED' };
  switch (action) {
    case 'claim':
      if (status === 'waiting') return { ok: true, to: 'active' };
      return holds ? { ok: true, to: 'active' } : { ok: false, error: 'ALREADY_CLAIMED' };
    case 'message':
      if (status === 'waiting') return { ok: false, error: 'NOT_CLAIMED' };
      return holds ? { ok: true, to: 'active' } : { ok: false, error: 'NOT_HOLDER' };
    case 'note':
      return { ok: true, to: status };
    case 'release':
    case 'close':
      // Anyone may end a chat nobody holds (e.g. a question left outside office hours).
      if (status === 'waiting' || holds) return { ok: true, to: 'closed' };
      return { ok: false, error: 'NOT_HOLDER' };
    case 'seeker-release':
      return { ok: true, to: 'closed' };
  }
}

/** True while the bot must stay silent and relay instead of running its dialogs. */
export function isOpen(status: HandoffStatus): boolean {
  return status === 'waiting' || status === 'active';
}
