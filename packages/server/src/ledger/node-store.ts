import { sql, type Kysely } from 'kysely';
import { nodeKey, type NodeId, type NodeReader } from '@khien/core/ledger';
import type { DB } from '../db/schema.ts';

/**
 * Read exactly the complete-subtree nodes a plan names, in one query: every root, proof and
 * append costs O(log n) indexed reads whatever the size of the log.
 */
export async function readNodes(db: Kysely<DB>, ids: readonly NodeId[]): Promise<NodeReader> {
  const found = new Map<string, Uint8Array>();
  if (ids.length > 0) {
    // Two arrays, one statement text whatever the count: one index probe per requested node.
    const rows = await sql<{ level: number; idx: number; hash: Uint8Array }>`
      select n.level, n.idx, n.hash
        from unnest(${ids.map((id) => id.level)}::smallint[], ${ids.map((id) => id.index)}::bigint[]) as q(level, idx)
        join ledger_nodes n on n.level = q.level and n.idx = q.idx`.execute(db);
    for (const row of rows.rows) found.set(nodeKey(Number(row.level), Number(row.idx)), new Uint8Array(row.hash));
  }
  return (level, index) => found.get(nodeKey(level, index));
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
