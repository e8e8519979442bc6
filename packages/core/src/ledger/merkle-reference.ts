/**
 * The naive, literal transcription of RFC 9162 §2.1.1, §2.1.3.1 and §2.1.4.1 over a list of
 * leaves. O(n) per root: never used to serve requests, only as the oracle the O(log n)
 * stored-node scheme is tested against, and by a full re-verification that has every leaf in
 * hand anyway. Kept deliberately close to the RFC's recursive wording so a reader can check it
 * line by line against the text.
 */
import { emptyTreeHash, leafHash, nodeHash } from './hash.ts';
import { ledgerError } from './ledger-error.ts';

/** Largest power of two strictly smaller than n (n ≥ 2), the RFC's "k". */
export function largestPowerOfTwoBelow(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** MTH(D[n]) over raw leaf data, per RFC 9162 §2.1.1. */
export async function merkleTreeHash(leaves: readonly Uint8Array[]): Promise<Uint8Array> {
  const hashes = await Promise.all(leaves.map((d) => leafHash(d)));
  return new ReferenceMerkleTree(hashes).root(hashes.length);
}

/**
 * A reference tree over already-hashed leaves. Subtree hashes are memoised by range only so a
 * test can ask for many proofs of one tree without re-hashing it each time; the recursion
 * itself is the RFC's.
 */
export class ReferenceMerkleTree {
  readonly #leafHashes: readonly Uint8Array[];
  readonly #memo = new Map<string, Promise<Uint8Array>>();

  constructor(leafHashes: readonly Uint8Array[]) {
    this.#leafHashes = leafHashes;
  }

  /** MTH(D[lo:hi]). */
  mth(lo: number, hi: number): Promise<Uint8Array> {
    const key = `${lo}:${hi}`;
    let cached = this.#memo.get(key);
    if (cached === undefined) {
      cached = this.#computeMth(lo, hi);
      this.#memo.set(key, cached);
    }
    return cached;
  }

  async #computeMth(lo: number, hi: number): Promise<Uint8Array> {
    const n = hi - lo;
    if (n === 0) return emptyTreeHash();
    if (n === 1) return this.#leafHashes[lo]!;
    const k = largestPowerOfTwoBelow(n);
    return nodeHash(await this.mth(lo, lo + k), await this.mth(lo + k, hi));
  }

  root(size: number): Promise<Uint8Array> {
    this.#checkSize(size);
    return this.mth(0, size);
  }

  /** PATH(m, D[n]), RFC 9162 §2.1.3.1. */
  inclusionProof(index: number, size: number): Promise<Uint8Array[]> {
    this.#checkSize(size);
    if (!(Number.isSafeInteger(index) && index >= 0 && index < size)) {
      throw ledgerError('ledger.invalid_range', 'Chỉ số lá nằm ngoài cây.', 'Leaf index outside the tree.');
    }
    return this.#path(index, 0, size);
  }

  async #path(m: number, lo: number, hi: number): Promise<Uint8Array[]> {
    const n = hi - lo;
    if (n === 1) return [];
    const k = largestPowerOfTwoBelow(n);
    if (m < k) return [...(await this.#path(m, lo, lo + k)), await this.mth(lo + k, hi)];
    return [...(await this.#path(m - k, lo + k, hi)), await this.mth(lo, lo + k)];
  }

  /** PROOF(m, D[n]), RFC 9162 §2.1.4.1; empty when m is 0 or m = n. */
  consistencyProof(oldSize: number, newSize: number): Promise<Uint8Array[]> {
    this.#checkSize(newSize);
    if (!(Number.isSafeInteger(oldSize) && oldSize >= 0 && oldSize <= newSize)) {
      throw ledgerError('ledger.invalid_range', 'Kích thước cây cũ không hợp lệ.', 'Invalid old tree size.');
    }
    if (oldSize === 0) return Promise.resolve([]);
    return this.#subproof(oldSize, 0, newSize, true);
  }

  async #subproof(m: number, lo: number, hi: number, b: boolean): Promise<Uint8Array[]> {
    const n = hi - lo;
    if (m === n) return b ? [] : [await this.mth(lo, hi)];
    const k = largestPowerOfTwoBelow(n);
    if (m <= k) return [...(await this.#subproof(m, lo, lo + k, b)), await this.mth(lo + k, hi)];
    return [...(await this.#subproof(m - k, lo + k, hi, false)), await this.mth(lo, lo + k)];
  }

  #checkSize(size: number): void {
    if (!(Number.isSafeInteger(size) && size >= 0 && size <= this.#leafHashes.length)) {
      throw ledgerError('ledger.invalid_range', 'Kích thước cây không hợp lệ.', 'Invalid tree size.');
    }
  }
}
