import { createHash, randomBytes } from 'node:crypto';
import canonicalize from 'canonicalize';
import { sql, type Kysely } from 'kysely';
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

function sha256(...parts: Uint8Array[]): Buffer {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
}

export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('value cannot be canonicalised');
  return text;
}

/**
 * Append one event inside the caller's transaction (a rollback removes it with the
 * projections). Returns the recorded event with its ledger index.
 */
export async function appendEvent(tx: Kysely<DB>, event: NewEvent, actor: string, time: Date): Promise<RecordedEvent> {
  await sql`select pg_advisory_xact_lock(${LEDGER_WRITER_LOCK})`.execute(tx);
  const last = await tx
    .selectFrom('ledger_entries')
    .select((eb) => eb.fn.max('idx').as('max'))
    .executeTakeFirst();
  const index = last?.max === null || last?.max === undefined ? 0 : Number(last.max) + 1;
  const payloadText = canonicalJson(event.payload);
  const salt = randomBytes(32);
  const commitment = sha256(salt, Buffer.from(payloadText, 'utf8'));
  const envelope = {
    index,
    type: event.type,
    aggregateId: event.aggregateId,
    actor,
    time: time.toISOString(),
    procedureVersion: event.procedureVersion ?? null,
    commitment: commitment.toString('hex'),
  };
  const leafHash = sha256(Buffer.from([0]), Buffer.from(canonicalJson(envelope), 'utf8'));
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
  const rows: Array<{ level: number; idx: number; hash: Buffer }> = [{ level: 0, idx: leafIndex, hash: leafHash }];
  let hash = leafHash;
  let idx = leafIndex;
  for (let level = 1; idx % 2 === 1; level++) {
    const left = await tx
      .selectFrom('ledger_nodes')
      .select('hash')
      .where('level', '=', level - 1)
      .where('idx', '=', idx - 1)
      .executeTakeFirstOrThrow();
    hash = sha256(Buffer.from([1]), left.hash, hash);
    idx = (idx - 1) / 2;
    rows.push({ level, idx, hash });
  }
  await tx.insertInto('ledger_nodes').values(rows).execute();
}
