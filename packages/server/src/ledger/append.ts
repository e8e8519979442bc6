import { createHash, randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { canonicalEnvelopeBytes, canonicalJson, nodesCompletedByAppend, type LedgerEnvelope } from '@khien/core/ledger';
import type { DB } from '../db/schema.ts';

/** What a use case hands to the ledger: the envelope fields it decides, and the payload. */
export interface NewEvent {
  type: string;
  aggregateId: string;
  payload: Record<string, unknown>;
  procedureVersion?: string | null;
}

export interface RecordedEvent {
  index: number;
  type: string;
  aggregateId: string;
  actor: string;
  time: string;
  procedureVersion: string | null;
  payload: Record<string, unknown>;
}

// Every instance sharing one PostgreSQL takes this transaction-scoped lock before appending,
// so indices are handed out by exactly one writer at a time and the log stays linear.
export const LEDGER_WRITER_LOCK = 7_316_002;

export function sha256(...parts: Uint8Array[]): Buffer {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
}

const LEAF_PREFIX = Buffer.from([0]);
const NODE_PREFIX = Buffer.from([1]);

/** RFC 9162 leaf hash of an envelope, with node:crypto (synchronous; same bytes as core's). */
export function leafHashOf(envelope: LedgerEnvelope): Buffer {
  return sha256(LEAF_PREFIX, canonicalEnvelopeBytes(envelope));
}

export function nodeHashOf(left: Uint8Array, right: Uint8Array): Buffer {
  return sha256(NODE_PREFIX, left, right);
}

interface AppendState {
  size: number;
  /** Peaks of the current tree by level: the stored left siblings an append may need. */
  peaks: Map<number, Uint8Array>;
}

/**
 * Lock, size and peaks in one round trip (`ledger_append_state`, migration 0004): the lock is
 * taken before the size is read, so concurrent writers on one PostgreSQL see each other's
 * committed appends. PGlite has one connection; the lock is then merely uncontended.
 */
async function appendState(tx: Kysely<DB>): Promise<AppendState> {
  const rows = await sql<{ tree_size: number; level: number | null; idx: number | null; hash: Uint8Array | null }>`
    select tree_size, level, idx, hash from ledger_append_state(${LEDGER_WRITER_LOCK})`.execute(tx);
  const peaks = new Map<number, Uint8Array>();
  for (const row of rows.rows) if (row.level !== null && row.hash) peaks.set(Number(row.level), new Uint8Array(row.hash));
  return { size: Number(rows.rows[0]?.tree_size ?? 0), peaks };
}

/**
 * Append one event inside the caller's transaction (a rollback removes it with the
 * projections). Returns the recorded event with its ledger index. Two round trips: the
 * append state, then `ledger_insert` (migration 0004) writing the entry, its payload and every
 * node the leaf completes.
 */
export async function appendEvent(tx: Kysely<DB>, event: NewEvent, actor: string, time: Date): Promise<RecordedEvent> {
  const { size: index, peaks } = await appendState(tx);
  // Encoding comes from core (the verifier's own code); hashing uses node:crypto directly,
  // synchronously, because it sits on the path of every command.
  const payloadText = canonicalJson(event.payload);
  const salt = randomBytes(32);
  const commitment = sha256(salt, Buffer.from(payloadText, 'utf8'));
  const envelope: LedgerEnvelope = {
    index,
    type: event.type,
    aggregateId: event.aggregateId,
    actor,
    time: time.toISOString(),
    procedureVersion: event.procedureVersion ?? null,
    commitment: commitment.toString('hex'),
  };
  const leafHash = leafHashOf(envelope);
  const nodes = completedNodes(index, leafHash, peaks);
  await sql`select ledger_insert(${index}, ${envelope.type}, ${envelope.aggregateId}, ${actor}, ${envelope.time}, ${envelope.procedureVersion},
    ${commitment}, ${leafHash}, ${salt}, ${payloadText},
    ${nodes.map((n) => n.level)}::smallint[], ${nodes.map((n) => n.index)}::bigint[], ${nodes.map((n) => n.hash)}::bytea[])`.execute(tx);
  return {
    index,
    type: event.type,
    aggregateId: event.aggregateId,
    actor,
    time: envelope.time,
    procedureVersion: envelope.procedureVersion,
    payload: event.payload,
  };
}

/** Node (0, i) and every subtree that leaf i completes (RFC 9162 node hashing). */
function completedNodes(leafIndex: number, leafHash: Buffer, peaks: Map<number, Uint8Array>) {
  const { completed, leftSiblings } = nodesCompletedByAppend(leafIndex);
  const rows: Array<{ level: number; index: number; hash: Buffer }> = [];
  let hash = leafHash;
  completed.forEach((node, i) => {
    if (i > 0) {
      const sibling = leftSiblings[i - 1]!;
      const left = peaks.get(sibling.level);
      if (!left) throw new Error(`ledger node (${sibling.level}, ${sibling.index}) is missing`);
      hash = nodeHashOf(left, hash);
    }
    rows.push({ level: node.level, index: node.index, hash });
  });
  return rows;
}
