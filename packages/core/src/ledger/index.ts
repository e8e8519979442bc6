/**
 * The pure half of Khiên's tamper-evident ledger: RFC 9162 Merkle hashing and proofs over a
 * stored-complete-subtree scheme, RFC 8785 leaf envelopes with salted payload commitments, C2SP
 * signed notes, checkpoints and witness cosignatures, and the dossier verifier. No I/O, no
 * clock, no randomness; crypto is WebCrypto only, so this runs unchanged in Node and browsers.
 */
export { base64ToBytes, bytesEqual, bytesToBase64, bytesToHex, concatBytes, hexToBytes, utf8, utf8Decode } from './bytes.ts';
export { HASH_SIZE, emptyTreeHash, leafHash, nodeHash, sha256 } from './hash.ts';
export { ReferenceMerkleTree, largestPowerOfTwoBelow, merkleTreeHash } from './merkle-reference.ts';
export {
  MerkleAccumulator,
  appendLeaves,
  appendPlan,
  computeCompletedNodes,
  consistencyProofFromNodes,
  consistencyProofPlan,
  hashesFromPlan,
  inclusionProofFromNodes,
  inclusionProofPlan,
  nodeKey,
  nodeReaderFromNodes,
  nodesCompletedByAppend,
  rangeNodes,
  rootFromNodes,
  rootPlan,
  type AppendNodes,
  type AppendResult,
  type NodeId,
  type NodePlan,
  type NodeReader,
  type StoredNode,
} from './stored-tree.ts';
export { verifyConsistency, verifyInclusion } from './verify-proofs.ts';
export { canonicalJson, canonicalJsonBytes } from './canonical-json.ts';
export {
  SALT_SIZE,
  canonicalEnvelopeBytes,
  envelopeLeafHash,
  payloadCommitment,
  saltFromHex,
  validateEnvelope,
  verifyPayloadCommitment,
  type LedgerEnvelope,
} from './envelope.ts';
export { ED25519_SEED_SIZE, ed25519PublicKeyFromSeed } from './ed25519.ts';
export {
  SIGNATURE_TYPE_COSIGNATURE_V1,
  SIGNATURE_TYPE_ED25519,
  computeKeyId,
  cosignatureV1Signer,
  cosignatureV1Verifier,
  ed25519NoteSigner,
  ed25519NoteVerifier,
  formatVerifierKey,
  isValidKeyName,
  keyIdHex,
  newNoteSigner,
  parseSignerKey,
  parseVerifierKey,
  signerKeyText,
  verifierKeyFromSeed,
  type NoteSigner,
  type NoteVerifier,
  type SignatureKind,
  type SignerKey,
} from './note-keys.ts';
export {
  MAX_NOTE_SIGNATURES,
  appendSignatures,
  formatSignatureLine,
  openNote,
  parseNote,
  signNote,
  type NoteSignature,
  type OpenedNote,
  type ParsedNote,
} from './signed-note.ts';
export {
  cosignatureTimestamp,
  formatCheckpoint,
  openCheckpoint,
  parseCheckpoint,
  signCheckpoint,
  type Checkpoint,
  type OpenCheckpointOptions,
  type OpenedCheckpoint,
  type VerifiedCosignature,
} from './checkpoint.ts';
export {
  checkWitnessUpdate,
  cosignCheckpoint,
  witnessCheckpoint,
  type CosignResult,
  type WitnessInput,
  type WitnessOutput,
  type WitnessState,
} from './cosignature.ts';
export {
  verifyEventBundle,
  type BundleEvent,
  type BundleVerdict,
  type CheckpointSummary,
  type EventBundle,
  type EventVerdict,
} from './event-bundle.ts';
export type { LedgerIssue } from './ledger-error.ts';
