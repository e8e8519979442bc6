/**
 * The storage-friendly Merkle scheme: the server keeps the hash of every COMPLETE subtree,
 * addressed as (level, index) = MTH of leaves [index·2^level, (index+1)·2^level). Level 0 holds
 * the leaf hashes. A node never changes once complete, so the table is append-only like the log.
 *
 * Everything here is split in two so the server can do one batch read per request:
 *   1. a pure *plan* (which stored nodes are needed — O(log n) of them), and
 *   2. a *compute* step that takes those nodes through a synchronous lookup and hashes.
 *
 * Why a proof stays O(log n): in RFC 9162 proofs every hash is the root of a complete subtree,
 * except at most one — a subtree on the right edge of the tree (leaves [a, n)), whose hash is
 * the right-to-left fold of the "peaks" of [a, n), at most log2(n) complete nodes. The plan
 * therefore reads at most ~2·log2(n) nodes, never log²(n). (At most one, because once a proof
 * descends into the left half of a range it is inside a complete subtree for good.)
 */
import { HASH_SIZE, emptyTreeHash, nodeHash } from './hash.ts';
import { ledgerError } from './ledger-error.ts';
import { largestPowerOfTwoBelow } from './merkle-reference.ts';

export interface NodeId {
  readonly level: number;
  readonly index: number;
}

export interface StoredNode extends NodeId {
  readonly hash: Uint8Array;
}

/** Synchronous lookup over nodes the caller has already fetched (usually a Map from one query). */
export type NodeReader = (level: number, index: number) => Uint8Array | undefined;

/** A string key for maps and SQL `IN` lists; stable, so both sides can use it. */
export function nodeKey(level: number, index: number): string {
  return `${level}:${index}`;
}

export function nodeReaderFromNodes(nodes: Iterable<StoredNode>): NodeReader {
  const map = new Map<string, Uint8Array>();
  for (const n of nodes) map.set(nodeKey(n.level, n.index), n.hash);
  return (level, index) => map.get(nodeKey(level, index));
}

/**
 * A plan for one value made of stored nodes: each element of `elements` is the list of nodes
 * whose right-to-left fold gives one hash (a single node when the subtree is complete).
 * `reads` is the deduplicated set of nodes to fetch.
 */
export interface NodePlan {
  readonly reads: readonly NodeId[];
  readonly elements: readonly (readonly NodeId[])[];
}

const MAX_LEVEL = 53;

function pow2(level: number): number {
  return 2 ** level;
}

function checkSize(size: number, what: string): void {
  if (!(Number.isSafeInteger(size) && size >= 0)) {
    throw ledgerError('ledger.invalid_range', `Giá trị ${what} không hợp lệ.`, `Invalid ${what}.`, { [what]: size });
  }
}

/**
 * The complete, aligned subtrees that tile leaves [lo, hi), largest first. Every range the
 * proof algorithms ask for starts at a multiple of the largest power of two that fits, so this
 * is exactly the RFC's left-heavy split and the right-to-left fold gives MTH(D[lo:hi]).
 */
export function rangeNodes(lo: number, hi: number): NodeId[] {
  const out: NodeId[] = [];
  let at = lo;
  while (at < hi) {
    let level = 0;
    while (level < MAX_LEVEL && at % pow2(level + 1) === 0 && at + pow2(level + 1) <= hi) level++;
    out.push({ level, index: at / pow2(level) });
    at += pow2(level);
  }
  return out;
}

function makePlan(elements: NodeId[][]): NodePlan {
  const seen = new Set<string>();
  const reads: NodeId[] = [];
  for (const element of elements) {
    for (const node of element) {
      const key = nodeKey(node.level, node.index);
      if (!seen.has(key)) {
        seen.add(key);
        reads.push(node);
      }
    }
  }
  return { reads, elements };
}

function readNode(reader: NodeReader, node: NodeId): Uint8Array {
  const hash = reader(node.level, node.index);
  if (!(hash instanceof Uint8Array) || hash.length !== HASH_SIZE) {
    throw ledgerError(
      'ledger.missing_node',
      `Thiếu nút cây Merkle đã lưu (tầng ${node.level}, chỉ số ${node.index}).`,
      `Missing stored Merkle node (level ${node.level}, index ${node.index}).`,
      { level: node.level, index: node.index },
    );
  }
  return hash;
}

/** Right-to-left fold: the smallest (rightmost) subtree is the innermost right child. */
async function foldElement(element: readonly NodeId[], reader: NodeReader): Promise<Uint8Array> {
  let acc = readNode(reader, element[element.length - 1]!);
  for (let i = element.length - 2; i >= 0; i--) acc = await nodeHash(readNode(reader, element[i]!), acc);
  return acc;
}

/** Evaluates any plan: one hash per element, in order. */
export async function hashesFromPlan(plan: NodePlan, reader: NodeReader): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for (const element of plan.elements) out.push(await foldElement(element, reader));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Appending

