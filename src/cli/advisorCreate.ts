// `npm run advisor:create -- --email E --name N`: creates an advisor account (or sets a new
// password for an existing one with --reset). The password is read from stdin, never from the
// command line (that would land in the shell history and the process list).
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfig } from '../config';
import { AdvisorStore } from '../db/advisorStore';
import { createDb } from '../db/client';
import { migrate } from '../db/migrate';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../advisor/password';

const ArgsSchema = z.object({
  email: z.string().trim().toLowerCase().email('a valid e-mail address'),
  name: z.string().trim().min(1, 'a name').max(100),
  reset: z.boolean().default(false),
});

async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write(`Password (at least ${MIN_PASSWORD_LENGTH} characters), then Enter: `);
  const rl = readline.createInterface({ input: process.stdin, terminal: false });
  for await (const line of rl) {
    rl.close();
    return line.replace(/\r$/, '');
  }
  return '';
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' }, reset: { type: 'boolean' } }, strict: true });
  const args = ArgsSchema.safeParse(values);
  if (!args.success) {
    console.error(`usage: npm run advisor:create -- --email E --name N [--reset]   (password on stdin)\n${args.error.issues.map((i) => `  --${String(i.path[0])}: expected ${i.message}`).join('\n')}`);
    return 2;
  }
  const password = await readPassword();
  if (password.length < MIN_PASSWORD_LENGTH) {
    console.error(`The password needs at least ${MIN_PASSWORD_LENGTH} characters.`);
    return 2;
  }
  const config = loadConfig();
  await migrate(config.databaseUrl);
  const db = createDb(config.databaseUrl);
  try {
    const store = new AdvisorStore(db);
    const existing = await store.findByEmail(args.data.email);
    const passwordHash = await hashPassword(password);
    if (existing && !args.data.reset) {
      console.error(`An advisor with ${args.data.email} exists already. Use --reset to set a new password.`);
      return 1;
    }
    if (existing) {
      await store.setPassword(existing.id, passwordHash);
      console.log(`New password set for ${existing.name} <${existing.email}>.`);
    } else {
      const advisor = await store.create({ email: args.data.email, name: args.data.name, passwordHash });
      console.log(`Advisor created: ${advisor.name} <${advisor.email}>. Log in at /advisor.`);
    }
    return 0;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`advisor:create failed: ${error.message}`);
    process.exit(1);
  },
);
