/**
 * Keys of the C2SP signed-note format, in the text forms Go's golang.org/x/mod/sumdb/note and
 * transparency-dev/formats use, so an operator can paste our keys into their tools and back:
 *
 *   verifier key  <name>+<8 hex key id>+<base64(type ‖ 32-byte public key)>
 *   signer key    PRIVATE+KEY+<name>+<8 hex key id>+<base64(type ‖ 32-byte seed)>
 *   key id        first 4 bytes (big-endian) of SHA-256(name ‖ "\n" ‖ type ‖ public key)
 *
 * Two signature types are supported: 0x01, plain Ed25519 over the note text (the log's
 * checkpoint signature), and 0x04, the timestamped Ed25519 witness cosignature of
 * c2sp.org/tlog-cosignature ("cosignature/v1"). Both live here so that one parser can turn any
 * key a dossier carries into a verifier.
 *
 * Nothing here generates keys: core has no randomness. The server draws the 32-byte seed and
 * passes it in.
 */
import { base64ToBytes, bytesToBase64, concatBytes, readUint32BE, readUint64BE, uint64BE, utf8 } from './bytes.ts';
import { ED25519_PUBLIC_KEY_SIZE, ED25519_SIGNATURE_SIZE, ed25519PublicKeyFromSeed, ed25519Sign, ed25519Verify } from './ed25519.ts';
import { sha256 } from './hash.ts';
import { ledgerError } from './ledger-error.ts';

export const SIGNATURE_TYPE_ED25519 = 0x01;
export const SIGNATURE_TYPE_COSIGNATURE_V1 = 0x04;

export type SignatureKind = 'ed25519' | 'cosignature/v1';

export interface NoteVerifier {
  readonly name: string;
  /** uint32 key id. */
  readonly keyId: number;
  readonly kind: SignatureKind;
  readonly publicKey: Uint8Array;
  /** Checks the signature bytes (without the 4-byte key id) over the note text. Never throws. */
  verify(message: Uint8Array, signature: Uint8Array): Promise<boolean>;
}

export interface NoteSigner {
  readonly name: string;
  readonly keyId: number;
  readonly kind: SignatureKind;
  /** Returns the signature bytes (without the 4-byte key id) over the note text. */
  sign(message: Uint8Array): Promise<Uint8Array>;
}

function badKey(reason: string): Error {
  return ledgerError(
    'ledger.bad_key',
    'Khóa không đúng định dạng signed-note (tên+mã khóa+base64).',
    'The key is not a well-formed signed-note key (name+keyid+base64).',
    { reason },
  );
}

/** Go's unicode.IsSpace set (the Unicode White_Space property). */
const UNICODE_SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/u;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;

/** A key name is non-empty, well-formed Unicode, and contains no spaces and no '+'. */
export function isValidKeyName(name: string): boolean {
  return typeof name === 'string' && name.length > 0 && !LONE_SURROGATE.test(name) && !UNICODE_SPACE.test(name) && !name.includes('+');
}

export async function computeKeyId(name: string, signatureType: number, publicKey: Uint8Array): Promise<number> {
  const digest = await sha256(concatBytes(utf8(name), utf8('\n'), new Uint8Array([signatureType]), publicKey));
  return readUint32BE(digest);
}

export function keyIdHex(keyId: number): string {
  return keyId.toString(16).padStart(8, '0');
}

/** Splits at the first `sep` like Go's chop: the remainder may still contain `sep`. */
function chop(text: string, sep: string): [string, string] {
  const at = text.indexOf(sep);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + sep.length)];
}

function parseKeyIdHex(text: string): number {
  if (!/^[0-9a-fA-F]{8}$/u.test(text)) throw badKey('key id must be 8 hex digits');
  return Number.parseInt(text, 16);
}

function decodeKeyMaterial(text: string): Uint8Array {
  try {
    return base64ToBytes(text);
  } catch {
    throw badKey('key material is not base64');
  }
}

function typeOf(kind: SignatureKind): number {
  return kind === 'ed25519' ? SIGNATURE_TYPE_ED25519 : SIGNATURE_TYPE_COSIGNATURE_V1;
}

// ---------------------------------------------------------------------------------------------
// cosignature/v1 (c2sp.org/tlog-cosignature): the signed message is
//   "cosignature/v1\ntime <decimal seconds>\n" ‖ checkpoint text
// and the signature is timestamp (8 bytes, big-endian) ‖ Ed25519 signature (64 bytes).

const COSIGNATURE_TIMESTAMP_SIZE = 8;
const MAX_COSIGNATURE_TIME = (1n << 63n) - 1n;

