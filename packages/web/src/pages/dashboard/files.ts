/**
 * Files the dashboard and the personnel screen hand to the user: the server's downloads (their
 * names from Content-Disposition) and, for a table the server does not export on its own, a CSV
 * built in the browser the same way the server writes one (UTF-8 with a byte-order mark so that
 * Excel reads Vietnamese, CRLF, RFC 4180 quoting, formula cells neutralised).
 */

/** The file name of a download: RFC 5987 `filename*` (UTF-8) first, else the plain `filename`. */
export function fileNameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[1]!.trim());
    } catch {
      // a broken encoding: fall back to the plain name
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)/.exec(header);
  const name = (plain?.[1] ?? plain?.[2] ?? '').trim();
  return name || fallback;
}

export type Cell = string | number | boolean | null | undefined;

function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'boolean' ? (value ? 'Có' : 'Không') : String(value);
  // A cell starting like a formula would run in a spreadsheet (CSV injection).
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV document (with the BOM) from a header line and rows. */
export function csvOf(header: readonly string[], rows: ReadonlyArray<readonly Cell[]>): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** A file name without the characters file systems refuse. */
export function safeFileName(name: string): string {
  const cleaned = name.replace(/[\\/:*?"<>|]+/g, '-').trim();
  return /[\p{L}\p{N}]/u.test(cleaned) ? cleaned : 'khien';
}
