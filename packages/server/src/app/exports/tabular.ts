/**
 * Tables out of the API as CSV and XLSX (issue 6 item 6). CSV is UTF-8 with a byte-order mark
 * (without it Excel reads UTF-8 as the ANSI code page and Vietnamese turns into mojibake),
 * comma-separated, CRLF, quoted per RFC 4180. XLSX has one sheet per table, a bold frozen header
 * row and an auto-filter. Rows are sorted with the Vietnamese collation by the caller's key.
 */
import ExcelJS from 'exceljs';
import { compareVietnamese } from '@khien/core/text';

export type Cell = string | number | boolean | null;

export interface Column<T> {
  /** Vietnamese header as printed. */
  header: string;
  value: (row: T) => Cell;
  width?: number;
}

export interface Sheet<T> {
  /** Sheet name (Excel allows 31 characters, no []:*?/\). */
  name: string;
  columns: Column<T>[];
  rows: T[];
}

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const BOM = '\uFEFF';

function csvCell(value: Cell): string {
  if (value === null) return '';
  const text = typeof value === 'boolean' ? (value ? 'Có' : 'Không') : String(value);
  // A leading = + - @ would be read by spreadsheet programs as a formula (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv<T>(columns: Column<T>[], rows: T[]): Buffer {
  const lines = [columns.map((c) => csvCell(c.header)).join(','), ...rows.map((r) => columns.map((c) => csvCell(c.value(r))).join(','))];
  return Buffer.from(BOM + lines.join('\r\n') + '\r\n', 'utf8');
}

function sheetName(name: string, used: Set<string>): string {
  const base =
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 31)
      .trim() || 'Sheet';
  let candidate = base;
  for (let i = 2; used.has(candidate.toLowerCase()); i++) candidate = `${base.slice(0, 28)} ${i}`;
  used.add(candidate.toLowerCase());
  return candidate;
}

export async function toXlsx(sheets: Array<Sheet<unknown>>, meta: { title?: string } = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Khiên';
  if (meta.title) workbook.title = meta.title;
  const used = new Set<string>();
  for (const s of sheets) {
    const ws = workbook.addWorksheet(sheetName(s.name, used), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = s.columns.map((c, i) => ({
      header: c.header,
      key: `c${i}`,
      width: c.width ?? Math.min(60, Math.max(10, c.header.length + 2)),
    }));
    ws.getRow(1).font = { bold: true };
    for (const row of s.rows) {
      ws.addRow(Object.fromEntries(s.columns.map((c, i) => [`c${i}`, c.value(row) ?? null])));
    }
    if (s.columns.length > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: s.columns.length } };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function sortVietnamese<T>(rows: T[], key: (row: T) => string): T[] {
  return [...rows].sort((a, b) => compareVietnamese(key(a), key(b)));
}

export interface ExportFile {
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

export async function exportTable<T>(format: ExportFormat, baseName: string, sheet: Sheet<T>): Promise<ExportFile> {
  if (format === 'csv')
    return { fileName: `${baseName}.csv`, contentType: 'text/csv; charset=utf-8', bytes: toCsv(sheet.columns, sheet.rows) };
  return {
    fileName: `${baseName}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    bytes: await toXlsx([sheet as Sheet<unknown>], { title: baseName }),
  };
}

/** Every page of a paged list use case (500 rows at a time), up to `max` rows. */
export async function allPages<T>(
  fetch: (limit: number, offset: number) => Promise<{ items: T[]; total: number }>,
  max = 100_000,
): Promise<T[]> {
  const out: T[] = [];
  for (let offset = 0; offset < max; offset += 500) {
    const page = await fetch(500, offset);
    out.push(...page.items);
    if (page.items.length < 500 || out.length >= page.total) break;
  }
  return out.slice(0, max);
}