export function cosignatureV1Message(timestamp: bigint, noteText: Uint8Array): Uint8Array {
  return concatBytes(utf8(`cosignature/v1\ntime ${timestamp.toString()}\n`), noteText);
}

/** Text that cannot be a checkpoint (fewer than three lines) is never cosigned, as in transparency-dev/formats. */
function hasThreeLines(noteText: Uint8Array): boolean {
  let newlines = 0;
  for (const b of noteText) if (b === 0x0a) newlines++;
  return newlines >= 2;
}

// ---------------------------------------------------------------------------------------------
// Verifiers

export async function ed25519NoteVerifier(name: string, publicKey: Uint8Array): Promise<NoteVerifier> {
  return makeVerifier(name, 'ed25519', publicKey);
}

export async function cosignatureV1Verifier(name: string, publicKey: Uint8Array): Promise<NoteVerifier> {
  return makeVerifier(name, 'cosignature/v1', publicKey);
}

async function makeVerifier(name: string, kind: SignatureKind, publicKey: Uint8Array): Promise<NoteVerifier> {
  if (!isValidKeyName(name)) throw badKey('invalid key name');
  if (!(publicKey instanceof Uint8Array) || publicKey.length !== ED25519_PUBLIC_KEY_SIZE) {
    throw badKey('an Ed25519 public key is 32 bytes');
  }
  const key = new Uint8Array(publicKey);
  const keyId = await computeKeyId(name, typeOf(kind), key);
  const verify =
    kind === 'ed25519'
      ? (message: Uint8Array, signature: Uint8Array) => ed25519Verify(key, message, signature)
      : async (message: Uint8Array, signature: Uint8Array) => {
          if (signature.length !== COSIGNATURE_TIMESTAMP_SIZE + ED25519_SIGNATURE_SIZE) return false;
          if (!hasThreeLines(message)) return false;
          const timestamp = readUint64BE(signature);
          if (timestamp > MAX_COSIGNATURE_TIME) return false;
          return ed25519Verify(key, cosignatureV1Message(timestamp, message), signature.subarray(COSIGNATURE_TIMESTAMP_SIZE));
        };
  return { name, keyId, kind, publicKey: key, verify };
}

/**
 * Parses a verifier key text. Type 0x01 gives a checkpoint (log) verifier, type 0x04 a witness
 * cosignature verifier. The embedded key id must match the one computed from name and key —
 * a mismatch means the text was altered.
 */
export async function parseVerifierKey(vkey: string): Promise<NoteVerifier> {
  if (typeof vkey !== 'string') throw badKey('not a string');
  const [name, rest] = chop(vkey, '+');
  const [idText, material] = chop(rest, '+');
  if (!isValidKeyName(name)) throw badKey('invalid key name');
  const keyId = parseKeyIdHex(idText);
  const key = decodeKeyMaterial(material);
  if (key.length === 0) throw badKey('empty key material');
  if ((await computeKeyId(name, key[0]!, key.subarray(1))) !== keyId) throw badKey('key id does not match the key');
  const type = key[0];
  if (key.length !== 1 + ED25519_PUBLIC_KEY_SIZE) throw badKey('an Ed25519 public key is 32 bytes');
  if (type === SIGNATURE_TYPE_ED25519) return ed25519NoteVerifier(name, key.subarray(1));
  if (type === SIGNATURE_TYPE_COSIGNATURE_V1) return cosignatureV1Verifier(name, key.subarray(1));
  throw badKey(`unsupported signature type 0x${(type ?? 0).toString(16).padStart(2, '0')}`);
}

export async function formatVerifierKey(verifier: Pick<NoteVerifier, 'name' | 'kind' | 'publicKey'>): Promise<string> {
  const type = typeOf(verifier.kind);
  const keyId = await computeKeyId(verifier.name, type, verifier.publicKey);
  return `${verifier.name}+${keyIdHex(keyId)}+${bytesToBase64(concatBytes(new Uint8Array([type]), verifier.publicKey))}`;
}

// ---------------------------------------------------------------------------------------------
// Signers

export interface SignerKey {
  readonly name: string;
  readonly keyId: number;
  readonly signatureType: number;
  readonly seed: Uint8Array;
}

/**
 * Parses a `PRIVATE+KEY+…` text. As in Go, the key id is that of the *public* key, so it is
 * checked after deriving the public key from the seed.
 */
