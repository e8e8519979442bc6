/**
 * Signed notes against the vectors of Go's golang.org/x/mod/sumdb/note note_test.go (ported case
 * by case), so notes we sign open in Go and Go's notes open here.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DomainError } from '../errors.ts';
import { base64ToBytes, utf8, utf8Decode } from './bytes.ts';
import {
  ed25519NoteSigner,
  keyIdHex,
  newNoteSigner,
  parseSignerKey,
  parseVerifierKey,
  signerKeyText,
  verifierKeyFromSeed,
  type NoteSigner,
} from './note-keys.ts';
import { appendSignatures, openNote, parseNote, signNote, type NoteSignature } from './signed-note.ts';

const PETER_VKEY = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';
const PETER_SKEY = 'PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz';
const ENOCH_VKEY = 'EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop';
const TEXT = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
const PETER_SIG = '— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n';
const ENOCH_SIG = '— EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n';
const PETER: NoteSignature = {
  name: 'PeterNeumann',
  keyId: 0xc74f20a3,
  base64: 'x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=',
};
const ENOCH: NoteSignature = {
  name: 'EnochRoot',
  keyId: 0xaf0cfe78,
  base64: 'rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=',
};

const code = (expected: string) => (e: unknown) => e instanceof DomainError && e.code === expected;

/** Go slices strings by bytes; the em dash is three bytes, so splice on UTF-8 bytes to match. */
function spliceBytes(text: string, at: number, insert: string): string {
  const b = utf8(text);
  return utf8Decode(new Uint8Array([...b.subarray(0, at), ...utf8(insert), ...b.subarray(at)]));
}

describe('signed-note keys (Go TestNewVerifier, TestNewSigner)', () => {
  it('the Go verifier key parses, with the name and key id it spells', async () => {
    const v = await parseVerifierKey(PETER_VKEY);
    assert.equal(v.name, 'PeterNeumann');
    assert.equal(keyIdHex(v.keyId), 'c74f20a3');
    assert.equal(v.kind, 'ed25519');
  });

  it('every proper substring and every single-byte increment of the verifier key is refused', async () => {
    const bad: string[] = [];
    for (let i = 0; i <= PETER_VKEY.length; i++) {
      for (let j = i + 1; j <= PETER_VKEY.length; j++) if (i !== 0 || j !== PETER_VKEY.length) bad.push(PETER_VKEY.slice(i, j));
    }
    for (let i = 0; i < PETER_VKEY.length; i++) {
      bad.push(PETER_VKEY.slice(0, i) + String.fromCharCode(PETER_VKEY.charCodeAt(i) + 1) + PETER_VKEY.slice(i + 1));
    }
    bad.push('PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY=='); // wrong length, adjusted id
    bad.push('PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW'); // unknown algorithm, adjusted id
    for (const k of bad) await assert.rejects(parseVerifierKey(k), code('ledger.bad_key'), k);
  });

  it('the Go signer key parses, and every proper substring or single-byte increment is refused', async () => {
    const key = await parseSignerKey(PETER_SKEY);
    assert.equal(key.name, 'PeterNeumann');
    assert.equal(keyIdHex(key.keyId), 'c74f20a3');
    const bad: string[] = [];
    for (let i = 0; i <= PETER_SKEY.length; i++) {
      for (let j = i + 1; j <= PETER_SKEY.length; j++) if (i !== 0 || j !== PETER_SKEY.length) bad.push(PETER_SKEY.slice(i, j));
    }
    for (let i = 0; i < PETER_SKEY.length; i++) {
      bad.push(PETER_SKEY.slice(0, i) + String.fromCharCode(PETER_SKEY.charCodeAt(i) + 1) + PETER_SKEY.slice(i + 1));
    }
    for (const k of bad) await assert.rejects(parseSignerKey(k), code('ledger.bad_key'), k);
  });

  it('the key texts derived from the seed are exactly Go’s', async () => {
    const { seed } = await parseSignerKey(PETER_SKEY);
    assert.equal(await verifierKeyFromSeed('PeterNeumann', seed), PETER_VKEY);
    assert.equal(await signerKeyText('PeterNeumann', seed), PETER_SKEY);
  });

  it('a base64 key containing "+" parses (transparency-dev/formats TEST key)', async () => {
    const v = await parseVerifierKey('TEST+7997405c+AQcC+FTVKf0jlTdHDY3rbevmnKxxPjigCXlVtGe6RIr6');
    assert.equal(v.name, 'TEST');
    assert.equal(v.kind, 'ed25519');
  });

  it('key names with spaces or "+" are refused', async () => {
    const { seed } = await parseSignerKey(PETER_SKEY);
    for (const name of ['bad name', 'a+b', '', 'tab\tname', 'nbsp\u00a0name', 'ideographic\u3000space']) {
      await assert.rejects(verifierKeyFromSeed(name, seed), code('ledger.bad_key'), name);
    }
  });
});

