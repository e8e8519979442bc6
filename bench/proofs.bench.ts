import { sql } from 'kysely';
import { leafHash, verifyConsistency, verifyInclusion } from '@khien/core/ledger';
import type { Engine } from '../packages/server/src/db/database.ts';
import { consistencyProof, inclusionProof, rootAt } from '../packages/server/src/ledger/proofs.ts';
import { treeSize } from '../packages/server/src/ledger/node-store.ts';
import { freshServices, percentile, round, type Emit } from './bench-support.ts';

const CHUNK = 1_000_000;

/**
 * Grow the stored tree from `from` to `to` leaves directly in ledger_nodes, inside the
 * database: leaf i is the RFC 9162 leaf hash of its 8-byte big-endian index, each inner node
 * SHA-256(0x01 ‖ left ‖ right) of its two children, level by level (PostgreSQL's sha256()).
 * Proofs read nothing but ledger_nodes, so the big tree needs no entries; the check below
 * verifies sample proofs in JavaScript against leaf hashes computed independently.
 */
async function grow(db: Parameters<typeof treeSize>[0], from: number, to: number): Promise<void> {
  for (let a = from; a < to; a += CHUNK) {
    const b = Math.min(to, a + CHUNK) - 1;
    await sql`insert into ledger_nodes (level, idx, hash)
              select 0, i, sha256('\\x00'::bytea || int8send(i)) from generate_series(${a}::bigint, ${b}::bigint) i`.execute(db);
  }
  for (let level = 1; 2 ** level <= to; level++) {
    const lo = Math.floor(from / 2 ** level);
    const hi = Math.floor(to / 2 ** level);
    for (let a = lo; a < hi; a += CHUNK) {
      const b = Math.min(hi, a + CHUNK);
      await sql`insert into ledger_nodes (level, idx, hash)
                select ${level}, l.idx / 2, sha256('\\x01'::bytea || l.hash || r.hash)
                  from ledger_nodes l join ledger_nodes r on r.level = l.level and r.idx = l.idx + 1
                 where l.level = ${level - 1} and l.idx >= ${2 * a} and l.idx < ${2 * b} and l.idx % 2 = 0`.execute(db);
    }
  }
  // A bulk load of millions of rows is not the steady state of a log that grows a few rows per
  // command: vacuum it now (visibility map, statistics) rather than let the insert-triggered
  // autovacuum of the fresh table run on the 2-core machine in the middle of the timing.
  await sql`vacuum (analyze) ledger_nodes`.execute(db);
}

function leafOf(i: number): Promise<Uint8Array> {
  const data = new Uint8Array(8);
  new DataView(data.buffer).setBigUint64(0, BigInt(i));
  return leafHash(data);
}

/** Inclusion-proof latency (p50/p99) over random leaves, at each size; the tree grows in place. */
export async function benchProofs(engine: Engine, pgUrl: string | undefined, emit: Emit, sizes: number[], samples: number): Promise<void> {
  const { services, close } = await freshServices(engine, pgUrl);
  const { db } = services.database;
  try {
    let built = 0;
    for (const size of sizes) {
      const started = performance.now();
      await grow(db, built, size);
      built = size;
      const buildSeconds = (performance.now() - started) / 1000;
      if ((await treeSize(db)) !== size) throw new Error('tree size mismatch after build');

      const root = await rootAt(db, size);
      for (let k = 0; k < 20; k++) {
        const index = Math.floor(Math.random() * size);
        const proof = await inclusionProof(db, index, size);
        if (!(await verifyInclusion(await leafOf(index), index, size, proof, root))) throw new Error(`proof of ${index} does not verify`);
      }
      const old = Math.floor(size / 3);
      if (!(await verifyConsistency(old, size, await consistencyProof(db, old, size), await rootAt(db, old), root))) {
        throw new Error('consistency proof does not verify');
      }

      for (let k = 0; k < 100; k++) await inclusionProof(db, Math.floor(Math.random() * size), size); // warm-up
      const times: number[] = [];
      for (let k = 0; k < samples; k++) {
        const index = Math.floor(Math.random() * size);
        const t = performance.now();
        await inclusionProof(db, index, size);
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      const consistency: number[] = [];
      for (let k = 0; k < Math.ceil(samples / 4); k++) {
        const from = 1 + Math.floor(Math.random() * (size - 1));
        const t = performance.now();
        await consistencyProof(db, from, size);
        consistency.push(performance.now() - t);
      }
      consistency.sort((a, b) => a - b);
      emit({
        bench: 'inclusion_proof',
        engine,
        leaves: size,
        storedNodes: 2 * size - (size.toString(2).split('1').length - 1),
        buildSeconds: round(buildSeconds, 1),
        samples,
        p50Ms: round(percentile(times, 50)),
        p99Ms: round(percentile(times, 99)),
        maxMs: round(times.at(-1)!),
        targetP99Ms: 5,
        consistencyP50Ms: round(percentile(consistency, 50)),
        consistencyP99Ms: round(percentile(consistency, 99)),
        proofsVerified: 20,
      });
    }
  } finally {
    await close();
  }
}
