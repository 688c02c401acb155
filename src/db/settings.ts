// Operator settings generated once and shared by every instance on the same database.
import crypto from 'node:crypto';
import { isUniqueViolation, type Db } from './client';

/** Returns the setting, creating it with `generate()` the first time (first writer wins). */
export async function getOrCreateSetting(db: Db, key: string, generate: () => string): Promise<string> {
  const existing = await db.setting.findUnique({ where: { key } });
  if (existing) return existing.value;
  try {
    return (await db.setting.create({ data: { key, value: generate() } })).value;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return (await db.setting.findUniqueOrThrow({ where: { key } })).value;
  }
}

export const randomSecret = (): string => crypto.randomBytes(32).toString('base64url');

/**
 * A secret from the environment when configured (required in production, see src/config.ts),
 * otherwise the one generated once into the database: convenient locally, but a copy of the
 * database then holds the key that protects it. A database copy equal to the configured secret is
 * deleted; a different one is left alone (the operator may still need it to move data over).
 */
export async function secretFor(db: Db, key: string, configured: string | undefined): Promise<string> {
  if (configured === undefined) return getOrCreateSetting(db, key, randomSecret);
  // Moved to the environment (the operator copied the generated value): the database copy goes.
  await db.setting.deleteMany({ where: { key, value: configured } });
  return configured;
}
