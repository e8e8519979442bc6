import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { DomainError } from '../errors.ts';
import { base64ToBytes, bytesToBase64, bytesToHex, hexToBytes, readUint64BE, uint64BE, utf8, utf8Decode } from './bytes.ts';

const isEncodingError = (e: unknown) => e instanceof DomainError && e.code === 'ledger.bad_encoding';

describe('byte encodings without Buffer', () => {
  it('base64 matches the RFC 4648 §10 test vectors', () => {
    const vectors: [string, string][] = [
      ['', ''],
      ['f', 'Zg=='],
      ['fo', 'Zm8='],
      ['foo', 'Zm9v'],
      ['foob', 'Zm9vYg=='],
      ['fooba', 'Zm9vYmE='],
      ['foobar', 'Zm9vYmFy'],
    ];
    for (const [plain, encoded] of vectors) {
      assert.equal(bytesToBase64(utf8(plain)), encoded);
      assert.deepEqual(base64ToBytes(encoded), utf8(plain));
    }
  });

  it('base64 and hex round-trip any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        assert.deepEqual(base64ToBytes(bytesToBase64(bytes)), bytes);
        assert.deepEqual(hexToBytes(bytesToHex(bytes)), bytes);
      }),
    );
  });

  it('base64 decoding is strict: one spelling per byte string', () => {
    // missing padding, stray whitespace, URL alphabet, non-zero unused bits, misplaced padding
    for (const bad of ['Zg', 'Zg=', 'Zm9v\n', 'Zm9v ', '-_8=', 'Zh==', 'Zm9=', 'Z===', '=Zm9', 'Zg==Zg==']) {
      assert.throws(() => base64ToBytes(bad), isEncodingError, bad);
    }
  });

  it('hex decoding refuses odd lengths and non-hex digits', () => {
    for (const bad of ['a', 'zz', '0x00', '00 ']) assert.throws(() => hexToBytes(bad), isEncodingError, bad);
    assert.deepEqual(hexToBytes('00FFab'), new Uint8Array([0, 255, 171]));
  });

  it('UTF-8 decoding refuses invalid sequences instead of replacing them', () => {
    assert.throws(() => utf8Decode(new Uint8Array([0xff])), isEncodingError);
    assert.equal(utf8Decode(utf8('Đề xuất sáng kiến')), 'Đề xuất sáng kiến');
  });

  it('64-bit big-endian integers round-trip beyond 2^53', () => {
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }), (v) => assert.equal(readUint64BE(uint64BE(v)), v)));
    assert.equal(bytesToHex(uint64BE(1727964367n)), '0000000066fea4cf');
  });
});
