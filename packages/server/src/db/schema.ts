import type { ColumnType, Generated } from 'kysely';
import type { ProposalDB } from './proposal-tables.ts';

/**
 * Kysely table types. Column names are snake_case as in SQL; use cases map them to the
 * camelCase views of the API. Dates (`date` columns) travel as 'YYYY-MM-DD' strings on both
 * engines (see database.ts type parsers) so that no host time zone can shift them.
 */
type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface OrganisationsTable {
  id: string;
  code: string;
  name: string;
  short_name: string | null;
  abbreviation: string | null;
  kind: string;
  parent_id: string | null;
  path: string;
  superior_agency_id: string | null;
  party_committee_id: string | null;
  address: string | null;
  email: string | null;
  phone: string | null;
  search_key: string;
  sort_key: string;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PeopleTable {
  id: string;
  code: string;
  full_name: string;
  position_title: string | null;
  is_leadership_post: boolean;
  nd73_category: string;
  organisation_id: string;
  email: string | null;
  phone: string | null;
  search_key: string;
  sort_key: string;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface LeadershipTermsTable {
  id: string;
  organisation_id: string;
  person_id: string;
  role: string;
  starts_on: string;
  ends_on: string | null;
  basis: string | null;
  created_at: Timestamp;
}

export interface AccountsTable {
  id: string;
  username: string;
  person_id: string | null;
  display_name: string;
  roles: string[];
  scope_organisation_id: string | null;
  password_hash: string;
  must_change_password: boolean;
  disabled: boolean;
  failed_logins: Generated<number>;
  locked_until: Timestamp | null;
  password_changed_at: Timestamp;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SessionsTable {
  token_hash: string;
  account_id: string;
  csrf_token: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  last_seen_at: Timestamp;
}

export interface ApiTokensTable {
  id: string;
  account_id: string;
  name: string;
  token_hash: string;
  created_at: Timestamp;
  expires_at: Timestamp | null;
  revoked_at: Timestamp | null;
  last_used_at: Timestamp | null;
}

export interface SchemaMigrationsTable {
  version: Generated<number>;
  name: string;
  checksum: string;
  applied_at: Timestamp;
}

export interface DB extends LedgerDB, ProposalDB {
  organisations: OrganisationsTable;
  people: PeopleTable;
  leadership_terms: LeadershipTermsTable;
  accounts: AccountsTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  schema_migrations: SchemaMigrationsTable;
}

export interface LedgerEntriesTable {
  idx: number;
  type: string;
  aggregate_id: string;
  actor: string;
  time: string;
  procedure_version: string | null;
  commitment: Uint8Array;
  leaf_hash: Uint8Array;
}

export interface LedgerPayloadsTable {
  idx: number;
  salt: Uint8Array;
  payload: string | null;
  redacted_at: Timestamp | null;
  redaction_idx: number | null;
}

export interface LedgerNodesTable {
  level: number;
  idx: number;
  hash: Uint8Array;
}

export interface LedgerCheckpointsTable {
  size: number;
  root: Uint8Array;
  note: string;
  created_at: Timestamp;
}

export interface LedgerCosignaturesTable {
  checkpoint_size: number;
  witness_name: string;
  signature_line: string;
  received_at: Timestamp;
}

export interface WitnessedLogsTable {
  origin: string;
  verifier_key: string;
  url: string | null;
  last_size: number;
  last_root: Uint8Array | null;
  last_checkpoint: string | null;
  updated_at: Timestamp;
}

export interface LedgerDB {
  ledger_entries: LedgerEntriesTable;
  ledger_payloads: LedgerPayloadsTable;
  ledger_nodes: LedgerNodesTable;
  ledger_checkpoints: LedgerCheckpointsTable;
  ledger_cosignatures: LedgerCosignaturesTable;
  witnessed_logs: WitnessedLogsTable;
}
