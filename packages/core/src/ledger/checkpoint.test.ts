import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DomainError } from '../errors.ts';
import { base64ToBytes, bytesToBase64, concatBytes, utf8 } from './bytes.ts';
import { cosignatureTimestamp, formatCheckpoint, openCheckpoint, parseCheckpoint, signCheckpoint, type Checkpoint } from './checkpoint.ts';
import { checkWitnessUpdate, cosignCheckpoint, witnessCheckpoint } from './cosignature.ts';
import { ed25519Verify, ed25519PublicKeyFromSeed } from './ed25519.ts';
import { leafHash } from './hash.ts';
import {
  cosignatureV1Signer,
  ed25519NoteSigner,
  keyIdHex,
  newNoteSigner,
  parseVerifierKey,
  signerKeyText,
  verifierKeyFromSeed,
} from './note-keys.ts';
import { appendSignatures, parseNote } from './signed-note.ts';
import { appendLeaves, consistencyProofFromNodes, nodeReaderFromNodes, type StoredNode } from './stored-tree.ts';

const code = (expected: string) => (e: unknown) => e instanceof DomainError && e.code === expected;

const LOG_SEED = Uint8Array.from({ length: 32 }, (_, i) => i + 1);
const WITNESS_SEED = Uint8Array.from({ length: 32 }, (_, i) => 200 - i);
const ORIGIN = 'khien.example/so-noi-vu-ha-noi';
const WITNESS = 'khien.example/bo-noi-vu/witness';

async function tree(leafCount: number, tag = 'event') {
  const hashes = await Promise.all(Array.from({ length: leafCount }, (_, i) => leafHash(utf8(`${tag} ${i}`))));
  const result = await appendLeaves(0, hashes, () => undefined);
  return { nodes: result.nodes as StoredNode[], root: result.root, reader: nodeReaderFromNodes(result.nodes) };
}

describe('checkpoint body (c2sp.org/tlog-checkpoint)', () => {
  it('formats and parses Go sumdb/tlog’s golden tree note', async () => {
    const golden = 'go.sum database tree\n123456789012\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n';
    const checkpoint: Checkpoint = {
      origin: 'go.sum database tree',
      size: 123456789012,
      rootHash: await leafHash(utf8('hello world')),
      extensions: [],
    };
    assert.equal(formatCheckpoint(checkpoint), golden);
    assert.deepEqual(parseCheckpoint(golden), checkpoint);
  });

  it('parses the specification’s example and keeps extension lines', () => {
    const body = 'example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n';
    const c = parseCheckpoint(body);
    assert.equal(c.origin, 'example.com/behind-the-sofa');
    assert.equal(c.size, 20852163);
    assert.equal(bytesToBase64(c.rootHash), 'CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=');
    const extended = parseCheckpoint(`${body}Timestamp: 1\n`);
    assert.deepEqual(extended.extensions, ['Timestamp: 1']);
    assert.equal(formatCheckpoint(extended), `${body}Timestamp: 1\n`);
  });

  it('is strict: one spelling per checkpoint', () => {
    const root = 'TszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=';
    const bad = [
      `o\n0xabcdef\n${root}\n`, // Go badTrees: hex size
      'o\n1\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBTOOBIG=\n', // Go badTrees: long root
      `o\n012\n${root}\n`, // leading zero
      `o\n-1\n${root}\n`,
      `o\n1.0\n${root}\n`,
      `o\n99999999999999999999\n${root}\n`, // beyond 2^53: refused, not rounded
      `\n1\n${root}\n`, // empty origin
      `o\n1\n${root}`, // no final newline
      `o\n1\n${root}\n\n`, // empty extension line
      `o\n1\n${root.replace('=', '')}\n`, // unpadded base64
      `o\n1\n${bytesToBase64(new Uint8Array(31))}\n`, // 31-byte root
      'o\n1\n',
    ];
    for (const text of bad) assert.throws(() => parseCheckpoint(text), code('ledger.bad_checkpoint'), JSON.stringify(text));
  });

  it('refuses to format what it could not parse back', () => {
    const rootHash = new Uint8Array(32);
    assert.throws(() => formatCheckpoint({ origin: 'a\nb', size: 1, rootHash, extensions: [] }), code('ledger.bad_checkpoint'));
    assert.throws(() => formatCheckpoint({ origin: 'o', size: -1, rootHash, extensions: [] }), code('ledger.bad_checkpoint'));
    assert.throws(() => formatCheckpoint({ origin: 'o', size: 1, rootHash, extensions: [''] }), code('ledger.bad_checkpoint'));
  });
});

