import PDFDocument from 'pdfkit';
import { FONT_FILES, MARGINS_MM, MOTTO, NATIONAL_TITLE, SIZES, mmToPt } from './layout.ts';
import type { FontFace } from './measure.ts';
import { typeHeading, upper, type Block, type DocumentModel, type Run, type Signature } from './model.ts';

/**
 * PDF rendering of a document model with pdfkit, Liberation Serif embedded (subset) so every
 * Vietnamese letter displays and extracts the same on any machine. Same page, margins, header
 * and closing block as the DOCX; page numbers centred in the top margin from page 2.
 */

const MARGINS = {
  top: mmToPt(MARGINS_MM.top),
  bottom: mmToPt(MARGINS_MM.bottom),
  left: mmToPt(MARGINS_MM.left),
  right: mmToPt(MARGINS_MM.right),
};
const INDENT = mmToPt(10);
const LINE_GAP = 2;
const PARAGRAPH_GAP = 6;

type Doc = PDFKit.PDFDocument;

function faceOf(emphasis: { bold?: boolean; italic?: boolean }): FontFace {
  if (emphasis.bold && emphasis.italic) return 'boldItalic';
  if (emphasis.bold) return 'bold';
  if (emphasis.italic) return 'italic';
  return 'regular';
}

class Layout {
  readonly x0: number;
  readonly width: number;
  constructor(readonly doc: Doc) {
    this.x0 = MARGINS.left;
    this.width = doc.page.width - MARGINS.left - MARGINS.right;
  }

  get bottom(): number {
    return this.doc.page.height - MARGINS.bottom;
  }

  /** Start a new page unless `height` more points fit on this one. */
  ensure(height: number): void {
    if (this.doc.y + height > this.bottom) {
      this.doc.addPage();
      this.doc.y = MARGINS.top;
    }
  }

  /** Centred text inside a column; returns the y below it. */
  centred(text: string, x: number, y: number, width: number, size: number, face: FontFace): number {
    this.doc.font(face).fontSize(size).text(text, x, y, { width, align: 'center', lineGap: 0 });
    return this.doc.y;
  }

  rule(xCentre: number, y: number, length: number): void {
    this.doc
      .moveTo(xCentre - length / 2, y)
      .lineTo(xCentre + length / 2, y)
      .lineWidth(0.6)
      .stroke();
  }

  runs(items: Run[], options: { align: 'justify' | 'center'; indent: boolean; size: number }): void {
    const { doc } = this;
    doc.x = this.x0;
    items.forEach((item, i) => {
      doc
        .font(faceOf(item))
        .fontSize(options.size)
        .text(item.text, {
          width: this.width,
          align: options.align,
          indent: options.indent ? INDENT : 0,
          lineGap: LINE_GAP,
          paragraphGap: PARAGRAPH_GAP,
          continued: i < items.length - 1,
        });
    });
  }
}

function headerBlock(layout: Layout, model: DocumentModel): void {
  const { doc, x0, width } = layout;
  const leftWidth = width * 0.4;
  const rightX = x0 + leftWidth;
  const rightWidth = width - leftWidth;
  const top = MARGINS.top;

  // Left column: superior agency (regular caps), issuing agency (bold caps), a short rule.
  let left = top;
  if (model.letterhead.superiorAgency)
    left = layout.centred(upper(model.letterhead.superiorAgency), x0, left, leftWidth, SIZES.superiorAgency, 'regular');
  for (const agencyLine of model.letterhead.issuingAgency)
    left = layout.centred(upper(agencyLine), x0, left, leftWidth, SIZES.issuingAgency, 'bold');
  doc.font('bold').fontSize(SIZES.issuingAgency);
  const agencyWidth = Math.min(leftWidth, Math.max(...model.letterhead.issuingAgency.map((l) => doc.widthOfString(upper(l)))));
  layout.rule(x0 + leftWidth / 2, left + 3, agencyWidth * 0.4);

  // Right column: national title, motto, a rule as long as the motto.
  let right = layout.centred(NATIONAL_TITLE, rightX, top, rightWidth, SIZES.nationalTitle, 'bold');
  right = layout.centred(MOTTO, rightX, right, rightWidth, SIZES.motto, 'bold');
  doc.font('bold').fontSize(SIZES.motto);
  layout.rule(rightX + rightWidth / 2, right + 3, doc.widthOfString(MOTTO));

  // "Số: …" and the place and date share one line, below both rules.
  const row = Math.max(left, right) + 10;
  let leftEnd = layout.centred(model.numberLine, x0, row, leftWidth, SIZES.number, 'regular');
  if (model.kind === 'letter')
    leftEnd = layout.centred(`V/v ${model.summary}`, x0, leftEnd + 2, leftWidth, SIZES.recipientsHeading, 'regular');
  const rightEnd = layout.centred(model.placeDateLine, rightX, row, rightWidth, SIZES.placeDate, 'italic');
  doc.x = x0;
  doc.y = Math.max(leftEnd, rightEnd) + 16;
}

