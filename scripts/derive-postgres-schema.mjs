#!/usr/bin/env node
// Derives prisma/postgresql/schema.prisma from prisma/schema.prisma (the one hand-edited source).
// `--check` exits 1 when the derived file is missing or stale (used by a test).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.join(root, 'prisma', 'schema.prisma');
const target = path.join(root, 'prisma', 'postgresql', 'schema.prisma');

export function derive(text) {
  const swaps = [
    [/provider = "sqlite"/, 'provider = "postgresql"'],
    [/output\s+= "\.\.\/src\/generated\/sqlite"/, 'output              = "../../src/generated/postgresql"'],
    [/\/\/ The ONE hand-edited schema\.[^\n]*\n/, '// GENERATED from prisma/schema.prisma by `npm run db:derive`. Do not edit.\n'],
  ];
  let out = text;
  for (const [pattern, replacement] of swaps) {
    if (!pattern.test(out)) throw new Error(`derive-postgres-schema: pattern ${pattern} not found in prisma/schema.prisma`);
    out = out.replace(pattern, replacement);
  }
  return out;
}

const wanted = derive(fs.readFileSync(source, 'utf8'));
if (process.argv.includes('--check')) {
  const actual = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  if (actual !== wanted) {
    console.error('prisma/postgresql/schema.prisma is out of date: run `npm run db:derive`');
    process.exit(1);
  }
} else {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, wanted);
  console.log(`wrote ${path.relative(root, target)}`);
}
