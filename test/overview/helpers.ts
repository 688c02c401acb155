// A seeker with a saved overview straight in the database, and a service with the app's keys, so the
// HTTP tests can make links and codes the real server accepts.
import type { Db } from '../../src/db/client';
import { buildOverview } from '../../src/overview/model';
import { OverviewService } from '../../src/overview/service';

export const SEEKER_KEY = 'test-seeker-key-0123456789abcdef0123456789';

/** A clock the app and the test share; tests move it. */
export function testClock(start = '2026-12-02T10:00:00Z'): { now: () => Date; set(iso: string): void; add(days: number): void } {
  let at = new Date(start).getTime();
  return { now: () => new Date(at), set: (iso) => void (at = new Date(iso).getTime()), add: (days) => void (at += days * 86_400_000) };
}

export async function seekerWithOverview(db: Db, service: OverviewService, n: number): Promise<string> {
  const seeker = await db.seeker.create({ data: { channel: 'test', userKey: `overview-test-${n}-${Date.now()}` } });
  const data = buildOverview({
    locale: 'nl',
    now: service.now(),
    told: ['WW tot 1 september 2027', 'Orderpicker (20 jaar)', 'Postcode 3511'],
    proposals: [
      { title: 'Proefplaatsing bij een werkgever', provider: 'UWV', score: 0.9, reasons: ['Je hebt WW'], nextStep: 'Bel UWV op 088 - 898 92 94 en vraag naar een proefplaatsing.', whatToBring: ['Je identiteitsbewijs', 'Je cv'], sourceLinks: [{ url: 'https://www.uwv.nl/proefplaatsing', name: 'UWV: proefplaatsing' }] },
      { title: 'Heftruckcertificaat', provider: 'Opleider in de regio', score: 0.7, reasons: ['Past bij orderpicker'], nextStep: 'Vraag je WW-adviseur of UWV dit betaalt (€ 450).', whatToBring: [] },
    ],
    organisation: { name: 'Werkcentrum Utrecht', phone: '030 - 123 45 67', url: 'https://werkcentrum.example.nl' },
  });
  await service.store.save(seeker.id, 'nl', data);
  return seeker.id;
}

/** WinAnsi bytes that differ from Latin-1 (Helvetica's encoding in pdfkit), as far as overviews use them. */
const WIN_ANSI: Record<number, string> = { 0x80: '€', 0x85: '…', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x96: '–', 0x97: '—' };

/**
 * The text of an uncompressed pdfkit PDF: each TJ array's hex strings joined (the numbers between
 * them are kerning, not spaces), one line per TJ.
 */
export function pdfText(pdf: Buffer): string {
  const lines: string[] = [];
  for (const match of pdf.toString('latin1').matchAll(/\[((?:<[0-9a-f]*>\s*-?[\d.]*\s*)+)\]\s*TJ/gi)) {
    const hex = [...match[1].matchAll(/<([0-9a-f]*)>/gi)].map((m) => m[1]).join('');
    lines.push([...Buffer.from(hex, 'hex')].map((b) => WIN_ANSI[b] ?? String.fromCharCode(b)).join(''));
  }
  return lines.join('\n');
}
