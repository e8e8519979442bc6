import type { Kysely } from 'kysely';
import {
  consistencyProofPlan,
  emptyTreeHash,
  inclusionProofPlan,
  rootPlan,
  type NodeId,
  type NodePlan,
  type NodeReader,
} from '@khien/core/ledger';
import { DomainError } from '@khien/core/errors';
import type { DB } from '../db/schema.ts';
import { nodeHashOf } from './append.ts';
import { sizeAndNodes } from './node-store.ts';

function outOfRange(vi: string, en: string, details: Record<string, unknown>): DomainError {
  return new DomainError('ledger.out_of_range', { vi, en }, details);
}

function checkSize(current: number, size: number): void {
  if (size > current) {
    throw outOfRange(
      `Sổ cái mới có ${current} mục, không có kích thước ${size}.`,
      `The log has ${current} entries; size ${size} does not exist.`,
      { size, treeSize: current },
    );
  }
}

function storedNode(reader: NodeReader, node: NodeId): Uint8Array {
  const hash = reader(node.level, node.index);
  if (!hash || hash.length !== 32) {
    throw new DomainError(
      'ledger.missing_node',
      {
        vi: `Thiếu nút cây Merkle đã lưu (tầng ${node.level}, chỉ số ${node.index}).`,
        en: `Missing stored Merkle node (level ${node.level}, index ${node.index}).`,
      },
      { level: node.level, index: node.index },
    );
  }
  return hash;
}

/**
 * Core's `hashesFromPlan`, synchronously with node:crypto: each element is the right-to-left
 * fold of its nodes (RFC 9162 node hashes). Same bytes as core (the core tests and the bench's
 * verification against core's verifier check it); no WebCrypto round trip through the thread
 * pool for each hash on the request path.
 */
function hashesFromPlanSync(plan: NodePlan, reader: NodeReader): Uint8Array[] {
  return plan.elements.map((element) => {
    let acc = storedNode(reader, element[element.length - 1]!);
    for (let i = element.length - 2; i >= 0; i--) acc = nodeHashOf(storedNode(reader, element[i]!), acc);
    return new Uint8Array(acc);
  });
}

const isIndex = (x: number) => Number.isSafeInteger(x) && x >= 0;

export async function rootAt(db: Kysely<DB>, size: number): Promise<Uint8Array> {
  const plan = isIndex(size) ? rootPlan(size) : undefined;
  const { size: current, reader } = await sizeAndNodes(db, plan?.reads ?? []);
  checkSize(current, size);
  const checked = plan ?? rootPlan(size);
  if (checked.elements.length === 0) return emptyTreeHash();
  return hashesFromPlanSync(checked, reader)[0]!;
}

/** RFC 9162 §2.1.3 inclusion proof of leaf `index` in the tree of `size`: one statement, O(log n) index probes. */
export async function inclusionProof(db: Kysely<DB>, index: number, size: number): Promise<Uint8Array[]> {
  // Checks in the same order as ever: the size must exist, then the index must be below it,
  // then core refuses anything else; the plan's nodes come with the size when it is valid.
  const plan = isIndex(index) && isIndex(size) && index < size ? inclusionProofPlan(index, size) : undefined;
  const { size: current, reader } = await sizeAndNodes(db, plan?.reads ?? []);
  checkSize(current, size);
  if (index >= size)
    throw outOfRange(`Chỉ số ${index} phải nhỏ hơn kích thước ${size}.`, `Index ${index} must be below size ${size}.`, { index, size });
  return hashesFromPlanSync(plan ?? inclusionProofPlan(index, size), reader);
}

/** RFC 9162 §2.1.4 consistency proof between sizes `from` ≤ `to`: one statement, O(log n) index probes. */
export async function consistencyProof(db: Kysely<DB>, from: number, to: number): Promise<Uint8Array[]> {
  const plan = isIndex(from) && isIndex(to) && from <= to ? consistencyProofPlan(from, to) : undefined;
  const { size: current, reader } = await sizeAndNodes(db, plan?.reads ?? []);
  checkSize(current, to);
  if (from > to)
    throw outOfRange(`Kích thước đầu ${from} lớn hơn kích thước cuối ${to}.`, `from (${from}) exceeds to (${to}).`, { from, to });
  return hashesFromPlanSync(plan ?? consistencyProofPlan(from, to), reader);
}