describe('signed checkpoints', () => {
  it('sign then open round-trips, and the note opens only with the log key', async () => {
    const { root } = await tree(13);
    const signer = await ed25519NoteSigner(ORIGIN, LOG_SEED);
    const checkpoint: Checkpoint = { origin: ORIGIN, size: 13, rootHash: root, extensions: [] };
    const note = await signCheckpoint(checkpoint, signer);
    const opened = await openCheckpoint(note, [await verifierKeyFromSeed(ORIGIN, LOG_SEED)], { origin: ORIGIN });
    assert.deepEqual(opened.checkpoint, checkpoint);
    assert.equal(opened.logSignatures.length, 1);
    assert.deepEqual(opened.cosignatures, []);
    await assert.rejects(openCheckpoint(note, [await verifierKeyFromSeed(ORIGIN, WITNESS_SEED)]), code('ledger.note_unverified'));
    await assert.rejects(
      openCheckpoint(note, [await verifierKeyFromSeed(ORIGIN, LOG_SEED)], { origin: 'khien.example/other' }),
      code('ledger.origin_mismatch'),
    );
  });

  it('a changed size, root or origin in a signed checkpoint is detected', async () => {
    const { root } = await tree(13);
    const note = await signCheckpoint(
      { origin: ORIGIN, size: 13, rootHash: root, extensions: [] },
      await ed25519NoteSigner(ORIGIN, LOG_SEED),
    );
    const vkey = await verifierKeyFromSeed(ORIGIN, LOG_SEED);
    const altered = [
      note.replace('\n13\n', '\n14\n'),
      note.replace(bytesToBase64(root), bytesToBase64(root.map((b, i) => (i === 0 ? b ^ 1 : b)))),
      note.replace(`${ORIGIN}\n`, `${ORIGIN}x\n`),
    ];
    for (const n of altered) await assert.rejects(openCheckpoint(n, [vkey]), code('ledger.note_bad_signature'));
  });

  it('a checkpoint signed only by a witness is not a log checkpoint', async () => {
    const { root } = await tree(3);
    const checkpoint: Checkpoint = { origin: ORIGIN, size: 3, rootHash: root, extensions: [] };
    const cosigner = await cosignatureV1Signer(WITNESS, WITNESS_SEED, 1_700_000_000);
    const note = await signCheckpoint(checkpoint, cosigner);
    await assert.rejects(
      openCheckpoint(note, [await verifierKeyFromSeed(WITNESS, WITNESS_SEED, 'cosignature/v1')]),
      code('ledger.checkpoint_not_signed_by_log'),
    );
  });
});

