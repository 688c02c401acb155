// `npm run advisor:create -- --email E --name N [--role admin|werkgeversadviseur|budgetbeheerder|advisor] [--team NAME]`: creates an
// advisor account. For an existing account: --reset (new password; ends all its sessions),
// --disable (log-in refused, all sessions end), --enable, --role, --team ("" for none), --name.
// The password is read from stdin, never from the command line (that would land in the shell
// history and the process list). Every change is written to the audit log.
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfig } from '../config';
import { AdvisorRoleSchema, AdvisorStore } from '../db/advisorStore';
import { AuditStore } from '../db/auditStore';
import { createDb, providerOf } from '../db/client';
import { createEventBus } from '../db/eventBus';
import { migrate } from '../db/migrate';
import { MIN_PASSWORD_LENGTH } from '../advisor/password';
import { AccountService, type AccountChangesBody } from '../advisor/accounts';
import { SESSION_ENDED_TOPIC, type SessionEnded } from '../advisor/events';

const ROLE_LABEL = { admin: 'Admin', werkgeversadviseur: 'Werkgeversadviseur', budgetbeheerder: 'Budgetbeheerder', advisor: 'Advisor' } as const;

const USAGE = `usage: npm run advisor:create -- --email E [--name N] [--role admin|werkgeversadviseur|budgetbeheerder|advisor] [--team NAME]
                                   [--reset] [--disable | --enable]          (password on stdin)`;

const ArgsSchema = z
  .object({
    email: z.string().trim().toLowerCase().email('a valid e-mail address'),
    name: z.string().trim().min(1, 'a name').max(100).optional(),
    role: AdvisorRoleSchema.optional(),
    team: z.string().trim().max(60).optional(),
    reset: z.boolean().default(false),
    disable: z.boolean().default(false),
    enable: z.boolean().default(false),
  })
  .refine((a) => !(a.disable && a.enable), { message: 'either --disable or --enable, not both', path: ['disable'] });
type Args = z.infer<typeof ArgsSchema>;

/** Where the command reads and writes: the process's own streams, or a test's. */
export interface CliIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  log: (line: string) => void;
  error: (line: string) => void;
  env: Record<string, string | undefined>;
}

const PROCESS_IO: CliIo = { stdin: process.stdin, log: (l) => console.log(l), error: (l) => console.error(l), env: process.env };

async function readPassword(io: CliIo): Promise<string> {
  if (io.stdin.isTTY) process.stderr.write(`Password (at least ${MIN_PASSWORD_LENGTH} characters), then Enter: `);
  const rl = readline.createInterface({ input: io.stdin, terminal: false });
  for await (const line of rl) {
    rl.close();
    return line.replace(/\r$/, '');
  }
  return '';
}

async function password(io: CliIo): Promise<string | undefined> {
  const value = await readPassword(io);
  if (value.length >= MIN_PASSWORD_LENGTH) return value;
  io.error(`The password needs at least ${MIN_PASSWORD_LENGTH} characters.`);
  return undefined;
}

function changesOf(args: Args): AccountChangesBody {
  return {
    ...(args.name !== undefined ? { name: args.name } : {}),
    ...(args.role !== undefined ? { role: args.role } : {}),
    ...(args.team !== undefined ? { team: args.team || null } : {}),
    ...(args.disable ? { disabled: true } : args.enable ? { disabled: false } : {}),
  };
}

async function apply(io: CliIo, accounts: AccountService, store: AdvisorStore, args: Args): Promise<number> {
  const existing = await store.findByEmail(args.email);
  if (!existing) {
    if (!args.name) return fail(io, '--name is needed for a new account.');
    const pw = await password(io);
    if (!pw) return 2;
    const { advisor } = await accounts.create('cli', { email: args.email, name: args.name, role: args.role, team: args.team, password: pw }, { disabled: args.disable });
    io.log(`${ROLE_LABEL[advisor.role]} created: ${advisor.name} <${advisor.email}>${advisor.team ? `, team ${advisor.team}` : ''}${args.disable ? ' (disabled)' : ''}. Log in at /advisor.`);
    return 0;
  }
  const changes = changesOf(args);
  if (changes.name === existing.name) delete changes.name; // the usual create command, run twice
  if (!args.reset && !Object.keys(changes).length) return fail(io, `An advisor with ${args.email} exists already. Use --reset, --disable, --enable, --role, --team or --name to change it.`);
  if (args.reset) {
    const pw = await password(io);
    if (!pw) return 2;
    await accounts.resetPassword('cli', existing.id, pw);
    io.log(`New password set for ${existing.name} <${existing.email}>; all of its sessions have ended.`);
  }
  if (Object.keys(changes).length) {
    const advisor = await accounts.update('cli', existing.id, changes);
    io.log(`${advisor.name} <${advisor.email}>: role ${advisor.role}, team ${advisor.team ?? '-'}, ${advisor.disabledAt ? 'disabled (all sessions ended)' : 'enabled'}.`);
  }
  return 0;
}

function fail(io: CliIo, message: string): number {
  io.error(message);
  return 1;
}

/** The command: exit code 0 (done), 1 (refused), 2 (usage). */
export async function advisorCreate(argv: string[], io: CliIo = PROCESS_IO): Promise<number> {
  const options = { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, team: { type: 'string' }, reset: { type: 'boolean' }, disable: { type: 'boolean' }, enable: { type: 'boolean' } } as const;
  let values: unknown;
  try {
    values = parseArgs({ args: argv, options, strict: true }).values;
  } catch (error) {
    io.error(`${USAGE}\n  ${(error as Error).message}`);
    return 2;
  }
  const args = ArgsSchema.safeParse(values);
  if (!args.success) {
    io.error(`${USAGE}\n${args.error.issues.map((i) => `  --${String(i.path[0])}: expected ${i.message}`).join('\n')}`);
    return 2;
  }
  const config = loadConfig(io.env);
  await migrate(config.databaseSessionUrl);
  const db = createDb(config.databaseUrl);
  // PostgreSQL: running servers hear at once that sessions ended (their streams close); SQLite:
  // they notice at their next heartbeat.
  const bus = providerOf(config.databaseUrl) === 'postgresql' ? await createEventBus(config.databaseSessionUrl) : undefined;
  try {
    const store = new AdvisorStore(db);
    const accounts = new AccountService({ store, audit: new AuditStore(db), sessionEnded: (ended: SessionEnded) => bus?.publish(SESSION_ENDED_TOPIC, ended) });
    return await apply(io, accounts, store, args.data);
  } finally {
    await bus?.close();
    await db.$disconnect();
  }
}

if (require.main === module) {
  advisorCreate(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: Error) => {
      console.error(`advisor:create failed: ${error.message}`);
      process.exit(1);
    },
  );
}
