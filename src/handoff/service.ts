// The handoff use cases: start, claim, relay, note, hand back, close. Storage, channels and event
// delivery come in through ports; every state change goes through the pure rules first and then
// through an atomic conditional update, so concurrent advisors (on any instance) cannot collide.
import { ApiError } from '../errors';
import type { AdvisorRef, Audience, ContactRequest, Handoff, HandoffStatus, WaitEstimate } from './model';
import { OUTCOME_BACK_TO_BOT, OUTCOME_SEEKER_LEFT, SEEKER_GONE, type SeekerGoneReason } from './model';
import type { HandoffContext, HandoffEvent, HandoffEvents, HandoffNote, HandoffRepository, NewHandoff, SeekerMessenger } from './ports';
import { compareQueue, estimateWait, queuePosition } from './queue';
import { waitFacts } from './queueWatch';
import { decide, type HandoffAction } from './stateMachine';
import { dashboardStats, type DashboardStats } from './stats';

/** 409 for a chat someone else holds; the body names who. */
export class ClaimConflictError extends ApiError {
  constructor(readonly claimedBy: AdvisorRef | null) {
    super('ALREADY_CLAIMED', claimedBy ? `Already taken by ${claimedBy.name}` : undefined);
  }
  override toJSON() {
    return { ...super.toJSON(), claimedBy: this.claimedBy };
  }
}

/** Who reads a chat: closed chats are for the holder, the holder's team and admins only. */
export interface Reader {
  id: string;
  role: 'advisor' | 'werkgeversadviseur' | 'budgetbeheerder' | 'admin';
  team: string | null;
}

/** Whether a reader works the queue of this chat's region (src/regionChoice/scope.ts); absent: every chat. */
export type RegionGate = (handoff: Pick<Handoff, 'regionId'>, reader: Reader) => boolean;

export interface HandoffServiceOptions {
  repo: HandoffRepository;
  messenger: SeekerMessenger;
  events: HandoffEvents;
  now?: () => Date;
  /** How long after its last heartbeat an advisor's console still counts as online. */
  presenceWindowMs?: number;
  /** Several regions: an advisor of one region's team sees and takes only that region's chats. */
  regionGate?: RegionGate;
}

export interface QueueInfo {
  position: number;
  estimate: WaitEstimate;
}

export class HandoffService {
  private readonly now: () => Date;

  constructor(private readonly o: HandoffServiceOptions) {
    this.now = o.now ?? (() => new Date());
  }

  /**
   * Opens a handoff for a conversation, or returns the open one. A more urgent reason (a crisis while
   * waiting about debts) raises its priority and replaces its queue line, so the console shows it.
   */
  async start(input: NewHandoff): Promise<{ handoff: Handoff; created: boolean; raised: boolean } & QueueInfo> {
    const existing = await this.o.repo.openFor(input.conversationId);
    let handoff: Handoff;
    let created = false;
    let raised = false;
    if (existing) {
      handoff = existing;
      if (input.priority > existing.priority && (await this.o.repo.raisePriority(existing.id, input.priority, { reason: input.reason, summary: input.summary }))) {
        raised = true;
        handoff = { ...existing, priority: input.priority, reason: input.reason, summary: input.summary };
        this.emit('updated', handoff);
      }
    } else {
      handoff = await this.o.repo.create({ ...input, waitingSince: input.waitingSince ?? this.now() });
      created = true;
      this.emit('created', handoff);
    }
    return { handoff, created, raised, ...(await this.queueInfo(handoff)) };
  }

  /** Place in the queue and the honest expected wait (advisors online, their recent handling times). */
  async queueInfo(handoff: Pick<Handoff, 'id' | 'status'> & Partial<Pick<Handoff, 'regionId'>>): Promise<QueueInfo> {
    if (handoff.status !== 'waiting') return { position: 0, estimate: { kind: 'none' } };
    const waiting = await this.o.repo.list(['waiting']);
    // The place among the chats the same advisors take (queue.ts sameQueue).
    const position = queuePosition(waiting, handoff.id);
    return { position, estimate: estimateWait(position, await waitFacts(this.o.repo, this.now(), this.o.presenceWindowMs)) };
  }

  /** The seeker was just told this place and wait: the queue updates start from here. */
  async told(handoff: Handoff, info: QueueInfo): Promise<void> {
    if (info.position > 0) await this.o.repo.markQueueTold(handoff.id, handoff.queueToldAt ?? null, this.now(), { position: info.position, estimate: info.estimate });
  }

  seekerContext(conversationId: string) {
    return this.o.repo.seekerContext(conversationId);
  }

  openFor(conversationId: string): Promise<Handoff | undefined> {
    return this.o.repo.openFor(conversationId);
  }

