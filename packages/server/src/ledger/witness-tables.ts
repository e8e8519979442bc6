import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/** Kysely types of the tables migration 0004 adds (kept beside the code that owns them). */
// Type aliases, not interfaces: Kysely's withTables needs index-compatible shapes.
export type LedgerTrustedWitnessesTable = {
  key_name: string;
  label: string;
  verifier_key: string;
  added_by: string;
  added_at: Date | string;
};

export type WitnessAlarmsTable = {
  id: string;
  origin: string;
  code: string;
  message: string;
  previous_size: number;
  previous_root: Uint8Array | null;
  evidence: string;
  created_at: Date | string;
};

export type WitnessTables = {
  ledger_trusted_witnesses: LedgerTrustedWitnessesTable;
  witness_alarms: WitnessAlarmsTable;
};

export type WitnessDB = DB & WitnessTables;

export function witnessDb(db: Kysely<DB>): Kysely<WitnessDB> {
  return db.withTables<WitnessTables>();
}
