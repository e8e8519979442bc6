/**
 * The leaf format. A leaf commits to an envelope — who did what to which case, when, under which
 * procedure version — and to the payload only through a salted hash. Payload and salt live
 * outside the tree, so a payload can be erased by lawful order (redaction) while every leaf,
 * root and signature stays verifiable; the random salt stops anyone from confirming a guessed
 * payload against the public commitment.
 */
import { bytesToHex, concatBytes, hexToBytes } from './bytes.ts';
import { canonicalJsonBytes } from './canonical-json.ts';
import { leafHash, sha256 } from './hash.ts';
import { ledgerError } from './ledger-error.ts';

export interface LedgerEnvelope {
  /** Position of the leaf in the log; committing to it makes reordering detectable. */
  readonly index: number;
  readonly type: string;
  readonly aggregateId: string;
  readonly actor: string;
  /** Instant of the event as `Date.prototype.toISOString()` writes it (UTC, milliseconds). */
  readonly time: string;
  readonly procedureVersion: string | null;
  /** Lower-case hex SHA-256(salt ‖ canonical payload). */
  readonly commitment: string;
}

export const SALT_SIZE = 32;

const ENVELOPE_KEYS = ['actor', 'aggregateId', 'commitment', 'index', 'procedureVersion', 'time', 'type'];
const ISO_UTC_MILLIS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/u;
const COMMITMENT_HEX = /^[0-9a-f]{64}$/u;

function badEnvelope(field: string, vi: string, en: string): Error {
  return ledgerError('ledger.bad_envelope', `Phong bì sự kiện không hợp lệ: ${vi}`, `Invalid event envelope: ${en}`, {
    field,
  });
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

/**
 * Checks an envelope coming from anywhere (our store, a dossier file) and returns a clean copy
 * holding exactly the seven fields. Unknown fields are refused rather than dropped: a field the
 * leaf does not cover must not travel next to the ones it does, looking verified.
 */
export function validateEnvelope(value: unknown): LedgerEnvelope {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw badEnvelope('(root)', 'phải là một đối tượng.', 'must be an object.');
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  if (keys.length !== ENVELOPE_KEYS.length || keys.some((k, i) => k !== ENVELOPE_KEYS[i])) {
    throw badEnvelope(
      '(keys)',
      `các trường phải đúng là ${ENVELOPE_KEYS.join(', ')}.`,
      `fields must be exactly ${ENVELOPE_KEYS.join(', ')}.`,
    );
  }
  const { index, type, aggregateId, actor, time, procedureVersion, commitment } = record;
  if (typeof index !== 'number' || !Number.isSafeInteger(index) || index < 0) {
    throw badEnvelope('index', 'chỉ số phải là số nguyên không âm.', 'index must be a non-negative integer.');
  }
  if (!isNonEmptyString(type)) throw badEnvelope('type', 'thiếu loại sự kiện.', 'type must be a non-empty string.');
  if (!isNonEmptyString(aggregateId)) {
    throw badEnvelope('aggregateId', 'thiếu mã hồ sơ.', 'aggregateId must be a non-empty string.');
  }
  if (!isNonEmptyString(actor)) throw badEnvelope('actor', 'thiếu người thực hiện.', 'actor must be a non-empty string.');
  // One instant, one spelling: otherwise two honest writers could produce different leaves.
  const instant = typeof time === 'string' && ISO_UTC_MILLIS.test(time) ? new Date(time) : null;
  if (instant === null || Number.isNaN(instant.getTime()) || instant.toISOString() !== time) {
    throw badEnvelope(
      'time',
      'thời điểm phải theo dạng ISO 8601 UTC, ví dụ 2025-01-31T08:00:00.000Z.',
      'time must be ISO 8601 UTC with milliseconds, e.g. 2025-01-31T08:00:00.000Z.',
    );
  }
  if (procedureVersion !== null && !isNonEmptyString(procedureVersion)) {
    throw badEnvelope(
      'procedureVersion',
      'phiên bản quy trình phải là chuỗi hoặc null.',
      'procedureVersion must be a non-empty string or null.',
    );
  }
  if (typeof commitment !== 'string' || !COMMITMENT_HEX.test(commitment)) {
    throw badEnvelope('commitment', 'cam kết phải là 64 ký tự hex thường.', 'commitment must be 64 lower-case hex digits.');
  }
  return { index, type, aggregateId, actor, time, procedureVersion, commitment };
}

/** The leaf's data: the RFC 8785 canonical JSON of the envelope, UTF-8 encoded. */
export function canonicalEnvelopeBytes(envelope: LedgerEnvelope): Uint8Array {
  return canonicalJsonBytes(validateEnvelope(envelope));
}

/** The RFC 9162 leaf hash of the envelope: SHA-256(0x00 ‖ canonical envelope). */
export function envelopeLeafHash(envelope: LedgerEnvelope): Promise<Uint8Array> {
  return leafHash(canonicalEnvelopeBytes(envelope));
}

function checkSalt(salt: Uint8Array): void {
  if (!(salt instanceof Uint8Array) || salt.length !== SALT_SIZE) {
    throw ledgerError('ledger.bad_salt', 'Muối (salt) phải dài đúng 32 byte.', 'The salt must be exactly 32 bytes.');
  }
}

/** Lower-case hex SHA-256(salt ‖ UTF-8 canonical JSON of payload). The salt comes from the server's RNG. */
export async function payloadCommitment(salt: Uint8Array, payload: unknown): Promise<string> {
  checkSalt(salt);
  return bytesToHex(await sha256(concatBytes(salt, canonicalJsonBytes(payload))));
}

/** Does (salt, payload) open the envelope's commitment? False, never a throw, for a wrong salt length. */
export async function verifyPayloadCommitment(commitment: string, salt: Uint8Array, payload: unknown): Promise<boolean> {
  if (!(salt instanceof Uint8Array) || salt.length !== SALT_SIZE) return false;
  return (await payloadCommitment(salt, payload)) === commitment;
}

/** Salt as stored and exported: lower-case hex. */
export function saltFromHex(hex: string): Uint8Array {
  const salt = hexToBytes(hex);
  checkSalt(salt);
  return salt;
}
