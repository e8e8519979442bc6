/**
 * The O(log n) stored-node scheme against the naive RFC 9162 reference, by property tests.
 * One tree of 2048 leaves is built once (in random batches, through the same append code the
 * server uses); a tree of any smaller size is a prefix of it, and the reader used for a proof
 * at size n refuses any node that is not complete at n — so a plan that peeked past the tree
 * it claims to prove would fail here.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import fc from 'fast-check';
import { bytesToHex, utf8 } from './bytes.ts';
import { DomainError } from '../errors.ts';
import { leafHash } from './hash.ts';
import { ReferenceMerkleTree, merkleTreeHash } from './merkle-reference.ts';
import {
  MerkleAccumulator,
  appendLeaves,
  appendPlan,
  computeCompletedNodes,
  consistencyProofFromNodes,
  consistencyProofPlan,
  inclusionProofFromNodes,
  inclusionProofPlan,
  nodeKey,
  nodeReaderFromNodes,
  nodesCompletedByAppend,
  rootFromNodes,
  rootPlan,
  type NodeId,
  type NodeReader,
  type StoredNode,
} from './stored-tree.ts';
import { verifyConsistency, verifyInclusion } from './verify-proofs.ts';

const MAX = 2048;
const hex = (hs: readonly Uint8Array[]): string[] => hs.map(bytesToHex);
const log2ceil = (n: number): number => Math.ceil(Math.log2(n));

let leaves: Uint8Array[] = [];
const nodes: StoredNode[] = [];
let all: NodeReader;
let reference: ReferenceMerkleTree;
const roots: string[] = [];

function isCompleteAt(node: NodeId, size: number): boolean {
  return (node.index + 1) * 2 ** node.level <= size;
}

/** A reader for the tree of `size` that counts reads and refuses nodes not complete at `size`. */
function readerAt(size: number): { reader: NodeReader; reads: () => number } {
  let count = 0;
  return {
    reader(level, index) {
      if (!isCompleteAt({ level, index }, size)) throw new Error(`read (${level}, ${index}) beyond size ${size}`);
      count++;
      return all(level, index);
    },
    reads: () => count,
  };
}

function flipByte(proof: readonly Uint8Array[], element: number, byte: number): Uint8Array[] {
  return proof.map((p, i) => {
    if (i !== element) return p;
    const copy = new Uint8Array(p);
    copy[byte % copy.length]! ^= 1 + (byte % 255);
    return copy;
  });
}

before(async () => {
  leaves = await Promise.all(Array.from({ length: MAX }, (_, i) => leafHash(utf8(`khiên leaf ${i}`))));
  // Batches of uneven sizes, so appends start at every kind of boundary.
  let size = 0;
  const batches = [1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610];
  for (let b = 0; size < MAX; b++) {
    const count = Math.min(batches[b % batches.length]!, MAX - size);
    const planned = new Set(appendPlan(size, count).map((n) => nodeKey(n.level, n.index)));
    const existing = nodeReaderFromNodes(nodes);
    const result = await appendLeaves(size, leaves.slice(size, size + count), (level, index) => {
      if (!planned.has(nodeKey(level, index))) throw new Error(`unplanned read (${level}, ${index})`);
      return existing(level, index);
    });
    nodes.push(...result.nodes);
    size = result.treeSize;
  }
  all = nodeReaderFromNodes(nodes);
  reference = new ReferenceMerkleTree(leaves);
  for (let n = 0; n <= MAX; n++) roots.push(bytesToHex(await reference.root(n)));
});

