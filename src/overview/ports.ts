// What the overview feature needs from storage; src/db/overviewStore.ts implements it, so the
// service here stays free of Prisma and can be tested with any store.

export type OpenResult =
  | { status: 'ok'; data: unknown; locale: string; codeId: string; usesLeft: number }
  | { status: 'invalid' | 'expired' | 'used-up' | 'withdrawn' };

export interface StoredProposalRow {
  title: string;
  score: number;
  data: unknown;
  notFitting: boolean;
  notFittingReason: string | null;
}

export interface NewShareCode {
  hash: string;
  expiresAt: Date;
  uses: number;
  textVersion: string;
  now: Date;
}

export interface OverviewRepository {
  /** The seeker's stored proposals, best first. */
  proposalsOf(seekerId: string): Promise<StoredProposalRow[]>;
  save(seekerId: string, locale: string, data: object): Promise<void>;
  find(seekerId: string): Promise<{ data: unknown; locale: string } | undefined>;
  /** A new code with the seeker's consent; earlier codes stop. Returns how many were withdrawn. */
  createCode(seekerId: string, code: NewShareCode): Promise<number>;
  withdraw(seekerId: string, now: Date): Promise<number>;
  /** One opening, counted and logged atomically. */
  open(codeHash: string, organisation: string, now: Date): Promise<OpenResult>;
}
