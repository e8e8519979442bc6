import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  HeightRule,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  ShadingType,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { DOCX_FONT, MARGINS_MM, MOTTO, NATIONAL_TITLE, PAGE_MM, SIZES, mmToTwip } from './layout.ts';
import { textWidth } from './measure.ts';
import { typeHeading, upper, type Block, type DocumentModel, type Run, type Signature } from './model.ts';

/**
 * DOCX rendering of a document model with the `docx` library: A4 portrait, Decree 30 margins,
 * Times New Roman, the two-column header (agency + number left, national title + motto + date
 * right), page numbers centred at the top from page 2 (a different, empty first-page header).
 */

const TEXT_WIDTH = mmToTwip(PAGE_MM.width - MARGINS_MM.left - MARGINS_MM.right);
const LEFT_COLUMN = Math.round(TEXT_WIDTH * 0.4);
const RIGHT_COLUMN = TEXT_WIDTH - LEFT_COLUMN;
const INDENT = mmToTwip(10);
const half = (pt: number) => Math.round(pt * 2);
const ptToTwip = (pt: number) => Math.round(pt * 20);
const RULE = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } as const;
const NO_BORDERS = TableBorders.NONE;

function run(text: string, size: number, emphasis: { bold?: boolean; italic?: boolean } = {}): TextRun {
  return new TextRun({ text, size: half(size), bold: emphasis.bold ?? false, italics: emphasis.italic ?? false, font: DOCX_FONT });
}

function line(
  text: string,
  size: number,
  options: { bold?: boolean; italic?: boolean; align?: 'center' | 'left' | 'justify'; before?: number; after?: number } = {},
): Paragraph {
  return new Paragraph({
    alignment: options.align === 'left' ? AlignmentType.LEFT : options.align === 'justify' ? AlignmentType.JUSTIFIED : AlignmentType.CENTER,
    spacing: { before: ptToTwip(options.before ?? 0), after: ptToTwip(options.after ?? 0), line: 240 },
    children: [run(text, size, options)],
  });
}

/** A centred horizontal rule of the given width (twips) drawn as the top border of an empty paragraph. */
function rule(widthTwips: number, columnTwips: number, after = 0): Paragraph {
  const side = Math.max(0, Math.round((columnTwips - widthTwips) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    border: { top: RULE },
    spacing: { before: 0, after: ptToTwip(after), line: 240 },
    children: [run('', 4)],
  });
}

function cell(children: Array<Paragraph | Table>, width: number, borders = NO_BORDERS): TableCell {
  return new TableCell({ children, width: { size: width, type: WidthType.DXA }, borders, verticalAlign: VerticalAlignTable.TOP });
}

function fixedTable(rows: TableRow[], widths: number[], borders: ConstructorParameters<typeof TableBorders>[0] = NO_BORDERS): Table {
  return new Table({
    rows,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders,
  });
}

function headerBlock(model: DocumentModel): Table {
  const agency: Paragraph[] = [];
  if (model.letterhead.superiorAgency) agency.push(line(upper(model.letterhead.superiorAgency), SIZES.superiorAgency));
  for (const agencyLine of model.letterhead.issuingAgency) agency.push(line(upper(agencyLine), SIZES.issuingAgency, { bold: true }));
  // Decree 30: a short solid rule under the issuing agency, 1/3 to 1/2 of the name's width.
  const agencyWidth = Math.max(...model.letterhead.issuingAgency.map((l) => textWidth(upper(l), 'bold', SIZES.issuingAgency)));
  agency.push(rule(ptToTwip(agencyWidth * 0.4), LEFT_COLUMN));
  const national: Paragraph[] = [
    line(NATIONAL_TITLE, SIZES.nationalTitle, { bold: true }),
    line(MOTTO, SIZES.motto, { bold: true }),
    // The rule under the motto is as long as the motto.
    rule(ptToTwip(textWidth(MOTTO, 'bold', SIZES.motto)), RIGHT_COLUMN),
  ];
  // Second row: "Số: …" on the same line as the place and date.
  const number: Paragraph[] = [line(model.numberLine, SIZES.number, { before: 4 })];
  if (model.kind === 'letter') number.push(line(`V/v ${model.summary}`, SIZES.recipientsHeading, { before: 2 }));
  const date: Paragraph[] = [line(model.placeDateLine, SIZES.placeDate, { italic: true, before: 4 })];
  return fixedTable(
    [
      new TableRow({ children: [cell(agency, LEFT_COLUMN), cell(national, RIGHT_COLUMN)] }),
      new TableRow({ children: [cell(number, LEFT_COLUMN), cell(date, RIGHT_COLUMN)] }),
    ],
    [LEFT_COLUMN, RIGHT_COLUMN],
  );
}