describe('signing notes (Go TestSign)', () => {
  it('signing the Go text with the Go key gives Go’s note byte for byte', async () => {
    const signer = await newNoteSigner(PETER_SKEY);
    assert.equal(await signNote(TEXT, [signer]), `${TEXT}\n${PETER_SIG}`);
  });

  it('an existing signature by the same key is replaced by the new one', async () => {
    const signer = await newNoteSigner(PETER_SKEY);
    const stale: NoteSignature = { name: 'PeterNeumann', keyId: 0xc74f20a3, base64: 'BADSIGN=' };
    assert.equal(await signNote(TEXT, [signer], [stale]), `${TEXT}\n${PETER_SIG}`);
  });

  it('existing signatures by other keys are kept, before the new ones', async () => {
    const signer = await newNoteSigner(PETER_SKEY);
    assert.equal(await signNote(TEXT, [signer], [ENOCH]), `${TEXT}\n${ENOCH_SIG}${PETER_SIG}`);
  });

  it('malformed input is refused: text without final newline, bad names, mismatched key ids', async () => {
    const signer = await newNoteSigner(PETER_SKEY);
    await assert.rejects(signNote('abc', [signer]), code('ledger.note_malformed'));
    await assert.rejects(signNote(TEXT, [], [{ name: 'a+b', keyId: 0, base64: 'ABCD' }]), code('ledger.note_malformed'));
    await assert.rejects(
      signNote(TEXT, [], [{ name: 'PeterNeumann', keyId: 0xc74f20a3, base64: 'BADHASH=' }]),
      code('ledger.note_malformed'),
    );
    const badSigner: NoteSigner = { ...signer, name: 'bad name' };
    await assert.rejects(signNote(TEXT, [badSigner]), code('ledger.bad_key'));
  });
});

