import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { bytesToHex } from './bytes.ts';
import { signCheckpoint } from './checkpoint.ts';
import { cosignCheckpoint } from './cosignature.ts';
import { envelopeLeafHash, payloadCommitment, type LedgerEnvelope } from './envelope.ts';
import { verifyEventBundle, type BundleEvent, type EventBundle } from './event-bundle.ts';
import { cosignatureV1Signer, ed25519NoteSigner, verifierKeyFromSeed } from './note-keys.ts';
import { appendSignatures } from './signed-note.ts';
import { appendLeaves, inclusionProofFromNodes, nodeReaderFromNodes } from './stored-tree.ts';

const ORIGIN = 'khien.example/ubnd-tinh-thai-nguyen';
const WITNESS = 'khien.example/bo-noi-vu/witness';
const LOG_SEED = Uint8Array.from({ length: 32 }, (_, i) => (i * 13 + 5) % 256);
const WITNESS_SEED = Uint8Array.from({ length: 32 }, (_, i) => (i * 29 + 1) % 256);

interface Logged {
  envelope: LedgerEnvelope;
  payload: unknown;
  salt: string;
}

let dossier: EventBundle;

/** A small log of 23 events over three cases; the dossier is case "de-xuat-7". */
before(async () => {
  const logged: Logged[] = [];
  for (let index = 0; index < 23; index++) {
    const salt = Uint8Array.from({ length: 32 }, (_, i) => (index * 31 + i) % 256);
    const payload = { step: index, note: `Bước ${index}: thẩm định sáng kiến`, score: index / 4 };
    logged.push({
      envelope: {
        index,
        type: index % 2 === 0 ? 'proposal.reviewed' : 'proposal.commented',
        aggregateId: `de-xuat-${index % 3 === 0 ? 7 : index % 3}`,
        actor: `can-bo-${index % 5}`,
        time: new Date(Date.UTC(2025, 2, 1 + index, 8, 30)).toISOString(),
        procedureVersion: 'nd73-2023@1',
        commitment: await payloadCommitment(salt, payload),
      },
      payload,
      salt: bytesToHex(salt),
    });
  }
  const leaves = await Promise.all(logged.map((l) => envelopeLeafHash(l.envelope)));
  const { nodes, root } = await appendLeaves(0, leaves, () => undefined);
  const reader = nodeReaderFromNodes(nodes);
  const checkpoint = { origin: ORIGIN, size: leaves.length, rootHash: root, extensions: [] };
  const logNote = await signCheckpoint(checkpoint, await ed25519NoteSigner(ORIGIN, LOG_SEED));
  const { signature } = await cosignCheckpoint(checkpoint, await cosignatureV1Signer(WITNESS, WITNESS_SEED, 1_741_000_000));
  const events: BundleEvent[] = [];
  for (const l of logged.filter((x) => x.envelope.aggregateId === 'de-xuat-7')) {
    const proof = await inclusionProofFromNodes(l.envelope.index, leaves.length, reader);
    // Event 9 was redacted by lawful order: payload and salt are gone, the envelope stays.
    const redacted = l.envelope.index === 9;
    events.push({
      envelope: l.envelope,
      payload: redacted ? null : l.payload,
      salt: redacted ? null : l.salt,
      inclusionProof: proof.map(bytesToHex),
    });
  }
  // Through JSON, as the dossier file carries it.
  dossier = JSON.parse(
    JSON.stringify({
      checkpointNote: appendSignatures(logNote, [signature]),
      verifierKeys: [await verifierKeyFromSeed(ORIGIN, LOG_SEED), await verifierKeyFromSeed(WITNESS, WITNESS_SEED, 'cosignature/v1')],
      origin: ORIGIN,
      events,
    }),
  ) as EventBundle;
});

function withEvent(i: number, change: (e: BundleEvent) => BundleEvent): EventBundle {
  return { ...dossier, events: dossier.events.map((e, j) => (j === i ? change(e) : e)) };
}

const codesOf = (reasons: readonly { code: string }[]) => reasons.map((r) => r.code);

