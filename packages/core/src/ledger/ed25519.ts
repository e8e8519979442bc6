/**
 * Ed25519 through WebCrypto only (Node ≥ 20 and current Chromium both have it), so the browser
 * verifier needs no bundled crypto library. Keys enter as the raw 32-byte seed / public key of
 * RFC 8032, the form Go's note package stores; WebCrypto wants PKCS#8 for private keys, so the
 * seed is wrapped in the fixed 16-byte PKCS#8 prefix for Ed25519 (RFC 8410).
 */
import { base64UrlToBytes, concatBytes, toBufferSource } from './bytes.ts';
import { ledgerError } from './ledger-error.ts';

export const ED25519_SEED_SIZE = 32;
export const ED25519_PUBLIC_KEY_SIZE = 32;
export const ED25519_SIGNATURE_SIZE = 64;

const PKCS8_ED25519_PREFIX = new Uint8Array([
  0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20,
]);
const ED25519 = { name: 'Ed25519' } as const;

function checkSeed(seed: Uint8Array): void {
  if (!(seed instanceof Uint8Array) || seed.length !== ED25519_SEED_SIZE) {
    throw ledgerError('ledger.bad_key', 'Khóa bí mật Ed25519 phải dài 32 byte.', 'An Ed25519 seed must be 32 bytes.');
  }
}

async function importSeed(seed: Uint8Array, extractable: boolean): Promise<CryptoKey> {
  checkSeed(seed);
  return globalThis.crypto.subtle.importKey('pkcs8', toBufferSource(concatBytes(PKCS8_ED25519_PREFIX, seed)), ED25519, extractable, [
    'sign',
  ]);
}

/** The RFC 8032 public key of a seed. WebCrypto has no direct call; its JWK export carries it as `x`. */
export async function ed25519PublicKeyFromSeed(seed: Uint8Array): Promise<Uint8Array> {
  const key = await importSeed(seed, true);
  const jwk = await globalThis.crypto.subtle.exportKey('jwk', key);
  if (typeof jwk.x !== 'string') {
    throw ledgerError('ledger.bad_key', 'Không suy ra được khóa công khai.', 'Could not derive the public key.');
  }
  return base64UrlToBytes(jwk.x);
}

export async function ed25519Sign(seed: Uint8Array, message: Uint8Array): Promise<Uint8Array> {
  const key = await importSeed(seed, false);
  return new Uint8Array(await globalThis.crypto.subtle.sign(ED25519, key, toBufferSource(message)));
}

/** False for any failure, including a malformed key or signature: verification never throws. */
export async function ed25519Verify(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): Promise<boolean> {
  if (publicKey.length !== ED25519_PUBLIC_KEY_SIZE || signature.length !== ED25519_SIGNATURE_SIZE) return false;
  try {
    const key = await globalThis.crypto.subtle.importKey('raw', toBufferSource(publicKey), ED25519, false, ['verify']);
    return await globalThis.crypto.subtle.verify(ED25519, key, toBufferSource(signature), toBufferSource(message));
  } catch {
    return false;
  }
}