describe('opening notes (Go TestOpen)', () => {
  it('one known key: its signature is verified, the other is set aside', async () => {
    const n = await openNote(`${TEXT}\n${PETER_SIG}${ENOCH_SIG}`, [await parseVerifierKey(PETER_VKEY)]);
    assert.equal(n.text, TEXT);
    assert.deepEqual(n.verified, [PETER]);
    assert.deepEqual(n.unverified, [ENOCH]);
  });

  it('both keys known: both signatures verify', async () => {
    const n = await openNote(`${TEXT}\n${PETER_SIG}${ENOCH_SIG}`, [await parseVerifierKey(PETER_VKEY), await parseVerifierKey(ENOCH_VKEY)]);
    assert.deepEqual(n.verified, [PETER, ENOCH]);
    assert.deepEqual(n.unverified, []);
  });

  it('no known key: the note is refused as unverified', async () => {
    await assert.rejects(openNote(`${TEXT}\n${PETER_SIG}${ENOCH_SIG}`, []), code('ledger.note_unverified'));
  });

  it('a duplicated verifier is ambiguous only when a signature needs it', async () => {
    const peter = await parseVerifierKey(PETER_VKEY);
    const enoch = await parseVerifierKey(ENOCH_VKEY);
    await assert.rejects(openNote(`${TEXT}\n${ENOCH_SIG}`, [enoch, peter, enoch]), code('ledger.note_ambiguous_key'));
    const n = await openNote(`${TEXT}\n${PETER_SIG}`, [enoch, peter, enoch]);
    assert.deepEqual(n.verified, [PETER]);
  });

  it('more than 100 signatures is malformed, verified or not', async () => {
    const peter = await parseVerifierKey(PETER_VKEY);
    await assert.rejects(openNote(`${TEXT}\n${PETER_SIG.repeat(101)}`, [peter]), code('ledger.note_malformed'));
    await assert.rejects(openNote(`${TEXT}\n${PETER_SIG.repeat(101)}`, []), code('ledger.note_malformed'));
  });

  it('a known key with an invalid signature rejects the whole note', async () => {
    const peter = await parseVerifierKey(PETER_VKEY);
    await assert.rejects(openNote(`${TEXT}\n${spliceBytes(PETER_SIG, 60, 'ABCD')}`, [peter]), code('ledger.note_bad_signature'));
  });

  it('a flipped byte anywhere in the signed text makes the signature fail', async () => {
    const peter = await parseVerifierKey(PETER_VKEY);
    for (let i = 0; i < TEXT.length - 1; i++) {
      const c = TEXT.charCodeAt(i);
      if (c === 0x0a || c === 0x20) continue;
      const altered = TEXT.slice(0, i) + String.fromCharCode(c ^ 0x01) + TEXT.slice(i + 1);
      await assert.rejects(openNote(`${altered}\n${PETER_SIG}`, [peter]), code('ledger.note_bad_signature'), `byte ${i}`);
    }
  });

  it('repeated signatures are dropped; distinct unverified ones are all reported', async () => {
    const peter = await parseVerifierKey(PETER_VKEY);
    const enochABCD: NoteSignature = {
      name: 'EnochRoot',
      keyId: 0xaf0cfe78,
      base64: 'rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n' + 'ABCD' + '2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=',
    };
    const msg = `${TEXT}\n${PETER_SIG}${PETER_SIG}${ENOCH_SIG}${ENOCH_SIG}${spliceBytes(ENOCH_SIG, 60, 'ABCD')}`;
    const n = await openNote(msg, [peter]);
    assert.deepEqual(n.verified, [PETER]);
    assert.deepEqual(n.unverified, [ENOCH, enochABCD]);
  });

  it('malformed encodings are refused (Go badMsgs)', async () => {
    const peter = await parseVerifierKey(PETER_VKEY);
    const bad: (string | Uint8Array)[] = [
      TEXT,
      `${TEXT}\n`,
      `${TEXT}\n${PETER_SIG.slice(0, -1)}`,
      `\x01${TEXT}\n${PETER_SIG}`,
      new Uint8Array([0xff, ...utf8(`${TEXT}\n${PETER_SIG}`)]),
      `${TEXT}\n— Bad Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=`,
      `${TEXT}\n${PETER_SIG}Unexpected line.\n`,
    ];
    for (const msg of bad) await assert.rejects(openNote(msg, [peter]), code('ledger.note_malformed'), String(msg));
  });

  it('opens from bytes as well as from a string', async () => {
    const n = await openNote(utf8(`${TEXT}\n${PETER_SIG}`), [await parseVerifierKey(PETER_VKEY)]);
    assert.deepEqual(n.verified, [PETER]);
  });

  it('the signed-note specification’s example (example.com/foo) verifies', async () => {
    const vkey = 'example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k';
    const note =
      'This is an example message.\n\n— example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n';
    const n = await openNote(note, [await parseVerifierKey(vkey)]);
    assert.equal(n.text, 'This is an example message.\n');
  });
});

describe('round trips', () => {
  it('a note signed with a seed-derived key opens with the seed-derived verifier key, and not with another', async () => {
    const seed = Uint8Array.from({ length: 32 }, (_, i) => i * 7);
    const signer = await ed25519NoteSigner('khien.example/so-noi-vu', seed);
    const note = await signNote('Biên bản họp hội đồng\nngày 4/3/2025\n\n', [signer]);
    const n = await openNote(note, [await parseVerifierKey(await verifierKeyFromSeed('khien.example/so-noi-vu', seed))]);
    assert.equal(n.text, 'Biên bản họp hội đồng\nngày 4/3/2025\n\n');
    const other = await verifierKeyFromSeed(
      'khien.example/so-noi-vu',
      seed.map((b) => b ^ 1),
    );
    await assert.rejects(openNote(note, [await parseVerifierKey(other)]), code('ledger.note_unverified'));
  });

  it('appendSignatures adds new signature lines once and keeps the note verifiable', async () => {
    const peter = await parseVerifierKey(PETER_VKEY);
    const enoch = await parseVerifierKey(ENOCH_VKEY);
    const note = appendSignatures(`${TEXT}\n${PETER_SIG}`, [ENOCH, PETER, ENOCH]);
    assert.equal(note, `${TEXT}\n${PETER_SIG}${ENOCH_SIG}`);
    assert.deepEqual((await openNote(note, [peter, enoch])).verified, [PETER, ENOCH]);
    assert.throws(
      () => appendSignatures(`${TEXT}\n${PETER_SIG}`, [{ name: 'x y', keyId: 1, base64: 'AAAAAAA=' }]),
      code('ledger.note_malformed'),
    );
  });

  it('parseNote splits at the last blank line, so the text may contain blank lines', () => {
    const parsed = parseNote(`a\n\nb\n\n${PETER_SIG}`);
    assert.equal(parsed.text, 'a\n\nb\n');
    assert.equal(parsed.signatures.length, 1);
    assert.deepEqual(base64ToBytes(parsed.signatures[0]!.base64).length, 68);
  });
});
