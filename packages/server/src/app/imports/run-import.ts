import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DomainError, isDomainError } from '@khien/core/errors';
import { decide, type Actor } from '@khien/core/authorization';
import { readImportFile, type ImportColumn } from '../../import/index.ts';
import { runCommand, type CommandScope } from '../command.ts';
import { forbidden } from '../errors.ts';
import { EVENT_TYPES, type ImportCompleted } from '../events.ts';
import type { Services } from '../services.ts';
import type { ImportCounts, ImportProgressEvent, ImportReport, RejectedRow } from './import-report.ts';

export type ImportSource = { path: string } | { bytes: Uint8Array; filename: string };

export interface ImportOptions {
  dryRun?: boolean;
  onProgress?: (progress: ImportProgressEvent) => void;
}

export interface ValidRow<T> {
  rowNumber: number;
  value: T;
}

/** What the apply step of one kind of import gets: the rows, the columns present, a way to reject. */
export interface ApplyContext<T> {
  services: Services;
  scope: CommandScope;
  rows: ValidRow<T>[];
  /** Columns present in the file: an absent column leaves stored values as they are. */
  hasColumn(field: string): boolean;
  reject(rowNumber: number, error: unknown): void;
  progress(done: number): void;
}

class DryRunRollback extends Error {}

/** A DomainError raised while applying one row becomes that row's rejection reason. */
export function rowError(error: unknown, field = '(row)') {
  if (isDomainError(error)) return { field, code: error.code, vi: error.messages.vi, en: error.messages.en };
  throw error;
}

/**
 * The shape every import shares: authorize, read and validate the whole file row by row,
 * then apply the valid rows in ONE transaction (all or nothing, so a re-run after fixing the
 * rejected rows is clean), record the file itself (name, SHA-256, counts) as evidence, and
 * report every rejected row with its reasons. A dry run does everything and rolls back.
 */
export async function runImport<T>(
  services: Services,
  actor: Actor,
  source: ImportSource,
  kind: 'organisations' | 'people',
  apply: (context: ApplyContext<T>) => Promise<ImportCounts>,
  options: ImportOptions = {},
): Promise<ImportReport> {
  if (decide(actor, 'create', { kind: 'import', path: actor.scopePath }) !== 'allow') throw forbidden();
  const bytes = 'path' in source ? new Uint8Array(await readFile(source.path)) : source.bytes;
  const fileName = 'path' in source ? path.basename(source.path) : source.filename;
  const file = await readImportFile({ bytes, filename: fileName }, kind, {
    onProgress: (p) => options.onProgress?.({ phase: 'read', done: p.rowsRead, total: p.totalRows }),
  });
  const rows: ValidRow<T>[] = [];
  const rejected: RejectedRow[] = [];
  for await (const row of file) {
    if (row.ok) rows.push({ rowNumber: row.rowNumber, value: row.value as T });
    else rejected.push({ rowNumber: row.rowNumber, errors: row.errors.map(({ field, code, vi, en }) => ({ field, code, vi, en })) });
  }
  const fileSha256 = createHash('sha256').update(bytes).digest('hex');
  const columns: readonly ImportColumn[] = file.columns;
  const report: ImportReport = {
    kind,
    fileName,
    fileSha256,
    format: file.format,
    encoding: { bytes: file.encoding.bytes, text: file.encoding.text },
    notices: file.notices.map(({ level, code, vi, en }) => ({ level, code, vi, en })),
    rowsRead: file.stats.rowsRead,
    created: 0,
    updated: 0,
    unchanged: 0,
    rejected,
    dryRun: options.dryRun ?? false,
    ledgerIndex: null,
  };
  try {
    await runCommand(services, actor, async (scope) => {
      const counts = await apply({
        services,
        scope,
        rows,
        hasColumn: (field) => columns.some((c) => c.field === field),
        reject: (rowNumber, error) => rejected.push({ rowNumber, errors: [rowError(error)] }),
        progress: (done) => options.onProgress?.({ phase: 'apply', done, total: rows.length }),
      });
      Object.assign(report, counts);
      rejected.sort((a, b) => a.rowNumber - b.rowNumber);
      const evidence: ImportCompleted = {
        kind,
        fileName,
        fileSha256,
        created: counts.created,
        updated: counts.updated,
        unchanged: counts.unchanged,
        rejected: rejected.length,
        encoding: `${file.encoding.bytes}/${file.encoding.text}`,
      };
      const event = await scope.record({
        type: EVENT_TYPES.importCompleted,
        aggregateId: `import:${fileSha256}`,
        payload: { ...evidence },
      });
      report.ledgerIndex = event.index;
      if (options.dryRun) throw new DryRunRollback();
    });
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
    report.ledgerIndex = null;
  }
  return report;
}

export function referenceMissing(field: string, code: string): DomainError {
  return new DomainError(
    'import.reference_not_found',
    {
      vi: `Không tìm thấy cơ quan mã "${code}" (cột ${field}) trong hệ thống hoặc trong tệp.`,
      en: `No organisation with code "${code}" (${field}) exists in the system or in the file.`,
    },
    { field, code },
  );
}