/** Number of trailing one bits of x (x ≥ 0), by arithmetic so it works above 2^32. */
function trailingOnes(x: number): number {
  let count = 0;
  while (x % 2 === 1) {
    count++;
    x = (x - 1) / 2;
  }
  return count;
}

export interface AppendNodes {
  /** The nodes that become complete, from the leaf (level 0) upwards. */
  readonly completed: readonly NodeId[];
  /** The already-stored left children needed to hash them, level 0 upwards. */
  readonly leftSiblings: readonly NodeId[];
}

/**
 * Appending leaf `leafIndex` completes (0, leafIndex) and, for every level l with 2^l dividing
 * leafIndex+1, the node (l, (leafIndex+1)/2^l − 1). Each such node's right child was completed
 * by this same append and its left child is already stored.
 */
export function nodesCompletedByAppend(leafIndex: number): AppendNodes {
  checkSize(leafIndex, 'leafIndex');
  const top = trailingOnes(leafIndex);
  const completed: NodeId[] = [];
  const leftSiblings: NodeId[] = [];
  for (let level = 0; level <= top; level++) {
    const index = Math.floor(leafIndex / pow2(level));
    completed.push({ level, index });
    if (level < top) leftSiblings.push({ level, index: index - 1 });
  }
  return { completed, leftSiblings };
}

/**
 * The stored nodes to read before appending `count` leaves to a tree of `treeSize`: the
 * left siblings that already exist, plus the old nodes the new root needs. Both are among the
 * peaks of `treeSize`, so there are at most log2(treeSize)+1 of them whatever the batch size.
 */
export function appendPlan(treeSize: number, count: number): NodeId[] {
  checkSize(treeSize, 'treeSize');
  checkSize(count, 'count');
  const isOld = (n: NodeId): boolean => (n.index + 1) * pow2(n.level) <= treeSize;
  const wanted = new Map<string, NodeId>();
  for (let i = treeSize; i < treeSize + count; i++) {
    for (const sibling of nodesCompletedByAppend(i).leftSiblings) {
      if (isOld(sibling)) wanted.set(nodeKey(sibling.level, sibling.index), sibling);
    }
  }
  for (const peak of rangeNodes(0, treeSize + count)) {
    if (isOld(peak)) wanted.set(nodeKey(peak.level, peak.index), peak);
  }
  return [...wanted.values()];
}

export interface AppendResult {
  /** Every node completed by the batch, in append order; store them all. */
  readonly nodes: StoredNode[];
  readonly treeSize: number;
  readonly root: Uint8Array;
}

/**
 * Appends a batch of leaf hashes to a tree of `treeSize`. `reader` must serve the nodes named by
 * `appendPlan(treeSize, leafHashes.length)`; nodes made within the batch are found internally.
 */
export async function appendLeaves(treeSize: number, leafHashes: readonly Uint8Array[], reader: NodeReader): Promise<AppendResult> {
  checkSize(treeSize, 'treeSize');
  const fresh = new Map<string, Uint8Array>();
  const overlay: NodeReader = (level, index) => fresh.get(nodeKey(level, index)) ?? reader(level, index);
  const nodes: StoredNode[] = [];
  for (let offset = 0; offset < leafHashes.length; offset++) {
    for (const node of await computeCompletedNodes(treeSize + offset, leafHashes[offset]!, overlay)) {
      fresh.set(nodeKey(node.level, node.index), node.hash);
      nodes.push(node);
    }
  }
  const newSize = treeSize + leafHashes.length;
  return { nodes, treeSize: newSize, root: await rootFromNodes(newSize, overlay) };
}

/**
 * The hashes of the nodes completed by appending one leaf (`nodesCompletedByAppend`), level 0
 * first. `reader` must serve that function's `leftSiblings`; nothing else is read.
 */
