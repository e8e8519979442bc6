/**
 * What `khien verify` does NOT compare with the replay, and why — the one list. Everything else
 * in the `public` schema is treated as a projection and must equal, row by row and column by
 * column, what replaying the ledger through the projectors produces. A table that a new area
 * adds is compared by default (fail closed): if it holds operational state that no event
 * derives, it must be listed here with its reason, or verification reports it as a divergence.
 */
export const TABLES_NOT_FROM_EVENTS: Readonly<Record<string, string>> = {
  schema_migrations: 'bookkeeping of the database schema itself, written by `khien migrate`',
  sessions: 'login sessions: operational, secret (stored hashed) and short-lived',
  api_tokens: 'machine-client tokens: operational secrets (stored hashed), never domain events',
  ledger_entries: 'the log itself: each leaf is recomputed from its envelope in the first phase',
  ledger_payloads: 'the log itself: each payload is checked against its commitment in the first phase',
  ledger_nodes: 'the log itself: every stored subtree hash is recomputed in the first phase',
  ledger_checkpoints: 'the log itself: every signature and consistency is checked in the first phase',
  ledger_cosignatures: 'the log itself: every cosignature is checked against the trusted witness keys',
  ledger_trusted_witnesses: 'configuration by an administrator (which witness keys the log accepts)',
  witnessed_logs: 'operational state of this instance acting as a witness for other logs',
  witness_alarms: 'evidence a witness keeps when it refuses a checkpoint (fork, bad proof)',
  jobs: 'the job queue (outbox): operational, claimed and finished by workers (0003)',
  notifications: 'in-app notifications: operational, read/unread by users (0003)',
  file_blobs: 'uploaded bytes addressed by SHA-256; the events carry the hash, not the bytes (0003)',
  document_blobs: 'document bytes addressed by SHA-256; the events carry the hash, not the bytes (0005)',
  document_counters: 'number allocator of the issuing transaction; the numbers issued are in documents (0005)',
};

export const COLUMNS_NOT_FROM_EVENTS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  accounts: {
    password_hash: 'secrets never enter a payload: the use case sets the hash beside the event',
    failed_logins: 'login throttling, updated on every failed login (not a domain event)',
    locked_until: 'login throttling, updated on every failed login (not a domain event)',
  },
};

export function isComparedTable(table: string): boolean {
  return !(table in TABLES_NOT_FROM_EVENTS);
}

export function isComparedColumn(table: string, column: string): boolean {
  return !(column in (COLUMNS_NOT_FROM_EVENTS[table] ?? {}));
}
