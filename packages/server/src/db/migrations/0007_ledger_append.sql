-- One round trip per ledger append (issue 3 benchmark): lock, next index, leaf hash, entry,
-- payload and every subtree node the leaf completes, in one PL/pgSQL call.
--
-- The leaf hash is SHA-256(0x00 ‖ canonical envelope). The canonical (RFC 8785) envelope is
-- encoded by core in Node with the index left out: its keys are sorted, so the bytes are
-- head ‖ decimal(index) ‖ tail, and only the index is unknown until the lock is held. Node
-- recomputes the leaf from core's full encoding and compares it with what this function
-- returns; a difference aborts the transaction. Node hashes are SHA-256(0x01 ‖ left ‖ right)
-- (RFC 9162), with PostgreSQL's built-in sha256(bytea) (PostgreSQL 11+, PGlite included).
-- `khien verify` recomputes every leaf and node from the envelopes in any case.
create function ledger_append(
  lock_key bigint, p_type text, p_aggregate_id text, p_actor text, p_time text, p_procedure_version text,
  p_commitment bytea, p_salt bytea, p_payload text, p_envelope_head bytea, p_envelope_tail bytea
) returns table (out_index bigint, out_leaf bytea)
language plpgsql volatile as $$
declare
  n bigint;
  leaf bytea;
  h bytea;
  sibling bytea;
  lv smallint := 0;
  i bigint;
begin
  perform pg_advisory_xact_lock(lock_key);
  -- Read after the lock: each statement of a volatile function takes a fresh snapshot, so
  -- appends committed by other instances while we waited are seen (one linear log).
  select coalesce((select ln.idx + 1 from ledger_nodes ln where ln.level = 0 order by ln.idx desc limit 1), 0) into n;
  leaf := sha256('\x00'::bytea || p_envelope_head || convert_to(n::text, 'UTF8') || p_envelope_tail);
  insert into ledger_entries (idx, type, aggregate_id, actor, time, procedure_version, commitment, leaf_hash)
  values (n, p_type, p_aggregate_id, p_actor, p_time, p_procedure_version, p_commitment, leaf);
  insert into ledger_payloads (idx, salt, payload) values (n, p_salt, p_payload);
  insert into ledger_nodes (level, idx, hash) values (0, n, leaf);
  -- Leaf n completes the subtree of each level whose index bit is 1: climb while the node is
  -- a right child, hashing with its stored left sibling (one primary-key probe per level).
  h := leaf;
  i := n;
  while (i & 1) = 1 loop
    select ln.hash into strict sibling from ledger_nodes ln where ln.level = lv and ln.idx = i - 1;
    h := sha256('\x01'::bytea || sibling || h);
    lv := lv + 1;
    i := i >> 1;
    insert into ledger_nodes (level, idx, hash) values (lv, i, h);
  end loop;
  return query select n, leaf;
end $$;

-- The two-round-trip path of migration 0004 (state, then insert) is replaced by the above.
drop function ledger_append_state(bigint);
drop function ledger_insert(bigint, text, text, text, text, text, bytea, bytea, bytea, text, smallint[], bigint[], bytea[]);