describe('stored complete subtrees', () => {
  it('every complete subtree, and only those, is stored exactly once', () => {
    const keys = new Set(nodes.map((n) => nodeKey(n.level, n.index)));
    assert.equal(keys.size, nodes.length);
    // A tree of n leaves has exactly 2n − popcount(n) complete subtrees.
    const popcount = MAX.toString(2).replaceAll('0', '').length;
    assert.equal(nodes.length, 2 * MAX - popcount);
    assert.ok(nodes.every((n) => isCompleteAt(n, MAX)));
  });

  it('rootFromNodes equals the naive RFC 9162 root for every size 0..2048, reading only the peaks', async () => {
    for (let n = 0; n <= MAX; n++) {
      const { reader, reads } = readerAt(n);
      assert.equal(bytesToHex(await rootFromNodes(n, reader)), roots[n], `size ${n}`);
      assert.equal(reads(), n.toString(2).replaceAll('0', '').length, `reads at size ${n}`);
      assert.equal(rootPlan(n).reads.length, reads());
    }
  });

  it('rootFromNodes equals merkleTreeHash over the raw leaf data (fresh, unmemoised oracle)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.uint8Array({ maxLength: 24 }), { maxLength: 70 }),
        fc.integer({ min: 1, max: 9 }),
        async (data, batch) => {
          const hashes = await Promise.all(data.map((d) => leafHash(d)));
          const stored: StoredNode[] = [];
          for (let at = 0; at < hashes.length; at += batch) {
            const result = await appendLeaves(at, hashes.slice(at, at + batch), nodeReaderFromNodes(stored));
            stored.push(...result.nodes);
          }
          const reader = nodeReaderFromNodes(stored);
          assert.equal(bytesToHex(await rootFromNodes(data.length, reader)), bytesToHex(await merkleTreeHash(data)));
          for (let i = 0; i < data.length; i++) {
            const proof = await inclusionProofFromNodes(i, data.length, reader);
            assert.ok(await verifyInclusion(hashes[i]!, i, data.length, proof, await merkleTreeHash(data)));
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('appending a leaf completes the nodes of its trailing one bits, each from a stored left sibling', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER - 1 }), (i) => {
        const { completed, leftSiblings } = nodesCompletedByAppend(i);
        const trailingOnes = (i + 1).toString(2).length - (i + 1).toString(2).replace(/0+$/u, '').length;
        assert.equal(completed.length, trailingOnes + 1);
        assert.equal(leftSiblings.length, trailingOnes);
        for (const [level, node] of completed.entries()) {
          assert.equal(node.level, level);
          // The node ends exactly at the new leaf: it became complete with this append.
          assert.equal((node.index + 1) * 2 ** level, i + 1);
        }
        for (const sibling of leftSiblings) assert.ok(isCompleteAt(sibling, i), 'sibling already stored before the append');
      }),
    );
  });

  it('appending one leaf reads only its left siblings and yields the stored nodes', async () => {
    const stored = new Map(nodes.map((n) => [nodeKey(n.level, n.index), bytesToHex(n.hash)] as const));
    for (let i = 0; i < 300; i++) {
      const allowed = new Set(nodesCompletedByAppend(i).leftSiblings.map((n) => nodeKey(n.level, n.index)));
      const made = await computeCompletedNodes(i, leaves[i]!, (level, index) => {
        if (!allowed.has(nodeKey(level, index))) throw new Error(`unplanned read (${level}, ${index})`);
        return all(level, index);
      });
      assert.deepEqual(
        made.map((n) => [nodeKey(n.level, n.index), bytesToHex(n.hash)]),
        made.map((n) => [nodeKey(n.level, n.index), stored.get(nodeKey(n.level, n.index))]),
      );
      assert.equal(made.length, nodesCompletedByAppend(i).completed.length);
    }
  });

  it('the accumulator emits the same nodes and roots as appendLeaves', async () => {
    const acc = new MerkleAccumulator();
    const emitted: StoredNode[] = [];
    for (let i = 0; i < 300; i++) {
      emitted.push(...(await acc.append(leaves[i]!)));
      assert.equal(bytesToHex(await acc.root()), roots[i + 1]);
    }
    const expected = nodes.filter((n) => isCompleteAt(n, 300));
    const byKey = (xs: StoredNode[]) => new Map(xs.map((n) => [nodeKey(n.level, n.index), bytesToHex(n.hash)] as const));
    assert.deepEqual(byKey(emitted), byKey(expected));
  });
});

