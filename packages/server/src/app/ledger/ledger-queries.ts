import { z } from 'zod';
import { bytesToBase64 } from '@khien/core/ledger';
import { DomainError } from '@khien/core/errors';
import type { Actor } from '@khien/core/authorization';
import { forbidden } from '../errors.ts';
import type { Services } from '../services.ts';
import { latestCheckpoint, makeCheckpoint, type StoredCheckpoint } from '../../ledger/checkpoints.ts';
import { entriesWithPayloads, treeSize } from '../../ledger/node-store.ts';
import { consistencyProof, inclusionProof } from '../../ledger/proofs.ts';

export const checkpointView = z.object({
  origin: z.string(),
  size: z.number().int(),
  rootHash: z.string().meta({ description: 'base64' }),
  /** The signed note with witness cosignature lines appended: feed it to any C2SP verifier. */
  note: z.string(),
  cosignatures: z.array(z.string()),
  createdAt: z.string(),
  verifierKey: z.string(),
});
export type CheckpointView = z.infer<typeof checkpointView>;

export const proofView = z.object({
  proof: z.array(z.string()).meta({ description: 'base64 hashes, in RFC 9162 order' }),
});

export const entryView = z.object({
  index: z.number().int(),
  type: z.string(),
  aggregateId: z.string(),
  actor: z.string(),
  time: z.string(),
  procedureVersion: z.string().nullable(),
  commitment: z.string(),
  leafHash: z.string().meta({ description: 'hex' }),
  redacted: z.boolean(),
});
export const entriesPage = z.object({ treeSize: z.number().int(), entries: z.array(entryView) });

/** Append witness cosignature lines to the log's note (C2SP signed-note allows several). */
export function noteWithCosignatures(checkpoint: StoredCheckpoint): string {
  return checkpoint.note + checkpoint.cosignatures.map((line) => `${line}\n`).join('');
}

async function toView(services: Services, checkpoint: StoredCheckpoint): Promise<CheckpointView> {
  const key = await services.logKey();
  return {
    origin: key.origin,
    size: checkpoint.size,
    rootHash: bytesToBase64(checkpoint.root),
    note: noteWithCosignatures(checkpoint),
    cosignatures: checkpoint.cosignatures,
    createdAt: checkpoint.createdAt.toISOString(),
    verifierKey: key.verifierKey,
  };
}

export async function getLatestCheckpoint(services: Services): Promise<CheckpointView> {
  const latest = await latestCheckpoint(services.database.db);
  if (!latest) {
    throw new DomainError('ledger.no_checkpoint', {
      vi: 'Sổ cái chưa có điểm kiểm tra nào (chưa có sự kiện).',
      en: 'The ledger has no checkpoint yet (no events).',
    });
  }
  return toView(services, latest);
}

/** "On demand": sign the current tree head now instead of waiting for the timer. */
export async function checkpointNow(services: Services, actor: Actor): Promise<CheckpointView> {
  if (!actor.roles.includes('system_admin') && !actor.roles.includes('inspector')) throw forbidden();
  const made = await makeCheckpoint(services.database.db, await services.logKey(), services.now());
  if (!made) return getLatestCheckpoint(services);
  return toView(services, made);
}

const b64 = (proof: Uint8Array[]) => proof.map(bytesToBase64);

export async function getInclusionProof(services: Services, index: number, size: number) {
  return { proof: b64(await inclusionProof(services.database.db, index, size)) };
}

export async function getConsistencyProof(services: Services, from: number, to: number) {
  return { proof: b64(await consistencyProof(services.database.db, from, to)) };
}

/** Envelopes (never payloads) for oversight: administrators and inspectors. */
export async function listEntries(services: Services, actor: Actor, from: number, limit: number) {
  if (!actor.roles.includes('system_admin') && !actor.roles.includes('inspector')) throw forbidden();
  const { db } = services.database;
  const rows = await entriesWithPayloads(db).where('ledger_entries.idx', '>=', from).orderBy('ledger_entries.idx').limit(limit).execute();
  return {
    treeSize: await treeSize(db),
    entries: rows.map((r) => ({
      index: Number(r.idx),
      type: r.type,
      aggregateId: r.aggregate_id,
      actor: r.actor,
      time: r.time,
      procedureVersion: r.procedure_version,
      commitment: Buffer.from(r.commitment).toString('hex'),
      leafHash: Buffer.from(r.leaf_hash).toString('hex'),
      redacted: r.redacted_at !== null,
    })),
  };
}