describe('dossier verification (verifyEventBundle)', () => {
  it('an untouched dossier verifies: every event green, the redacted one marked, the witness reported', async () => {
    const verdict = await verifyEventBundle(dossier);
    assert.equal(verdict.ok, true, JSON.stringify(verdict, null, 1));
    assert.deepEqual(
      verdict.events.map((e) => e.index),
      [0, 3, 6, 9, 12, 15, 18, 21],
    );
    assert.ok(verdict.events.every((e) => e.ok && e.reasons.length === 0));
    assert.deepEqual(
      verdict.events.filter((e) => e.redacted).map((e) => e.index),
      [9],
    );
    assert.equal(verdict.checkpoint?.size, 23);
    assert.equal(verdict.checkpoint?.origin, ORIGIN);
    assert.equal(verdict.checkpoint?.cosignatures[0]?.timestamp, 1_741_000_000);
    assert.deepEqual(JSON.parse(JSON.stringify(verdict)), verdict, 'the verdict is plain JSON for the browser page');
  });

  it('an altered payload fails its commitment, and only that event', async () => {
    const verdict = await verifyEventBundle(withEvent(2, (e) => ({ ...e, payload: { ...(e.payload as object), note: 'Bước 6: đã sửa' } })));
    assert.equal(verdict.ok, false);
    assert.deepEqual(codesOf(verdict.events[2]!.reasons), ['ledger.commitment_mismatch']);
    assert.ok(verdict.events.filter((_, i) => i !== 2).every((e) => e.ok));
  });

  it('an altered envelope field no longer leads to the signed root', async () => {
    for (const change of [{ actor: 'can-bo-x' }, { time: '2025-03-07T08:30:00.001Z' }, { type: 'proposal.approved' }]) {
      const verdict = await verifyEventBundle(withEvent(1, (e) => ({ ...e, envelope: { ...(e.envelope as LedgerEnvelope), ...change } })));
      assert.deepEqual(codesOf(verdict.events[1]!.reasons), ['ledger.bad_inclusion_proof'], JSON.stringify(change));
    }
  });

  it('a redacted event whose envelope was altered still fails', async () => {
    const verdict = await verifyEventBundle(
      withEvent(3, (e) => ({ ...e, envelope: { ...(e.envelope as LedgerEnvelope), actor: 'can-bo-khac' } })),
    );
    assert.equal(verdict.events[3]!.redacted, true);
    assert.deepEqual(codesOf(verdict.events[3]!.reasons), ['ledger.bad_inclusion_proof']);
  });

  it('moving an event to another index, or past the tree, is detected', async () => {
    const moved = await verifyEventBundle(withEvent(0, (e) => ({ ...e, envelope: { ...(e.envelope as LedgerEnvelope), index: 1 } })));
    assert.deepEqual(codesOf(moved.events[0]!.reasons), ['ledger.bad_inclusion_proof']);
    const past = await verifyEventBundle(withEvent(0, (e) => ({ ...e, envelope: { ...(e.envelope as LedgerEnvelope), index: 23 } })));
    assert.deepEqual(codesOf(past.events[0]!.reasons), ['ledger.index_out_of_range']);
  });

  it('an altered or malformed inclusion proof is detected', async () => {
    const flipped = await verifyEventBundle(
      withEvent(4, (e) => ({
        ...e,
        inclusionProof: e.inclusionProof.map((h, i) => (i === 1 ? `${h[0] === '0' ? '1' : '0'}${h.slice(1)}` : h)),
      })),
    );
    assert.deepEqual(codesOf(flipped.events[4]!.reasons), ['ledger.bad_inclusion_proof']);
    const malformed = await verifyEventBundle(withEvent(4, (e) => ({ ...e, inclusionProof: ['zz'] })));
    assert.deepEqual(codesOf(malformed.events[4]!.reasons), ['ledger.bad_inclusion_proof']);
  });

  it('a payload without its salt, or with a wrong salt, is not accepted as verified', async () => {
    const noSalt = await verifyEventBundle(withEvent(5, (e) => ({ ...e, salt: null })));
    assert.deepEqual(codesOf(noSalt.events[5]!.reasons), ['ledger.bad_salt']);
    const wrongSalt = await verifyEventBundle(withEvent(5, (e) => ({ ...e, salt: '00'.repeat(32) })));
    assert.deepEqual(codesOf(wrongSalt.events[5]!.reasons), ['ledger.commitment_mismatch']);
  });

  it('an envelope with an extra, unverifiable field is refused', async () => {
    const verdict = await verifyEventBundle(
      withEvent(6, (e) => ({ ...e, envelope: { ...(e.envelope as LedgerEnvelope), approvedBy: 'chu-tich' } })),
    );
    assert.equal(verdict.events[6]!.index, null);
    assert.deepEqual(codesOf(verdict.events[6]!.reasons), ['ledger.bad_envelope']);
  });

  it('a tampered checkpoint fails the whole dossier, while payload checks are still reported', async () => {
    const tampered = { ...dossier, checkpointNote: dossier.checkpointNote.replace('\n23\n', '\n24\n') };
    const verdict = await verifyEventBundle(tampered);
    assert.equal(verdict.ok, false);
    assert.equal(verdict.checkpoint, null);
    assert.deepEqual(codesOf(verdict.checkpointIssues), ['ledger.note_bad_signature']);
    assert.ok(verdict.events.every((e) => !e.ok && codesOf(e.reasons).includes('ledger.checkpoint_unverified')));
    assert.ok(verdict.events.every((e) => !codesOf(e.reasons).includes('ledger.commitment_mismatch')));
  });

  it('without the log’s key the checkpoint is unverified; with another origin it is refused', async () => {
    const noLogKey = await verifyEventBundle({ ...dossier, verifierKeys: [await verifierKeyFromSeed(ORIGIN, WITNESS_SEED)] });
    assert.deepEqual(codesOf(noLogKey.checkpointIssues), ['ledger.note_unverified']);
    const otherOrigin = await verifyEventBundle({ ...dossier, origin: 'khien.example/ubnd-tinh-khac' });
    assert.deepEqual(codesOf(otherOrigin.checkpointIssues), ['ledger.origin_mismatch']);
    assert.equal(otherOrigin.ok, false);
  });
});
