// What the handoff rules need from the outside world, as small interfaces. src/db implements the
// repository, src/bot the messenger, src/db/eventBus the events; src/app.ts wires them.
import type { AdvisorRef, Audience, ContactRequest, Handoff, HandoffStatus, ToldQueue, WaitEstimate } from './model';

export interface NewHandoff {
  conversationId: string;
  seekerId: string | null;
  channel: string;
  reason: string;
  priority: number;
  summary: string;
  /** Default: seeker. */
  audience?: Audience;
  /** Default: the database's clock. */
  waitingSince?: Date;
}

export interface HandoffNote {
  id: string;
  text: string;
  advisor: AdvisorRef | null;
  createdAt: Date;
}

export interface TranscriptLine {
  id: number;
  activityId: string;
  direction: 'in' | 'out';
  sender: string;
  type: string;
  text: string | null;
  createdAt: Date;
}

export interface ProposalView {
  id: string;
  kind: string;
  title: string;
  score: number;
  provider?: string;
  reasons: string[];
}

export interface HandoffContext {
  /** The seeker behind the chat (also when only the conversation knows it), for the console's vacancies. */
  seekerId?: string | null;
  profile: Record<string, unknown> | null;
  proposals: ProposalView[];
  transcript: TranscriptLine[];
  notes: HandoffNote[];
}

export interface HandoffRepository {
  create(input: NewHandoff): Promise<Handoff>;
  get(id: string): Promise<Handoff | undefined>;
  /** The waiting or active handoff of a conversation, if any. */
  openFor(conversationId: string): Promise<Handoff | undefined>;
  list(statuses: HandoffStatus[], limit?: number): Promise<Handoff[]>;
  /** Atomic waiting → active for this advisor; true only for the one call that won. */
  claim(id: string, advisorId: string, at: Date): Promise<boolean>;
  /** Atomic close, only when the handoff is still in `expected` (and held by `holderId` when active). */
  close(id: string, expected: { status: 'waiting' | 'active'; holderId?: string }, outcome: string, at: Date): Promise<boolean>;
  /** Raises the priority (only upwards) and, with it, the reason and the queue line. True when it was raised. */
  raisePriority(id: string, priority: number, line?: { reason: string; summary: string }): Promise<boolean>;
  setContact(id: string, contact: ContactRequest): Promise<void>;
  /** Minutes from waiting to claimed, for handoffs claimed since `since`. */
  recentWaitMinutes(since: Date): Promise<number[]>;
  /** Minutes from claimed to closed, for handoffs closed since `since` (how long advisors need per chat). */
  recentHandlingMinutes(since: Date): Promise<number[]>;
  /** Ids of the advisors whose console stream was open since `since`. */
  advisorsOnline(since: Date): Promise<string[]>;
  /** Compare-and-set: records what the seeker was told, only if queueToldAt is still `expected`. True for the one caller that won. */
  markQueueTold(id: string, expected: Date | null, at: Date, told: ToldQueue): Promise<boolean>;
  /** Compare-and-set like markQueueTold, for the closing-time notice. */
  markClosingTold(id: string, expected: Date | null, at: Date): Promise<boolean>;
  addNote(handoffId: string, advisorId: string, text: string): Promise<HandoffNote>;
  context(handoff: Handoff): Promise<HandoffContext>;
  /** The stored botbuilder ConversationReference (opaque here) of a conversation. */
  referenceOf(conversationId: string): Promise<unknown | undefined>;
  /** What is known about the seeker of a conversation, for the summary and the handoff.initiate transcript. */
  seekerContext(conversationId: string): Promise<{ seekerId: string | null; profile: Record<string, unknown> | null; transcript: TranscriptLine[] }>;
  /** Handoffs created or still open since `since`, and proposal titles, for the dashboard. */
  since(since: Date): Promise<Handoff[]>;
  proposalTitles(since: Date): Promise<string[]>;
  /** The team of an advisor (null: none), for who may read a closed chat. */
  advisorTeam(advisorId: string): Promise<string | null>;
}

export type SeekerNotice = 'claimed' | 'released' | 'closed';

/** Something Werkloket tells a waiting seeker on its own initiative. */
export type SeekerInfo =
  /** Their place or the expected wait changed noticeably. */
  | { kind: 'queue'; position: number; estimate: WaitEstimate }
  /** Office hours ended while they waited: the call-back option, and for a crisis the crisis lines again. */
  | { kind: 'closing'; crisis: boolean; hours: string; next?: { inDays: number; day: number; time: string } };

/** Writes into the seeker's own channel (Web Chat, Teams, WhatsApp …). */
export interface SeekerMessenger {
  /** Queue updates and the closing-time notice, in the seeker's language. */
  inform(reference: unknown, info: SeekerInfo): Promise<void>;
  /** A message typed by an advisor. */
  send(reference: unknown, text: string, advisor: AdvisorRef): Promise<void>;
  /** A fixed notice from Werkloket itself, in the seeker's language. */
  notice(reference: unknown, notice: SeekerNotice, advisor?: AdvisorRef): Promise<void>;
  /** The advisor is typing (not stored; channels without a typing indicator do nothing). */
  typing?(reference: unknown, advisor: AdvisorRef): Promise<void>;
}

export const HandoffEventTypeSchemaValues = ['created', 'message', 'claimed', 'released', 'closed', 'note', 'updated'] as const;
export type HandoffEventType = (typeof HandoffEventTypeSchemaValues)[number];

export interface HandoffEvent {
  type: HandoffEventType;
  handoffId: string;
  status: HandoffStatus;
  claimedBy?: AdvisorRef | null;
  at: string;
  /** Set when a handoff ends for a reason the console must show, e.g. the seeker erased their data. */
  outcome?: string;
  notice?: string;
}

/** Console notifications (queue changed, new message …), delivered to every instance. */
export interface HandoffEvents {
  publish(event: HandoffEvent): void;
}
