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

/**
 * Errors are logged without the data they were about: a Prisma error prints the call's arguments
 * (dialog state, texts) in its message, so only its last line (the cause) is kept, identifiers in
 * it are masked, and the stack keeps its frames but not the message above them.
 */
export function serializeError(error: unknown): LoggedError {
  if (!(error instanceof Error)) return { type: typeof error, message: maskPii(String(error)).text.slice(0, 300) };
  const lines = error.message.split('\n').map((l) => l.trim()).filter(Boolean);
  const cause = error.name.startsWith('Prisma') ? (lines.at(-1) ?? '') : (lines[0] ?? '');
  const code = (error as { code?: unknown }).code;
  return {
    type: error.name,
    ...(typeof code === 'string' ? { code } : {}),
    message: maskPii(cause).text.slice(0, 300),
    stack: error.stack
      ?.split('\n')
      .filter((l) => l.trim().startsWith('at '))
      .slice(0, 12)
      .join('\n'),
  };
}

export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info', destination?: pino.DestinationStream): Logger {
  const options = { level, base: { app: 'werkloket' }, timestamp: pino.stdTimeFunctions.isoTime, serializers: { err: serializeError } };
  return destination ? pino(options, destination) : pino(options);
}
