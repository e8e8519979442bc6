-- Witnessing, and a one-round-trip append state for the ledger writer.

-- Witness keys this log accepts cosignatures from (c2sp.org/tlog-cosignature, type 0x04),
-- managed by administrators (`khien ledger trust-witness NAME VKEY`).
create table ledger_trusted_witnesses (
  -- The key name inside the verifier key; it is also the name on the cosignature line.
  key_name text primary key,
  -- A human label: which agency runs the witness.
  label text not null,
  verifier_key text not null unique,
  added_by text not null,
  added_at timestamptz not null
);

-- A witness that refused a checkpoint (fork, inconsistent proof, bad signature) keeps the
-- evidence here: the offending note and what it had seen before. Never deleted.
create table witness_alarms (
  id uuid primary key,
  origin text not null,
  code text not null,
  message text not null,
  previous_size bigint not null,
  previous_root bytea,
  evidence text not null,
  created_at timestamptz not null
);
create index witness_alarms_origin on witness_alarms (origin, created_at);

create trigger witness_alarms_append_only before update or delete on witness_alarms
  for each row execute function ledger_refuse_change();

-- Takes the single-writer lock, then reads the tree size and the current peaks (the complete
-- subtrees tiling [0, size)) in the same round trip. Each statement of a volatile function
-- takes a fresh snapshot, so the size is read *after* the lock is held and sees the previous
-- writer's committed append.
create function ledger_append_state(lock_key bigint)
returns table (tree_size bigint, level smallint, idx bigint, hash bytea)
language plpgsql volatile as $$
declare
  n bigint;
  lv integer;
begin
  perform pg_advisory_xact_lock(lock_key);
  select coalesce((select ln.idx + 1 from ledger_nodes ln where ln.level = 0 order by ln.idx desc limit 1), 0) into n;
  return query select n, null::smallint, null::bigint, null::bytea;
  -- One primary-key probe per set bit of n: the peak of level lv is node (lv, (n >> (lv+1)) << 1).
  lv := 0;
  while (n >> lv) > 0 loop
    if ((n >> lv) & 1) = 1 then
      return query select n, ln.level, ln.idx, ln.hash from ledger_nodes ln
                    where ln.level = lv::smallint and ln.idx = ((n >> (lv + 1)) << 1);
    end if;
    lv := lv + 1;
  end loop;
end $$;

-- Writes one appended event: its entry, its payload and the subtree nodes it completes. A
-- function rather than one ad-hoc statement so the server plans these inserts once per
-- session (PL/pgSQL caches them) instead of once per command.
create function ledger_insert(
  p_idx bigint, p_type text, p_aggregate_id text, p_actor text, p_time text, p_procedure_version text,
  p_commitment bytea, p_leaf_hash bytea, p_salt bytea, p_payload text,
  p_levels smallint[], p_node_idx bigint[], p_hashes bytea[]
) returns void language plpgsql volatile as $$
begin
  insert into ledger_entries (idx, type, aggregate_id, actor, time, procedure_version, commitment, leaf_hash)
  values (p_idx, p_type, p_aggregate_id, p_actor, p_time, p_procedure_version, p_commitment, p_leaf_hash);
  insert into ledger_payloads (idx, salt, payload) values (p_idx, p_salt, p_payload);
  insert into ledger_nodes (level, idx, hash)
  select * from unnest(p_levels, p_node_idx, p_hashes);
end $$;
