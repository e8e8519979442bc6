import { open, readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { DomainError } from '@khien/core/errors';
import { nfc } from '@khien/core/text';
import { convertLegacy, type LegacyEncoding } from './convert-legacy.ts';
import { countNonBlankLines, csvRows } from './csv-rows.ts';
import { decodeTextBytes, type ByteEncoding } from './decode-text-bytes.ts';
import { analyseLegacyEncoding, hasLegacyTellTales, type LegacyAnalysis } from './detect-legacy-encoding.ts';
import { parseCode, parseUsername, type CellValue } from './field-parsers.ts';
import { legacyAmbiguousError, legacyDisplayName } from './import-errors.ts';
import { acceptedHeaders, fieldLabels, headerField, REQUIRED_FIELDS, type ImportKind } from './normalise-header.ts';
import type { RawCell, RawRow } from './raw-row.ts';
import {
  parseOrganisationRow,
  parsePersonRow,
  type ImportRowError,
  type OrganisationRow,
  type PersonRow,
  type RowParseResult,
} from './row-schemas.ts';
import { xlsxLastRow } from './xlsx-extent.ts';
import { xlsxRows } from './xlsx-rows.ts';

export type ImportSource = string | { bytes: Uint8Array; filename: string };

export interface ImportProgress {
  /** Data rows read so far (blank rows not counted). */
  rowsRead: number;
  /** Expected data rows: an estimate from the sheet dimension or the CSV line count. */
  totalRows: number | undefined;
  done: boolean;
}

export interface ReadImportFileOptions {
  /** Called every `progressEvery` rows and once at the end with `done: true`. */
  onProgress?: (progress: ImportProgress) => void;
  progressEvery?: number;
  /** Refuse larger files before reading them. Default 50 MiB. */
  maxBytes?: number;
}

/** A file-level message that does not stop the import (unknown column, encoding converted…). */
export interface ImportNotice {
  level: 'info' | 'warning';
  code: string;
  vi: string;
  en: string;
  details?: Record<string, unknown>;
}

export interface ImportColumn {
  /** 1-based column number as the spreadsheet shows it. */
  columnNumber: number;
  header: string;
  field: string | undefined;
}

export type ImportRowResult<T> = { rowNumber: number; ok: true; value: T } | { rowNumber: number; ok: false; errors: ImportRowError[] };

export interface ImportFileEncoding {
  /** How the bytes were decoded ('xlsx' for workbooks, whose text is always Unicode XML). */
  bytes: ByteEncoding | 'xlsx';
  /** The Vietnamese text encoding found in the cells and converted from. */
  text: 'unicode' | LegacyEncoding;
}

export interface ImportStats {
  rowsRead: number;
  ok: number;
  failed: number;
}

/**
 * An opened import file: file-level facts are known (columns, encoding, notices, expected
 * row count) and the rows stream when iterated. It can be iterated once; `close()` releases
 * the file if the rows are not read to the end.
 */
export interface ImportFile<T> extends AsyncIterable<ImportRowResult<T>> {
  readonly kind: ImportKind;
  readonly format: 'csv' | 'xlsx';
  readonly filename: string;
  readonly headerRowNumber: number;
  readonly totalRows: number | undefined;
  readonly encoding: ImportFileEncoding;
  readonly columns: readonly ImportColumn[];
  readonly notices: readonly ImportNotice[];
  /** Running totals, final once iteration has finished. */
  readonly stats: Readonly<ImportStats>;
  close(): Promise<void>;
}

const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
// Rows read ahead to decide the text encoding and find the header before the first row is
// handed out; small enough to keep the streaming promise, large enough to see real names.
const LOOKAHEAD_ROWS = 300;
const HEADER_SEARCH_ROWS = 20;
const CSV_EXTENSIONS = new Set(['.csv', '.txt', '.tsv']);

function unsupported(filename: string, reason: { vi: string; en: string }): DomainError {
  return new DomainError(
    'import.unsupported_format',
    {
      vi: `Không nhập được tệp "${filename}": ${reason.vi} Chỉ nhận tệp .xlsx hoặc .csv.`,
      en: `Cannot import "${filename}": ${reason.en} Only .xlsx and .csv files are accepted.`,
    },
    { filename },
  );
}

async function firstBytes(source: ImportSource, count: number): Promise<{ head: Uint8Array; size: number }> {
  if (typeof source !== 'string') return { head: source.bytes.subarray(0, count), size: source.bytes.byteLength };
  let handle;
  try {
    handle = await open(source, 'r');
    const { size } = await handle.stat();
    const head = Buffer.alloc(Math.min(count, size));
    await handle.read(head, 0, head.length, 0);
    return { head, size };
  } catch (error) {
    throw new DomainError(
      'import.file_unreadable',
      { vi: `Không mở được tệp "${source}".`, en: `Cannot open the file "${source}".` },
      { cause: (error as NodeJS.ErrnoException).code ?? String(error) },
    );
  } finally {
    await handle?.close();
  }
}

function detectFormat(filename: string, head: Uint8Array): 'csv' | 'xlsx' {
  const ext = extname(filename).toLowerCase();
  const isZip = head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
  const isOle = head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0;
  if (isOle || ext === '.xls') {
    throw unsupported(filename, {
      vi: 'đây là định dạng Excel 97–2003 (.xls). Hãy mở bằng Excel và "Lưu thành" .xlsx.',
      en: 'this is the Excel 97–2003 format (.xls). Open it in Excel and "Save As" .xlsx.',
    });
  }
  if (ext === '.ods' || ext === '.numbers') {
    throw unsupported(filename, {
      vi: 'định dạng bảng tính này không được hỗ trợ; hãy lưu thành .xlsx.',
      en: 'this spreadsheet format is not supported; save it as .xlsx.',
    });
  }
  if (isZip) return 'xlsx';
  if (ext === '.xlsx' || ext === '.xlsm') {
    throw new DomainError('import.xlsx_unreadable', {
      vi: `Tệp "${filename}" có đuôi .xlsx nhưng không phải bảng tính Excel hợp lệ.`,
      en: `"${filename}" is named .xlsx but is not a valid Excel workbook.`,
    });
  }
  if (CSV_EXTENSIONS.has(ext)) return 'csv';
  throw unsupported(filename, { vi: 'không nhận ra định dạng tệp.', en: 'the file type is not recognised.' });
}

function cellText(cell: RawCell | undefined): string | undefined {
  return typeof cell?.value === 'string' ? cell.value : undefined;
}

function isBlankRow(row: RawRow): boolean {
  for (const cell of row.cells) {
    const value = cell?.value;
    if (value === undefined || value === null) continue;
    if (typeof value === 'string' && value.trim() === '') continue;
    return false;
  }
  return true;
}

// .VnTimeH, .VnArialH…: TCVN3 all-capitals fonts. VNI-Times, VNI-Helve…: VNI fonts.
const isTcvn3Font = (font: string | undefined) => font !== undefined && /^\.vn/iu.test(font);
const isTcvn3CapitalsFont = (font: string | undefined) => font !== undefined && /^\.Vn.*H$/u.test(font);
const isVniFont = (font: string | undefined) => font !== undefined && /^vni[- ]/iu.test(font);

/** When the text alone is ambiguous, fonts that all point one way settle it. */
function fontVerdict(rows: readonly RawRow[], analysis: LegacyAnalysis): LegacyEncoding | undefined {
  let tcvn3 = 0;
  let vni = 0;
  let other = 0;
  for (const row of rows) {
    for (const cell of row.cells) {
      const pieces = cell?.runs ?? (typeof cell?.value === 'string' ? [{ text: cell.value, font: cell.font }] : []);
      for (const piece of pieces) {
        if (!/[^\u0000-\u007f]/u.test(piece.text)) continue;
        if (isTcvn3Font(piece.font)) tcvn3 += 1;
        else if (isVniFont(piece.font)) vni += 1;
        else other += 1;
      }
    }
  }
  if (tcvn3 > 0 && vni === 0 && other === 0 && analysis.rates.tcvn3 >= 0.6) return 'tcvn3';
  if (vni > 0 && tcvn3 === 0 && other === 0 && analysis.rates.vni >= 0.6) return 'vni';
  return undefined;
}

function convertCell(cell: RawCell | undefined, text: 'unicode' | LegacyEncoding): CellValue {
  if (cell === undefined) return undefined;
  if (typeof cell.value !== 'string') return cell.value;
  if (text === 'unicode') return nfc(cell.value);
  const upper = (font: string | undefined) => text === 'tcvn3' && isTcvn3CapitalsFont(font);
  if (cell.runs !== undefined) {
    return cell.runs.map((run) => convertLegacy(run.text, text, { upperCase: upper(run.font) })).join('');
  }
  return convertLegacy(cell.value, text, { upperCase: upper(cell.font) });
}

interface ConvertedRow {
  rowNumber: number;
  cells: CellValue[];
  /** Raw text of the cells, to retry header matching unconverted and for the mixed check. */
  raw: (string | undefined)[];
}

function convertRow(row: RawRow, text: 'unicode' | LegacyEncoding): ConvertedRow {
  return {
    rowNumber: row.rowNumber,
    cells: Array.from(row.cells, (cell) => convertCell(cell, text)),
    raw: Array.from(row.cells, cellText),
  };
}

function findHeader(kind: ImportKind, rows: readonly ConvertedRow[]): number {
  let bestIndex = 0;
  let bestScore = 0;
  rows.slice(0, HEADER_SEARCH_ROWS).forEach((row, index) => {
    const fields = new Set<string>();
    row.cells.forEach((cell, i) => {
      const field = matchHeader(kind, cell, row.raw[i]);
      if (field !== undefined) fields.add(field);
    });
    if (fields.size > bestScore) {
      bestScore = fields.size;
      bestIndex = index;
    }
  });
  return bestIndex;
}

function matchHeader(kind: ImportKind, converted: CellValue, raw: string | undefined): string | undefined {
  const text = typeof converted === 'string' ? converted : converted == null ? undefined : String(converted);
  // Headers retyped in Unicode inside a legacy file ("Tên" would convert to "Tờn") are
  // matched as written.
  return (text === undefined ? undefined : headerField(kind, text)) ?? (raw === undefined ? undefined : headerField(kind, raw));
}

/**
 * Open an import file of organisations or people (CSV or XLSX), decide its encoding, find
 * and check its header, and return it ready to stream validated rows. File-level problems
 * (unsupported format, undecodable or ambiguous encoding, missing or duplicated required
 * columns, empty file) are thrown as DomainError with an `import.*` code; row problems are
 * reported on the row.
 */
export async function readImportFile(
  source: ImportSource,
  kind: 'organisations',
  options?: ReadImportFileOptions,
): Promise<ImportFile<OrganisationRow>>;
export async function readImportFile(source: ImportSource, kind: 'people', options?: ReadImportFileOptions): Promise<ImportFile<PersonRow>>;
export async function readImportFile(
  source: ImportSource,
  kind: ImportKind,
  options?: ReadImportFileOptions,
): Promise<ImportFile<OrganisationRow> | ImportFile<PersonRow>>;
export async function readImportFile(
  source: ImportSource,
  kind: ImportKind,
  options: ReadImportFileOptions = {},
): Promise<ImportFile<OrganisationRow> | ImportFile<PersonRow>> {
  const filename = typeof source === 'string' ? basename(source) : source.filename;
  const { head, size } = await firstBytes(source, 8);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (size > maxBytes) {
    throw new DomainError(
      'import.file_too_large',
      {
        vi: `Tệp "${filename}" quá lớn (${size} byte, tối đa ${maxBytes}). Hãy chia nhỏ tệp.`,
        en: `"${filename}" is too large (${size} bytes, at most ${maxBytes}). Split it into smaller files.`,
      },
      { size, maxBytes },
    );
  }
  if (size === 0) throw emptyFile(filename);
  const format = detectFormat(filename, head);
  const notices: ImportNotice[] = [];

  let rows: AsyncGenerator<RawRow>;
  let bytesEncoding: ByteEncoding | 'xlsx';
  let legacyFromBytes: LegacyEncoding | undefined;
  let lastRow: number | undefined;
  if (format === 'csv') {
    const bytes = typeof source === 'string' ? await readFile(source) : source.bytes;
    const decoded = decodeTextBytes(bytes);
    bytesEncoding = decoded.encoding;
    legacyFromBytes = decoded.legacy;
    lastRow = countNonBlankLines(decoded.text);
    rows = csvRows(decoded.text);
    if (decoded.encoding !== 'utf-8' && decoded.encoding !== 'utf-8-bom' && decoded.legacy === undefined) {
      notices.push({
        level: 'info',
        code: 'import.byte_encoding',
        vi: `Tệp CSV được đọc theo bảng mã ${decoded.encoding.toUpperCase()}.`,
        en: `The CSV file was read as ${decoded.encoding.toUpperCase()}.`,
        details: { encoding: decoded.encoding },
      });
    }
  } else {
    bytesEncoding = 'xlsx';
    const input = typeof source === 'string' ? source : source.bytes;
    lastRow = await xlsxLastRow(input);
    rows = xlsxRows(input);
  }

  const iterator = rows[Symbol.asyncIterator]();
  try {
    const lookahead: RawRow[] = [];
    let exhausted = false;
    while (lookahead.length < LOOKAHEAD_ROWS) {
      const next = await iterator.next();
      if (next.done === true) {
        exhausted = true;
        break;
      }
      if (!isBlankRow(next.value)) lookahead.push(next.value);
    }
    if (lookahead.length === 0) throw emptyFile(filename);

    const text = legacyFromBytes ?? decideTextEncoding(lookahead);
    if (text !== 'unicode') {
      const name = legacyDisplayName(text);
      notices.push({
        level: 'info',
        code: 'import.legacy_encoding_converted',
        vi: `Tệp dùng bảng mã cũ ${name.vi}; đã tự động chuyển sang Unicode. Hãy kiểm tra lại vài dòng sau khi nhập.`,
        en: `The file uses the legacy encoding ${name.en}; it was converted to Unicode automatically. Check a few rows after importing.`,
        details: { encoding: text },
      });
    }

    const converted = lookahead.map((row) => convertRow(row, text));
    const headerIndex = findHeader(kind, converted);
    const headerRow = converted[headerIndex] as ConvertedRow;
    if (headerIndex > 0) {
      notices.push({
        level: 'info',
        code: 'import.title_rows_skipped',
        vi: `Bỏ qua ${headerIndex} dòng tiêu đề phía trên dòng tên cột (dòng ${headerRow.rowNumber}).`,
        en: `Skipped ${headerIndex} title row(s) above the header row (row ${headerRow.rowNumber}).`,
        details: { headerRowNumber: headerRow.rowNumber },
      });
    }
    const columns = resolveColumns(kind, headerRow, notices);

    const totalRows = lastRow === undefined ? undefined : Math.max(0, lastRow - headerRow.rowNumber);
    return new ImportFileReader(
      kind,
      format,
      filename,
      headerRow.rowNumber,
      totalRows,
      { bytes: bytesEncoding, text },
      columns,
      notices,
      converted.slice(headerIndex + 1),
      exhausted ? undefined : iterator,
      options,
    ) as ImportFile<OrganisationRow> | ImportFile<PersonRow>;
  } catch (error) {
    await iterator.return?.(undefined);
    throw error;
  }
}

function emptyFile(filename: string): DomainError {
  return new DomainError('import.empty_file', {
    vi: `Tệp "${filename}" không có dữ liệu.`,
    en: `"${filename}" contains no data.`,
  });
}

function decideTextEncoding(rows: readonly RawRow[]): 'unicode' | LegacyEncoding {
  const samples: string[] = [];
  for (const row of rows)
    for (const cell of row.cells) {
      const text = cellText(cell);
      if (text !== undefined) samples.push(text);
    }
  const analysis = analyseLegacyEncoding(samples);
  if (analysis.encoding !== 'ambiguous') return analysis.encoding;
  const byFont = fontVerdict(rows, analysis);
  if (byFont !== undefined) return byFont;
  throw legacyAmbiguousError(analysis.suspected);
}

function resolveColumns(kind: ImportKind, header: ConvertedRow, notices: ImportNotice[]): ImportColumn[] {
  const columns: ImportColumn[] = [];
  const byField = new Map<string, ImportColumn[]>();
  header.cells.forEach((cell, index) => {
    const headerText = typeof cell === 'string' ? cell.trim() : cell == null ? '' : String(cell);
    if (headerText === '') return;
    const field = matchHeader(kind, cell, header.raw[index]);
    const column: ImportColumn = { columnNumber: index + 1, header: headerText, field };
    columns.push(column);
    if (field === undefined) {
      notices.push({
        level: 'warning',
        code: 'import.unknown_column',
        vi: `Cột "${headerText}" (cột ${index + 1}) không được nhận ra và sẽ bị bỏ qua.`,
        en: `Column "${headerText}" (column ${index + 1}) is not recognised and will be ignored.`,
        details: { column: headerText, columnNumber: index + 1 },
      });
    } else {
      byField.set(field, [...(byField.get(field) ?? []), column]);
    }
  });

  const duplicated = [...byField.entries()].filter(([, cols]) => cols.length > 1);
  if (duplicated.length > 0) {
    const list = duplicated.map(([, cols]) => cols.map((c) => `"${c.header}"`).join(' = ')).join('; ');
    throw new DomainError(
      'import.duplicate_column',
      {
        vi: `Có nhiều cột cho cùng một thông tin: ${list}. Hãy giữ lại một cột.`,
        en: `Several columns hold the same field: ${list}. Keep only one of each.`,
      },
      { columns: duplicated.map(([field, cols]) => ({ field, headers: cols.map((c) => c.header) })) },
    );
  }

  const labels = fieldLabels(kind);
  const missing = REQUIRED_FIELDS[kind].filter((field) => !byField.has(field));
  if (missing.length > 0) {
    const vi = missing.map((f) => `"${labels[f]?.vi ?? f}"`).join(', ');
    const en = missing.map((f) => `"${labels[f]?.en ?? f}"`).join(', ');
    throw new DomainError(
      'import.missing_columns',
      {
        vi: `Thiếu cột bắt buộc: ${vi} (dòng tên cột là dòng ${header.rowNumber}).`,
        en: `Required column(s) missing: ${en} (the header is row ${header.rowNumber}).`,
      },
      {
        headerRowNumber: header.rowNumber,
        missing: missing.map((field) => ({ field, ...labels[field], accepted: acceptedHeaders(kind, field) })),
      },
    );
  }
  return columns;
}

class ImportFileReader<T extends OrganisationRow | PersonRow> implements ImportFile<T> {
  readonly stats: ImportStats = { rowsRead: 0, ok: 0, failed: 0 };
  private started = false;
  private readonly seenCodes = new Map<string, number>();
  private readonly seenUsernames = new Map<string, number>();
  private readonly parse: (raw: Record<string, unknown>) => RowParseResult<OrganisationRow | PersonRow>;
  private readonly mapped: ImportColumn[];
  private readonly headerOf: Map<string, string>;

  constructor(
    readonly kind: ImportKind,
    readonly format: 'csv' | 'xlsx',
    readonly filename: string,
    readonly headerRowNumber: number,
    readonly totalRows: number | undefined,
    readonly encoding: ImportFileEncoding,
    readonly columns: readonly ImportColumn[],
    readonly notices: readonly ImportNotice[],
    private readonly buffered: ConvertedRow[],
    private source: AsyncIterator<RawRow> | undefined,
    private readonly options: ReadImportFileOptions,
  ) {
    this.parse = kind === 'organisations' ? parseOrganisationRow : parsePersonRow;
    this.mapped = columns.filter((c) => c.field !== undefined);
    this.headerOf = new Map(this.mapped.map((c) => [c.field as string, c.header]));
  }

  async close(): Promise<void> {
    const source = this.source;
    this.source = undefined;
    await source?.return?.(undefined);
  }

  async *[Symbol.asyncIterator](): AsyncIterator<ImportRowResult<T>> {
    if (this.started) throw new Error('An ImportFile can be iterated only once.');
    this.started = true;
    const every = Math.max(1, this.options.progressEvery ?? 100);
    try {
      // The look-ahead rows first, dropped from the buffer as they are handed out.
      for (let row = this.buffered.shift(); row !== undefined; row = this.buffered.shift()) {
        const result = this.check(row);
        if (result === undefined) continue;
        this.count(result, every);
        yield result;
      }
      while (this.source !== undefined) {
        const next = await this.source.next();
        if (next.done === true) break;
        if (isBlankRow(next.value)) continue;
        const result = this.check(convertRow(next.value, this.encoding.text));
        if (result === undefined) continue;
        this.count(result, every);
        yield result;
      }
      this.options.onProgress?.({ rowsRead: this.stats.rowsRead, totalRows: this.stats.rowsRead, done: true });
    } finally {
      await this.close();
    }
  }

  private count(result: ImportRowResult<T>, every: number): void {
    this.stats.rowsRead += 1;
    if (result.ok) this.stats.ok += 1;
    else this.stats.failed += 1;
    if (this.stats.rowsRead % every === 0) {
      this.options.onProgress?.({ rowsRead: this.stats.rowsRead, totalRows: this.totalRows, done: false });
    }
  }

  private check(row: ConvertedRow): ImportRowResult<T> | undefined {
    const record: Record<string, unknown> = {};
    let blank = true;
    const extraErrors: ImportRowError[] = [];
    for (const column of this.mapped) {
      const field = column.field as string;
      const value = row.cells[column.columnNumber - 1];
      if (value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '')) blank = false;
      record[field] = value;
      const raw = row.raw[column.columnNumber - 1];
      if (this.encoding.text === 'unicode' && raw !== undefined && hasLegacyTellTales(raw)) {
        // The file reads as Unicode, but this cell looks like TCVN3/VNI (an old row pasted
        // into a new sheet): reject it rather than import mojibake.
        const cellEncoding = analyseLegacyEncoding([raw]).encoding;
        if (cellEncoding === 'tcvn3' || cellEncoding === 'vni') {
          const name = legacyDisplayName(cellEncoding);
          extraErrors.push({
            field,
            column: column.header,
            code: 'import.legacy_encoding_mixed',
            vi: `Ô "${column.header}" có vẻ dùng bảng mã cũ ${name.vi} trong khi tệp dùng Unicode. Hãy chuyển mã ô này (Unikey → Công cụ chuyển mã).`,
            en: `The "${column.header}" cell looks like ${name.en} text in a Unicode file. Convert it (Unikey → "Công cụ chuyển mã").`,
          });
        }
      }
    }
    // A row with data only in unknown columns carries nothing to import.
    if (blank) return undefined;

    const parsed = this.parse(record);
    const errors = parsed.ok ? [...extraErrors] : [...extraErrors, ...parsed.errors];
    this.checkDuplicates(row.rowNumber, record, errors);
    if (errors.length > 0) {
      return {
        rowNumber: row.rowNumber,
        ok: false,
        errors: errors.map((e) => {
          const column = e.column ?? this.headerOf.get(e.field);
          return column === undefined ? e : { ...e, column };
        }),
      };
    }
    return { rowNumber: row.rowNumber, ok: true, value: (parsed as { ok: true; value: T }).value };
  }

  /**
   * A code seen twice in one file is an error on the later row (the upsert would otherwise
   * silently keep the last one). Codes compare case-insensitively: "snv" and "SNV" in one
   * file are almost certainly the same unit typed twice.
   */
  private checkDuplicates(rowNumber: number, record: Record<string, unknown>, errors: ImportRowError[]): void {
    const labels = fieldLabels(this.kind);
    const codeLabel = labels['code'] ?? { vi: 'Mã', en: 'code' };
    const code = parseCode(record['code'], codeLabel);
    if (code.ok && code.value !== undefined) {
      const key = code.value.toLowerCase();
      const first = this.seenCodes.get(key);
      if (first === undefined) this.seenCodes.set(key, rowNumber);
      else {
        errors.push({
          field: 'code',
          code: 'import.duplicate_code',
          vi: `${codeLabel.vi} "${code.value}" đã có ở dòng ${first} của tệp.`,
          en: `${codeLabel.en} "${code.value}" already appears on row ${first} of the file.`,
        });
      }
    }
    if (this.kind === 'people') {
      const usernameLabel = labels['username'] ?? { vi: 'Tên đăng nhập', en: 'username' };
      const username = parseUsername(record['username'], usernameLabel);
      if (username.ok && username.value !== undefined) {
        const first = this.seenUsernames.get(username.value);
        if (first === undefined) this.seenUsernames.set(username.value, rowNumber);
        else {
          errors.push({
            field: 'username',
            code: 'import.duplicate_username',
            vi: `${usernameLabel.vi} "${username.value}" đã có ở dòng ${first} của tệp.`,
            en: `${usernameLabel.en} "${username.value}" already appears on row ${first} of the file.`,
          });
        }
      }
    }
  }
}