function titleBlock(layout: Layout, model: DocumentModel): void {
  const { doc, x0, width } = layout;
  const heading = typeHeading(model.kind);
  if (heading) {
    let y = layout.centred(heading, x0, doc.y, width, SIZES.typeName, 'bold');
    y = layout.centred(model.summary, x0, y, width, SIZES.summary, 'bold');
    layout.rule(x0 + width / 2, y + 4, width / 4);
    doc.y = y + 14;
  } else if (model.addressees?.length) {
    const [first, ...rest] = model.addressees;
    let y = layout.centred(`Kính gửi: ${first}`, x0, doc.y, width, SIZES.body, 'regular');
    for (const addressee of rest) y = layout.centred(addressee, x0, y, width, SIZES.body, 'regular');
    doc.y = y + 10;
  }
  if (model.authorityLine) doc.y = layout.centred(upper(model.authorityLine), x0, doc.y, width, SIZES.body, 'bold') + 8;
  for (const basis of model.legalBases) {
    doc.x = x0;
    doc.font('italic').fontSize(SIZES.body).text(basis, { width, align: 'justify', indent: INDENT, lineGap: LINE_GAP, paragraphGap: 3 });
  }
  if (model.enactingLine) {
    doc.y += 4;
    doc.y = layout.centred(model.enactingLine, x0, doc.y, width, SIZES.body, 'bold') + 8;
  }
}

function table(layout: Layout, block: Extract<Block, { type: 'table' }>): void {
  const { doc, x0, width } = layout;
  const total = block.columns.reduce((a, c) => a + c.width, 0);
  const widths = block.columns.map((c) => (c.width / total) * width);
  const pad = 3;
  const size = SIZES.table;
  const heightOf = (cells: string[], face: FontFace) =>
    Math.max(
      ...cells.map((text, i) =>
        doc
          .font(face)
          .fontSize(size)
          .heightOfString(text || ' ', { width: widths[i]! - 2 * pad }),
      ),
    ) +
    2 * pad;
  const drawRow = (cells: string[], face: FontFace, aligns: Array<'left' | 'center' | 'right'>) => {
    const height = heightOf(cells, face);
    const y = doc.y;
    let x = x0;
    cells.forEach((text, i) => {
      doc.rect(x, y, widths[i]!, height).lineWidth(0.5).stroke();
      doc
        .font(face)
        .fontSize(size)
        .text(text, x + pad, y + pad, { width: widths[i]! - 2 * pad, align: aligns[i] ?? 'left' });
      x += widths[i]!;
    });
    doc.x = x0;
    doc.y = y + height;
  };
  const titles = block.columns.map((c) => c.title);
  const headerHeight = heightOf(titles, 'bold');
  layout.ensure(headerHeight * 2);
  drawRow(
    titles,
    'bold',
    titles.map(() => 'center'),
  );
  block.rows.forEach((row, r) => {
    const face: FontFace = block.boldRows?.includes(r) ? 'bold' : 'regular';
    const cells = block.columns.map((_, i) => row[i] ?? '');
    const height = heightOf(cells, face);
    if (doc.y + height > layout.bottom) {
      layout.ensure(Number.POSITIVE_INFINITY);
      // A table continued on the next page repeats its header row.
      drawRow(
        titles,
        'bold',
        titles.map(() => 'center'),
      );
    }
    drawRow(
      cells,
      face,
      block.columns.map((c) => c.align ?? 'left'),
    );
  });
  doc.y += PARAGRAPH_GAP;
}

const BAR_COLOUR = '#1F4E79';

/** Horizontal bars drawn as vector rectangles: label | bar | value, the longest bar = max value. */
function barChart(layout: Layout, block: Extract<Block, { type: 'barChart' }>): void {
  const { doc, x0, width } = layout;
  const size = SIZES.table;
  const rowHeight = size * 1.7;
  const labelWidth = width * 0.36;
  const valueWidth = 36;
  const barSpace = width - labelWidth - valueWidth - 12;
  const max = Math.max(1, ...block.bars.map((b) => b.value));
  layout.ensure(rowHeight * (block.bars.length + 2));
  doc.y = layout.centred(block.title, x0, doc.y, width, size, 'bold') + 4;
  for (const bar of block.bars) {
    const y = doc.y;
    doc
      .font('regular')
      .fontSize(size)
      .text(bar.label, x0, y + 2, { width: labelWidth - 6, align: 'right', lineBreak: false, ellipsis: true });
    const length = (bar.value / max) * barSpace;
    if (length > 0)
      doc
        .save()
        .rect(x0 + labelWidth, y + 2, length, rowHeight - 6)
        .fill(BAR_COLOUR)
        .restore();
    doc
      .font('regular')
      .fontSize(size)
      .text(String(bar.value), x0 + labelWidth + length + 4, y + 2, { width: valueWidth, lineBreak: false });
    doc.x = x0;
    doc.y = y + rowHeight;
  }
  doc.y += PARAGRAPH_GAP;
}

