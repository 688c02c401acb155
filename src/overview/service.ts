// The overview feature as one service for the dialog, the routes and the WhatsApp channel: make the
// snapshot, give the seeker's links, make/withdraw/open share codes, render page and PDF.
import { textsFor } from '../texts';
import { SHARE_CONSENT_VERSION } from '../texts/overview';
import { displayCode, newCode, normalizeCode, OverviewKeys } from './codes';
import { buildOverview, CODE_DAYS, CODE_USES, LINK_DAYS, OverviewDataSchema, type OverviewData, type StoredProposal } from './model';
import { overviewPdf } from './pdf';
import type { OpenResult, OverviewRepository } from './ports';

const DAY = 86_400_000;

export const PAGE_PATH = '/overzicht/mijn';
export const PDF_PATH = '/overzicht/mijn.pdf';
export const FORM_PATH = '/overzicht';

export interface OverviewOptions {
  /** This server's address as seekers reach it (PUBLIC_URL, or the listening address). */
  baseUrl: () => string;
  organisation?: { name: string; phone?: string; url?: string };
  now?: () => Date;
  /** Tests: uncompressed PDF streams, so the text can be read. */
  compressPdf?: boolean;
}

export interface MadeOverview {
  data: OverviewData;
  pageUrl: string;
  pdfUrl: string;
}

export type OpenOutcome = { status: 'ok'; data: OverviewData } | { status: Exclude<OpenResult['status'], 'ok'> };

/** `S`: the store it was given (src/db's OverviewStore in the app), so tests can read more of it. */
export class OverviewService<S extends OverviewRepository = OverviewRepository> {
  readonly keys: OverviewKeys;

  constructor(
    readonly store: S,
    secret: string,
    private readonly o: OverviewOptions,
  ) {
    this.keys = new OverviewKeys(secret);
  }

  now(): Date {
    return this.o.now?.() ?? new Date();
  }

  /** The snapshot from the summary lines the seeker saw and their stored proposals; saved. */
  async make(seekerId: string, locale: 'nl' | 'en', told: string[]): Promise<MadeOverview> {
    const rows = await this.store.proposalsOf(seekerId);
    const proposals: StoredProposal[] = rows.map((r) => ({ ...(r.data as Partial<StoredProposal>), title: r.title, score: r.score, provider: (r.data as { provider?: string })?.provider ?? '', notFittingReason: r.notFitting ? (r.notFittingReason ?? '') : null }));
    const data = buildOverview({ locale, now: this.now(), told, proposals, organisation: this.o.organisation });
    await this.store.save(seekerId, locale, data);
    return { data, ...this.links(seekerId) };
  }

  links(seekerId: string): { pageUrl: string; pdfUrl: string } {
    const token = encodeURIComponent(this.keys.linkToken(seekerId, new Date(this.now().getTime() + LINK_DAYS * DAY)));
    const base = this.o.baseUrl().replace(/\/$/, '');
    return { pageUrl: `${base}${PAGE_PATH}?t=${token}`, pdfUrl: `${base}${PDF_PATH}?t=${token}` };
  }

  formUrl(): string {
    return `${this.o.baseUrl().replace(/\/$/, '')}${FORM_PATH}`;
  }

  /** The seeker's own overview from a link token; undefined when the token is not (or no longer) good. */
  async ownOverview(token: unknown): Promise<OverviewData | undefined> {
    const seekerId = this.keys.verifyLink(token, this.now());
    if (!seekerId) return undefined;
    const found = await this.store.find(seekerId);
    return found ? parse(found.data) : undefined;
  }

  /** A new share code (the seeker said yes); returns it for display and whether an older one stopped. */
  async share(seekerId: string): Promise<{ code: string; expiresAt: Date; uses: number; replaced: boolean }> {
    const now = this.now();
    const code = newCode();
    const expiresAt = new Date(now.getTime() + CODE_DAYS * DAY);
    const replaced = await this.store.createCode(seekerId, { hash: this.keys.hashCode(code), expiresAt, uses: CODE_USES, textVersion: SHARE_CONSENT_VERSION, now });
    return { code: displayCode(code), expiresAt, uses: CODE_USES, replaced: replaced > 0 };
  }

  withdraw(seekerId: string): Promise<number> {
    return this.store.withdraw(seekerId, this.now());
  }

  /** An organisation opens a code; the opening is logged when (and only when) it succeeds. */
  async open(code: string, organisation: string): Promise<OpenOutcome & { codeId?: string }> {
    const normalized = normalizeCode(code);
    if (!normalized) return { status: 'invalid' };
    const result = await this.store.open(this.keys.hashCode(normalized), organisation, this.now());
    if (result.status !== 'ok') return result;
    const data = parse(result.data);
    return data ? { status: 'ok', data, codeId: result.codeId } : { status: 'invalid' };
  }

  pdf(data: OverviewData): Promise<Buffer> {
    return overviewPdf(data, textsFor(data.locale).overview, { compress: this.o.compressPdf ?? true });
  }

  /**
   * The PDF behind one of our own PDF links, for channels that upload documents (WhatsApp); read
   * in-process, never fetched over the network.
   */
  async document(url: string): Promise<{ bytes: Buffer; filename: string; mime: string } | undefined> {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return undefined;
    }
    if (parsed.pathname !== PDF_PATH) return undefined;
    const data = await this.ownOverview(parsed.searchParams.get('t'));
    if (!data) return undefined;
    return { bytes: await this.pdf(data), filename: filenameOf(data), mime: 'application/pdf' };
  }
}

export const filenameOf = (data: OverviewData) => `${data.locale === 'en' ? 'my-overview' : 'mijn-overzicht'}-${data.madeAt.slice(0, 10)}.pdf`;

function parse(data: unknown): OverviewData | undefined {
  const parsed = OverviewDataSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}
