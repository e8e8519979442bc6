import { sql, type Kysely } from 'kysely';
import { nodeKey, type NodeId, type NodeReader } from '@khien/core/ledger';
import type { DB } from '../db/schema.ts';

/**
 * The ids as two PostgreSQL array literals (levels, indices). Integers only, checked here, so
 * the literals cannot carry anything else; a statement without bind parameters is one message
 * on PostgreSQL and one call into PGlite's engine (a parameterised one is six there).
 */
export function nodeIdArrays(ids: readonly NodeId[]): { levels: string; indices: string } {
  for (const id of ids) {
    if (!Number.isSafeInteger(id.level) || !Number.isSafeInteger(id.index) || id.level < 0 || id.index < 0) {
      throw new Error(`ledger: invalid node id ${id.level}/${id.index}`);
    }
  }
  return {
    levels: `'{${ids.map((id) => id.level).join(',')}}'::smallint[]`,
    indices: `'{${ids.map((id) => id.index).join(',')}}'::bigint[]`,
  };
}

/**
 * The tree size and the requested nodes in one call of `ledger_nodes_at` (migration 0008):
 * O(log n) primary-key probes with a plan cached per session, the ids as integer array
 * literals (no bind parameters), the hashes back as one value — 0x01 ‖ hash for each stored
 * node, 0x00 for a missing one, in request order.
 */
export async function sizeAndNodes(db: Kysely<DB>, ids: readonly NodeId[]): Promise<{ size: number; reader: NodeReader }> {
  const { levels, indices } = nodeIdArrays(ids);
  const { rows } = await sql<{ tree_size: number | string; nodes: Uint8Array }>`${sql.raw(
    `select tree_size, nodes from ledger_nodes_at(${levels}, ${indices})`,
  )}`.execute(db);
  const row = rows[0];
  if (!row) throw new Error('ledger_nodes_at returned nothing');
  const found = new Map<string, Uint8Array>();
  const bytes = row.nodes;
  let at = 0;
  for (const id of ids) {
    const flag = bytes[at++];
    if (flag === 1 && at + 32 <= bytes.length) {
      found.set(nodeKey(id.level, id.index), new Uint8Array(bytes.subarray(at, at + 32)));
      at += 32;
    } else if (flag !== 0) {
      throw new Error('ledger_nodes_at: malformed node list');
    }
  }
  if (at !== bytes.length) throw new Error('ledger_nodes_at: malformed node list');
  return { size: Number(row.tree_size), reader: (level, index) => found.get(nodeKey(level, index)) };
}

/**
 * Read exactly the complete-subtree nodes a plan names, in one call: every root, proof and
 * append costs O(log n) indexed reads whatever the size of the log.
 */
export async function readNodes(db: Kysely<DB>, ids: readonly NodeId[]): Promise<NodeReader> {
  if (ids.length === 0) return () => undefined;
  return (await sizeAndNodes(db, ids)).reader;
}

/**
 * The current number of leaves: one past the highest leaf node. Read from the node table (one
 * backward step on its primary key) because proofs need nothing else from the log; the leaf
 * node and the entry are written by the same statement, and `khien verify` checks they agree.
 */
export async function treeSize(db: Kysely<DB>): Promise<number> {
  const row = await db.selectFrom('ledger_nodes').select('idx').where('level', '=', 0).orderBy('idx', 'desc').limit(1).executeTakeFirst();
  return row ? Number(row.idx) + 1 : 0;
}

/**
 * Ledger entries joined with their payload rows: the envelope columns, the leaf hash and the
 * payload side (salt, payload or null once redacted, and the redaction's event index).
 * Every reader of entries (lists, single entries, dossiers) starts from this one query.
 */
export function entriesWithPayloads(db: Kysely<DB>) {
  return db
    .selectFrom('ledger_entries')
    .innerJoin('ledger_payloads', 'ledger_payloads.idx', 'ledger_entries.idx')
    .selectAll('ledger_entries')
    .select(['ledger_payloads.salt', 'ledger_payloads.payload', 'ledger_payloads.redacted_at', 'ledger_payloads.redaction_idx']);
}