  /** Waiting first by priority and wait, then active, then closed (newest first; only those `reader` may read). */
  async list(status?: HandoffStatus, audience?: Audience, reader?: Reader): Promise<(Handoff & { position?: number })[]> {
    let rows = await this.o.repo.list(status ? [status] : ['waiting', 'active'], status === 'closed' ? 200 : undefined);
    // Another region's chats are not this reader's queue: filtered before the places are counted.
    if (reader && this.o.regionGate) rows = rows.filter((h) => this.o.regionGate!(h, reader));
    if (reader && status === 'closed') {
      const allowed = await Promise.all(rows.map((h) => this.mayRead(h, reader)));
      rows = rows.filter((_h, i) => allowed[i]);
    }
    const waiting = rows.filter((h) => h.status === 'waiting').sort(compareQueue);
    const rest = rows.filter((h) => h.status !== 'waiting');
    // One queue for seekers and employers: positions are counted before the audience filter.
    const all = [...waiting.map((h, i) => ({ ...h, position: i + 1 })), ...rest];
    return audience ? all.filter((h) => h.audience === audience) : all;
  }

  /** The seeker's conversation reference (e.g. for the console's masked WhatsApp number). */
  referenceFor(handoff: Pick<Handoff, 'conversationId'>): Promise<unknown | undefined> {
    return this.o.repo.referenceOf(handoff.conversationId);
  }

  async detail(id: string): Promise<Handoff & HandoffContext> {
    const handoff = await this.require(id);
    return { ...handoff, ...(await this.o.repo.context(handoff)) };
  }

  /** The detail for `reader`; CHAT_FORBIDDEN (403) for a closed chat they may not read. */
  async detailFor(id: string, reader: Reader): Promise<Handoff & HandoffContext> {
    const handoff = await this.require(id, reader);
    if (!(await this.mayRead(handoff, reader))) throw new ApiError('CHAT_FORBIDDEN');
    return { ...handoff, ...(await this.o.repo.context(handoff)) };
  }

  /** Open chats: every advisor (they are the queue). Closed: the holder, the holder's team, admins. */
  async mayRead(handoff: Handoff, reader: Reader): Promise<boolean> {
    if (handoff.status !== 'closed' || reader.role === 'admin') return true;
    if (!handoff.claimedBy) return false;
    if (handoff.claimedBy.id === reader.id) return true;
    return reader.team !== null && (await this.o.repo.advisorTeam(handoff.claimedBy.id)) === reader.team;
  }

  /** Exactly one advisor wins; the others get ALREADY_CLAIMED naming the holder. Idempotent for the holder. */
  async claim(id: string, advisor: AdvisorRef, reader?: Reader): Promise<Handoff> {
    const before = await this.check(id, 'claim', advisor, reader);
    if (before.status === 'active') return before; // already ours
    if (!(await this.o.repo.claim(id, advisor.id, this.now()))) {
      const after = await this.require(id);
      if (after.status === 'active' && after.claimedBy?.id === advisor.id) return after;
      this.fail(after, 'claim', advisor);
    }
    const claimed = await this.require(id);
    this.emit('claimed', claimed);
    const reference = await this.o.repo.referenceOf(claimed.conversationId);
    // The seeker hears who joined; a delivery failure must not undo the claim.
    if (reference) await this.o.messenger.notice(reference, 'claimed', advisor).catch(() => undefined);
    return claimed;
  }

  async sendMessage(id: string, advisor: AdvisorRef, text: string, reader?: Reader): Promise<void> {
    const handoff = await this.check(id, 'message', advisor, reader);
    const reference = await this.o.repo.referenceOf(handoff.conversationId);
    if (!reference) throw new ApiError('SEEKER_UNREACHABLE', 'This conversation has no stored channel address.');
    try {
      await this.o.messenger.send(reference, text, advisor);
    } catch (error) {
      throw new ApiError('SEEKER_UNREACHABLE', error instanceof Error ? `Delivery failed: ${error.message}` : undefined);
    }
    this.emit('message', handoff);
  }

  /**
   * The holder is typing a reply: the seeker sees a typing indicator. Best effort, never stored.
   * `due` (checked after the holder check) lets the caller drop indicators that come too fast.
   */
  async typing(id: string, advisor: AdvisorRef, due: () => boolean = () => true, reader?: Reader): Promise<boolean> {
    const handoff = await this.require(id, reader);
    // 403, not the 409 of a message: only the holder may ever do this.
    if (!decide(handoff, 'message', advisor.id).ok) throw new ApiError('TYPING_FORBIDDEN');
    if (!due()) return false;
    const reference = await this.o.repo.referenceOf(handoff.conversationId);
    if (reference) await this.o.messenger.typing?.(reference, advisor).catch(() => undefined);
    return Boolean(reference);
  }

  async addNote(id: string, advisor: AdvisorRef, text: string, reader?: Reader): Promise<HandoffNote> {
    const handoff = await this.check(id, 'note', advisor, reader);
    const note = await this.o.repo.addNote(id, advisor.id, text);
    this.emit('note', handoff);
    return note;
  }

  /** The advisor hands the conversation back to the bot. */
  async release(id: string, advisor: AdvisorRef, reader?: Reader): Promise<Handoff> {
    return this.end(id, advisor, 'release', OUTCOME_BACK_TO_BOT, 'released', reader);
  }

  /** The advisor closes the chat with an outcome (e.g. "Doorverwezen: UWV"). */
  async close(id: string, advisor: AdvisorRef, outcome: string, reader?: Reader): Promise<Handoff> {
    return this.end(id, advisor, 'close', outcome, 'closed', reader);
  }

