import type { ColumnType, Generated } from 'kysely';

/**
 * Kysely types of migration 0005 (documents). They extend the shared `DB` interface by
 * declaration merging so that this area's tables live beside the code that owns them;
 * `tx.selectFrom('documents')` is typed everywhere once this module is in the program.
 */
type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface DocumentCountersTable {
  organisation_id: string;
  type_code: string;
  year: number;
  last: number;
}

export interface DocumentBlobsTable {
  sha256: string;
  bytes: Uint8Array;
  size: number;
  created_at: Timestamp;
}

export interface DocumentsTable {
  id: string;
  organisation_id: string;
  template: string;
  kind: string;
  type_code: string;
  year: number;
  number: number;
  symbol: string;
  issued_on: string;
  title: string;
  summary: string;
  subject_type: string | null;
  subject_id: string | null;
  concerned_person_ids: string[];
  content: ColumnType<unknown, string, string>;
  ledger_idx: number;
  issued_by: string;
  created_at: Timestamp;
}

export interface DocumentFilesTable {
  id: string;
  document_id: string;
  role: string;
  format: string;
  content_type: string;
  file_name: string;
  sha256: string;
  size: number;
  is_signed_original: Generated<boolean>;
  note: string | null;
  ledger_idx: number;
  uploaded_by: string;
  created_at: Timestamp;
}

declare module '../db/schema.ts' {
  interface DB {
    document_counters: DocumentCountersTable;
    document_blobs: DocumentBlobsTable;
    documents: DocumentsTable;
    document_files: DocumentFilesTable;
  }
}
