/**
 * C2SP tlog-checkpoint (c2sp.org/tlog-checkpoint): the signed statement "the log <origin> has
 * <size> entries and this root hash". Body:
 *
 *   <origin>\n<size in decimal>\n<base64 root hash>\n[<extension line>\n]*
 *
 * Parsing is strict — one checkpoint, one spelling — because a lenient parser is how two
 * parties end up agreeing on a signature while disagreeing about what it says.
 */
import { base64ToBytes, bytesToBase64, readUint64BE } from './bytes.ts';
import { HASH_SIZE } from './hash.ts';
import { ledgerError } from './ledger-error.ts';
import { parseVerifierKey, type NoteSigner, type NoteVerifier } from './note-keys.ts';
import { openNote, signNote, type NoteSignature } from './signed-note.ts';

export interface Checkpoint {
  readonly origin: string;
  readonly size: number;
  readonly rootHash: Uint8Array;
  /** Optional extension lines; the spec discourages them, but we must carry them faithfully. */
  readonly extensions: readonly string[];
}

function badCheckpoint(reason: string): Error {
  return ledgerError('ledger.bad_checkpoint', 'Điểm kiểm (checkpoint) sai định dạng.', 'The checkpoint is malformed.', { reason });
}

const DECIMAL = /^(0|[1-9][0-9]*)$/u;

function checkLine(line: string, what: string): void {
  if (line.length === 0 || line.includes('\n')) throw badCheckpoint(`${what} must be one non-empty line`);
}

export function formatCheckpoint(checkpoint: Checkpoint): string {
  const { origin, size, rootHash, extensions } = checkpoint;
  checkLine(origin, 'origin');
  if (!Number.isSafeInteger(size) || size < 0) throw badCheckpoint('size must be a non-negative integer');
  if (!(rootHash instanceof Uint8Array) || rootHash.length !== HASH_SIZE) throw badCheckpoint('root hash must be 32 bytes');
  for (const line of extensions) checkLine(line, 'extension line');
  return [origin, String(size), bytesToBase64(rootHash), ...extensions].map((l) => `${l}\n`).join('');
}

/** Parses a checkpoint body (the note text, not the signed note). */
export function parseCheckpoint(text: string): Checkpoint {
  if (typeof text !== 'string' || !text.endsWith('\n')) throw badCheckpoint('the body must end with a newline');
  const lines = text.slice(0, -1).split('\n');
  if (lines.length < 3) throw badCheckpoint('a checkpoint has at least three lines');
  const [origin, sizeText, rootText, ...extensions] = lines as [string, string, string, ...string[]];
  if (origin.length === 0) throw badCheckpoint('empty origin');
  if (!DECIMAL.test(sizeText)) throw badCheckpoint('size must be decimal without leading zeros');
  const size = Number(sizeText);
  if (!Number.isSafeInteger(size)) throw badCheckpoint('size too large');
  let rootHash: Uint8Array;
  try {
    rootHash = base64ToBytes(rootText);
  } catch {
    throw badCheckpoint('root hash is not base64');
  }
  if (rootHash.length !== HASH_SIZE) throw badCheckpoint('root hash must be 32 bytes');
  if (extensions.some((l) => l.length === 0)) throw badCheckpoint('extension lines must be non-empty');
  return { origin, size, rootHash, extensions };
}

/** Signs a checkpoint with the log key (and any other signers) and returns the signed note. */
export function signCheckpoint(checkpoint: Checkpoint, signers: NoteSigner | readonly NoteSigner[]): Promise<string> {
  return signNote(formatCheckpoint(checkpoint), Array.isArray(signers) ? signers : [signers as NoteSigner]);
}

export interface VerifiedCosignature {
  readonly name: string;
  readonly keyId: number;
  /** POSIX seconds at which the witness cosigned. */
  readonly timestamp: number;
}

export interface OpenedCheckpoint {
  readonly checkpoint: Checkpoint;
  /** The checkpoint body exactly as signed. */
  readonly text: string;
  /** Verified log signatures (type 0x01). At least one. */
  readonly logSignatures: readonly NoteSignature[];
  /** Verified witness cosignatures (type 0x04), with their timestamps. */
  readonly cosignatures: readonly VerifiedCosignature[];
  /** Signature lines from keys that were not supplied; ignored. */
  readonly unverified: readonly NoteSignature[];
}

export interface OpenCheckpointOptions {
  /** When given, the checkpoint's origin line must equal it. */
  readonly origin?: string;
}

/** The 8-byte timestamp that opens a cosignature/v1 signature (after the 4-byte key id). */
export function cosignatureTimestamp(signature: NoteSignature): number {
  let raw: Uint8Array;
  try {
    raw = base64ToBytes(signature.base64);
  } catch {
    throw ledgerError('ledger.bad_cosignature', 'Đồng ký sai định dạng.', 'Malformed cosignature.');
  }
  if (raw.length !== 4 + 8 + 64) {
    throw ledgerError('ledger.bad_cosignature', 'Đồng ký sai độ dài.', 'A cosignature/v1 signature has the wrong length.');
  }
  const timestamp = readUint64BE(raw, 4);
  if (timestamp > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw ledgerError('ledger.bad_cosignature', 'Thời điểm đồng ký quá lớn.', 'Cosignature timestamp out of range.');
  }
  return Number(timestamp);
}

/**
 * Verifies a signed checkpoint. `verifierKeys` may mix the log's key(s) (type 0x01) and witness
 * keys (type 0x04); the checkpoint is accepted only if at least one *log* signature verifies —
 * witnesses vouch for a checkpoint, they cannot stand in for the log. Any signature by a
 * supplied key that fails rejects the checkpoint (see `openNote`).
 */
export async function openCheckpoint(
  note: string | Uint8Array,
  verifierKeys: readonly (string | NoteVerifier)[],
  options: OpenCheckpointOptions = {},
): Promise<OpenedCheckpoint> {
  const verifiers = await Promise.all(verifierKeys.map((k) => (typeof k === 'string' ? parseVerifierKey(k) : Promise.resolve(k))));
  const opened = await openNote(note, verifiers);
  const checkpoint = parseCheckpoint(opened.text);
  if (options.origin !== undefined && checkpoint.origin !== options.origin) {
    throw ledgerError(
      'ledger.origin_mismatch',
      `Điểm kiểm thuộc nhật ký "${checkpoint.origin}", không phải "${options.origin}".`,
      `The checkpoint is from log "${checkpoint.origin}", not "${options.origin}".`,
      { expected: options.origin, actual: checkpoint.origin },
    );
  }
  const kindOf = (s: NoteSignature) => verifiers.find((v) => v.name === s.name && v.keyId === s.keyId)?.kind;
  const logSignatures = opened.verified.filter((s) => kindOf(s) === 'ed25519');
  if (logSignatures.length === 0) {
    throw ledgerError(
      'ledger.checkpoint_not_signed_by_log',
      'Điểm kiểm không có chữ ký hợp lệ của nhật ký.',
      'The checkpoint carries no valid signature by the log.',
    );
  }
  const cosignatures = opened.verified
    .filter((s) => kindOf(s) === 'cosignature/v1')
    .map((s) => ({ name: s.name, keyId: s.keyId, timestamp: cosignatureTimestamp(s) }));
  return { checkpoint, text: opened.text, logSignatures, cosignatures, unverified: opened.unverified };
}
