#!/usr/bin/env node
// `npm run teams:package`: fills teams/manifest.json with this installation's bot id and public
// URL (website, and the statements it serves: PUBLIC_URL/privacy and /toegankelijkheid) and zips
// it with the two icons into dist/werkloket-teams.zip, the file a Teams
// administrator uploads (Teams admin center → Manage apps → Upload, or "Upload a custom app").
// Reads MICROSOFT_APP_ID (the Azure bot's app id, a GUID) and PUBLIC_URL (https://…).
// Usage: MICROSOFT_APP_ID=… PUBLIC_URL=https://werkloket.example.nl npm run teams:package [-- --out file.zip]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function fail(message) {
  console.error(`teams:package: ${message}`);
  process.exit(1);
}

const appId = (process.env.MICROSOFT_APP_ID ?? '').trim();
const publicUrl = (process.env.PUBLIC_URL ?? '').trim().replace(/\/$/, '');
if (!GUID.test(appId)) fail('set MICROSOFT_APP_ID to the bot\'s Microsoft app id (a GUID such as 00000000-0000-0000-0000-000000000000).');
let host;
try {
  const url = new URL(publicUrl);
  if (url.protocol !== 'https:') throw new Error('not https');
  host = url.host;
} catch {
  fail('set PUBLIC_URL to the public https:// address of this server, e.g. https://werkloket.example.nl (Teams only opens https links).');
}

const outIndex = process.argv.indexOf('--out');
const out = path.resolve(outIndex > 0 ? process.argv[outIndex + 1] : path.join(root, 'dist', 'werkloket-teams.zip'));

const values = { MICROSOFT_APP_ID: appId, PUBLIC_URL: publicUrl, PUBLIC_HOST: host };
const template = fs.readFileSync(path.join(root, 'teams', 'manifest.json'), 'utf8');
const manifest = template.replace(/\$\{\{(\w+)\}\}/g, (whole, name) => {
  if (!(name in values)) fail(`unknown placeholder ${whole} in teams/manifest.json`);
  return values[name];
});
JSON.parse(manifest); // a broken template must not reach an administrator

const zip = new JSZip();
// Teams wants the three files at the root of the archive, not in a folder.
zip.file('manifest.json', manifest);
zip.file('color.png', fs.readFileSync(path.join(root, 'teams', 'color.png')));
zip.file('outline.png', fs.readFileSync(path.join(root, 'teams', 'outline.png')));
const data = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, data);
console.log(`${path.relative(process.cwd(), out) || out} written (bot ${appId}, ${publicUrl})`);
