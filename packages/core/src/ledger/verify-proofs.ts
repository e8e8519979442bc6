/**
 * Proof verification exactly as RFC 9162 §2.1.3.2 (inclusion) and §2.1.4.2 (consistency).
 *
 * Convention for the whole ledger module: verification answers a yes/no question and returns a
 * boolean — it never throws, whatever the input (wrong lengths, negative or non-integer sizes,
 * an index past the end). Callers that need a reason (the witness, the dossier verifier) turn
 * `false` into their own DomainError or issue code.
 *
 * Sizes can exceed 2^32, so the bit operations of the RFC are done with arithmetic on safe
 * integers (JavaScript's `>>` and `&` truncate to 32 bits).
 */
import { bytesEqual } from './bytes.ts';
import { HASH_SIZE, nodeHash } from './hash.ts';

const isOdd = (x: number): boolean => x % 2 === 1;
const half = (x: number): number => Math.floor(x / 2);

function isHash(value: unknown): value is Uint8Array {
  return value instanceof Uint8Array && value.length === HASH_SIZE;
}

function isSize(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isPowerOfTwo(x: number): boolean {
  if (x < 1) return false;
  while (x % 2 === 0) x /= 2;
  return x === 1;
}

/** Does `proof` show that the leaf with hash `leafHash` sits at `index` in the tree of `size` with `root`? */
export async function verifyInclusion(
  leafHash: Uint8Array,
  index: number,
  size: number,
  proof: readonly Uint8Array[],
  root: Uint8Array,
): Promise<boolean> {
  if (!isHash(leafHash) || !isHash(root) || !isSize(index) || !isSize(size)) return false;
  if (!Array.isArray(proof) || !proof.every(isHash)) return false;
  // 1. leaf_index must be < tree_size.
  if (index >= size) return false;
  // 2.–3.
  let fn = index;
  let sn = size - 1;
  let r = leafHash;
  // 4.
  for (const p of proof) {
    // a. A path longer than the tree is tall cannot be right.
    if (sn === 0) return false;
    if (isOdd(fn) || fn === sn) {
      r = await nodeHash(p, r);
      // ii. Skip the levels where this node had no right sibling (right edge of the tree).
      if (!isOdd(fn)) {
        while (!isOdd(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      r = await nodeHash(r, p);
    }
    fn = half(fn);
    sn = half(sn);
  }
  // 5.
  return sn === 0 && bytesEqual(r, root);
}

/**
 * Does `proof` show that the tree of `oldSize` with `oldRoot` is a prefix of the tree of
 * `newSize` with `newRoot`? Trivial cases (RFC 9162 §2.1.4: the proof is empty when the old
 * tree is empty or the sizes are equal) are accepted only with an empty proof, and equal
 * sizes only with equal roots.
 */
export async function verifyConsistency(
  oldSize: number,
  newSize: number,
  proof: readonly Uint8Array[],
  oldRoot: Uint8Array,
  newRoot: Uint8Array,
): Promise<boolean> {
  if (!isSize(oldSize) || !isSize(newSize) || !isHash(oldRoot) || !isHash(newRoot)) return false;
  if (!Array.isArray(proof) || !proof.every(isHash)) return false;
  if (oldSize > newSize) return false;
  if (oldSize === newSize) return proof.length === 0 && bytesEqual(oldRoot, newRoot);
  if (oldSize === 0) return proof.length === 0;

  // 1.
  if (proof.length === 0) return false;
  // 2. A power-of-two old tree is a complete subtree of the new one, so the log omits its
  //    root from the proof; the verifier supplies it.
  const path = isPowerOfTwo(oldSize) ? [oldRoot, ...proof] : [...proof];
  // 3.
  let fn = oldSize - 1;
  let sn = newSize - 1;
  // 4.
  while (isOdd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  // 5.
  let fr = path[0]!;
  let sr = path[0]!;
  // 6.
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (isOdd(fn) || fn === sn) {
      fr = await nodeHash(c, fr);
      sr = await nodeHash(c, sr);
      if (!isOdd(fn)) {
        while (!isOdd(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      sr = await nodeHash(sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  // 7.
  return sn === 0 && bytesEqual(fr, oldRoot) && bytesEqual(sr, newRoot);
}