export async function computeCompletedNodes(leafIndex: number, leafHash: Uint8Array, reader: NodeReader): Promise<StoredNode[]> {
  if (!(leafHash instanceof Uint8Array) || leafHash.length !== HASH_SIZE) {
    throw ledgerError('ledger.invalid_argument', 'Băm lá phải dài 32 byte.', 'A leaf hash must be 32 bytes.');
  }
  const { completed, leftSiblings } = nodesCompletedByAppend(leafIndex);
  const out: StoredNode[] = [];
  let hash = leafHash;
  for (let i = 0; i < completed.length; i++) {
    if (i > 0) hash = await nodeHash(readNode(reader, leftSiblings[i - 1]!), hash);
    out.push({ level: completed[i]!.level, index: completed[i]!.index, hash });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Roots and proofs

/** The peaks of the tree: popcount(size) nodes, at most log2(size)+1. */
export function rootPlan(size: number): NodePlan {
  checkSize(size, 'size');
  return makePlan(size === 0 ? [] : [rangeNodes(0, size)]);
}

/** MTH(D[size]) from stored nodes; the empty tree's root is SHA-256(""). */
export async function rootFromNodes(size: number, reader: NodeReader): Promise<Uint8Array> {
  const plan = rootPlan(size);
  if (plan.elements.length === 0) return emptyTreeHash();
  return foldElement(plan.elements[0]!, reader);
}

/** PATH(index, D[size]) as stored nodes, bottom-up as RFC 9162 orders the inclusion path. */
export function inclusionProofPlan(index: number, size: number): NodePlan {
  checkSize(size, 'size');
  checkSize(index, 'index');
  if (index >= size) {
    throw ledgerError(
      'ledger.invalid_range',
      'Chỉ số sự kiện phải nhỏ hơn kích thước cây.',
      'The leaf index must be smaller than the tree size.',
      { index, size },
    );
  }
  const topDown: NodeId[][] = [];
  let lo = 0;
  let hi = size;
  while (hi - lo > 1) {
    const k = largestPowerOfTwoBelow(hi - lo);
    if (index < lo + k) {
      topDown.push(rangeNodes(lo + k, hi));
      hi = lo + k;
    } else {
      topDown.push(rangeNodes(lo, lo + k));
      lo += k;
    }
  }
  return makePlan(topDown.reverse());
}

export async function inclusionProofFromNodes(index: number, size: number, reader: NodeReader): Promise<Uint8Array[]> {
  return hashesFromPlan(inclusionProofPlan(index, size), reader);
}

/** PROOF(oldSize, D[newSize]) as stored nodes; empty when oldSize is 0 or equals newSize. */
export function consistencyProofPlan(oldSize: number, newSize: number): NodePlan {
  checkSize(oldSize, 'oldSize');
  checkSize(newSize, 'newSize');
  if (oldSize > newSize) {
    throw ledgerError(
      'ledger.invalid_range',
      'Kích thước cây cũ không được lớn hơn cây mới.',
      'The old tree size must not exceed the new one.',
      { oldSize, newSize },
    );
  }
  if (oldSize === 0 || oldSize === newSize) return makePlan([]);
  // Iterative SUBPROOF(m, D[lo:hi], b) of RFC 9162 §2.1.4.1; `oldSize` stays absolute.
  const topDown: NodeId[][] = [];
  let lo = 0;
  let hi = newSize;
  let startsAtRoot = true; // the RFC's b: the old tree is the whole current range's left prefix
  for (;;) {
    if (oldSize === hi) {
      if (!startsAtRoot) topDown.push(rangeNodes(lo, hi));
      break;
    }
    const k = largestPowerOfTwoBelow(hi - lo);
    if (oldSize - lo <= k) {
      topDown.push(rangeNodes(lo + k, hi));
      hi = lo + k;
    } else {
      topDown.push(rangeNodes(lo, lo + k));
      lo += k;
      startsAtRoot = false;
    }
  }
  return makePlan(topDown.reverse());
}

export async function consistencyProofFromNodes(oldSize: number, newSize: number, reader: NodeReader): Promise<Uint8Array[]> {
  return hashesFromPlan(consistencyProofPlan(oldSize, newSize), reader);
}

// ---------------------------------------------------------------------------------------------
// Streaming recomputation

/**
 * Recomputes the tree from leaf hashes in order with O(log n) memory (the current peaks), for
 * full verification: compare each emitted node with the stored one, and take the root at any
 * size (every checkpoint) without a second pass.
 */
export class MerkleAccumulator {
  #size = 0;
  /** Peaks, largest (leftmost) first: hashes of the complete subtrees tiling [0, size). */
  #peaks: StoredNode[] = [];

  get size(): number {
    return this.#size;
  }

  /** Adds the next leaf and returns the nodes it completes (level 0 first), as `appendLeaves` would. */
  async append(leaf: Uint8Array): Promise<StoredNode[]> {
    if (!(leaf instanceof Uint8Array) || leaf.length !== HASH_SIZE) {
      throw ledgerError('ledger.invalid_argument', 'Băm lá phải dài 32 byte.', 'A leaf hash must be 32 bytes.');
    }
    const leafIndex = this.#size;
    const { completed } = nodesCompletedByAppend(leafIndex);
    const out: StoredNode[] = [];
    let hash = leaf;
    for (let i = 0; i < completed.length; i++) {
      if (i > 0) hash = await nodeHash(this.#peaks.pop()!.hash, hash);
      out.push({ ...completed[i]!, hash });
    }
    this.#peaks.push(out[out.length - 1]!);
    this.#size++;
    return out;
  }

  async root(): Promise<Uint8Array> {
    if (this.#peaks.length === 0) return emptyTreeHash();
    let acc = this.#peaks[this.#peaks.length - 1]!.hash;
    for (let i = this.#peaks.length - 2; i >= 0; i--) acc = await nodeHash(this.#peaks[i]!.hash, acc);
    return acc;
  }
}
