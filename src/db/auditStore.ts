// The audit log: who read which chat and who changed which account, and when. It never holds chat
// text; `detail` is a short technical note (e.g. "role=admin"), written by the caller.
import type { Db } from './client';

export interface AuditInput {
  actor: { id: string; name: string } | null;
  /** Shown when there is no account behind the change (e.g. the operator's CLI). */
  actorName?: string;
  action: string;
  handoffId?: string;
  detail?: string;
}

export interface AuditRow {
  id: number;
  at: Date;
  actorId: string | null;
  actorName: string;
  action: string;
  handoffId: string | null;
  detail: string | null;
}

export interface AuditPage {
  entries: AuditRow[];
  /** Pass as `before` for the next (older) page; absent on the last page. */
  next?: number;
}

export class AuditStore {
  constructor(private readonly db: Db) {}

  async write(entry: AuditInput): Promise<void> {
    await this.db.auditEntry.create({
      data: { actorId: entry.actor?.id ?? null, actorName: entry.actor?.name ?? entry.actorName ?? 'unknown', action: entry.action, handoffId: entry.handoffId ?? null, detail: entry.detail?.slice(0, 500) ?? null },
    });
  }

  /** Entries of one action whose detail holds `detailPart` (e.g. "vacancy=<id>"), oldest first. */
  withAction(action: string, detailPart: string, limit = 200): Promise<AuditRow[]> {
    return this.db.auditEntry.findMany({ where: { action, detail: { contains: detailPart } }, orderBy: { id: 'asc' }, take: limit });
  }

  /** Newest first, `limit` entries older than the entry `before` (keyset paging: stable while new entries arrive). */
  async page(options: { before?: number; limit: number; handoffId?: string }): Promise<AuditPage> {
    const rows = await this.db.auditEntry.findMany({
      where: { ...(options.before ? { id: { lt: options.before } } : {}), ...(options.handoffId ? { handoffId: options.handoffId } : {}) },
      orderBy: { id: 'desc' },
      take: options.limit + 1,
    });
    const entries = rows.slice(0, options.limit);
    return { entries, next: rows.length > options.limit ? entries[entries.length - 1].id : undefined };
  }
}
