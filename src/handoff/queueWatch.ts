// Keeps waiting seekers informed without being asked: a queue update when their place or the
// expected wait changed noticeably (at most every few minutes), and once when office hours end
// (with the call-back option; a crisis chat hears the crisis lines again). Runs on every instance:
// each message is claimed first with a compare-and-set on the handoff, so only one instance sends.
import { isCrisis, type Handoff } from './model';
import type { ClosedOn } from './holidays';
import { closingNoticeDue, lastClosing, officeStatus, type OfficeHours } from './officeHours';
import type { HandoffRepository, SeekerInfo, SeekerMessenger } from './ports';
import { compareQueue, estimateWait, queueUpdateDue, sameQueue, type WaitFacts } from './queue';

/** How long after its last heartbeat a console still counts as online. */
export const DEFAULT_PRESENCE_WINDOW_MS = 60_000;
const HOUR = 3_600_000;

/** The facts for the wait estimate, as they are now. */
export async function waitFacts(repo: HandoffRepository, now: Date, presenceWindowMs = DEFAULT_PRESENCE_WINDOW_MS): Promise<WaitFacts> {
  const [online, active, handlingMinutes, recentWaitMinutes] = await Promise.all([
    repo.advisorsOnline(new Date(now.getTime() - presenceWindowMs)),
    repo.list(['active']),
    repo.recentHandlingMinutes(new Date(now.getTime() - 7 * 24 * HOUR)),
    repo.recentWaitMinutes(new Date(now.getTime() - 24 * HOUR)),
  ]);
  const present = new Set(online);
  const busy = new Set(active.map((h) => h.claimedBy?.id).filter((id): id is string => Boolean(id && present.has(id))));
  return { advisorsOnline: present.size, advisorsBusy: busy.size, handlingMinutes, recentWaitMinutes };
}

export interface QueueWatchOptions {
  repo: HandoffRepository;
  messenger: SeekerMessenger;
  office: { hours: OfficeHours; label: string; timeZone: string; closedOn?: ClosedOn };
  now?: () => Date;
  presenceWindowMs?: number;
  onError?: (error: unknown, handoffId: string) => void;
}

export class QueueWatch {
  private readonly now: () => Date;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(private readonly o: QueueWatchOptions) {
    this.now = o.now ?? (() => new Date());
  }

  /** Checks every `intervalMs` (the timer does not keep the process alive). */
  start(intervalMs: number): void {
    if (this.timer || intervalMs <= 0) return;
    this.timer = setInterval(() => {
      if (!this.running) this.running = this.tick().catch((error: unknown) => this.o.onError?.(error, '')).finally(() => (this.running = undefined));
    }, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** One round over the waiting chats; returns how many updates and closing notices this instance sent. */
  async tick(): Promise<{ updates: number; closings: number }> {
    const now = this.now();
    const waiting = (await this.o.repo.list(['waiting'])).sort(compareQueue);
    const sent = { updates: 0, closings: 0 };
    if (!waiting.length) return sent;
    const { hours, timeZone, label, closedOn } = this.o.office;
    const office = officeStatus(hours, now, timeZone, closedOn);
    if (!office.open) {
      const lastClose = lastClosing(hours, now, timeZone, closedOn);
      for (const h of waiting) {
        if (!closingNoticeDue({ open: false, lastClose, waitingSince: h.waitingSince, closingToldAt: h.closingToldAt })) continue;
        const info: SeekerInfo = { kind: 'closing', crisis: isCrisis(h), hours: label, next: office.next };
        if (await this.deliver(h, info, () => this.o.repo.markClosingTold(h.id, h.closingToldAt ?? null, now))) sent.closings++;
      }
      return sent;
    }
    const facts = await waitFacts(this.o.repo, now, this.o.presenceWindowMs);
    for (const [i, h] of waiting.entries()) {
      // The place among the chats the same advisors take (a region's own queue, src/handoff/queue.ts).
      const position = waiting.slice(0, i + 1).filter((w) => sameQueue(w, h)).length;
      const current = { position, estimate: estimateWait(position, facts) };
      if (!queueUpdateDue({ told: h.queueTold, toldAt: h.queueToldAt, current, now })) continue;
      if (await this.deliver(h, { kind: 'queue', ...current }, () => this.o.repo.markQueueTold(h.id, h.queueToldAt ?? null, now, current))) sent.updates++;
    }
    return sent;
  }

  /** Claims the message (compare-and-set) and sends it; false when another instance won or the seeker has no address. */
  private async deliver(h: Handoff, info: SeekerInfo, claim: () => Promise<boolean>): Promise<boolean> {
    try {
      const reference = await this.o.repo.referenceOf(h.conversationId);
      if (!reference || !(await claim())) return false;
      await this.o.messenger.inform(reference, info);
      return true;
    } catch (error) {
      // One unreachable seeker must not stop the others' updates.
      this.o.onError?.(error, h.id);
      return false;
    }
  }
}
