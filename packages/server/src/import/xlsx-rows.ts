import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { DomainError } from '@khien/core/errors';
import type { CellValue } from './field-parsers.ts';
import type { RawCell, RawRow, RawRun } from './raw-row.ts';

interface ExcelCellLike {
  value: unknown;
  font?: { name?: string } | undefined;
}

function fontName(font: { name?: string } | undefined): string | undefined {
  return typeof font?.name === 'string' && font.name !== '' ? font.name : undefined;
}

/** Flatten an exceljs cell value to what the field parsers understand. */
function toCell(cell: ExcelCellLike): RawCell | undefined {
  const font = fontName(cell.font);
  const value = cell.value;
  const make = (v: CellValue, runs?: RawRun[]): RawCell => ({
    value: v,
    ...(font === undefined ? {} : { font }),
    ...(runs === undefined ? {} : { runs }),
  });
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) {
    return make(value);
  }
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v['richText'])) {
      const runs: RawRun[] = (v['richText'] as { text?: unknown; font?: { name?: string } }[]).map((run) => {
        const runFont = fontName(run.font) ?? font;
        return { text: typeof run.text === 'string' ? run.text : '', ...(runFont === undefined ? {} : { font: runFont }) };
      });
      return make(runs.map((r) => r.text).join(''), runs);
    }
    if (typeof v['error'] === 'string') return make({ error: v['error'] });
    if ('result' in v) {
      const result = v['result'];
      if (result === undefined || result === null) return undefined;
      if (typeof result === 'object' && result !== null && 'error' in result) {
        return make({ error: String((result as { error: unknown }).error) });
      }
      return make(result as CellValue);
    }
    if (typeof v['text'] === 'string') return make(v['text']); // hyperlink
  }
  return make(String(value));
}

function unreadable(error: unknown): DomainError {
  return new DomainError(
    'import.xlsx_unreadable',
    {
      vi: 'Không đọc được tệp XLSX (tệp hỏng hoặc không phải bảng tính Excel .xlsx). Hãy mở bằng Excel và lưu lại dạng .xlsx.',
      en: 'Cannot read the XLSX file (damaged, or not an Excel .xlsx workbook). Open it in Excel and save it again as .xlsx.',
    },
    { cause: error instanceof Error ? error.message : String(error) },
  );
}

/**
 * Rows of the first worksheet, streamed: exceljs's WorkbookReader parses the sheet XML as it
 * is unzipped and hands over one row at a time, so a 10,000-row sheet never exists as an array
 * of row objects. Only the shared-string table (needed to resolve cells) and the styles (for
 * fonts and date formats) are cached.
 */
export async function* xlsxRows(input: string | Uint8Array): AsyncGenerator<RawRow> {
  const stream =
    typeof input === 'string' ? createReadStream(input) : Readable.from([Buffer.from(input.buffer, input.byteOffset, input.byteLength)]);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    entries: 'ignore',
  });
  try {
    let sheets;
    try {
      sheets = reader[Symbol.asyncIterator]();
    } catch (error) {
      throw unreadable(error);
    }
    let first: IteratorResult<ExcelJS.stream.xlsx.WorksheetReader>;
    try {
      first = await sheets.next();
    } catch (error) {
      throw unreadable(error);
    }
    if (first.done === true) return;
    const rows = first.value[Symbol.asyncIterator]();
    for (;;) {
      let next: IteratorResult<ExcelJS.Row>;
      try {
        next = await rows.next();
      } catch (error) {
        throw unreadable(error);
      }
      if (next.done === true) break;
      const row = next.value;
      const cells: (RawCell | undefined)[] = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        cells[column - 1] = toCell(cell as unknown as ExcelCellLike);
      });
      yield { rowNumber: row.number, cells };
    }
    // Only the first worksheet is imported; stop unzipping the rest.
    await sheets.return?.(undefined);
  } finally {
    stream.destroy();
  }
}
