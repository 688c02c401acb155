// Brotli and gzip forms of the static files. Brotli at its best quality takes seconds on Web
// Chat's 3.9 MB bundle, so it runs in the background (zlib's thread pool) and is kept on disk by
// content hash: only the first start after a change pays. Until a form is ready, the next best
// (gzip, else the plain bytes) is served.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

export type Encoding = 'br' | 'gzip';

export interface Encoded {
  identity: Buffer;
  compressible: boolean;
  /** The full SHA-256 of `identity` (hex): the name of its forms in the disk cache. */
  key: string;
  br?: Buffer;
  gzip?: Buffer;
}

const CACHE_DIR = process.env.ASSET_CACHE_DIR ?? path.join(os.tmpdir(), 'werkloket-assets');

const COMPRESS: Record<Encoding, (input: Buffer) => Promise<Buffer>> = {
  gzip: (input) => promisify(zlib.gzip)(input, { level: 9 }),
  br: (input) =>
    promisify(zlib.brotliCompress)(input, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: input.length },
    }),
};

/** For small bodies made at start-up (HTML pages): both forms at once, milliseconds. */
export function compressNow(identity: Buffer): Encoded {
  return {
    identity,
    compressible: true,
    key: '',
    gzip: zlib.gzipSync(identity, { level: 9 }),
    br: zlib.brotliCompressSync(identity, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }),
  };
}

function cacheFile(item: Encoded, encoding: Encoding): string {
  return path.join(CACHE_DIR, `${item.key}.${encoding === 'br' ? 'br' : 'gz'}`);
}

function readCached(item: Encoded, encoding: Encoding): Buffer | undefined {
  try {
    return fs.readFileSync(cacheFile(item, encoding));
  } catch {
    return undefined;
  }
}

async function writeCached(item: Encoded, encoding: Encoding, body: Buffer): Promise<void> {
  // Written under a temporary name and renamed: a second process never reads half a file.
  const file = cacheFile(item, encoding);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await fs.promises.mkdir(CACHE_DIR, { recursive: true });
    await fs.promises.writeFile(temporary, body);
    await fs.promises.rename(temporary, file);
  } catch {
    await fs.promises.rm(temporary, { force: true }).catch(() => undefined); // a read-only disk: memory only
  }
}

/**
 * Takes what the disk cache has now (synchronously: start-up), then makes the rest one by one,
 * gzip first for all (fast), then brotli. Resolves when all are there.
 */
export function compressInBackground(items: Encoded[]): Promise<void> {
  const todo: [Encoded, Encoding][] = [];
  for (const encoding of ['gzip', 'br'] as const) {
    for (const item of items.filter((i) => i.compressible)) {
      const cached = readCached(item, encoding);
      if (cached) item[encoding] = cached;
      else todo.push([item, encoding]);
    }
  }
  return (async () => {
    for (const [item, encoding] of todo) {
      const body = await COMPRESS[encoding](item.identity);
      item[encoding] = body;
      await writeCached(item, encoding, body);
    }
  })();
}

/** The best form this client accepts and we have: brotli, gzip, or the plain bytes. */
export function pickEncoding(item: Encoded, acceptEncoding: string | undefined): Encoding | undefined {
  const accepted = new Set<string>();
  for (const part of (acceptEncoding ?? '').toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name.trim());
  }
  const worth = (body: Buffer | undefined) => body !== undefined && body.length < item.identity.length;
  if (worth(item.br) && (accepted.has('br') || accepted.has('*'))) return 'br';
  if (worth(item.gzip) && (accepted.has('gzip') || accepted.has('*'))) return 'gzip';
  return undefined;
}
