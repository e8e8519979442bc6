-- Official documents (Decree 30/2020/NĐ-CP): numbering counters, issued documents, their files
-- (generated DOCX/PDF and uploaded signed copies) and the bytes, addressed by SHA-256.

-- The last number handed out per issuing agency, document type (QĐ, KH, BB…) and calendar year
-- (Asia/Ho_Chi_Minh). Allocation is `insert … on conflict do update set last = last + 1
-- returning last` inside the issuing transaction: the row lock serialises concurrent issuers of
-- the same series and a rollback takes the number back, so the series has no gaps. A new year
-- is a new row, so numbering restarts at 01 on 1 January.
create table document_counters (
  organisation_id uuid not null references organisations (id),
  type_code text not null,
  year integer not null check (year between 1945 and 9999),
  last integer not null check (last > 0),
  primary key (organisation_id, type_code, year)
);

-- File contents, stored once per SHA-256 (lower-case hex). The ledger event that introduced a
-- file carries the same hash, so a changed byte here is detected against the sealed log.
create table document_blobs (
  sha256 text primary key check (sha256 ~ '^[0-9a-f]{64}$'),
  bytes bytea not null,
  size integer not null check (size >= 0),
  created_at timestamptz not null
);

-- One row per issued document (projection of `document.issued`).
create table documents (
  id uuid primary key,
  organisation_id uuid not null references organisations (id),
  -- Which builder produced it (approval_decision, meeting_minutes …).
  template text not null,
  kind text not null check (kind in ('decision', 'conclusion', 'minutes', 'report', 'notice', 'letter', 'submission', 'plan')),
  type_code text not null,
  year integer not null,
  number integer not null check (number > 0),
  -- "05/QĐ-UBND" as printed after "Số: ".
  symbol text not null,
  issued_on date not null,
  title text not null,
  summary text not null,
  -- The case (or other record) the document belongs to, e.g. ('proposal', <uuid>).
  subject_type text,
  subject_id text,
  -- People the document concerns (proposer, implementers, members who voted): they may read it.
  concerned_person_ids uuid[] not null default '{}',
  -- The structured model both files were rendered from (JSON text of documents/model.ts).
  content jsonb not null,
  ledger_idx bigint not null references ledger_entries (idx),
  issued_by text not null,
  created_at timestamptz not null,
  -- The database itself refuses a number used twice in one series.
  unique (organisation_id, type_code, year, number)
);
create index documents_subject on documents (subject_type, subject_id, created_at);
create index documents_organisation on documents (organisation_id, issued_on);

-- The files of a document: the two generated renderings and any uploaded signed copies.
create table document_files (
  id uuid primary key,
  document_id uuid not null references documents (id),
  role text not null check (role in ('generated', 'signed_copy')),
  format text not null check (format in ('docx', 'pdf', 'image')),
  content_type text not null,
  file_name text not null,
  sha256 text not null references document_blobs (sha256),
  size integer not null,
  -- The copy that carries the real signature and seal; at most one per document.
  is_signed_original boolean not null default false,
  note text,
  ledger_idx bigint not null references ledger_entries (idx),
  uploaded_by text not null,
  created_at timestamptz not null
);
create index document_files_document on document_files (document_id, created_at);
create unique index document_files_one_signed_original on document_files (document_id) where is_signed_original;
