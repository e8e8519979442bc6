import type { Kysely } from 'kysely';
import {
  consistencyProofFromNodes,
  consistencyProofPlan,
  inclusionProofFromNodes,
  inclusionProofPlan,
  rootFromNodes,
  rootPlan,
} from '@khien/core/ledger';
import { DomainError } from '@khien/core/errors';
import type { DB } from '../db/schema.ts';
import { readNodes, treeSize } from './node-store.ts';

function outOfRange(vi: string, en: string, details: Record<string, unknown>): DomainError {
  return new DomainError('ledger.out_of_range', { vi, en }, details);
}

async function checkSize(db: Kysely<DB>, size: number): Promise<void> {
  const current = await treeSize(db);
  if (size > current) {
    throw outOfRange(
      `Sổ cái mới có ${current} mục, không có kích thước ${size}.`,
      `The log has ${current} entries; size ${size} does not exist.`,
      { size, treeSize: current },
    );
  }
}

export async function rootAt(db: Kysely<DB>, size: number): Promise<Uint8Array> {
  await checkSize(db, size);
  return rootFromNodes(size, await readNodes(db, rootPlan(size).reads));
}

/** RFC 9162 §2.1.3 inclusion proof of leaf `index` in the tree of `size`: O(log n) reads. */
export async function inclusionProof(db: Kysely<DB>, index: number, size: number): Promise<Uint8Array[]> {
  await checkSize(db, size);
  if (index >= size)
    throw outOfRange(`Chỉ số ${index} phải nhỏ hơn kích thước ${size}.`, `Index ${index} must be below size ${size}.`, { index, size });
  return inclusionProofFromNodes(index, size, await readNodes(db, inclusionProofPlan(index, size).reads));
}

/** RFC 9162 §2.1.4 consistency proof between sizes `from` ≤ `to`: O(log n) reads. */
export async function consistencyProof(db: Kysely<DB>, from: number, to: number): Promise<Uint8Array[]> {
  await checkSize(db, to);
  if (from > to)
    throw outOfRange(`Kích thước đầu ${from} lớn hơn kích thước cuối ${to}.`, `from (${from}) exceeds to (${to}).`, { from, to });
  return consistencyProofFromNodes(from, to, await readNodes(db, consistencyProofPlan(from, to).reads));
}
