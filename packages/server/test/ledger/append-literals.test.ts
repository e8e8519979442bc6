import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { canonicalEnvelopeBytes, canonicalJson, ReferenceMerkleTree, type LedgerEnvelope } from '@khien/core/ledger';
import { appendCall, appendEvent, envelopeAroundIndex, leafHashAround, leafHashOf } from '../../src/ledger/append.ts';
import { rootAt } from '../../src/ledger/proofs.ts';
import { describeOnEngines } from '../support/engines.ts';

/**
 * `ledger_append` travels as one statement with literal values (see appendCall): whatever the
 * strings contain — quotes, dollar signs, would-be dollar-quote tags, backslashes, SQL —
 * they must arrive byte for byte, and the leaf the database hashes must be core's.
 */
const HOSTILE = [
  "a'b",
  "'; drop table ledger_entries; --",
  '$$',
  '$k$',
  'ends with $k',
  'ends with $',
  '$k0123456789ab$ inside',
  'back\\slash \\x00',
  'Hòa Sơn — “Ủy ban” 𝄞',
  "E'\\x41'",
];

test('envelopeAroundIndex: head ‖ decimal(index) ‖ tail is core’s canonical envelope', () => {
  fc.assert(
    fc.property(
      fc.string({ unit: 'grapheme', minLength: 1 }),
      fc.string({ unit: 'grapheme', minLength: 1 }),
      fc.nat({ max: Number.MAX_SAFE_INTEGER }),
      (actor, aggregateId, index) => {
        const fields = {
          type: 'proposal.submitted',
          aggregateId,
          actor,
          time: '2026-02-12T02:00:00.000Z',
          procedureVersion: null,
          commitment: 'ab'.repeat(32),
        };
        const { head, tail } = envelopeAroundIndex(fields);
        const envelope: LedgerEnvelope = { index, ...fields };
        assert.deepEqual(Buffer.concat([head, Buffer.from(String(index)), tail]), Buffer.from(canonicalEnvelopeBytes(envelope)));
        // …so the leaf appendEvent checks the database's against is core's leaf of the envelope.
        assert.deepEqual(leafHashAround(head, index, tail), leafHashOf(envelope));
      },
    ),
  );
});

test('appendCall refuses NUL and non-integer numbers instead of sending a broken statement', () => {
  assert.throws(() => appendCall(['a\0b']));
  assert.throws(() => appendCall([1.5]));
});

describeOnEngines('ledger append with literal values: byte-exact text, core’s leaf, a correct tree', (ctx) => {
  test('hostile and random strings arrive unchanged; every leaf and the root match core', async () => {
    const { db } = ctx().services.database;
    const cases: Array<{ aggregateId: string; payload: Record<string, unknown> }> = HOSTILE.map((s, i) => ({
      aggregateId: s,
      payload: { text: s, n: i, nested: [s, { s }] },
    }));
    fc.sample(fc.tuple(fc.string({ unit: 'grapheme', minLength: 1 }), fc.string({ unit: 'grapheme' })), { numRuns: 40, seed: 73 }).forEach(
      ([id, text]) => cases.push({ aggregateId: id.replace(/\0/g, '') || 'empty', payload: { text } }),
    );
    for (const c of cases) {
      const recorded = await db
        .transaction()
        .execute((tx) =>
          appendEvent(tx, { type: 'test.literal', aggregateId: c.aggregateId, payload: c.payload }, c.aggregateId, new Date()),
        );
      const row = await db
        .selectFrom('ledger_entries')
        .innerJoin('ledger_payloads', 'ledger_payloads.idx', 'ledger_entries.idx')
        .select(['ledger_entries.aggregate_id', 'ledger_entries.actor', 'ledger_payloads.payload'])
        .where('ledger_entries.idx', '=', recorded.index)
        .executeTakeFirstOrThrow();
      assert.equal(row.aggregate_id, c.aggregateId);
      assert.equal(row.actor, c.aggregateId);
      assert.equal(row.payload, canonicalJson(c.payload));
    }
    const rows = await db.selectFrom('ledger_entries').selectAll().orderBy('idx').execute();
    const leaves = rows.map((r) => {
      const envelope: LedgerEnvelope = {
        index: Number(r.idx),
        type: r.type,
        aggregateId: r.aggregate_id,
        actor: r.actor,
        time: r.time,
        procedureVersion: r.procedure_version,
        commitment: Buffer.from(r.commitment).toString('hex'),
      };
      const leaf = leafHashOf(envelope);
      assert.deepEqual(Buffer.from(r.leaf_hash), leaf, `leaf ${r.idx}`);
      return new Uint8Array(leaf);
    });
    const reference = await new ReferenceMerkleTree(leaves).root(leaves.length);
    assert.deepEqual(Buffer.from(await rootAt(db, leaves.length)), Buffer.from(reference));
  });
});
