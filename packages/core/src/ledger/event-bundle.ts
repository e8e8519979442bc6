/**
 * The verification the protection dossier (hồ sơ bảo vệ) promises its holder: offline, with
 * nothing but the file, show that every event in it is in the log the agency signed — and that
 * each payload shown is the one committed to, or is marked as redacted.
 *
 * This is the one function both `khien dossier verify` and the browser's static verifier page
 * call, so they cannot disagree. It reports instead of throwing: a cadre needs to see which
 * event is red and why, not the first exception.
 */
import { bytesToHex, hexToBytes } from './bytes.ts';
import { openCheckpoint, type OpenedCheckpoint } from './checkpoint.ts';
import { envelopeLeafHash, saltFromHex, validateEnvelope, verifyPayloadCommitment, type LedgerEnvelope } from './envelope.ts';
import { HASH_SIZE } from './hash.ts';
import { issueFromError, type LedgerIssue } from './ledger-error.ts';
import { keyIdHex, type NoteVerifier } from './note-keys.ts';
import { verifyInclusion } from './verify-proofs.ts';

export interface BundleEvent {
  /** A LedgerEnvelope as untrusted input: checked field by field. */
  readonly envelope: unknown;
  /** The payload; `null` together with `salt: null` means redacted by lawful order. */
  readonly payload: unknown;
  /** Lower-case hex of the 32-byte salt, or null when redacted. */
  readonly salt: string | null;
  /** Inclusion proof against the bundle's checkpoint, hex hashes in RFC 9162 order. */
  readonly inclusionProof: readonly string[];
}

export interface EventBundle {
  /** One signed checkpoint (with any witness cosignatures) every proof is made against. */
  readonly checkpointNote: string;
  /** Log key(s) and witness keys, as verifier key texts. */
  readonly verifierKeys: readonly (string | NoteVerifier)[];
  /** When given, the checkpoint must be from this log. */
  readonly origin?: string;
  readonly events: readonly BundleEvent[];
}

export interface EventVerdict {
  /** The envelope's index, or null if the envelope itself is unreadable. */
  readonly index: number | null;
  readonly ok: boolean;
  readonly redacted: boolean;
  readonly reasons: readonly LedgerIssue[];
}

export interface CheckpointSummary {
  readonly origin: string;
  readonly size: number;
  readonly rootHash: string;
  /** `name+keyid` of each verified log signature. */
  readonly logKeys: readonly string[];
  readonly cosignatures: readonly { readonly witness: string; readonly timestamp: number }[];
}

export interface BundleVerdict {
  readonly ok: boolean;
  readonly checkpoint: CheckpointSummary | null;
  readonly checkpointIssues: readonly LedgerIssue[];
  readonly events: readonly EventVerdict[];
}

const ISSUES = {
  checkpoint: {
    code: 'ledger.bad_checkpoint',
    vi: 'Không xác minh được điểm kiểm (checkpoint) đã ký.',
    en: 'The signed checkpoint could not be verified.',
  },
  checkpointMissing: {
    code: 'ledger.checkpoint_unverified',
    vi: 'Điểm kiểm không hợp lệ nên không thể xác minh sự kiện này.',
    en: 'The checkpoint is not valid, so this event cannot be verified.',
  },
  envelope: {
    code: 'ledger.bad_envelope',
    vi: 'Phong bì sự kiện không hợp lệ.',
    en: 'The event envelope is invalid.',
  },
  salt: {
    code: 'ledger.bad_salt',
    vi: 'Muối (salt) của nội dung bị thiếu hoặc sai định dạng.',
    en: 'The payload salt is missing or malformed.',
  },
  commitment: {
    code: 'ledger.commitment_mismatch',
    vi: 'Nội dung sự kiện không khớp với cam kết đã ghi trong sổ cái: nội dung đã bị thay đổi.',
    en: 'The event payload does not match the commitment in the ledger: the payload was altered.',
  },
  payload: {
    code: 'ledger.bad_payload',
    vi: 'Nội dung sự kiện không biểu diễn được dưới dạng JSON chuẩn tắc.',
    en: 'The event payload has no canonical JSON form.',
  },
  outOfRange: {
    code: 'ledger.index_out_of_range',
    vi: 'Chỉ số sự kiện nằm ngoài cây của điểm kiểm.',
    en: 'The event index is beyond the checkpoint tree.',
  },
  proofEncoding: {
    code: 'ledger.bad_inclusion_proof',
    vi: 'Bằng chứng bao hàm sai định dạng.',
    en: 'The inclusion proof is malformed.',
  },
  proof: {
    code: 'ledger.bad_inclusion_proof',
    vi: 'Bằng chứng bao hàm không khớp với gốc cây đã ký: sự kiện không thuộc sổ cái hoặc đã bị sửa.',
    en: 'The inclusion proof does not lead to the signed root: the event is not in the ledger or was altered.',
  },
} as const satisfies Record<string, LedgerIssue>;

