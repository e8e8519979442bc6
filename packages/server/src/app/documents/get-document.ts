import type { Kysely } from 'kysely';
import type { Actor } from '@khien/core/authorization';
import { DomainError } from '@khien/core/errors';
import type { DB } from '../../db/schema.ts';
import '../../documents/tables.ts';
import type { Services } from '../services.ts';
import { decideDocument } from './document-access.ts';
import { documentRows, toDocumentViews, type DocumentRow, type DocumentView } from './document-view.ts';
import { sha256Hex } from './issue-document.ts';

export function documentNotFound(id: string): DomainError {
  return new DomainError(
    'document.not_found',
    { vi: 'Văn bản không tồn tại hoặc bạn không có quyền xem.', en: 'Document not found, or you may not see it.' },
    { id },
  );
}

/** The row of a document the actor may read (others are "not found", never "forbidden"). */
export async function readableDocumentRow(db: Kysely<DB>, actor: Actor, id: string): Promise<DocumentRow> {
  const row = await documentRows(db).where('documents.id', '=', id).executeTakeFirst();
  if (!row) throw documentNotFound(id);
  if (
    decideDocument(actor, 'read', { organisationPath: row.organisation_path, concernedPersonIds: row.concerned_person_ids }) !== 'allow'
  ) {
    throw documentNotFound(id);
  }
  return row;
}

export async function getDocument(services: Services, actor: Actor, id: string): Promise<DocumentView> {
  const db = services.database.db;
  const row = await readableDocumentRow(db, actor, id);
  return (await toDocumentViews(db, [row]))[0]!;
}

export interface DocumentFileContent {
  fileName: string;
  contentType: string;
  sha256: string;
  bytes: Buffer;
}

/**
 * The bytes of one file of a document, checked against the SHA-256 the ledger sealed: bytes
 * changed in storage are refused rather than served as the issued document.
 */
export async function downloadDocumentFile(
  services: Services,
  actor: Actor,
  documentId: string,
  fileId: string,
): Promise<DocumentFileContent> {
  const db = services.database.db;
  await readableDocumentRow(db, actor, documentId);
  const file = await db
    .selectFrom('document_files')
    .innerJoin('document_blobs', 'document_blobs.sha256', 'document_files.sha256')
    .select(['document_files.file_name', 'document_files.content_type', 'document_files.sha256', 'document_blobs.bytes'])
    .where('document_files.id', '=', fileId)
    .where('document_files.document_id', '=', documentId)
    .executeTakeFirst();
  if (!file) {
    throw new DomainError(
      'document_file.not_found',
      { vi: 'Tệp của văn bản không tồn tại.', en: 'No such file of this document.' },
      { documentId, fileId },
    );
  }
  const bytes = Buffer.from(file.bytes);
  if (sha256Hex(bytes) !== file.sha256) {
    services.logger.error({ documentId, fileId }, 'stored document bytes do not match their sealed SHA-256');
    throw new DomainError(
      'document.integrity_conflict',
      {
        vi: 'Nội dung tệp lưu trữ không khớp mã băm đã ghi vào sổ cái; tệp không được cung cấp. Hãy báo quản trị viên.',
        en: 'The stored bytes do not match the hash sealed in the ledger; the file is withheld. Tell an administrator.',
      },
      { documentId, fileId },
    );
  }
  return { fileName: file.file_name, contentType: file.content_type, sha256: file.sha256, bytes };
}
