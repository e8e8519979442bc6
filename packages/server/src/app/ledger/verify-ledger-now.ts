import { z } from 'zod';
import type { Actor } from '@khien/core/authorization';
import { verifyLedger, type VerifyReport } from '../../ledger/verify.ts';
import { forbidden } from '../errors.ts';
import type { Services } from '../services.ts';

const divergence = z.object({
  code: z.string(),
  eventIndex: z.number().int().nullable(),
  table: z.string().nullable(),
  row: z.record(z.string(), z.unknown()).nullable(),
  column: z.string().nullable(),
  live: z.unknown().optional(),
  replayed: z.unknown().optional(),
  message: z.object({ vi: z.string(), en: z.string() }),
});

export const verifyReportView = z.object({
  ok: z.boolean(),
  engine: z.string(),
  treeSize: z.number().int(),
  checkpoints: z.number().int(),
  cosignatures: z.number().int(),
  replayedEvents: z.number().int(),
  redactedEvents: z.array(z.number().int()),
  tables: z.array(z.object({ table: z.string(), rows: z.number().int() })),
  divergences: z.array(divergence).meta({ description: 'The first one is the first divergence found (log before tables).' }),
  unverifiable: z
    .array(
      z.object({
        table: z.string(),
        row: z.record(z.string(), z.unknown()),
        columns: z.array(z.string()),
        redactedEvents: z.array(z.number().int()),
      }),
    )
    .meta({ description: 'Rows that depend on payloads erased by lawful order: "unverifiable (redacted)".' }),
  durationMs: z.number().int(),
});

/** The admin API's `khien verify`: system administrators and inspectors. */
export async function verifyLedgerNow(services: Services, actor: Actor): Promise<VerifyReport> {
  if (!actor.roles.includes('system_admin') && !actor.roles.includes('inspector')) throw forbidden();
  const report = await verifyLedger(services);
  if (!report.ok) services.logger.error({ divergence: report.divergences[0] }, 'ledger verification found a divergence');
  return report;
}
