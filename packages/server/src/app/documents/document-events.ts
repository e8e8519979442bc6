import type { DocumentModel, DocumentKind } from '../../documents/model.ts';

/**
 * Ledger events of the document layer. The payload of `document.issued` carries the SHA-256 of
 * both renderings and the model they were rendered from, so the ledger seals exactly which bytes
 * were issued; `document.signed_copy_uploaded` seals the hash of a signed scan or signed PDF.
 */
export const DOCUMENT_EVENTS = {
  issued: 'document.issued',
  signedCopyUploaded: 'document.signed_copy_uploaded',
} as const;

export interface DocumentFileRecord {
  fileId: string;
  format: 'docx' | 'pdf' | 'image';
  contentType: string;
  fileName: string;
  sha256: string;
  size: number;
}

export interface DocumentIssued {
  documentId: string;
  organisationId: string;
  template: string;
  kind: DocumentKind;
  typeCode: string;
  year: number;
  number: number;
  symbol: string;
  issuedOn: string;
  title: string;
  summary: string;
  subject: { type: string; id: string } | null;
  concernedPersonIds: string[];
  content: DocumentModel;
  files: DocumentFileRecord[];
}

export interface DocumentSignedCopyUploaded {
  documentId: string;
  file: DocumentFileRecord;
  isSignedOriginal: boolean;
  note: string | null;
}
