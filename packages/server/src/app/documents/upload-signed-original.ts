import type { Actor } from '@khien/core/authorization';
import { cleanText, nfc } from '@khien/core';
import { DomainError } from '@khien/core/errors';
import '../../documents/tables.ts';
import { runCommand } from '../command.ts';
import { forbidden } from '../errors.ts';
import type { Services } from '../services.ts';
import { decideDocument } from './document-access.ts';
import { DOCUMENT_EVENTS, type DocumentSignedCopyUploaded } from './document-events.ts';
import { documentRows, toDocumentViews, type DocumentView } from './document-view.ts';
import { readableDocumentRow } from './get-document.ts';
import { storeBlob } from './issue-document.ts';

export interface SignedCopyUpload {
  fileName: string;
  bytes: Buffer;
  /** true: this is the copy with the real signature and seal (the default). */
  isSignedOriginal?: boolean;
  note?: string | null;
}

/** What a signed copy may be: a PDF (scan or signed with a digital-signature token) or an image scan. */
const SIGNATURES: Array<{ magic: number[]; contentType: string; format: 'pdf' | 'image'; extension: string }> = [
  { magic: [0x25, 0x50, 0x44, 0x46, 0x2d], contentType: 'application/pdf', format: 'pdf', extension: 'pdf' },
  { magic: [0xff, 0xd8, 0xff], contentType: 'image/jpeg', format: 'image', extension: 'jpg' },
  { magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], contentType: 'image/png', format: 'image', extension: 'png' },
  { magic: [0x49, 0x49, 0x2a, 0x00], contentType: 'image/tiff', format: 'image', extension: 'tif' },
  { magic: [0x4d, 0x4d, 0x00, 0x2a], contentType: 'image/tiff', format: 'image', extension: 'tif' },
];

/** The type is read from the bytes, not taken from the client's word for it. */
export function sniffSignedCopy(bytes: Uint8Array): (typeof SIGNATURES)[number] | undefined {
  return SIGNATURES.find((s) => s.magic.every((b, i) => bytes[i] === b));
}

function safeFileName(name: string, extension: string): string {
  const cleaned = cleanText(nfc(name).replace(/[\\/:*?"<>|\u0000-\u001f]/g, ' ')).slice(0, 150);
  const stem = cleaned.replace(/\.[A-Za-z0-9]{1,5}$/, '') || 'ban-ky';
  return `${stem}.${extension}`;
}

/**
 * Attach a signed copy of an issued document — the scan of the paper signed and sealed, or the
 * PDF an official signed with their own digital-signature token — stored with its SHA-256, which
 * the ledger event seals. Marked as the signed original unless told otherwise; a newer signed
 * original takes the flag, the earlier file stays on the record.
 */
export async function uploadSignedOriginal(
  services: Services,
  actor: Actor,
  documentId: string,
  upload: SignedCopyUpload,
): Promise<DocumentView> {
  const kind = sniffSignedCopy(upload.bytes);
  if (!kind) {
    throw new DomainError('request.unsupported_media_type', {
      vi: 'Bản ký phải là tệp PDF hoặc ảnh quét (JPEG, PNG, TIFF).',
      en: 'A signed copy must be a PDF or a scanned image (JPEG, PNG, TIFF).',
    });
  }
  return runCommand(services, actor, async ({ tx, now, record }) => {
    const row = await readableDocumentRow(tx, actor, documentId);
    if (
      decideDocument(actor, 'issue', { organisationPath: row.organisation_path, concernedPersonIds: row.concerned_person_ids }) !== 'allow'
    ) {
      throw forbidden();
    }
    const sha256 = await storeBlob(tx, upload.bytes, now);
    const payload: DocumentSignedCopyUploaded = {
      documentId,
      file: {
        fileId: services.newId(),
        format: kind.format,
        contentType: kind.contentType,
        fileName: safeFileName(upload.fileName, kind.extension),
        sha256,
        size: upload.bytes.byteLength,
      },
      isSignedOriginal: upload.isSignedOriginal ?? true,
      note: upload.note ? cleanText(upload.note).slice(0, 1000) || null : null,
    };
    await record({
      type: DOCUMENT_EVENTS.signedCopyUploaded,
      aggregateId: documentId,
      payload: payload as unknown as Record<string, unknown>,
    });
    const fresh = await documentRows(tx).where('documents.id', '=', documentId).executeTakeFirstOrThrow();
    return (await toDocumentViews(tx, [fresh]))[0]!;
  });
}
