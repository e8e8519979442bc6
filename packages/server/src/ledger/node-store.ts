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
    const pairs = sql.join(ids.map((id) => sql`(${id.level}::smallint, ${id.index}::bigint)`));
    const rows = await sql<{ level: number; idx: number; hash: Uint8Array }>`
      select level, idx, hash from ledger_nodes where (level, idx) in (${pairs})`.execute(db);
    for (const row of rows.rows) found.set(nodeKey(Number(row.level), Number(row.idx)), new Uint8Array(row.hash));
  }
  return (level, index) => found.get(nodeKey(level, index));
}

/** The current number of leaves (one past the highest index). */
export async function treeSize(db: Kysely<DB>): Promise<number> {
  const row = await db.selectFrom('ledger_entries').select((eb) => eb.fn.max('idx').as('max')).executeTakeFirst();
  return row?.max === null || row?.max === undefined ? 0 : Number(row.max) + 1;
}
