-- The ledger: an append-only Merkle log (RFC 9162 hashing) of every domain event.
-- Leaves commit to salted payload hashes; payloads live apart so they can be redacted.
create table ledger_entries (
  idx bigint primary key,
  type text not null,
  aggregate_id text not null,
  actor text not null,
  -- The envelope's time exactly as hashed (ISO-8601 text): no engine may re-render it.
  time text not null,
  procedure_version text,
  commitment bytea not null,
  leaf_hash bytea not null
);
create index ledger_entries_aggregate on ledger_entries (aggregate_id, idx);

create table ledger_payloads (
  idx bigint primary key references ledger_entries (idx),
  salt bytea not null,
  -- The canonical (RFC 8785) JSON text that the commitment covers, or null once redacted.
  payload text,
  redacted_at timestamptz,
  redaction_idx bigint references ledger_entries (idx)
);

-- Hashes of complete subtrees: (level, idx) covers leaves [idx·2^level, (idx+1)·2^level).
create table ledger_nodes (
  level smallint not null,
  idx bigint not null,
  hash bytea not null,
  primary key (level, idx)
);

create table ledger_checkpoints (
  size bigint primary key,
  root bytea not null,
  note text not null,
  created_at timestamptz not null
);

create table ledger_cosignatures (
  checkpoint_size bigint not null references ledger_checkpoints (size),
  witness_name text not null,
  signature_line text not null,
  received_at timestamptz not null,
  primary key (checkpoint_size, witness_name)
);

-- Logs this instance witnesses (a superior agency cosigning a subordinate's log).
create table witnessed_logs (
  origin text primary key,
  verifier_key text not null,
  url text,
  last_size bigint not null default 0,
  last_root bytea,
  last_checkpoint text,
  updated_at timestamptz not null
);

create function ledger_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'ledger tables are append-only (% on %)', tg_op, tg_table_name
    using errcode = 'P0001';
end $$;

create trigger ledger_entries_append_only before update or delete on ledger_entries
  for each row execute function ledger_refuse_change();
create trigger ledger_entries_no_truncate before truncate on ledger_entries
  for each statement execute function ledger_refuse_change();
create trigger ledger_nodes_append_only before update or delete on ledger_nodes
  for each row execute function ledger_refuse_change();
create trigger ledger_nodes_no_truncate before truncate on ledger_nodes
  for each statement execute function ledger_refuse_change();
create trigger ledger_checkpoints_append_only before update or delete on ledger_checkpoints
  for each row execute function ledger_refuse_change();
create trigger ledger_checkpoints_no_truncate before truncate on ledger_checkpoints
  for each statement execute function ledger_refuse_change();
create trigger ledger_cosignatures_append_only before update or delete on ledger_cosignatures
  for each row execute function ledger_refuse_change();
create trigger ledger_cosignatures_no_truncate before truncate on ledger_cosignatures
  for each statement execute function ledger_refuse_change();

-- A payload may change exactly once, from present to redacted, keeping its salt.
create function ledger_payload_redaction_only() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and old.payload is not null and new.payload is null
     and new.salt = old.salt and new.idx = old.idx
     and new.redacted_at is not null and new.redaction_idx is not null then
    return new;
  end if;
  raise exception 'ledger payloads can only be redacted (% on %)', tg_op, tg_table_name
    using errcode = 'P0001';
end $$;
create trigger ledger_payloads_redaction_only before update or delete on ledger_payloads
  for each row execute function ledger_payload_redaction_only();
create trigger ledger_payloads_no_truncate before truncate on ledger_payloads
  for each statement execute function ledger_refuse_change();