function bodyBlock(layout: Layout, block: Block): void {
  const { doc } = layout;
  switch (block.type) {
    case 'paragraph':
      layout.runs(block.runs, {
        align: block.align ?? 'justify',
        indent: block.indent !== false && block.align !== 'center',
        size: SIZES.body,
      });
      return;
    case 'heading':
      // Keep a heading with at least two lines of what follows.
      layout.ensure(SIZES.body * 4);
      doc.y += 4;
      layout.runs([{ text: block.text, bold: true }], {
        align: block.align === 'center' ? 'center' : 'justify',
        indent: block.align !== 'center',
        size: SIZES.body,
      });
      return;
    case 'table':
      table(layout, block);
      return;
    case 'barChart':
      barChart(layout, block);
  }
}

const SIGNATURE_SPACE = 62;

function signatureLines(signature: Signature): string[] {
  return [...(signature.authority ? [upper(`${signature.authority.prefix} ${signature.authority.of}`)] : []), upper(signature.title)];
}

function signatureHeight(layout: Layout, signature: Signature, width: number): number {
  const { doc } = layout;
  doc.font('bold').fontSize(SIZES.signature);
  const lines = signatureLines(signature).reduce((h, l) => h + doc.heightOfString(l, { width }), 0);
  return lines + SIGNATURE_SPACE + doc.heightOfString(signature.name, { width });
}

function drawSignature(layout: Layout, signature: Signature, x: number, y: number, width: number): number {
  let at = y;
  for (const l of signatureLines(signature)) at = layout.centred(l, x, at, width, SIZES.signature, 'bold');
  return layout.centred(signature.name, x, at + SIGNATURE_SPACE, width, SIZES.signature, 'bold');
}

function recipientsHeight(layout: Layout, recipients: string[], width: number): number {
  const { doc } = layout;
  const head = doc.font('boldItalic').fontSize(SIZES.recipientsHeading).heightOfString('Nơi nhận:', { width });
  doc.font('regular').fontSize(SIZES.recipients);
  return recipients.reduce((h, r) => h + doc.heightOfString(`- ${r}`, { width }), head);
}

function drawRecipients(layout: Layout, recipients: string[], x: number, y: number, width: number): number {
  const { doc } = layout;
  doc.font('boldItalic').fontSize(SIZES.recipientsHeading).text('Nơi nhận:', x, y, { width });
  doc.font('regular').fontSize(SIZES.recipients);
  for (const r of recipients) doc.text(`- ${r}`, x, doc.y, { width });
  return doc.y;
}

function closingBlock(layout: Layout, model: DocumentModel): void {
  const { doc, x0, width } = layout;
  const [first, second] = model.signatures;
  doc.y += 6;
  if (second) {
    const half = width / 2;
    layout.ensure(Math.max(signatureHeight(layout, first!, half), signatureHeight(layout, second, half)));
    const y = doc.y;
    const end = Math.max(drawSignature(layout, first!, x0, y, half), drawSignature(layout, second, x0 + half, y, half));
    doc.y = end + 10;
    if (model.recipients.length) {
      layout.ensure(recipientsHeight(layout, model.recipients, width * 0.45));
      doc.y = drawRecipients(layout, model.recipients, x0, doc.y, width * 0.45);
    }
    return;
  }
  const leftWidth = width * 0.45;
  const rightX = x0 + width * 0.45;
  const rightWidth = width * 0.55;
  const height = Math.max(
    model.recipients.length ? recipientsHeight(layout, model.recipients, leftWidth) : 0,
    first ? signatureHeight(layout, first, rightWidth) : 0,
  );
  layout.ensure(height);
  const y = doc.y;
  const leftEnd = model.recipients.length ? drawRecipients(layout, model.recipients, x0, y, leftWidth) : y;
  const rightEnd = first ? drawSignature(layout, first, rightX, y, rightWidth) : y;
  doc.x = x0;
  doc.y = Math.max(leftEnd, rightEnd);
}

function numberPages(doc: Doc): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start + 1; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const width = doc.page.width - MARGINS.left - MARGINS.right;
    doc
      .font('regular')
      .fontSize(SIZES.pageNumber)
      .text(String(i + 1), MARGINS.left, mmToPt(8), { width, align: 'center', lineBreak: false });
  }
}

export async function renderPdf(model: DocumentModel, meta: { title: string; issuedAt: Date }): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'portrait',
    margins: MARGINS,
    bufferPages: true,
    pdfVersion: '1.7',
    lang: 'vi-VN',
    displayTitle: true,
    info: {
      Title: meta.title,
      Subject: model.numberLine,
      Author: model.letterhead.issuingAgency.join(' '),
      Creator: 'Khiên',
      CreationDate: meta.issuedAt,
    },
  });
  for (const [name, file] of Object.entries(FONT_FILES)) doc.registerFont(name, file);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const layout = new Layout(doc);
  headerBlock(layout, model);
  titleBlock(layout, model);
  for (const block of model.body) bodyBlock(layout, block);
  closingBlock(layout, model);
  numberPages(doc);
  doc.end();
  return done;
}
