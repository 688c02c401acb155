// Account management for admins (console) and the operator (CLI): create, change role, team and
// name, disable and enable, set a new password. Every change is written to the audit log; disabling
// and new passwords end the account's sessions, and its live streams on every instance.
import { z } from 'zod';
import { ApiError } from '../errors';
import { AdvisorRoleSchema, type AdvisorStore, type AdvisorSummary } from '../db/advisorStore';
import type { AuditStore } from '../db/auditStore';
import { generatePassword, hashPassword, MIN_PASSWORD_LENGTH } from './password';
import type { SessionEnded } from './events';

/** A team name; "" or null means no team. */
const TeamSchema = z.preprocess((v) => (typeof v === 'string' && !v.trim() ? null : v), z.string().trim().min(1).max(60).nullable());
const PasswordSchema = z.string().min(MIN_PASSWORD_LENGTH, `at least ${MIN_PASSWORD_LENGTH} characters`).max(1024);

export const NewAccountSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  name: z.string().trim().min(1).max(100),
  role: AdvisorRoleSchema.default('advisor'),
  team: TeamSchema.optional(),
  /** Absent: a one-time password is generated and shown once. */
  password: PasswordSchema.optional(),
});
export type NewAccount = z.input<typeof NewAccountSchema>;

export const AccountChangesSchema = z
  .object({ name: z.string().trim().min(1).max(100).optional(), role: AdvisorRoleSchema.optional(), team: TeamSchema.optional(), disabled: z.boolean().optional() })
  .strict();
export type AccountChangesBody = z.infer<typeof AccountChangesSchema>;

export const NewPasswordSchema = z.object({ password: PasswordSchema.optional() }).strict();

/** Who makes the change: an admin's session, or the operator at the command line. */
export type Actor = { id: string; name: string } | 'cli';

export interface AccountServiceOptions {
  store: AdvisorStore;
  audit: AuditStore;
  /** Announces ended sessions to the live streams (absent: they notice at their next heartbeat). */
  sessionEnded?: (ended: SessionEnded) => void;
}

export class AccountService {
  constructor(private readonly o: AccountServiceOptions) {}

  list(): Promise<AdvisorSummary[]> {
    return this.o.store.list();
  }

  async create(actor: Actor, input: NewAccount, options: { disabled?: boolean } = {}): Promise<{ advisor: AdvisorSummary; password?: string }> {
    const parsed = NewAccountSchema.safeParse(input);
    if (!parsed.success) throw new ApiError('BAD_REQUEST', `Invalid account: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    const data = parsed.data;
    if (await this.o.store.findByEmail(data.email)) throw new ApiError('EMAIL_TAKEN');
    const generated = data.password ? undefined : generatePassword();
    const passwordHash = await hashPassword(data.password ?? generated!);
    const advisor = await this.o.store.create({ ...data, passwordHash, disabled: options.disabled });
    await this.log(actor, 'advisor.create', advisor, `role=${advisor.role} team=${advisor.team ?? '-'}${options.disabled ? ' disabled' : ''}`);
    return { advisor, password: generated };
  }

  async update(actor: Actor, id: string, changes: AccountChangesBody): Promise<AdvisorSummary> {
    const before = await this.require(id);
    if (actor !== 'cli' && actor.id === id && (changes.disabled === true || (changes.role !== undefined && changes.role !== 'admin'))) throw new ApiError('CANNOT_CHANGE_SELF');
    const advisor = await this.o.store.update(id, changes);
    if (changes.disabled && !before.disabledAt) this.o.sessionEnded?.({ advisorId: id });
    const action = changes.disabled === true ? 'advisor.disable' : changes.disabled === false ? 'advisor.enable' : 'advisor.update';
    await this.log(actor, action, advisor, describe(changes));
    return advisor;
  }

  /** Sets the given password, or a generated one (returned once); every session of the account ends. */
  async resetPassword(actor: Actor, id: string, password?: string): Promise<{ advisor: AdvisorSummary; password?: string }> {
    const advisor = await this.require(id);
    const generated = password ? undefined : generatePassword();
    await this.o.store.setPassword(id, await hashPassword(password ?? generated!));
    this.o.sessionEnded?.({ advisorId: id });
    await this.log(actor, 'advisor.password-reset', advisor, generated ? 'one-time password generated' : 'password set');
    return { advisor, password: generated };
  }

  private async require(id: string): Promise<AdvisorSummary> {
    const advisor = await this.o.store.findById(id);
    if (!advisor) throw new ApiError('NOT_FOUND', 'No such advisor.');
    return advisor;
  }

  private log(actor: Actor, action: string, target: AdvisorSummary, detail: string): Promise<void> {
    return this.o.audit.write({
      actor: actor === 'cli' ? null : actor,
      actorName: actor === 'cli' ? 'operator (CLI)' : undefined,
      action,
      detail: `advisor=${target.id} <${target.email}> ${detail}`.trim(),
    });
  }
}

function describe(changes: AccountChangesBody): string {
  return Object.entries(changes)
    .filter(([key, value]) => value !== undefined && key !== 'disabled')
    .map(([key, value]) => `${key}=${value ?? '-'}`)
    .join(' ');
}
