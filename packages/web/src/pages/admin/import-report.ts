/**
 * The import report as the server sends it (packages/server/src/app/imports/import-report.ts,
 * `POST /api/v1/imports/organisations|people`). The routes were being added to the OpenAPI
 * document while this page was written, so the shape is checked here at run time; once
 * schema.d.ts has the routes this can become the generated type.
 */
export interface ImportRowError {
  field: string;
  code: string;
  vi: string;
  en: string;
}

export interface ImportReport {
  kind: 'organisations' | 'people';
  fileName: string;
  fileSha256: string;
  format: 'csv' | 'xlsx';
  notices: { level: 'info' | 'warning'; code: string; vi: string; en: string }[];
  rowsRead: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: { rowNumber: number; errors: ImportRowError[] }[];
  dryRun: boolean;
  ledgerIndex: number | null;
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export function asImportReport(value: unknown): ImportReport | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Record<string, unknown>;
  if (!isNumber(r.rowsRead) || !isNumber(r.created) || !isNumber(r.updated) || !isNumber(r.unchanged) || !Array.isArray(r.rejected))
    return null;
  const rejected = r.rejected.every(
    (row: unknown) =>
      typeof row === 'object' &&
      row !== null &&
      isNumber((row as Record<string, unknown>).rowNumber) &&
      Array.isArray((row as Record<string, unknown>).errors),
  );
  if (!rejected) return null;
  const defaults = { notices: [], fileName: '', fileSha256: '', format: 'csv', kind: 'people', dryRun: false, ledgerIndex: null };
  return { ...defaults, ...(value as object) } as unknown as ImportReport;
}
