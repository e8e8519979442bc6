/**
 * Byte helpers that work the same in Node and in the browser. `Buffer` does not exist in the
 * browser, and `atob` silently accepts sloppy input (missing padding, whitespace), which a
 * verifier must not: two spellings of one signature would be two different notes.
 */
import { ledgerError } from './ledger-error.ts';

const HEX_DIGITS = '0123456789abcdef';

export function bytesToHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += HEX_DIGITS[b >> 4]! + HEX_DIGITS[b & 15]!;
  return out;
}

/** Strict hex: even length, digits 0-9 a-f (either case). */
export function hexToBytes(hex: string): Uint8Array {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/u.test(hex)) {
    throw ledgerError('ledger.bad_encoding', 'Chuỗi hex không hợp lệ.', 'Invalid hex string.', {
      length: hex.length,
    });
  }
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

const B64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_VALUES = new Map<string, number>([...B64_ALPHABET].map((c, i) => [c, i]));

/** Standard base64 (RFC 4648 §4) with padding, as signed notes and checkpoints use. */
export function bytesToBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i]!;
    const b1 = bytes[i + 1];
    const b2 = bytes[i + 2];
    out += B64_ALPHABET[b0 >> 2]!;
    out += B64_ALPHABET[((b0 & 3) << 4) | ((b1 ?? 0) >> 4)]!;
    out += b1 === undefined ? '=' : B64_ALPHABET[((b1 & 15) << 2) | ((b2 ?? 0) >> 6)]!;
    out += b2 === undefined ? '=' : B64_ALPHABET[b2 & 63]!;
  }
  return out;
}

function badBase64(): Error {
  return ledgerError('ledger.bad_encoding', 'Chuỗi base64 không hợp lệ.', 'Invalid base64 string.');
}

/**
 * Strict standard base64: padded to a multiple of 4, only the standard alphabet, and the unused
 * low bits of the last character must be zero (so each byte string has exactly one encoding).
 */
export function base64ToBytes(text: string): Uint8Array {
  if (text.length % 4 !== 0) throw badBase64();
  let pad = 0;
  if (text.endsWith('==')) pad = 2;
  else if (text.endsWith('=')) pad = 1;
  const body = text.slice(0, text.length - pad);
  const out = new Uint8Array((text.length / 4) * 3 - pad);
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (const c of body) {
    const v = B64_VALUES.get(c);
    if (v === undefined) throw badBase64();
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
      acc &= (1 << bits) - 1;
    }
  }
  if (acc !== 0) throw badBase64();
  return out;
}

/** Base64url without padding, as JWK uses; only needed to read WebCrypto's exported keys. */
export function base64UrlToBytes(text: string): Uint8Array {
  const std = text.replace(/-/gu, '+').replace(/_/gu, '/');
  return base64ToBytes(std + '='.repeat((4 - (std.length % 4)) % 4));
}

const encoder = new TextEncoder();

export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Decodes UTF-8, refusing invalid sequences instead of replacing them with U+FFFD. */
export function utf8Decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw ledgerError('ledger.bad_encoding', 'Dữ liệu không phải UTF-8 hợp lệ.', 'Data is not valid UTF-8.');
  }
}

export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function uint32BE(value: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value);
  return out;
}

export function readUint32BE(bytes: Uint8Array, offset = 0): number {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(offset);
}

export function uint64BE(value: bigint): Uint8Array {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, value);
  return out;
}

export function readUint64BE(bytes: Uint8Array, offset = 0): bigint {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getBigUint64(offset);
}

/**
 * WebCrypto's typings want an ArrayBuffer-backed view; a Uint8Array may sit on a
 * SharedArrayBuffer. Copying is cheap at our sizes and keeps the types honest.
 */
export function toBufferSource(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes);
}
