// Prisma CLI configuration. PRISMA_PROVIDER=postgresql selects the derived PostgreSQL schema and
// its own migration folder; the default is the embedded SQLite database.
import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'prisma/config';

// Prisma's native schema engine cannot be downloaded on offline machines: use the wasm stand-in
// beside the checkout when it is there. Elsewhere Prisma fetches its own engine as usual.
const shim = path.resolve(__dirname, '../shared/tools/prisma-schema-engine.mjs');
if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY && fs.existsSync(shim)) process.env.PRISMA_SCHEMA_ENGINE_BINARY = shim;
process.env.CHECKPOINT_DISABLE ??= '1';

const postgres = process.env.PRISMA_PROVIDER === 'postgresql';
const folder = postgres ? 'prisma/postgresql' : 'prisma';
const url = postgres
  ? process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/werkloket'
  : process.env.DATABASE_URL ?? 'file:./data/werkloket.db';

export default defineConfig({
  schema: `${folder}/schema.prisma`,
  migrations: { path: `${folder}/migrations` },
  datasource: postgres
    ? { url, shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/werkloket_shadow' }
    : { url },
});
