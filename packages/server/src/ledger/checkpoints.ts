import type { Logger } from 'pino';
import type { Kysely } from 'kysely';
import { signCheckpoint } from '@khien/core/ledger';
import type { DB } from '../db/schema.ts';
import { treeSize } from './node-store.ts';
import { rootAt } from './proofs.ts';
import type { LogKey } from './signing-key.ts';

export interface StoredCheckpoint {
  size: number;
  root: Uint8Array;
  /** The C2SP signed note: checkpoint body, blank line, the log's signature line. */
  note: string;
  createdAt: Date;
  /** Witness cosignature lines (C2SP tlog-cosignature), to append to the note. */
  cosignatures: string[];
}

export async function latestCheckpoint(db: Kysely<DB>): Promise<StoredCheckpoint | undefined> {
  const row = await db.selectFrom('ledger_checkpoints').selectAll().orderBy('size', 'desc').limit(1).executeTakeFirst();
  if (!row) return undefined;
  return withCosignatures(db, row);
}

export async function checkpointAt(db: Kysely<DB>, size: number): Promise<StoredCheckpoint | undefined> {
  const row = await db.selectFrom('ledger_checkpoints').selectAll().where('size', '=', size).executeTakeFirst();
  return row ? withCosignatures(db, row) : undefined;
}

async function withCosignatures(
  db: Kysely<DB>,
  row: { size: number; root: Uint8Array; note: string; created_at: Date | string },
): Promise<StoredCheckpoint> {
  const cosignatures = await db
    .selectFrom('ledger_cosignatures')
    .select('signature_line')
    .where('checkpoint_size', '=', row.size)
    .orderBy('witness_name')
    .execute();
  return {
    size: Number(row.size),
    root: new Uint8Array(row.root),
    note: row.note,
    createdAt: new Date(row.created_at),
    cosignatures: cosignatures.map((c) => c.signature_line),
  };
}

/**
 * Sign the current tree head if it moved since the last checkpoint. Idempotent and safe with
 * several instances: Ed25519 signatures are deterministic, so two instances checkpointing the
 * same size write the same note, and the second insert is a no-op.
 */
export async function makeCheckpoint(db: Kysely<DB>, key: LogKey, now: Date): Promise<StoredCheckpoint | undefined> {
  const size = await treeSize(db);
  const last = await latestCheckpoint(db);
  if (last && last.size >= size) return last;
  if (size === 0) return undefined;
  const root = await rootAt(db, size);
  const note = await signCheckpoint({ origin: key.origin, size, rootHash: root, extensions: [] }, key.signer);
  await db
    .insertInto('ledger_checkpoints')
    .values({ size, root, note, created_at: now })
    .onConflict((oc) => oc.column('size').doNothing())
    .execute();
  return checkpointAt(db, size);
}

/** Checkpoint every few seconds while there are new events (inside `khien serve`). */
export function startCheckpointer(db: Kysely<DB>, key: LogKey, seconds: number, logger: Logger): () => void {
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      await makeCheckpoint(db, key, new Date());
    } catch (error) {
      logger.error({ err: error }, 'checkpoint failed');
    } finally {
      running = false;
    }
  }, seconds * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
