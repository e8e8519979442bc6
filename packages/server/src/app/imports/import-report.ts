import { z } from 'zod';

export const importRowErrorView = z.object({ field: z.string(), code: z.string(), vi: z.string(), en: z.string() });

export const importReportView = z.object({
  kind: z.enum(['organisations', 'people']),
  fileName: z.string(),
  fileSha256: z.string(),
  format: z.enum(['csv', 'xlsx']),
  encoding: z.object({ bytes: z.string(), text: z.string() }),
  notices: z.array(z.object({ level: z.enum(['info', 'warning']), code: z.string(), vi: z.string(), en: z.string() })),
  rowsRead: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.array(z.object({ rowNumber: z.number().int(), errors: z.array(importRowErrorView) })),
  dryRun: z.boolean(),
  /** Ledger index of the `import.completed` event (null for a dry run). */
  ledgerIndex: z.number().int().nullable(),
});
export type ImportReport = z.infer<typeof importReportView>;
export type RejectedRow = ImportReport['rejected'][number];

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportProgressEvent {
  phase: 'read' | 'apply';
  done: number;
  total: number | undefined;
}
