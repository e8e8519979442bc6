import { z } from 'zod';
import { DomainError } from '@khien/core/errors';
import type { Actor } from '@khien/core/authorization';
import { LEDGER_EVENT_TYPES, type PayloadRedacted } from '../../ledger/ledger-events.ts';
import { runCommand } from '../command.ts';
import { forbidden } from '../errors.ts';
import type { Services } from '../services.ts';
import { requiredText } from '../validation.ts';

export const redactPayloadInput = z.strictObject({
  reason: requiredText(2000).meta({ description: 'Căn cứ pháp lý (lawful order: number, date, issuer)' }),
});

export const redactionView = z.object({
  index: z.number().int(),
  redactionIndex: z.number().int(),
  redactedAt: z.string(),
});

function entryNotFound(index: number): DomainError {
  return new DomainError(
    'ledger_entry.not_found',
    { vi: `Sổ cái không có mục ${index}.`, en: `The ledger has no entry ${index}.` },
    { index },
  );
}

/**
 * Erase one event's payload by lawful order. Only a system administrator may; the reason is
 * itself an event (`ledger.payload_redacted`), so the erasure is as visible as what it erased.
 * The envelope, its salted commitment, the leaf and every proof stay as they were: the log
 * still verifies, and the payload shows as redacted everywhere. Salt is kept (the trigger of
 * 0002 insists) but never exported without the payload.
 */
export async function redactPayload(services: Services, actor: Actor, index: number, reason: string) {
  if (!actor.roles.includes('system_admin')) throw forbidden();
  const input = redactPayloadInput.safeParse({ reason });
  if (!input.success) {
    throw new DomainError('request.invalid', {
      vi: 'Cần ghi rõ căn cứ pháp lý của việc xóa nội dung (lý do không được để trống).',
      en: 'The lawful basis of the redaction is required (the reason must not be empty).',
    });
  }
  return runCommand(services, actor, async ({ tx, record, now }) => {
    const target = await tx
      .selectFrom('ledger_entries')
      .innerJoin('ledger_payloads', 'ledger_payloads.idx', 'ledger_entries.idx')
      .select(['ledger_entries.idx', 'ledger_entries.type', 'ledger_entries.aggregate_id', 'ledger_payloads.payload'])
      .where('ledger_entries.idx', '=', index)
      .forUpdate()
      .executeTakeFirst();
    if (!target) throw entryNotFound(index);
    if (target.payload === null) {
      throw new DomainError(
        'ledger.already_redacted',
        { vi: `Nội dung của mục ${index} đã được xóa trước đó.`, en: `The payload of entry ${index} is already redacted.` },
        { index },
      );
    }
    if (target.type === LEDGER_EVENT_TYPES.payloadRedacted) {
      // The reason for an erasure is the record that makes erasures accountable.
      throw new DomainError(
        'ledger.redaction_not_redactable',
        { vi: 'Không được xóa nội dung của một sự kiện xóa nội dung.', en: 'The payload of a redaction event cannot be redacted.' },
        { index },
      );
    }
    const payload: PayloadRedacted = { index, reason: input.data.reason };
    // The redaction belongs to the same case as what it erased, so the case's dossier shows it.
    const recorded = await record({ type: LEDGER_EVENT_TYPES.payloadRedacted, aggregateId: target.aggregate_id, payload: { ...payload } });
    await tx
      .updateTable('ledger_payloads')
      .set({ payload: null, redacted_at: now, redaction_idx: recorded.index })
      .where('idx', '=', index)
      .execute();
    return { index, redactionIndex: recorded.index, redactedAt: now.toISOString() };
  });
}
