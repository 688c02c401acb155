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