export async function parseSignerKey(skey: string): Promise<SignerKey> {
  if (typeof skey !== 'string') throw badKey('not a string');
  const [private1, rest1] = chop(skey, '+');
  const [private2, rest2] = chop(rest1, '+');
  const [name, rest3] = chop(rest2, '+');
  const [idText, material] = chop(rest3, '+');
  if (private1 !== 'PRIVATE' || private2 !== 'KEY') throw badKey('a signer key starts with PRIVATE+KEY+');
  if (!isValidKeyName(name)) throw badKey('invalid key name');
  const keyId = parseKeyIdHex(idText);
  const key = decodeKeyMaterial(material);
  if (key.length !== 1 + ED25519_PUBLIC_KEY_SIZE) throw badKey('an Ed25519 seed is 32 bytes');
  const signatureType = key[0]!;
  if (signatureType !== SIGNATURE_TYPE_ED25519 && signatureType !== SIGNATURE_TYPE_COSIGNATURE_V1) {
    throw badKey(`unsupported signature type 0x${signatureType.toString(16).padStart(2, '0')}`);
  }
  const seed = key.slice(1);
  const publicKey = await ed25519PublicKeyFromSeed(seed);
  if ((await computeKeyId(name, signatureType, publicKey)) !== keyId) throw badKey('key id does not match the key');
  return { name, keyId, signatureType, seed };
}

function kindOf(signatureType: number): SignatureKind {
  return signatureType === SIGNATURE_TYPE_ED25519 ? 'ed25519' : 'cosignature/v1';
}

/** `PRIVATE+KEY+name+keyid+base64(type ‖ seed)`, the form Go's note.GenerateKey writes. */
export async function signerKeyText(name: string, seed: Uint8Array, kind: SignatureKind = 'ed25519'): Promise<string> {
  if (!isValidKeyName(name)) throw badKey('invalid key name');
  const type = typeOf(kind);
  const keyId = await computeKeyId(name, type, await ed25519PublicKeyFromSeed(seed));
  return `PRIVATE+KEY+${name}+${keyIdHex(keyId)}+${bytesToBase64(concatBytes(new Uint8Array([type]), seed))}`;
}

/** The verifier key text matching a seed (type 0x01 for a log, 0x04 for a witness). */
export async function verifierKeyFromSeed(name: string, seed: Uint8Array, kind: SignatureKind = 'ed25519'): Promise<string> {
  if (!isValidKeyName(name)) throw badKey('invalid key name');
  return formatVerifierKey({ name, kind, publicKey: await ed25519PublicKeyFromSeed(seed) });
}

/** A checkpoint signer (type 0x01) for a log key. */
export async function ed25519NoteSigner(name: string, seed: Uint8Array): Promise<NoteSigner> {
  if (!isValidKeyName(name)) throw badKey('invalid key name');
  const own = new Uint8Array(seed);
  const keyId = await computeKeyId(name, SIGNATURE_TYPE_ED25519, await ed25519PublicKeyFromSeed(own));
  return { name, keyId, kind: 'ed25519', sign: (message) => ed25519Sign(own, message) };
}

/**
 * A witness cosigner (type 0x04). Core has no clock, so the signing time (POSIX seconds) is
 * fixed when the cosigner is made; make a new one for each cosignature.
 */
export async function cosignatureV1Signer(name: string, seed: Uint8Array, timestamp: number): Promise<NoteSigner> {
  if (!isValidKeyName(name)) throw badKey('invalid key name');
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) {
    throw ledgerError(
      'ledger.invalid_argument',
      'Thời điểm ký phải là số giây nguyên không âm.',
      'The signing time must be a non-negative whole number of seconds.',
      { timestamp },
    );
  }
  const own = new Uint8Array(seed);
  const keyId = await computeKeyId(name, SIGNATURE_TYPE_COSIGNATURE_V1, await ed25519PublicKeyFromSeed(own));
  const time = BigInt(timestamp);
  return {
    name,
    keyId,
    kind: 'cosignature/v1',
    async sign(message) {
      if (!hasThreeLines(message)) {
        throw ledgerError('ledger.bad_checkpoint', 'Chỉ đồng ký được một điểm kiểm (checkpoint).', 'Only a checkpoint can be cosigned.');
      }
      const signature = await ed25519Sign(own, cosignatureV1Message(time, message));
      return concatBytes(uint64BE(time), signature);
    },
  };
}

/** A signer from a `PRIVATE+KEY+…` text: a log signer for type 0x01, a cosigner (needs `timestamp`) for 0x04. */
export async function newNoteSigner(skey: string, timestamp?: number): Promise<NoteSigner> {
  const key = await parseSignerKey(skey);
  if (kindOf(key.signatureType) === 'ed25519') return ed25519NoteSigner(key.name, key.seed);
  if (timestamp === undefined) {
    throw ledgerError('ledger.invalid_argument', 'Đồng ký cần thời điểm ký.', 'A cosignature needs a signing time.');
  }
  return cosignatureV1Signer(key.name, key.seed, timestamp);
}
