import { createHash, randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { canonicalEnvelopeBytes, canonicalJson, type LedgerEnvelope } from '@khien/core/ledger';
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

/**
 * The canonical envelope bytes around the index: RFC 8785 sorts the keys (actor, aggregateId,
 * commitment, index, procedureVersion, time, type), so the encoding is head ‖ decimal(index) ‖
 * tail. Encoded by core with a placeholder index and split at the one place `"index":` can
 * occur unescaped — right after the 64-hex commitment — so the database can hash the envelope
 * once it has handed out the index under the writer lock.
 */
export function envelopeAroundIndex(envelope: Omit<LedgerEnvelope, 'index'>): { head: Buffer; tail: Buffer } {
  const text = Buffer.from(canonicalEnvelopeBytes({ ...envelope, index: 0 })).toString('utf8');
  const marker = `"commitment":"${envelope.commitment}","index":`;
  const at = text.indexOf(marker);
  const cut = at + marker.length;
  // The index 0 must be written as exactly "0" and followed by the next key: then core's
  // encoding of the same envelope with index N is head ‖ decimal(N) ‖ tail (RFC 8785 writes a
  // safe integer as its decimal digits; key order does not depend on values).
  if (at < 0 || text.indexOf(marker, at + 1) >= 0 || text[cut] !== '0' || text[cut + 1] !== ',') {
    throw new Error('ledger: unexpected canonical envelope layout');
  }
  return { head: Buffer.from(text.slice(0, cut), 'utf8'), tail: Buffer.from(text.slice(cut + 1), 'utf8') };
}

/** RFC 9162 leaf hash of head ‖ decimal(index) ‖ tail: the leaf of the envelope `envelopeAroundIndex` split. */
export function leafHashAround(head: Uint8Array, index: number, tail: Uint8Array): Buffer {
  return sha256(LEAF_PREFIX, head, Buffer.from(String(index), 'utf8'), tail);
}

/**
 * The `ledger_append(…)` call as one statement without bind parameters, so it travels as a
 * simple query: one message on PostgreSQL as before, but on PGlite one call into the
 * WebAssembly engine instead of six (a parameterised query there is parse, describe, bind,
 * describe, execute and sync, each a separate exchange; the same call measured ~25 % more CPU
 * with parameters than as a simple query). Values are literals that cannot break out whatever they contain: bytes as
 * `decode('<hex>', 'hex')`, text dollar-quoted with a random tag checked to close exactly at its end
 * (dollar quoting has no escapes, whatever `standard_conforming_strings` says).
 */
export function appendCall(values: ReadonlyArray<number | string | Uint8Array | null>): string {
  const literals = values.map((value) => {
    if (value === null) return 'null';
    if (typeof value === 'number') {
      if (!Number.isSafeInteger(value)) throw new Error('ledger: not an integer');
      return String(value);
    }
    if (value instanceof Uint8Array) return `decode('${Buffer.from(value).toString('hex')}', 'hex')`;
    // A NUL would end the query text early; PostgreSQL text cannot hold one anyway.
    if (value.includes('\0')) throw new Error('ledger: text values cannot contain NUL');
    // The closing tag must be the first occurrence of the tag after the opening one, also
    // across the boundary (a value ending in "$k" followed by "$k$"). `$k$` almost always
    // is; a value that contains it gets random tags until one fits (no crafted value can
    // force more than a try or two, and ordinary values cost no random bytes).
    let tag = '$k$';
    while (`${value}${tag}`.indexOf(tag) !== value.length) tag = `$k${randomBytes(6).toString('hex')}$`;
    return `${tag}${value}${tag}::text`;
  });
  return `select out_index, out_leaf from ledger_append(${literals.join(', ')})`;
}

/**
 * Append one event inside the caller's transaction (a rollback removes it with the
 * projections). Returns the recorded event with its ledger index. One round trip:
 * `ledger_append` (migration 0007) takes the single-writer lock, hands out the next index and
 * writes entry, payload, leaf and every node the leaf completes. The leaf the database computed
 * is checked here against core's encoding of the envelope (head ‖ index ‖ tail, hashed with
 * node:crypto).
 */
export async function appendEvent(tx: Kysely<DB>, event: NewEvent, actor: string, time: Date): Promise<RecordedEvent> {
  // Encoding comes from core (the verifier's own code); hashing uses node:crypto directly,
  // synchronously, because it sits on the path of every command.
  const payloadText = canonicalJson(event.payload);
  const salt = randomBytes(32);
  const commitment = sha256(salt, Buffer.from(payloadText, 'utf8'));
  const fields = {
    type: event.type,
    aggregateId: event.aggregateId,
    actor,
    time: time.toISOString(),
    procedureVersion: event.procedureVersion ?? null,
    commitment: commitment.toString('hex'),
  };
  const { head, tail } = envelopeAroundIndex(fields);
  const call = appendCall([
    LEDGER_WRITER_LOCK,
    fields.type,
    fields.aggregateId,
    actor,
    fields.time,
    fields.procedureVersion,
    commitment,
    salt,
    payloadText,
    head,
    tail,
  ]);
  const result = await sql<{ out_index: number | string; out_leaf: Uint8Array }>`${sql.raw(call)}`.execute(tx);
  const row = result.rows[0];
  if (!row) throw new Error('ledger_append returned nothing');
  const index = Number(row.out_index);
  // The same bytes as core's encoding of the full envelope (envelopeAroundIndex checks the
  // layout; test/ledger/append-literals.test.ts proves the identity for any index and strings).
  if (!leafHashAround(head, index, tail).equals(Buffer.from(row.out_leaf))) {
    // Never reached while core and the SQL function agree; if they ever do not, refuse the
    // whole command rather than log a leaf the verifier would reject.
    throw new Error(`ledger: the database's leaf hash for entry ${index} differs from core's encoding`);
  }
  return {
    index,
    type: event.type,
    aggregateId: event.aggregateId,
    actor,
    time: fields.time,
    procedureVersion: fields.procedureVersion,
    payload: event.payload,
  };
}