describe('inclusion proofs from stored nodes', () => {
  const sizeAndIndex = fc.integer({ min: 1, max: MAX }).chain((size) => fc.tuple(fc.constant(size), fc.integer({ min: 0, max: size - 1 })));

  it('equal the naive RFC 9162 PATH, verify, and read at most 2·⌈log2 n⌉ complete nodes', async () => {
    await fc.assert(
      fc.asyncProperty(sizeAndIndex, async ([size, index]) => {
        const { reader, reads } = readerAt(size);
        const proof = await inclusionProofFromNodes(index, size, reader);
        assert.deepEqual(hex(proof), hex(await reference.inclusionProof(index, size)));
        assert.ok(reads() <= 2 * log2ceil(size), `${reads()} reads for size ${size}`);
        assert.equal(inclusionProofPlan(index, size).reads.length, reads());
        assert.ok(await verifyInclusion(leaves[index]!, index, size, proof, hexToRoot(size)));
      }),
      { numRuns: 300 },
    );
  });

  it('fail to verify when any byte of any proof hash is altered', async () => {
    await fc.assert(
      fc.asyncProperty(
        sizeAndIndex.filter(([size]) => size > 1),
        fc.nat(),
        fc.nat(),
        async ([size, index], e, byte) => {
          const proof = await inclusionProofFromNodes(index, size, all);
          const altered = flipByte(proof, e % proof.length, byte);
          assert.equal(await verifyInclusion(leaves[index]!, index, size, altered, hexToRoot(size)), false);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('fail to verify for an altered leaf or root hash', async () => {
    await fc.assert(
      fc.asyncProperty(sizeAndIndex, fc.nat(31), async ([size, index], byte) => {
        const proof = await inclusionProofFromNodes(index, size, all);
        const leaf = new Uint8Array(leaves[index]!);
        leaf[byte]! ^= 0x80;
        assert.equal(await verifyInclusion(leaf, index, size, proof, hexToRoot(size)), false);
        const root = new Uint8Array(hexToRoot(size));
        root[byte]! ^= 0x80;
        assert.equal(await verifyInclusion(leaves[index]!, index, size, proof, root), false);
      }),
      { numRuns: 100 },
    );
  });

  it('fail to verify at any other index of the same tree', async () => {
    await fc.assert(
      fc.asyncProperty(
        sizeAndIndex.filter(([size]) => size > 1),
        fc.nat(),
        async ([size, index], pick) => {
          const other = (index + 1 + (pick % (size - 1))) % size;
          const proof = await inclusionProofFromNodes(index, size, all);
          assert.equal(await verifyInclusion(leaves[index]!, other, size, proof, hexToRoot(size)), false);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('fail to verify against any other tree size (with that size’s root)', async () => {
    // The checkpoint binds size and root together, so the relevant forgery is "this proof, at
    // another signed (size, root)". With the *same* root a different size can coincide with the
    // same path shape (e.g. index 0 of sizes 3 and 4); the dossier verifier takes both from the
    // one signed checkpoint, never the size from the untrusted event.
    await fc.assert(
      fc.asyncProperty(sizeAndIndex, fc.integer({ min: 1, max: MAX }), async ([size, index], otherSize) => {
        fc.pre(otherSize !== size && index < otherSize);
        const proof = await inclusionProofFromNodes(index, size, all);
        assert.equal(await verifyInclusion(leaves[index]!, index, otherSize, proof, hexToRoot(otherSize)), false);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses to plan a proof for an index outside the tree', () => {
    for (const [index, size] of [
      [0, 0],
      [5, 5],
      [-1, 3],
      [1.5, 3],
    ] as const) {
      assert.throws(
        () => inclusionProofPlan(index, size),
        (e: unknown) => e instanceof DomainError && e.code === 'ledger.invalid_range',
      );
    }
  });

  it('reports a missing stored node with its address', async () => {
    await assert.rejects(
      inclusionProofFromNodes(3, 8, (level, index) => (level === 0 && index === 2 ? undefined : all(level, index))),
      (e: unknown) => e instanceof DomainError && e.code === 'ledger.missing_node' && e.details?.['index'] === 2,
    );
  });
});

describe('consistency proofs from stored nodes', () => {
  const oldAndNew = fc.integer({ min: 1, max: MAX }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));

  it('equal the naive RFC 9162 PROOF, verify, and read at most 2·⌈log2 n⌉ complete nodes', async () => {
    await fc.assert(
      fc.asyncProperty(oldAndNew, async ([m, n]) => {
        const { reader, reads } = readerAt(n);
        const proof = await consistencyProofFromNodes(m, n, reader);
        assert.deepEqual(hex(proof), hex(await reference.consistencyProof(m, n)));
        assert.ok(reads() <= 2 * Math.max(1, log2ceil(n)), `${reads()} reads for ${m} → ${n}`);
        assert.equal(consistencyProofPlan(m, n).reads.length, reads());
        assert.ok(await verifyConsistency(m, n, proof, hexToRoot(m), hexToRoot(n)));
      }),
      { numRuns: 300 },
    );
  });

  it('fail to verify when any byte of any proof hash is altered', async () => {
    await fc.assert(
      fc.asyncProperty(
        oldAndNew.filter(([m, n]) => m > 0 && m < n),
        fc.nat(),
        fc.nat(),
        async ([m, n], e, byte) => {
          const proof = await consistencyProofFromNodes(m, n, all);
          const altered = flipByte(proof, e % proof.length, byte);
          assert.equal(await verifyConsistency(m, n, altered, hexToRoot(m), hexToRoot(n)), false);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('fail to verify for another old or new size (with that size’s root) or a swapped root', async () => {
    await fc.assert(
      fc.asyncProperty(
        oldAndNew.filter(([m, n]) => m > 0 && m < n),
        fc.integer({ min: 1, max: MAX }),
        async ([m, n], other) => {
          const proof = await consistencyProofFromNodes(m, n, all);
          if (other !== m && other <= n) {
            assert.equal(await verifyConsistency(other, n, proof, hexToRoot(other), hexToRoot(n)), false, `old ${other}`);
          }
          if (other !== n && other >= m) {
            assert.equal(await verifyConsistency(m, other, proof, hexToRoot(m), hexToRoot(other)), false, `new ${other}`);
          }
          assert.equal(await verifyConsistency(m, n, proof, hexToRoot(n), hexToRoot(m)), false, 'swapped');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a fork (same old size, different old root) never verifies', async () => {
    await fc.assert(
      fc.asyncProperty(
        oldAndNew.filter(([m, n]) => m > 0 && m < n),
        fc.nat(31),
        async ([m, n], byte) => {
          const proof = await consistencyProofFromNodes(m, n, all);
          const forged = new Uint8Array(hexToRoot(m));
          forged[byte]! ^= 1;
          assert.equal(await verifyConsistency(m, n, proof, forged, hexToRoot(n)), false);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('plans for very large trees (no hashing: structure only)', () => {
  const bigSize = fc.integer({ min: 2, max: Number.MAX_SAFE_INTEGER });

  it('an inclusion plan tiles the rest of the tree with complete subtrees, O(log n) of them', () => {
    fc.assert(
      fc.property(
        bigSize.chain((n) => fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.constant(n))),
        ([index, size]) => {
          const plan = inclusionProofPlan(index, size);
          assert.ok(plan.reads.length <= 2 * log2ceil(size));
          const ranges = plan.reads
            .map((n) => [n.index * 2 ** n.level, (n.index + 1) * 2 ** n.level] as const)
            .concat([[index, index + 1]])
            .sort((a, b) => a[0] - b[0]);
          let at = 0;
          for (const [lo, hi] of ranges) {
            assert.equal(lo, at, 'ranges are contiguous and disjoint');
            at = hi;
          }
          assert.equal(at, size);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('a consistency plan reads only complete nodes of the new tree, O(log n) of them', () => {
    fc.assert(
      fc.property(
        bigSize.chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n))),
        ([m, n]) => {
          const plan = consistencyProofPlan(m, n);
          assert.ok(plan.reads.length <= 2 * log2ceil(n));
          assert.ok(plan.reads.every((node) => isCompleteAt(node, n)));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('an append batch needs at most ⌊log2 n⌋+1 stored nodes, whatever its length', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 40 }), fc.integer({ min: 0, max: 300 }), (size, count) => {
        const reads = appendPlan(size, count);
        assert.ok(reads.length <= (size === 0 ? 0 : Math.floor(Math.log2(size)) + 1));
        assert.ok(reads.every((node) => isCompleteAt(node, size)));
      }),
      { numRuns: 300 },
    );
  });
});

function hexToRoot(size: number): Uint8Array {
  return Uint8Array.from(roots[size]!.match(/../gu)!.map((b) => Number.parseInt(b, 16)));
}