  /** The seeker said "terug naar de bot" (or an external hub completed): the open handoff (if any) ends. */
  async seekerRelease(conversationId: string, outcome = OUTCOME_SEEKER_LEFT): Promise<Handoff | undefined> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const open = await this.o.repo.openFor(conversationId);
      if (!open) return undefined;
      const expected = open.status === 'active' ? { status: 'active' as const, holderId: open.claimedBy?.id } : { status: 'waiting' as const };
      if (await this.o.repo.close(open.id, expected, outcome, this.now())) {
        const closed = await this.require(open.id);
        this.emit('released', closed);
        return closed;
      }
    }
    return undefined;
  }

  /**
   * The seeker erased their data or ended the chat: each open handoff of these conversations closes
   * (whoever holds it) with the reason's outcome, and the console hears why.
   */
  async seekerGone(conversationIds: string[], reason: SeekerGoneReason): Promise<Handoff[]> {
    const { outcome, notice } = SEEKER_GONE[reason];
    const closed: Handoff[] = [];
    for (const conversationId of conversationIds) {
      for (let attempt = 0; attempt < 3; attempt++) {
        const open = await this.o.repo.openFor(conversationId);
        if (!open) break;
        const expected = open.status === 'active' ? { status: 'active' as const, holderId: open.claimedBy?.id } : { status: 'waiting' as const };
        if (!(await this.o.repo.close(open.id, expected, outcome, this.now()))) continue;
        closed.push(open);
        this.o.events.publish({ type: 'closed', handoffId: open.id, status: 'closed', claimedBy: open.claimedBy, at: this.now().toISOString(), outcome, notice });
        break;
      }
    }
    return closed;
  }

  async dashboard(dayStart: Date): Promise<DashboardStats> {
    const [handoffs, proposalTitles] = await Promise.all([this.o.repo.since(dayStart), this.o.repo.proposalTitles(dayStart)]);
    return dashboardStats({ handoffs, proposalTitles, now: this.now(), dayStart });
  }

  /** A seeker's message arrived while the conversation is waiting or held: tell the console. */
  relayed(handoff: Handoff): void {
    this.emit('message', handoff);
  }

  async setContact(handoff: Handoff, contact: ContactRequest): Promise<void> {
    await this.o.repo.setContact(handoff.id, contact);
    this.emit('updated', { ...handoff, contact });
  }

  private async end(id: string, advisor: AdvisorRef, action: 'release' | 'close', outcome: string, type: 'released' | 'closed', reader?: Reader): Promise<Handoff> {
    const before = await this.check(id, action, advisor, reader);
    const expected = before.status === 'active' ? { status: 'active' as const, holderId: advisor.id } : { status: 'waiting' as const };
    if (!(await this.o.repo.close(id, expected, outcome, this.now()))) this.fail(await this.require(id), action, advisor);
    let closed = await this.require(id);
    // The call-back number was kept only to call back: once an advisor ends the chat, it goes.
    if (closed.contact?.value) {
      const { value: _value, ...rest } = closed.contact;
      await this.o.repo.setContact(id, rest);
      closed = { ...closed, contact: rest };
    }
    this.emit(type, closed);
    const reference = await this.o.repo.referenceOf(closed.conversationId);
    // The seeker learns they are talking to the bot again; a delivery failure must not undo the close.
    if (reference) await this.o.messenger.notice(reference, type).catch(() => undefined);
    return closed;
  }

  private async check(id: string, action: HandoffAction, advisor: AdvisorRef, reader?: Reader): Promise<Handoff> {
    const handoff = await this.require(id, reader);
    this.fail(handoff, action, advisor, true);
    return handoff;
  }

  /** Throws the coded error for an action that the rules do not allow (or, with `onlyIfDenied`, returns). */
  private fail(handoff: Handoff, action: HandoffAction, advisor: AdvisorRef, onlyIfDenied = false): void {
    const decision = decide(handoff, action, advisor.id);
    if (decision.ok && onlyIfDenied) return;
    const error = decision.ok ? 'ALREADY_CLAIMED' : decision.error;
    if (error === 'ALREADY_CLAIMED') throw new ClaimConflictError(handoff.claimedBy);
    throw new ApiError(error, error === 'NOT_HOLDER' && handoff.claimedBy ? `${handoff.claimedBy.name} holds this chat.` : undefined);
  }

  /** The handoff; with a `reader`, only when it is in their region's queue (OTHER_REGION, 403). */
  private async require(id: string, reader?: Reader): Promise<Handoff> {
    const handoff = await this.o.repo.get(id);
    if (!handoff) throw new ApiError('NOT_FOUND', 'No such handoff.');
    if (reader && this.o.regionGate && !this.o.regionGate(handoff, reader)) throw new ApiError('OTHER_REGION');
    return handoff;
  }

  private emit(type: HandoffEvent['type'], handoff: Handoff): void {
    this.o.events.publish({ type, handoffId: handoff.id, status: handoff.status, claimedBy: handoff.claimedBy, at: this.now().toISOString() });
  }
}
