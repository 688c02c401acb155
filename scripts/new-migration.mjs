#!/usr/bin/env node
// Creates the next migration for BOTH providers from prisma/schema.prisma:
//   npm run db:new-migration -- <name>
// Derives the PostgreSQL schema first, then diffs each provider's migrations against its schema.
// `prisma migrate dev` refuses to run non-interactively on warnings; a diff does not.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const name = (process.argv[2] ?? '').replace(/[^a-z0-9_]/gi, '_');
if (!name) {
  console.error('usage: npm run db:new-migration -- <name>');
  process.exit(2);
}
const prisma = path.join(root, 'node_modules', 'prisma', 'build', 'index.js');
execFileSync(process.execPath, [path.join(root, 'scripts', 'derive-postgres-schema.mjs')], { stdio: 'inherit' });
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
for (const [provider, folder] of [['sqlite', 'prisma'], ['postgresql', 'prisma/postgresql']]) {
  const sql = execFileSync(
    process.execPath,
    [prisma, 'migrate', 'diff', '--from-migrations', `${folder}/migrations`, '--to-schema', `${folder}/schema.prisma`, '--script'],
    { cwd: root, env: { ...process.env, PRISMA_PROVIDER: provider }, encoding: 'utf8' },
  );
  // An empty folder makes the next diff fail (P3006): only create it when there is SQL.
  if (!sql.trim() || /^-- This is an empty migration\.?\s*$/.test(sql.trim())) {
    console.log(`${provider}: no changes`);
    continue;
  }
  const dir = path.join(root, folder, 'migrations', `${stamp}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'migration.sql'), sql);
  console.log(`${provider}: wrote ${path.relative(root, dir)}/migration.sql`);
}
