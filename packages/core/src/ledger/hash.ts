/**
 * RFC 9162 §2.1.1 hashing. The 0x00 / 0x01 prefixes keep a leaf from ever being read as an
 * interior node (second-preimage protection), and are what makes our roots and proofs
 * byte-identical to those of Certificate Transparency and Go's sumdb/tlog.
 *
 * Hashing goes through WebCrypto so the same code runs in Node and in the browser's dossier
 * verifier; that is why everything here is async.
 */
import { concatBytes, toBufferSource } from './bytes.ts';

export const HASH_SIZE = 32;

const LEAF_PREFIX = new Uint8Array([0x00]);
const NODE_PREFIX = new Uint8Array([0x01]);

export async function sha256(data: Uint8Array): Promise<Uint8Array> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', toBufferSource(data));
  return new Uint8Array(digest);
}

/** MTH({d}) = SHA-256(0x00 ‖ d). */
export function leafHash(data: Uint8Array): Promise<Uint8Array> {
  return sha256(concatBytes(LEAF_PREFIX, data));
}

/** SHA-256(0x01 ‖ left ‖ right). */
export function nodeHash(left: Uint8Array, right: Uint8Array): Promise<Uint8Array> {
  return sha256(concatBytes(NODE_PREFIX, left, right));
}

/** MTH({}) = SHA-256 of the empty string: the root of a log with no entries. */
export function emptyTreeHash(): Promise<Uint8Array> {
  return sha256(new Uint8Array(0));
}
