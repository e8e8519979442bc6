import type { Projector } from '../projections/projector.ts';

/** Events the ledger records about itself. */
export const LEDGER_EVENT_TYPES = {
  payloadRedacted: 'ledger.payload_redacted',
} as const;

/** Payload of `ledger.payload_redacted`: which entry's payload was erased, and the lawful reason. */
export interface PayloadRedacted {
  index: number;
  reason: string;
}

/**
 * A redaction changes no read table: the use case nulls the payload in `ledger_payloads` (the
 * only change the table's trigger allows) in the same transaction. The projector is a no-op so
 * that replay never reaches into the ledger tables, and `khien verify` checks the erased
 * payload against this event instead.
 */
export const ledgerProjectors: Record<string, Projector> = {
  [LEDGER_EVENT_TYPES.payloadRedacted]: async () => {},
};
