import { expect } from 'chai';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createDb } from '../../src/db/client';
import { migrate, migrationsDir, readMigrations } from '../../src/db/migrate';
import { bothProviders } from '../helpers/databases';

const root = path.resolve(__dirname, '..', '..');

describe('database schema and migrations', () => {
  it('the PostgreSQL schema is derived from prisma/schema.prisma and up to date', () => {
    const result = spawnSync(process.execPath, ['scripts/derive-postgres-schema.mjs', '--check'], { cwd: root, encoding: 'utf8' });
    expect(result.status, result.stderr).to.equal(0);
  });

  it('the drift check fails when the derived schema differs', () => {
    const target = path.join(root, 'prisma', 'postgresql', 'schema.prisma');
    const original = fs.readFileSync(target, 'utf8');
    try {
      fs.writeFileSync(target, original.replace('model Seeker {', 'model Seeker {\n  extra String?'));
      const result = spawnSync(process.execPath, ['scripts/derive-postgres-schema.mjs', '--check'], { cwd: root, encoding: 'utf8' });
      expect(result.status).to.equal(1);
    } finally {
      fs.writeFileSync(target, original);
    }
  });

  it('both providers have the same migrations, in the same order', () => {
    const names = (p: 'sqlite' | 'postgresql') => readMigrations(migrationsDir(p)).map((m) => m.name);
    expect(names('sqlite')).to.not.be.empty;
    expect(names('postgresql')).to.deep.equal(names('sqlite'));
  });

  for (const { name, make } of bothProviders) {
    it(`migrates an empty ${name} database once, then finds nothing to do, and prisma agrees`, async function () {
      this.timeout(60_000);
      const database = await make();
      try {
        const first = await migrate(database.url);
        expect(first).to.deep.equal(readMigrations(migrationsDir(name)).map((m) => m.name));
        expect(await migrate(database.url)).to.deep.equal([]);
        const db = createDb(database.url);
        try {
          const seeker = await db.seeker.create({ data: { channel: 'test', userKey: 'k1' } });
          expect(seeker.id).to.be.a('string');
        } finally {
          await db.$disconnect();
        }
        const status = execFileSync(process.execPath, ['node_modules/prisma/build/index.js', 'migrate', 'status'], {
          cwd: root,
          encoding: 'utf8',
          env: { ...process.env, DATABASE_URL: database.url, PRISMA_PROVIDER: name },
        });
        expect(status).to.match(/up to date/i);
      } finally {
        await database.drop();
      }
    });
  }
});
