import { createHash, randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { canonicalEnvelopeBytes, canonicalJson, nodesCompletedByAppend, type LedgerEnvelope } from '@khien/core/ledger';
import type { DB } from '../db/schema.ts';
import { readNodes, treeSize } from './node-store.ts';

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

function sha256(...parts: Uint8Array[]): Buffer {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
}

/**
 * Append one event inside the caller's transaction (a rollback removes it with the
 * projections). Returns the recorded event with its ledger index.
 */
export async function appendEvent(tx: Kysely<DB>, event: NewEvent, actor: string, time: Date): Promise<RecordedEvent> {
  await sql`select pg_advisory_xact_lock(${LEDGER_WRITER_LOCK})`.execute(tx);
  const index = await treeSize(tx);
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
  const leafHash = sha256(Buffer.from([0]), canonicalEnvelopeBytes(envelope));
  await tx
    .insertInto('ledger_entries')
    .values({
      idx: index,
      type: envelope.type,
      aggregate_id: envelope.aggregateId,
      actor,
      time: envelope.time,
      procedure_version: envelope.procedureVersion,
      commitment,
      leaf_hash: leafHash,
    })
    .execute();
  await tx.insertInto('ledger_payloads').values({ idx: index, salt, payload: payloadText }).execute();
  await storeCompletedNodes(tx, index, leafHash);
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

/** Store node (0, i) and every subtree that leaf i completes (RFC 9162 node hashing). */
async function storeCompletedNodes(tx: Kysely<DB>, leafIndex: number, leafHash: Buffer): Promise<void> {
  const { completed, leftSiblings } = nodesCompletedByAppend(leafIndex);
  const reader = await readNodes(tx, leftSiblings);
  const rows: Array<{ level: number; idx: number; hash: Uint8Array }> = [];
  let hash: Uint8Array = leafHash;
  completed.forEach((node, i) => {
    if (i > 0) {
      const left = reader(leftSiblings[i - 1]!.level, leftSiblings[i - 1]!.index);
      if (!left) throw new Error(`ledger node (${leftSiblings[i - 1]!.level}, ${leftSiblings[i - 1]!.index}) is missing`);
      hash = sha256(Buffer.from([1]), left, hash);
    }
    rows.push({ level: node.level, idx: node.index, hash });
  });
  await tx.insertInto('ledger_nodes').values(rows).execute();
}
