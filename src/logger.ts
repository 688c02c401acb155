// Structured JSON logs. Never log message texts or other personal data: ids and counts only.
import pino from 'pino';

export type Logger = pino.Logger;

export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ level, base: { app: 'werkloket' }, timestamp: pino.stdTimeFunctions.isoTime });
}
