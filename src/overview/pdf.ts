// The overview as a tagged, accessible PDF (PDF/UA-style structure: headings, paragraphs, lists,
// document language and title), made with pdfkit (pure JS; Helvetica covers €).
import PDFDocument from 'pdfkit';
import type { Texts } from '../texts';

type OverviewTexts = Texts['overview'];
import { formatDay, type OverviewData } from './model';

export interface PdfOptions {
  /** Tests read the text: pdfkit deflates page streams unless this is false. */
  compress?: boolean;
}

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

export function overviewPdf(data: OverviewData, t: OverviewTexts, options: PdfOptions = {}): Promise<Buffer> {
  const p = t.page;
  const doc = new PDFDocument({
    tagged: true,
    lang: data.locale === 'en' ? 'en-GB' : 'nl-NL',
    displayTitle: true,
    pdfVersion: '1.7',
    compress: options.compress ?? true,
    size: 'A4',
    margin: 56,
    info: { Title: p.title, Subject: p.made(formatDay(new Date(data.madeAt), data.locale)), Creator: 'Werkloket' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const root = doc.struct('Document');
  doc.addStructure(root);
  heading(doc, root, 'H1', p.title, 22);
  para(doc, root, p.made(formatDay(new Date(data.madeAt), data.locale)));

  heading(doc, root, 'H2', p.told, 16);
  list(doc, root, data.told);

  heading(doc, root, 'H2', p.proposals, 16);
  if (!data.proposals.length) para(doc, root, p.none);
  for (const [i, x] of data.proposals.entries()) {
    const section = doc.struct('Sect');
    root.add(section);
    heading(doc, section, 'H3', `${i + 1}. ${x.title}`, 13);
    para(doc, section, x.provider);
    if (x.notFitting) para(doc, section, p.notFitting(x.notFitting), 'Helvetica-Bold');
    list(doc, section, x.reasons);
    if (x.nextStep) para(doc, section, `${p.nextStep}: ${x.nextStep}`);
    if (x.whatToBring.length) {
      para(doc, section, `${p.bring}:`, 'Helvetica-Bold');
      list(doc, section, x.whatToBring);
    }
    if (x.source) para(doc, section, `${p.source}: ${x.source.name} (${x.source.url})`);
    section.end();
  }
  if (data.proposals.length) para(doc, root, p.decides);

  heading(doc, root, 'H2', p.contacts, 16);
  list(doc, root, data.contacts.map((c) => [c.name, c.phone && `${p.phone}: ${c.phone}`, c.url && `${p.website}: ${c.url}`].filter(Boolean).join(' - ')));

  root.end();
  doc.end();
  return done;
}

function heading(doc: Doc, parent: Struct, type: 'H1' | 'H2' | 'H3', text: string, size: number): void {
  doc.moveDown(type === 'H1' ? 0 : 0.6);
  parent.add(doc.struct(type, {}, () => void doc.font('Helvetica-Bold').fontSize(size).fillColor('#000000').text(text)));
}

function para(doc: Doc, parent: Struct, text: string, font = 'Helvetica'): void {
  parent.add(doc.struct('P', {}, () => void doc.font(font).fontSize(11).fillColor('#1a1a1a').text(text, { paragraphGap: 4 })));
}

/** A tagged list: L > LI > (Lbl, LBody), so a screen reader announces the items. */
function list(doc: Doc, parent: Struct, items: string[]): void {
  if (!items.length) return;
  const l = doc.struct('L');
  parent.add(l);
  for (const item of items) {
    const li = doc.struct('LI');
    l.add(li);
    const y = doc.y;
    li.add(doc.struct('Lbl', {}, () => void doc.font('Helvetica').fontSize(11).text('-', doc.page.margins.left, y, { lineBreak: false })));
    li.add(doc.struct('LBody', {}, () => void doc.font('Helvetica').fontSize(11).text(item, doc.page.margins.left + 14, y, { paragraphGap: 2 })));
    li.end();
  }
  l.end();
  doc.x = doc.page.margins.left;
}
