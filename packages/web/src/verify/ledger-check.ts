/**
 * The inspector's ledger view checks, in the browser, what the server shows: the signed
 * checkpoint against the log's verifier key, each entry's leaf hash recomputed from its
 * envelope, and each inclusion proof up to the signed root. A server that rewrote an entry
 * cannot produce a proof that passes here without also forging the checkpoint signature.
 */
import {
  base64ToBytes,
  bytesToHex,
  envelopeLeafHash,
  openCheckpoint,
  validateEnvelope,
  verifyInclusion,
  type OpenedCheckpoint,
} from '@khien/core/ledger';

export interface EntryEnvelopeFields {
  index: number;
  type: string;
  aggregateId: string;
  actor: string;
  time: string;
  procedureVersion: string | null;
  commitment: string;
  leafHash: string;
}

export type EntryStatus = 'verified' | 'failed' | 'pending';

export interface EntryCheck {
  status: EntryStatus;
  /** Why it failed: a message key suffix shown to the inspector. */
  reason: 'leaf_mismatch' | 'bad_envelope' | 'proof_failed' | 'proof_unavailable' | null;
}

export async function openServerCheckpoint(checkpoint: { note: string; verifierKey: string; origin: string }): Promise<OpenedCheckpoint> {
  return openCheckpoint(checkpoint.note, [checkpoint.verifierKey], { origin: checkpoint.origin });
}

/**
 * One entry: `pending` when it is newer than the checkpoint (not signed yet); otherwise
 * verified only if the recomputed leaf equals the listed one and the proof reaches the root.
 */
export async function checkEntry(
  entry: EntryEnvelopeFields,
  checkpoint: OpenedCheckpoint,
  fetchProof: (index: number, size: number) => Promise<string[]>,
): Promise<EntryCheck> {
  const size = checkpoint.checkpoint.size;
  if (entry.index >= size) return { status: 'pending', reason: null };
  let leaf: Uint8Array;
  try {
    // Exactly the seven envelope fields: the list adds others (leafHash, redacted) that the leaf does not cover.
    const { index, type, aggregateId, actor, time, procedureVersion, commitment } = entry;
    leaf = await envelopeLeafHash(validateEnvelope({ index, type, aggregateId, actor, time, procedureVersion, commitment }));
  } catch {
    return { status: 'failed', reason: 'bad_envelope' };
  }
  if (bytesToHex(leaf) !== entry.leafHash.toLowerCase()) return { status: 'failed', reason: 'leaf_mismatch' };
  let proof: Uint8Array[];
  try {
    proof = (await fetchProof(entry.index, size)).map(base64ToBytes);
  } catch {
    return { status: 'failed', reason: 'proof_unavailable' };
  }
  const ok = await verifyInclusion(leaf, entry.index, size, proof, checkpoint.checkpoint.rootHash);
  return ok ? { status: 'verified', reason: null } : { status: 'failed', reason: 'proof_failed' };
}

/** Run checks a few at a time: one proof request per entry, without flooding the server. */
export async function mapLimited<T, R>(items: readonly T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const i = next++;
      results[i] = await run(items[i]!);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
