import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.ts';
import '../../documents/tables.ts';

export const documentFileView = z
  .object({
    id: z.uuid(),
    role: z.enum(['generated', 'signed_copy']),
    format: z.enum(['docx', 'pdf', 'image']),
    contentType: z.string(),
    fileName: z.string(),
    sha256: z.string(),
    size: z.number().int(),
    isSignedOriginal: z.boolean(),
    note: z.string().nullable(),
    ledgerIndex: z.number().int(),
    uploadedBy: z.string(),
    createdAt: z.string(),
    downloadUrl: z.string(),
  })
  .meta({ id: 'DocumentFile' });

export const documentView = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid(),
    organisationName: z.string(),
    template: z.string(),
    kind: z.string(),
    typeCode: z.string(),
    year: z.number().int(),
    number: z.number().int(),
    symbol: z.string(),
    numberLine: z.string(),
    issuedOn: z.string(),
    title: z.string(),
    summary: z.string(),
    subject: z.object({ type: z.string(), id: z.string() }).nullable(),
    ledgerIndex: z.number().int(),
    issuedBy: z.string(),
    createdAt: z.string(),
    files: z.array(documentFileView),
    /** The file that carries the real signature and seal, once uploaded. */
    signedOriginalFileId: z.uuid().nullable(),
  })
  .meta({ id: 'Document' });
export type DocumentView = z.infer<typeof documentView>;

const iso = (value: Date | string) => (value instanceof Date ? value.toISOString() : new Date(value).toISOString());

export function documentRows(db: Kysely<DB>) {
  return db
    .selectFrom('documents')
    .innerJoin('organisations', 'organisations.id', 'documents.organisation_id')
    .select([
      'documents.id',
      'documents.organisation_id',
      'organisations.name as organisation_name',
      'organisations.path as organisation_path',
      'documents.template',
      'documents.kind',
      'documents.type_code',
      'documents.year',
      'documents.number',
      'documents.symbol',
      'documents.issued_on',
      'documents.title',
      'documents.summary',
      'documents.subject_type',
      'documents.subject_id',
      'documents.concerned_person_ids',
      'documents.ledger_idx',
      'documents.issued_by',
      'documents.created_at',
    ]);
}
export type DocumentRow = Awaited<ReturnType<ReturnType<typeof documentRows>['executeTakeFirstOrThrow']>>;

/** Views of documents with their files, in the order of the rows given. */
export async function toDocumentViews(db: Kysely<DB>, rows: DocumentRow[]): Promise<DocumentView[]> {
  if (rows.length === 0) return [];
  const files = await db
    .selectFrom('document_files')
    .selectAll()
    .where(
      'document_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('created_at')
    .orderBy('ledger_idx')
    .execute();
  return rows.map((r) => {
    const own = files.filter((f) => f.document_id === r.id);
    return {
      id: r.id,
      organisationId: r.organisation_id,
      organisationName: r.organisation_name,
      template: r.template,
      kind: r.kind,
      typeCode: r.type_code,
      year: r.year,
      number: r.number,
      symbol: r.symbol,
      numberLine: `Số: ${r.symbol}`,
      issuedOn: r.issued_on,
      title: r.title,
      summary: r.summary,
      subject: r.subject_type && r.subject_id ? { type: r.subject_type, id: r.subject_id } : null,
      ledgerIndex: Number(r.ledger_idx),
      issuedBy: r.issued_by,
      createdAt: iso(r.created_at),
      files: own.map((f) => ({
        id: f.id,
        role: f.role as 'generated' | 'signed_copy',
        format: f.format as 'docx' | 'pdf' | 'image',
        contentType: f.content_type,
        fileName: f.file_name,
        sha256: f.sha256,
        size: f.size,
        isSignedOriginal: f.is_signed_original,
        note: f.note,
        ledgerIndex: Number(f.ledger_idx),
        uploadedBy: f.uploaded_by,
        createdAt: iso(f.created_at),
        downloadUrl: `/api/v1/documents/${r.id}/files/${f.id}`,
      })),
      signedOriginalFileId: own.find((f) => f.is_signed_original)?.id ?? null,
    };
  });
}
