/**
 * Witnessing (c2sp.org/tlog-cosignature, cosignature/v1). A witness — in Khiên, the instance of
 * a superior agency — keeps the largest checkpoint it has seen of each log, and cosigns a new
 * one only after checking that it extends the old one. A log that showed two different histories
 * to two parties (a fork) cannot get both cosigned by an honest witness; that is what makes
 * silently rewriting the log detectable by people outside the agency.
 */
import { bytesEqual, bytesToBase64, bytesToHex, concatBytes, uint32BE, utf8 } from './bytes.ts';
import { formatCheckpoint, openCheckpoint, type Checkpoint, type OpenCheckpointOptions, type OpenedCheckpoint } from './checkpoint.ts';
import { ledgerError } from './ledger-error.ts';
import type { NoteSigner, NoteVerifier } from './note-keys.ts';
import { formatSignatureLine, type NoteSignature } from './signed-note.ts';
import { verifyConsistency } from './verify-proofs.ts';

export interface CosignResult {
  readonly signature: NoteSignature;
  /** The signature line to store next to the checkpoint and append to its note. */
  readonly line: string;
}

/** Cosigns a checkpoint body with a cosignature/v1 signer (see `cosignatureV1Signer`). */
export async function cosignCheckpoint(checkpoint: Checkpoint, cosigner: NoteSigner): Promise<CosignResult> {
  if (cosigner.kind !== 'cosignature/v1') {
    throw ledgerError(
      'ledger.bad_key',
      'Khóa nhân chứng phải là khóa đồng ký (cosignature/v1).',
      'A witness must sign with a cosignature/v1 key.',
    );
  }
  const raw = await cosigner.sign(utf8(formatCheckpoint(checkpoint)));
  const signature: NoteSignature = {
    name: cosigner.name,
    keyId: cosigner.keyId,
    base64: bytesToBase64(concatBytes(uint32BE(cosigner.keyId), raw)),
  };
  return { signature, line: formatSignatureLine(signature) };
}

/**
 * The witness's decision, as a pure function of what it saw before and what it is shown now.
 * Resolves when the new checkpoint may be cosigned; otherwise throws:
 *  - `ledger.fork_detected`: same size as before, different root — two histories;
 *  - `ledger.inconsistent_proof`: the proof does not show the old tree is a prefix of the new;
 *  - `ledger.stale_checkpoint`: smaller than a checkpoint already seen (cannot be the latest).
 */
export async function checkWitnessUpdate(
  previousSize: number,
  previousRoot: Uint8Array,
  checkpoint: Checkpoint,
  consistencyProof: readonly Uint8Array[],
): Promise<void> {
  const details = {
    origin: checkpoint.origin,
    previousSize,
    previousRoot: bytesToHex(previousRoot),
    size: checkpoint.size,
    root: bytesToHex(checkpoint.rootHash),
  };
  if (checkpoint.size < previousSize) {
    throw ledgerError(
      'ledger.stale_checkpoint',
      `Điểm kiểm có kích thước ${checkpoint.size} nhỏ hơn kích thước đã thấy ${previousSize}.`,
      `The checkpoint size ${checkpoint.size} is smaller than the size already seen, ${previousSize}.`,
      details,
    );
  }
  if (checkpoint.size === previousSize && !bytesEqual(checkpoint.rootHash, previousRoot)) {
    throw ledgerError(
      'ledger.fork_detected',
      `PHÁT HIỆN RẼ NHÁNH: nhật ký "${checkpoint.origin}" có hai gốc khác nhau cho cùng kích thước ${checkpoint.size}.`,
      `FORK DETECTED: log "${checkpoint.origin}" has two different roots for the same size ${checkpoint.size}.`,
      details,
    );
  }
  if (!(await verifyConsistency(previousSize, checkpoint.size, consistencyProof, previousRoot, checkpoint.rootHash))) {
    throw ledgerError(
      'ledger.inconsistent_proof',
      `Bằng chứng nhất quán từ ${previousSize} đến ${checkpoint.size} không hợp lệ: nhật ký có thể đã bị viết lại.`,
      `The consistency proof from ${previousSize} to ${checkpoint.size} does not verify: the log may have been rewritten.`,
      details,
    );
  }
}

export interface WitnessState {
  readonly size: number;
  readonly rootHash: Uint8Array;
}

export interface WitnessInput {
  /** The log's signed checkpoint, as fetched. */
  readonly note: string;
  /** The log's verifier key(s), registered with `khien witness add`. */
  readonly logVerifierKeys: readonly (string | NoteVerifier)[];
  readonly origin: string;
  /** The last checkpoint this witness cosigned for the log; null the first time. */
  readonly previous: WitnessState | null;
  readonly consistencyProof: readonly Uint8Array[];
  readonly cosigner: NoteSigner;
}

export interface WitnessOutput extends CosignResult {
  readonly opened: OpenedCheckpoint;
}

/** One witness step: verify the log's signature and origin, check the update, cosign. */
export async function witnessCheckpoint(input: WitnessInput): Promise<WitnessOutput> {
  const options: OpenCheckpointOptions = { origin: input.origin };
  const opened = await openCheckpoint(input.note, input.logVerifierKeys, options);
  const previous = input.previous ?? { size: 0, rootHash: opened.checkpoint.rootHash };
  await checkWitnessUpdate(previous.size, previous.rootHash, opened.checkpoint, input.consistencyProof);
  return { opened, ...(await cosignCheckpoint(opened.checkpoint, input.cosigner)) };
}
