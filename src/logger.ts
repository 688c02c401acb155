// Structured JSON logs. Never log message texts or other personal data: ids and counts only.
import pino from 'pino';
import { maskPii } from './language';

export type Logger = pino.Logger;

interface LoggedError {
  type: string;
  code?: string;
  message: string;
  stack?: string;
}

/** Frames only: the first line of a stack repeats the message, which may hold data. */
function framesOf(stack: unknown): string | undefined {
  if (typeof stack !== 'string') return undefined;
  const frames = stack.split('\n').filter((l) => l.trim().startsWith('at ')).slice(0, 12).join('\n');
  return frames || undefined;
}

function cleanMessage(message: string, prisma: boolean): string {
  const lines = message.split('\n').map((l) => l.trim()).filter(Boolean);
  const cause = prisma ? (lines.at(-1) ?? '') : (lines[0] ?? '');
  return maskPii(cause).text.slice(0, 300);
}

/**
 * Errors are logged without the data they were about: a Prisma error prints the call's arguments
 * (dialog state, texts) in its message, so only its last line (the cause) is kept, identifiers in
 * it are masked, and the stack keeps its frames but not the message above them. A thrown value
 * that is not an Error is described by its message (masked) or its keys, never "[object Object]"
 * and never its values.
 */
export function serializeError(error: unknown): LoggedError {
  if (error instanceof Error || (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string')) {
    const e = error as { name?: unknown; type?: unknown; message: string; stack?: unknown; code?: unknown };
    const type = typeof e.name === 'string' ? e.name : typeof e.type === 'string' ? e.type : error instanceof Error ? 'Error' : 'object';
    const stack = framesOf(e.stack);
    return { type, ...(typeof e.code === 'string' ? { code: e.code } : {}), message: cleanMessage(e.message, type.startsWith('Prisma')), ...(stack ? { stack } : {}) };
  }
  if (typeof error === 'object' && error !== null) return { type: 'object', message: `thrown object with keys: ${Object.keys(error).slice(0, 10).join(', ') || '(none)'}` };
  return { type: typeof error, message: maskPii(String(error)).text.slice(0, 300) };
}

/**
 * The error with every word of the seeker's message taken out of its message: an exception text
 * such as `cannot parse "<what the seeker typed>"` must not carry it into the logs. Words of four
 * or more characters, and every number, are replaced by "…"; the stack is kept.
 */
export function withoutText(error: unknown, text: string | undefined): unknown {
  const words = new Set((text ?? '').split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4 || /\d/.test(w)));
  if (!words.size || typeof error !== 'object' || error === null) return error;
  const e = error as { name?: unknown; message?: unknown; stack?: unknown; code?: unknown };
  if (typeof e.message !== 'string') return error;
  const message = e.message.replace(/[\p{L}\p{N}]+/gu, (w) => (words.has(w) ? '…' : w));
  return { name: typeof e.name === 'string' ? e.name : error instanceof Error ? 'Error' : 'object', message, stack: e.stack, code: e.code };
}

export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info', destination?: pino.DestinationStream): Logger {
  const options = { level, base: { app: 'werkloket' }, timestamp: pino.stdTimeFunctions.isoTime, serializers: { err: serializeError } };
  return destination ? pino(options, destination) : pino(options);
}
