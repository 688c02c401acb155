#!/usr/bin/env node
// Draws the two Teams app icons (teams/color.png 192×192, teams/outline.png 32×32) with node's
// zlib only, so they can be regenerated without an image editor: a white "W" on Werkloket blue,
// and the same "W" in white on a transparent background (Teams requires that for the outline).
// Run: node scripts/teams-icons.mjs
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BLUE = [0x00, 0x5b, 0x96];

/** The "W" as four strokes in a unit square (x, y from the top left). */
const STROKES = [
  [0.24, 0.3, 0.37, 0.7],
  [0.37, 0.7, 0.5, 0.4],
  [0.5, 0.4, 0.63, 0.7],
  [0.63, 0.7, 0.76, 0.3],
];

function distanceToSegment(px, py, [x1, y1, x2, y2]) {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const t = Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
}

/** Coverage 0–1 of a shape at pixel (x, y), 4×4 supersampled for smooth edges. */
function coverage(size, x, y, inside) {
  let hits = 0;
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) if (inside((x + (i + 0.5) / 4) / size, (y + (j + 0.5) / 4) / size)) hits++;
  return hits / 16;
}

function draw(size, { background, strokeWidth, scale = 1 }) {
  const pixels = Buffer.alloc(size * size * 4);
  const inW = (u, v) => STROKES.some((s) => distanceToSegment(0.5 + (u - 0.5) / scale, 0.5 + (v - 0.5) / scale, s) <= strokeWidth / 2);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const o = (y * size + x) * 4;
      const w = coverage(size, x, y, inW);
      if (background) {
        // Full-bleed background (Teams rounds the corners itself), the symbol in the middle half.
        for (let c = 0; c < 3; c++) pixels[o + c] = Math.round(background[c] * (1 - w) + 255 * w);
        pixels[o + 3] = 255;
      } else {
        // Outline: white only, the shape in the alpha channel.
        pixels.fill(255, o, o + 3);
        pixels[o + 3] = Math.round(255 * w);
      }
    }
  }
  return png(size, size, pixels);
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGBA PNG (colour type 6), filter 0 on every row. */
export function png(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 6;
  const rows = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  fs.mkdirSync(path.join(root, 'teams'), { recursive: true });
  fs.writeFileSync(path.join(root, 'teams', 'color.png'), draw(192, { background: BLUE, strokeWidth: 0.1 }));
  fs.writeFileSync(path.join(root, 'teams', 'outline.png'), draw(32, { strokeWidth: 0.075, scale: 1.55 }));
  console.log('teams/color.png (192×192) and teams/outline.png (32×32) written');
}
