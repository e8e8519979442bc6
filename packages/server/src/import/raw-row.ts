import type { CellValue } from './field-parsers.ts';

/** A run of rich text with its own font (XLSX only). */
export interface RawRun {
  text: string;
  font?: string;
}

/**
 * One cell as a file gave it, before legacy-encoding conversion. The font name matters for
 * TCVN3: ".VnTimeH"-style fonts draw lower-case code points as capitals.
 */
export interface RawCell {
  value: CellValue;
  font?: string;
  runs?: RawRun[];
}

/** One row of a sheet or CSV: its number as the user sees it, cells by 0-based column. */
export interface RawRow {
  rowNumber: number;
  cells: (RawCell | undefined)[];
}
