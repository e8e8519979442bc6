/**
 * The protection dossier (hồ sơ bảo vệ) file format, `khien-dossier/1` (docs/dossier-format.md).
 * A ZIP holding `dossier.json`, the case's files under `documents/` and `README.vi-en.md`.
 * `dossier.json` is a core `EventBundle` (checkpointNote, verifierKeys, origin, events) plus
 * what a reader needs around it; the browser verifier page reads the same file.
 */
import type { BundleEvent, EventBundle } from '@khien/core/ledger';

export const DOSSIER_FORMAT = 'khien-dossier/1';
export const DOSSIER_JSON = 'dossier.json';
export const DOSSIER_README = 'README.vi-en.md';
export const DOSSIER_DOCUMENTS_DIR = 'documents/';

export interface DossierEvent extends BundleEvent {
  /** The canonical payload as JSON, or null when redacted (then `salt` is null too). */
  readonly payload: unknown;
  /** When the payload was redacted: the redacting event and its lawful basis (from its payload). */
  readonly redaction: { index: number | null; reason: string | null; redactedAt: string | null } | null;
}

export type DossierDocumentKind = 'generated' | 'signed_copy' | 'attachment';

export interface DossierDocument {
  /** Path inside the ZIP, always under `documents/`. */
  readonly name: string;
  /** Lower-case hex SHA-256 of the file, as sealed in the ledger event `ledgerIndex`. */
  readonly sha256: string;
  readonly kind: DossierDocumentKind;
  /** The copy bearing the real signature and seal (Decree 30), for signed copies. */
  readonly signedOriginal: boolean;
  /** The event whose payload carries this hash. */
  readonly ledgerIndex: number;
  readonly originalName: string;
  readonly mediaType: string;
  readonly size: number;
  /** For generated documents and their signed copies: the official document (number/symbol). */
  readonly documentId: string | null;
  readonly symbol: string | null;
}

export interface DossierProposal {
  readonly id: string;
  readonly code: string;
  readonly title: string;
  readonly state: string;
  readonly stateLabel: { vi: string; en: string };
  readonly procedure: string;
  readonly proposer: { id: string; name: string };
  readonly employingAgency: { id: string; name: string };
  readonly decidingAgency: { id: string; name: string } | null;
  readonly approvalKind: string | null;
  readonly outcome: string | null;
  readonly protection: string | null;
  readonly submittedAt: string | null;
  readonly decidedAt: string | null;
  readonly closedAt: string | null;
}

export interface Dossier extends EventBundle {
  readonly format: typeof DOSSIER_FORMAT;
  readonly origin: string;
  readonly generatedAt: string;
  readonly checkpointNote: string;
  readonly verifierKeys: readonly string[];
  /** Informational: read from the live tables when exported; the events are the evidence. */
  readonly proposal: DossierProposal;
  readonly events: readonly DossierEvent[];
  readonly documents: readonly DossierDocument[];
}