function titleBlock(model: DocumentModel): Paragraph[] {
  const out: Paragraph[] = [];
  const heading = typeHeading(model.kind);
  if (heading) {
    out.push(line(heading, SIZES.typeName, { bold: true, before: 18 }));
    out.push(line(model.summary, SIZES.summary, { bold: true }));
    out.push(rule(Math.round(TEXT_WIDTH / 4), TEXT_WIDTH, 6));
  } else if (model.addressees?.length) {
    const [first, ...rest] = model.addressees;
    out.push(line(`Kính gửi: ${first}`, SIZES.body, { before: 18, after: rest.length ? 0 : 6 }));
    for (const addressee of rest) out.push(line(addressee, SIZES.body));
  }
  if (model.authorityLine) out.push(line(upper(model.authorityLine), SIZES.body, { bold: true, before: 6, after: 6 }));
  for (const basis of model.legalBases) {
    out.push(
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        indent: { firstLine: INDENT },
        spacing: { after: 60, line: 276 },
        children: [run(basis, SIZES.body, { italic: true })],
      }),
    );
  }
  if (model.enactingLine) out.push(line(model.enactingLine, SIZES.body, { bold: true, before: 6, after: 6 }));
  return out;
}

function runs(items: Run[], size: number): ParagraphChild[] {
  return items.map((r) => run(r.text, size, r));
}

function bodyBlock(block: Block): Array<Paragraph | Table> {
  switch (block.type) {
    case 'paragraph':
      return [
        new Paragraph({
          alignment: block.align === 'center' ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
          indent: block.indent === false || block.align === 'center' ? undefined : { firstLine: INDENT },
          spacing: { after: 120, line: 276 },
          children: runs(block.runs, SIZES.body),
        }),
      ];
    case 'heading':
      return [
        new Paragraph({
          alignment: block.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
          indent: block.align === 'center' ? undefined : { firstLine: INDENT },
          keepNext: true,
          spacing: { before: 120, after: 120, line: 276 },
          children: [run(block.text, SIZES.body, { bold: true })],
        }),
      ];
    case 'table': {
      const total = block.columns.reduce((a, c) => a + c.width, 0);
      const widths = block.columns.map((c) => Math.round((c.width / total) * TEXT_WIDTH));
      const align = (a?: string) => (a === 'right' ? AlignmentType.RIGHT : a === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT);
      const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
      const grid = { top: thin, bottom: thin, left: thin, right: thin };
      const header = new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: block.columns.map((c, i) =>
          cell(
            [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(c.title, SIZES.table, { bold: true })] })],
            widths[i]!,
            grid,
          ),
        ),
      });
      const rows = block.rows.map(
        (row, r) =>
          new TableRow({
            cantSplit: true,
            height: { value: ptToTwip(SIZES.table * 1.4), rule: HeightRule.ATLEAST },
            children: block.columns.map((c, i) =>
              cell(
                [
                  new Paragraph({
                    alignment: align(c.align),
                    children: [run(row[i] ?? '', SIZES.table, { bold: block.boldRows?.includes(r) ?? false })],
                  }),
                ],
                widths[i]!,
                grid,
              ),
            ),
          }),
      );
      return [fixedTable([header, ...rows], widths, grid), new Paragraph({ spacing: { after: 120 }, children: [] })];
    }
    case 'barChart': {
      // Word has no vector drawing in our model: a bar is a run of shaded non-breaking spaces in
      // a borderless label | bar | value table, its length proportional to the value.
      const widths = [
        Math.round(TEXT_WIDTH * 0.36),
        Math.round(TEXT_WIDTH * 0.54),
        TEXT_WIDTH - Math.round(TEXT_WIDTH * 0.36) - Math.round(TEXT_WIDTH * 0.54),
      ];
      const max = Math.max(1, ...block.bars.map((b) => b.value));
      // A non-breaking space at the table size is about a quarter em wide.
      const capacity = Math.floor(widths[1]! / 20 / (SIZES.table * 0.25)) - 1;
      const rows = block.bars.map(
        (bar) =>
          new TableRow({
            cantSplit: true,
            children: [
              cell([new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(bar.label, SIZES.table)] })], widths[0]!),
              cell(
                [
                  new Paragraph({
                    children: [
                      new TextRun({
                        text: '\u00a0'.repeat(Math.round((bar.value / max) * capacity)),
                        size: half(SIZES.table),
                        font: DOCX_FONT,
                        shading: { type: ShadingType.CLEAR, color: 'auto', fill: '1F4E79' },
                      }),
                    ],
                  }),
                ],
                widths[1]!,
              ),
              cell([new Paragraph({ children: [run(String(bar.value), SIZES.table)] })], widths[2]!),
            ],
          }),
      );
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          keepNext: true,
          spacing: { before: 120, after: 60 },
          children: [run(block.title, SIZES.table, { bold: true })],
        }),
        fixedTable(rows, widths),
        new Paragraph({ spacing: { after: 120 }, children: [] }),
      ];
    }
  }
}

