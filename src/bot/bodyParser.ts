// Request bodies: JSON only, read into memory with a byte limit and a time limit. Every API of
// this server speaks JSON; restify's bodyParser also parsed forms and multipart (writing uploads
// to disk), which only widened what a stranger could make the server do. Anything else is refused
// before a byte is read (415); the raw bytes stay on req.rawBody for signature checks (WhatsApp).
import type { Next, Request, Response } from 'restify';
import { ApiError } from '../errors';

export interface JsonBodyOptions {
  /** Largest body accepted, in bytes. */
  maxBytes: number;
  /** Time allowed to receive the whole body (a slow sender must not hold requests open). */
  timeoutMs?: number;
  /** Paths that also take a plain HTML form (application/x-www-form-urlencoded): the organisation's code form. */
  formPaths?: readonly string[];
  /** Paths that also take a CSV file (text/csv, UTF-8): the vacancy import. The body is the text. */
  csvPaths?: readonly string[];
}

/** Methods whose body (if any) no route reads: left unread, the connection discards it. */
const BODILESS = new Set(['GET', 'HEAD', 'OPTIONS']);

export type RawBodyRequest = Request & { rawBody?: Buffer };

export function jsonBodyParser(options: JsonBodyOptions) {
  const timeoutMs = options.timeoutMs ?? 15_000;
  return (req: Request, res: Response, next: Next): void => {
    if (BODILESS.has(req.method ?? 'GET') || !hasBody(req)) {
      next();
      return;
    }
    const form = isForm(req.headers['content-type']) && (options.formPaths ?? []).includes(req.getPath());
    const csv = isCsv(req.headers['content-type']) && (options.csvPaths ?? []).includes(req.getPath());
    if (!form && !csv && !isJson(req.headers['content-type'])) return refuse(req, res, next, new ApiError('UNSUPPORTED_MEDIA_TYPE'));
    const encoding = req.headers['content-encoding'];
    if (encoding && encoding.toLowerCase() !== 'identity') return refuse(req, res, next, new ApiError('UNSUPPORTED_MEDIA_TYPE', 'Send the body without Content-Encoding.'));
    if (Number(req.headers['content-length'] ?? 0) > options.maxBytes) return refuse(req, res, next, new ApiError('PAYLOAD_TOO_LARGE'));
    readBody(req, options.maxBytes, timeoutMs).then(
      (raw) => {
        if (raw === undefined) return next(false); // the client went away: nobody to answer
        (req as RawBodyRequest).rawBody = raw;
        const parsed = form ? parseForm(raw) : csv ? parseText(raw) : parseJson(raw);
        if (parsed instanceof ApiError) return refuse(req, res, next, parsed);
        req.body = parsed;
        next();
      },
      (error: ApiError) => refuse(req, res, next, error),
    );
  };
}

function hasBody(req: Request): boolean {
  if (req.headers['transfer-encoding'] !== undefined) return true;
  const length = req.headers['content-length'];
  return length !== undefined && Number(length) > 0;
}

/** application/json, with or without parameters (charset=utf-8). */
function isJson(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';')[0].trim().toLowerCase() === 'application/json';
}

/** The body's bytes; undefined when the client went away; rejects with a coded error. */
function readBody(req: Request, maxBytes: number, timeoutMs: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (outcome: () => void) => {
      clearTimeout(timer);
      req.removeListener('data', onData);
      req.removeListener('end', onEnd);
      req.removeListener('error', onGone);
      req.removeListener('close', onClose);
      outcome();
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) finish(() => reject(new ApiError('PAYLOAD_TOO_LARGE')));
      else chunks.push(chunk);
    };
    const onEnd = () => finish(() => resolve(Buffer.concat(chunks)));
    const onGone = () => finish(() => resolve(undefined));
    const onClose = () => {
      if (!req.complete) onGone();
    };
    const timer = setTimeout(() => finish(() => reject(new ApiError('BODY_TIMEOUT'))), timeoutMs);
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onGone);
    req.on('close', onClose);
  });
}

function isForm(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';')[0].trim().toLowerCase() === 'application/x-www-form-urlencoded';
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function isCsv(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';')[0].trim().toLowerCase() === 'text/csv';
}

function parseText(raw: Buffer): string | ApiError {
  try {
    return utf8.decode(raw);
  } catch {
    return new ApiError('BAD_REQUEST', 'The CSV file is not UTF-8 text.');
  }
}

/** A form's fields as strings; a field given twice is malformed (400), like a doubled query parameter. */
function parseForm(raw: Buffer): Record<string, string> | ApiError {
  try {
    const fields = Object.create(null) as Record<string, string>;
    for (const [key, value] of new URLSearchParams(utf8.decode(raw))) {
      if (Object.hasOwn(fields, key)) return new ApiError('BAD_REQUEST', `The form field ${key} is given twice.`);
      fields[key] = value;
    }
    return fields;
  } catch {
    return new ApiError('BAD_REQUEST');
  }
}

function parseJson(raw: Buffer): unknown {
  if (raw.length === 0) return undefined; // an empty body is "no body"
  try {
    return JSON.parse(utf8.decode(raw));
  } catch {
    return new ApiError('INVALID_JSON');
  }
}

/**
 * Answers with the coded error and closes the connection afterwards: the rest of a refused body
 * is never read (without "close", Node would drain it to keep the connection alive).
 */
function refuse(req: Request, res: Response, next: Next, error: ApiError): void {
  req.log?.info({ code: error.code }, 'request body refused');
  if (!res.headersSent) {
    res.header('Connection', 'close');
    res.send(error.status, error.toJSON());
  }
  next(false);
}
