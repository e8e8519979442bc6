import { z } from 'zod';
import { DomainError } from '@khien/core/errors';
import type { Actor } from '@khien/core/authorization';
import { LEDGER_EVENT_TYPES } from '../../ledger/ledger-events.ts';
import { entriesWithPayloads } from '../../ledger/node-store.ts';
import { forbidden } from '../errors.ts';
import type { Services } from '../services.ts';

export const ledgerEntryView = z.object({
  index: z.number().int(),
  type: z.string(),
  aggregateId: z.string(),
  actor: z.string(),
  time: z.string(),
  procedureVersion: z.string().nullable(),
  commitment: z.string(),
  leafHash: z.string(),
  /** The payload as recorded; null when redacted. */
  payload: z.record(z.string(), z.unknown()).nullable(),
  /** Lower-case hex salt that opens the commitment; null when redacted (never shown without the payload). */
  salt: z.string().nullable(),
  redacted: z.boolean(),
  redaction: z
    .object({ redactedAt: z.string(), redactionIndex: z.number().int(), reason: z.string().nullable() })
    .nullable()
    .meta({ description: 'Who erased the payload, when, and on which lawful basis (the ledger.payload_redacted event)' }),
});
export type LedgerEntryView = z.infer<typeof ledgerEntryView>;

/** One entry with its payload, for administrators and inspectors; a redacted payload shows as such. */
export async function getLedgerEntry(services: Services, actor: Actor, index: number): Promise<LedgerEntryView> {
  if (!actor.roles.includes('system_admin') && !actor.roles.includes('inspector')) throw forbidden();
  const { db } = services.database;
  const row = await entriesWithPayloads(db).where('ledger_entries.idx', '=', index).executeTakeFirst();
  if (!row) {
    throw new DomainError(
      'ledger_entry.not_found',
      { vi: `Sổ cái không có mục ${index}.`, en: `The ledger has no entry ${index}.` },
      { index },
    );
  }
  let redaction: LedgerEntryView['redaction'] = null;
  if (row.payload === null && row.redaction_idx !== null) {
    const event = await db
      .selectFrom('ledger_payloads')
      .innerJoin('ledger_entries', 'ledger_entries.idx', 'ledger_payloads.idx')
      .select(['ledger_payloads.payload'])
      .where('ledger_payloads.idx', '=', row.redaction_idx)
      .where('ledger_entries.type', '=', LEDGER_EVENT_TYPES.payloadRedacted)
      .executeTakeFirst();
    const reason = event?.payload ? ((JSON.parse(event.payload) as { reason?: string }).reason ?? null) : null;
    redaction = { redactedAt: new Date(row.redacted_at!).toISOString(), redactionIndex: Number(row.redaction_idx), reason };
  }
  return {
    index: Number(row.idx),
    type: row.type,
    aggregateId: row.aggregate_id,
    actor: row.actor,
    time: row.time,
    procedureVersion: row.procedure_version,
    commitment: Buffer.from(row.commitment).toString('hex'),
    leafHash: Buffer.from(row.leaf_hash).toString('hex'),
    payload: row.payload === null ? null : (JSON.parse(row.payload) as Record<string, unknown>),
    salt: row.payload === null ? null : Buffer.from(row.salt).toString('hex'),
    redacted: row.payload === null,
    redaction,
  };
}