describe('witness cosignatures (c2sp.org/tlog-cosignature, cosignature/v1)', () => {
  it('reads the timestamps of published cosignatures (the spec’s example and transparency-dev/formats)', () => {
    const spec = parseNote(
      'example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n\n' +
        '— example.com/behind-the-sofa Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=\n' +
        '— witness.example.com/w1 jWbPPwAAAABkGFDLEZMHwSRaJNiIDoe9DYn/zXcrtPHeolMI5OWXEhZCB9dlrDJsX3b2oyin1nPZqhf5nNo0xUe+mbIUBkBIfZ+qnA==\n',
    );
    // The spec's signed-message example for this cosignature reads "time 1679315147".
    assert.equal(cosignatureTimestamp(spec.signatures[1]!), 1679315147);
    const works = {
      name: 'x',
      keyId: 0,
      base64: 'ZGhGuQAAAABm/qTPeyKXD+R2rzyQsxPiP8mXum7qq/iF0u4vanlqJyocWODBt97w9uL+8qT7S5gxEHWWOworDcFiEBYJXORmnFBOBA==',
    };
    assert.equal(cosignatureTimestamp(works), 1727964367);
    const wrongType = {
      name: 'x',
      keyId: 0,
      base64: 'eQjRQm6eSKzFoiYalgwCPXu2y3ijtg68is9M46JKxuZB+dRfTmeQeDBoXnvxZx2ugnkyV+MUMLXpWs1hPb/W/4xkNQY=',
    };
    assert.throws(() => cosignatureTimestamp(wrongType), code('ledger.bad_cosignature'));
  });

  it('the key id of a cosigner uses type 0x04 (transparency-dev/formats remora key)', async () => {
    const v = await parseVerifierKey('remora.n621.de+da77ade7+BOvN63jn/bLvkieywe8R6UYAtVtNbZpXh34x7onlmtw2');
    assert.equal(v.kind, 'cosignature/v1');
    assert.equal(keyIdHex(v.keyId), 'da77ade7');
  });

  it('a cosignature signs "cosignature/v1\\ntime T\\n" + body, as keyid ‖ timestamp ‖ Ed25519 signature', async () => {
    const { root } = await tree(5);
    const checkpoint: Checkpoint = { origin: ORIGIN, size: 5, rootHash: root, extensions: [] };
    const cosigner = await cosignatureV1Signer(WITNESS, WITNESS_SEED, 1679315147);
    const { signature, line } = await cosignCheckpoint(checkpoint, cosigner);
    const raw = base64ToBytes(signature.base64);
    assert.equal(raw.length, 4 + 8 + 64);
    assert.equal(line, `— ${WITNESS} ${signature.base64}\n`);
    // Checked with the raw Ed25519 primitive, independently of our note verifier.
    const message = concatBytes(utf8('cosignature/v1\ntime 1679315147\n'), utf8(formatCheckpoint(checkpoint)));
    assert.equal(await ed25519Verify(await ed25519PublicKeyFromSeed(WITNESS_SEED), message, raw.subarray(12)), true);
    assert.equal(cosignatureTimestamp(signature), 1679315147);
  });

  it('round trip: the log signs, the witness cosigns, the checkpoint opens with both keys', async () => {
    const { root } = await tree(21);
    const checkpoint: Checkpoint = { origin: ORIGIN, size: 21, rootHash: root, extensions: [] };
    const logNote = await signCheckpoint(checkpoint, await newNoteSigner(await signerKeyText(ORIGIN, LOG_SEED)));
    const witnessSkey = await signerKeyText(WITNESS, WITNESS_SEED, 'cosignature/v1');
    const { signature } = await cosignCheckpoint(checkpoint, await newNoteSigner(witnessSkey, 1_750_000_000));
    const note = appendSignatures(logNote, [signature]);
    const keys = [await verifierKeyFromSeed(ORIGIN, LOG_SEED), await verifierKeyFromSeed(WITNESS, WITNESS_SEED, 'cosignature/v1')];
    const opened = await openCheckpoint(note, keys);
    assert.deepEqual(
      opened.cosignatures.map((c) => [c.name, c.timestamp]),
      [[WITNESS, 1_750_000_000]],
    );

    // A tampered cosignature (any byte of timestamp or signature) rejects the checkpoint.
    const raw = base64ToBytes(signature.base64);
    for (const at of [4, 11, 12, 75]) {
      const bad = new Uint8Array(raw);
      bad[at]! ^= 1;
      const tampered = appendSignatures(logNote, [{ ...signature, base64: bytesToBase64(bad) }]);
      await assert.rejects(openCheckpoint(tampered, keys), code('ledger.note_bad_signature'), `byte ${at}`);
    }
    // The same seed as a plain Ed25519 key has another key id: the cosignature is just unknown.
    const plain = await openCheckpoint(note, [keys[0]!, await verifierKeyFromSeed(WITNESS, WITNESS_SEED)]);
    assert.deepEqual(plain.cosignatures, []);
    assert.equal(plain.unverified.length, 1);
  });

  it('a cosignature covers the extension lines too', async () => {
    const { root } = await tree(2);
    const checkpoint: Checkpoint = { origin: ORIGIN, size: 2, rootHash: root, extensions: ['Extendo'] };
    const { signature } = await cosignCheckpoint(checkpoint, await cosignatureV1Signer(WITNESS, WITNESS_SEED, 5));
    const logNote = await signCheckpoint(checkpoint, await ed25519NoteSigner(ORIGIN, LOG_SEED));
    const witnessKey = await parseVerifierKey(await verifierKeyFromSeed(WITNESS, WITNESS_SEED, 'cosignature/v1'));
    const text = utf8(formatCheckpoint(checkpoint));
    const sig = base64ToBytes(signature.base64).subarray(4);
    assert.equal(await witnessKey.verify(text, sig), true);
    assert.equal(await witnessKey.verify(utf8(formatCheckpoint({ ...checkpoint, extensions: ['Extend@'] })), sig), false);
    assert.ok(logNote.includes('Extendo'));
  });
});