function summarise(opened: OpenedCheckpoint): CheckpointSummary {
  return {
    origin: opened.checkpoint.origin,
    size: opened.checkpoint.size,
    rootHash: bytesToHex(opened.checkpoint.rootHash),
    logKeys: opened.logSignatures.map((s) => `${s.name}+${keyIdHex(s.keyId)}`),
    cosignatures: opened.cosignatures.map((c) => ({ witness: `${c.name}+${keyIdHex(c.keyId)}`, timestamp: c.timestamp })),
  };
}

function decodeProof(hashes: readonly string[]): Uint8Array[] | null {
  if (!Array.isArray(hashes)) return null;
  const out: Uint8Array[] = [];
  for (const h of hashes) {
    if (typeof h !== 'string') return null;
    try {
      const bytes = hexToBytes(h);
      if (bytes.length !== HASH_SIZE) return null;
      out.push(bytes);
    } catch {
      return null;
    }
  }
  return out;
}

async function verifyEvent(event: BundleEvent, opened: OpenedCheckpoint | null): Promise<EventVerdict> {
  const reasons: LedgerIssue[] = [];
  let envelope: LedgerEnvelope;
  try {
    envelope = validateEnvelope(event.envelope);
  } catch (error) {
    return { index: null, ok: false, redacted: false, reasons: [issueFromError(error, ISSUES.envelope)] };
  }
  const redacted = event.payload === null && event.salt === null;

  // The payload check stands on its own: it tells the holder whether the content they read
  // is the content that was logged, whatever happens with the proof.
  if (!redacted) {
    let salt: Uint8Array | null = null;
    try {
      if (typeof event.salt === 'string') salt = saltFromHex(event.salt);
    } catch {
      salt = null;
    }
    if (salt === null) {
      reasons.push(ISSUES.salt);
    } else {
      try {
        if (!(await verifyPayloadCommitment(envelope.commitment, salt, event.payload))) reasons.push(ISSUES.commitment);
      } catch (error) {
        reasons.push(issueFromError(error, ISSUES.payload));
      }
    }
  }

  if (opened === null) {
    reasons.push(ISSUES.checkpointMissing);
  } else if (envelope.index >= opened.checkpoint.size) {
    reasons.push(ISSUES.outOfRange);
  } else {
    const proof = decodeProof(event.inclusionProof);
    if (proof === null) {
      reasons.push(ISSUES.proofEncoding);
    } else {
      const leaf = await envelopeLeafHash(envelope);
      if (!(await verifyInclusion(leaf, envelope.index, opened.checkpoint.size, proof, opened.checkpoint.rootHash))) {
        reasons.push(ISSUES.proof);
      }
    }
  }
  return { index: envelope.index, ok: reasons.length === 0, redacted, reasons };
}

/**
 * Verifies a dossier's events against its one signed checkpoint: the checkpoint signature (at
 * least one log signature; witness cosignatures reported), then per event the payload
 * commitment (skipped, and marked, when redacted), the leaf hash recomputed from the envelope,
 * and the inclusion proof to the signed root at the signed size.
 */
export async function verifyEventBundle(bundle: EventBundle): Promise<BundleVerdict> {
  let opened: OpenedCheckpoint | null = null;
  const checkpointIssues: LedgerIssue[] = [];
  try {
    const options = bundle.origin === undefined ? {} : { origin: bundle.origin };
    opened = await openCheckpoint(bundle.checkpointNote, bundle.verifierKeys, options);
  } catch (error) {
    checkpointIssues.push(issueFromError(error, ISSUES.checkpoint));
  }
  const events: EventVerdict[] = [];
  for (const event of bundle.events) events.push(await verifyEvent(event, opened));
  return {
    ok: opened !== null && events.every((e) => e.ok),
    checkpoint: opened === null ? null : summarise(opened),
    checkpointIssues,
    events,
  };
}
