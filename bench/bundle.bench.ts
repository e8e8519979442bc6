import { createHash, randomBytes } from 'node:crypto';
import {
  MerkleAccumulator,
  bytesToHex,
  ed25519NoteSigner,
  envelopeLeafHash,
  inclusionProofFromNodes,
  nodeReaderFromNodes,
  payloadCommitment,
  signCheckpoint,
  verifierKeyFromSeed,
  verifyEventBundle,
  type BundleEvent,
  type LedgerEnvelope,
  type StoredNode,
} from '@khien/core/ledger';
import { round, type Emit } from './bench-support.ts';

async function opsPerSecond(seconds: number, op: () => unknown | Promise<unknown>): Promise<number> {
  let n = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  while (performance.now() < until) {
    for (let i = 0; i < 100; i++) await op();
    n += 100;
  }
  return n / ((performance.now() - started) / 1000);
}

/**
 * Dossier verification throughput (core verifyEventBundle: payload commitment, leaf hash,
 * inclusion proof, one checkpoint signature — the same code the browser page runs) against the
 * raw SHA-256 rate of this machine, both through WebCrypto (what core uses) and node:crypto.
 */
export async function benchBundle(emit: Emit, events: number): Promise<void> {
  const seed = randomBytes(32);
  const origin = 'bench.khien.local/log';
  const accumulator = new MerkleAccumulator();
  const nodes: StoredNode[] = [];
  const items: Array<{ envelope: LedgerEnvelope; payload: Record<string, unknown>; salt: string }> = [];
  for (let i = 0; i < events; i++) {
    const payload = {
      id: `case-${i}`,
      title: `Đề xuất đổi mới sáng tạo số ${i}`,
      summary: 'Rút ngắn thời gian giải quyết thủ tục hành chính'.repeat(3),
      step: i % 17,
    };
    const salt = randomBytes(32);
    const envelope: LedgerEnvelope = {
      index: i,
      type: 'proposal.submitted',
      aggregateId: `case-${i % 50}`,
      actor: 'acc-1',
      time: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
      procedureVersion: 'nd73@1',
      commitment: await payloadCommitment(salt, payload),
    };
    nodes.push(...(await accumulator.append(await envelopeLeafHash(envelope))));
    items.push({ envelope, payload, salt: bytesToHex(salt) });
  }
  const reader = nodeReaderFromNodes(nodes);
  const size = accumulator.size;
  const note = await signCheckpoint(
    { origin, size, rootHash: await accumulator.root(), extensions: [] },
    await ed25519NoteSigner(origin, seed),
  );
  const bundleEvents: BundleEvent[] = [];
  for (const item of items) {
    const proof = await inclusionProofFromNodes(item.envelope.index, size, reader);
    bundleEvents.push({ envelope: item.envelope, payload: item.payload, salt: item.salt, inclusionProof: proof.map(bytesToHex) });
  }
  const bundle = { checkpointNote: note, verifierKeys: [await verifierKeyFromSeed(origin, seed)], origin, events: bundleEvents };

  await verifyEventBundle(bundle); // warm-up
  const runs: number[] = [];
  for (let r = 0; r < 3; r++) {
    const t = performance.now();
    const verdict = await verifyEventBundle(bundle);
    runs.push((performance.now() - t) / 1000);
    if (!verdict.ok) throw new Error('bench bundle does not verify');
  }
  runs.sort((a, b) => a - b);
  const eventsPerSecond = events / runs[1]!;
  const proofLength = bundleEvents.reduce((n, e) => n + e.inclusionProof.length, 0) / events;
  const hashesPerEvent = 2 + proofLength; // commitment + leaf + one node hash per proof step

  const small = randomBytes(64);
  const webcryptoPerSecond = await opsPerSecond(1.5, () => crypto.subtle.digest('SHA-256', small));
  const nodePerSecond = await opsPerSecond(1.5, () => createHash('sha256').update(small).digest());
  const mib = randomBytes(1 << 20);
  const mibPerSecond = await opsPerSecond(1.5, () => createHash('sha256').update(mib).digest());

  emit({
    bench: 'bundle_verification',
    engine: 'node',
    events,
    avgProofLength: round(proofLength, 2),
    eventsPerSecond: round(eventsPerSecond, 1),
    hashesPerEvent: round(hashesPerEvent, 2),
    webcryptoSha256PerSecond64B: round(webcryptoPerSecond, 0),
    nodeSha256PerSecond64B: round(nodePerSecond, 0),
    nodeSha256MiBPerSecond: round(mibPerSecond, 0),
    hashRateUsedVsWebcrypto: round((eventsPerSecond * hashesPerEvent) / webcryptoPerSecond),
    eventsPerSecondVsWebcryptoHashes: round(eventsPerSecond / webcryptoPerSecond, 5),
  });
}