describe('the witness refuses forks (checkWitnessUpdate)', () => {
  it('accepts a consistent extension of what it saw', async () => {
    const { reader, root: root17 } = await tree(17);
    const { root: root10 } = await tree(10);
    const proof = await consistencyProofFromNodes(10, 17, reader);
    await checkWitnessUpdate(10, root10, { origin: ORIGIN, size: 17, rootHash: root17, extensions: [] }, proof);
    await checkWitnessUpdate(17, root17, { origin: ORIGIN, size: 17, rootHash: root17, extensions: [] }, []);
  });

  it('same size, different root: ledger.fork_detected', async () => {
    const { root: honest } = await tree(10);
    const { root: forked } = await tree(10, 'rewritten');
    await assert.rejects(
      checkWitnessUpdate(10, honest, { origin: ORIGIN, size: 10, rootHash: forked, extensions: [] }, []),
      code('ledger.fork_detected'),
    );
  });

  it('a larger tree that does not extend the old one: ledger.inconsistent_proof', async () => {
    const { root: root10 } = await tree(10);
    // The log rewrote history: its 17-leaf tree does not start with the 10 leaves the witness saw.
    const forged = await tree(17, 'rewritten');
    const proof = await consistencyProofFromNodes(10, 17, forged.reader);
    await assert.rejects(
      checkWitnessUpdate(10, root10, { origin: ORIGIN, size: 17, rootHash: forged.root, extensions: [] }, proof),
      code('ledger.inconsistent_proof'),
    );
    // An honest proof with one altered byte is refused the same way.
    const honest = await tree(17);
    const good = await consistencyProofFromNodes(10, 17, honest.reader);
    const bad = good.map((p, i) => (i === 0 ? p.map((b, j) => (j === 0 ? b ^ 1 : b)) : p));
    await assert.rejects(
      checkWitnessUpdate(10, root10, { origin: ORIGIN, size: 17, rootHash: honest.root, extensions: [] }, bad),
      code('ledger.inconsistent_proof'),
    );
  });

  it('a smaller tree than already seen: ledger.stale_checkpoint', async () => {
    const { root: root10 } = await tree(10);
    const { root: root9 } = await tree(9);
    await assert.rejects(
      checkWitnessUpdate(10, root10, { origin: ORIGIN, size: 9, rootHash: root9, extensions: [] }, []),
      code('ledger.stale_checkpoint'),
    );
  });

  it('witnessCheckpoint verifies the log’s signature and origin before cosigning', async () => {
    const honest = await tree(17);
    const { root: root10 } = await tree(10);
    const checkpoint: Checkpoint = { origin: ORIGIN, size: 17, rootHash: honest.root, extensions: [] };
    const note = await signCheckpoint(checkpoint, await ed25519NoteSigner(ORIGIN, LOG_SEED));
    const logKey = await verifierKeyFromSeed(ORIGIN, LOG_SEED);
    const cosigner = await cosignatureV1Signer(WITNESS, WITNESS_SEED, 1_800_000_000);
    const proof = await consistencyProofFromNodes(10, 17, honest.reader);
    const out = await witnessCheckpoint({
      note,
      logVerifierKeys: [logKey],
      origin: ORIGIN,
      previous: { size: 10, rootHash: root10 },
      consistencyProof: proof,
      cosigner,
    });
    const opened = await openCheckpoint(appendSignatures(note, [out.signature]), [
      logKey,
      await verifierKeyFromSeed(WITNESS, WITNESS_SEED, 'cosignature/v1'),
    ]);
    assert.equal(opened.cosignatures[0]!.timestamp, 1_800_000_000);

    const first = await witnessCheckpoint({
      note,
      logVerifierKeys: [logKey],
      origin: ORIGIN,
      previous: null,
      consistencyProof: [],
      cosigner,
    });
    assert.equal(first.opened.checkpoint.size, 17);
    await assert.rejects(
      witnessCheckpoint({ note, logVerifierKeys: [logKey], origin: 'khien.example/other', previous: null, consistencyProof: [], cosigner }),
      code('ledger.origin_mismatch'),
    );
    const impostor = await verifierKeyFromSeed(ORIGIN, WITNESS_SEED);
    await assert.rejects(
      witnessCheckpoint({ note, logVerifierKeys: [impostor], origin: ORIGIN, previous: null, consistencyProof: [], cosigner }),
      code('ledger.note_unverified'),
    );
  });
});
