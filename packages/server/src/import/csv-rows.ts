import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { DomainError } from '@khien/core/errors';
import type { RawRow } from './raw-row.ts';

/**
 * Pick the delimiter from the header line: Excel writes "," or, under Vietnamese regional
 * settings (decimal comma), ";"; some tools write tabs. Quoted text is ignored so that
 * "Sở, ban, ngành" in a ";" file does not vote for ",".
 */
export function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/u).find((line) => line.trim() !== '') ?? '';
  const unquoted = firstLine.replace(/"[^"]*"/gu, '');
  const counts = [',', ';', '\t'].map((d) => ({ d, n: unquoted.split(d).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  const best = counts[0];
  return best !== undefined && best.n > 0 ? best.d : ',';
}

/** Non-blank lines: the row count for a progress bar (a quoted newline makes it an estimate). */
export function countNonBlankLines(text: string): number {
  let count = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (text.slice(start, end).trim() !== '') count += 1;
    start = end + 1;
  }
  return count;
}

function* slices(text: string, size: number): Generator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

/**
 * Records of a decoded CSV text. Row numbers count every record from 1, blank ones included,
 * so they match the row numbers Excel shows when the file is opened there. The text is fed in
 * slices so that the parser's back-pressure keeps only a few records in memory.
 */
export async function* csvRows(text: string): AsyncGenerator<RawRow> {
  const parser = parse({
    delimiter: detectDelimiter(text),
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: false,
    bom: false,
  });
  const input = Readable.from(slices(text, 64 * 1024));
  input.pipe(parser);
  let rowNumber = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      rowNumber += 1;
      yield { rowNumber, cells: record.map((value) => ({ value })) };
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    const line = (error as { lines?: number }).lines ?? rowNumber + 1;
    throw new DomainError(
      'import.csv_malformed',
      {
        vi: `Tệp CSV sai cấu trúc gần dòng ${line} (thường do dấu ngoặc kép không đóng). Hãy mở bằng Excel và lưu lại dạng CSV UTF-8.`,
        en: `The CSV file is malformed near line ${line} (usually an unclosed quote). Open it in Excel and save it again as CSV UTF-8.`,
      },
      { line },
    );
  } finally {
    input.destroy();
    parser.destroy();
  }
}