function signatureParagraphs(signature: Signature): Paragraph[] {
  const out: Paragraph[] = [];
  if (signature.authority)
    out.push(line(upper(`${signature.authority.prefix} ${signature.authority.of}`), SIZES.signature, { bold: true }));
  out.push(line(upper(signature.title), SIZES.signature, { bold: true }));
  // Room for the handwritten signature and the seal (about 3 cm).
  out.push(new Paragraph({ spacing: { before: 0, after: 0, line: 240 }, children: [run('', SIZES.signature)] }));
  out.push(new Paragraph({ spacing: { before: 0, after: 0, line: 240 }, children: [run('', SIZES.signature)] }));
  out.push(new Paragraph({ spacing: { before: 0, after: 0, line: 240 }, children: [run('', SIZES.signature)] }));
  out.push(new Paragraph({ spacing: { before: 0, after: 0, line: 240 }, children: [run('', SIZES.signature)] }));
  out.push(line(signature.name, SIZES.signature, { bold: true }));
  return out;
}

function closingBlock(model: DocumentModel): Table {
  const [first, second] = model.signatures;
  let left: Paragraph[];
  let right: Paragraph[];
  if (second) {
    left = signatureParagraphs(first!);
    right = signatureParagraphs(second);
  } else {
    left = model.recipients.length
      ? [
          line('Nơi nhận:', SIZES.recipientsHeading, { bold: true, italic: true, align: 'left' }),
          ...model.recipients.map((r) => line(`- ${r}`, SIZES.recipients, { align: 'left' })),
        ]
      : [new Paragraph({ children: [] })];
    right = first ? signatureParagraphs(first) : [new Paragraph({ children: [] })];
  }
  const leftWidth = second ? Math.round(TEXT_WIDTH / 2) : LEFT_COLUMN;
  const rightWidth = TEXT_WIDTH - leftWidth;
  return fixedTable(
    [new TableRow({ cantSplit: true, children: [cell(left, leftWidth), cell(right, rightWidth)] })],
    [leftWidth, rightWidth],
  );
}

export async function renderDocx(model: DocumentModel, meta: { title: string; issuedAt: Date }): Promise<Buffer> {
  const pageNumber = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: half(SIZES.pageNumber), font: DOCX_FONT })],
      }),
    ],
  });
  const recipientsAfterTwoSignatures =
    model.signatures.length > 1 && model.recipients.length
      ? [
          line('Nơi nhận:', SIZES.recipientsHeading, { bold: true, italic: true, align: 'left', before: 12 }),
          ...model.recipients.map((r) => line(`- ${r}`, SIZES.recipients, { align: 'left' })),
        ]
      : [];
  const document = new Document({
    creator: 'Khiên',
    title: meta.title,
    description: model.numberLine,
    styles: {
      default: {
        document: { run: { font: DOCX_FONT, size: half(SIZES.body) } },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: mmToTwip(PAGE_MM.width), height: mmToTwip(PAGE_MM.height), orientation: PageOrientation.PORTRAIT },
            margin: {
              top: mmToTwip(MARGINS_MM.top),
              bottom: mmToTwip(MARGINS_MM.bottom),
              left: mmToTwip(MARGINS_MM.left),
              right: mmToTwip(MARGINS_MM.right),
              header: mmToTwip(8),
              footer: mmToTwip(8),
            },
          },
        },
        headers: { default: pageNumber, first: new Header({ children: [new Paragraph({ children: [] })] }) },
        children: [
          headerBlock(model),
          ...titleBlock(model),
          ...model.body.flatMap(bodyBlock),
          new Paragraph({ spacing: { after: 120 }, children: [] }),
          closingBlock(model),
          ...recipientsAfterTwoSignatures,
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
