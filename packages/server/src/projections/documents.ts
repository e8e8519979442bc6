import { sql } from 'kysely';
import { DOCUMENT_EVENTS, type DocumentIssued, type DocumentSignedCopyUploaded } from '../app/documents/document-events.ts';
import '../documents/tables.ts';
import type { Projector } from './projector.ts';

/**
 * Projectors of the document layer. The bytes are not in the ledger (they live in
 * document_blobs, addressed by the SHA-256 the event carries); everything else is rebuilt from
 * the events, including the numbering counters, which only ever move up to the highest number
 * issued in each series.
 */
export const documentProjectors: Record<string, Projector> = {
  [DOCUMENT_EVENTS.issued]: async (tx, event) => {
    const p = event.payload as unknown as DocumentIssued;
    await tx
      .insertInto('document_counters')
      .values({ organisation_id: p.organisationId, type_code: p.typeCode, year: p.year, last: p.number })
      .onConflict((oc) =>
        oc.columns(['organisation_id', 'type_code', 'year']).doUpdateSet({ last: sql`greatest(document_counters.last, excluded.last)` }),
      )
      .execute();
    await tx
      .insertInto('documents')
      .values({
        id: p.documentId,
        organisation_id: p.organisationId,
        template: p.template,
        kind: p.kind,
        type_code: p.typeCode,
        year: p.year,
        number: p.number,
        symbol: p.symbol,
        issued_on: p.issuedOn,
        title: p.title,
        summary: p.summary,
        subject_type: p.subject?.type ?? null,
        subject_id: p.subject?.id ?? null,
        concerned_person_ids: p.concernedPersonIds,
        content: JSON.stringify(p.content),
        ledger_idx: event.index,
        issued_by: event.actor,
        created_at: event.time,
      })
      .execute();
    await tx
      .insertInto('document_files')
      .values(
        p.files.map((f) => ({
          id: f.fileId,
          document_id: p.documentId,
          role: 'generated',
          format: f.format,
          content_type: f.contentType,
          file_name: f.fileName,
          sha256: f.sha256,
          size: f.size,
          note: null,
          ledger_idx: event.index,
          uploaded_by: event.actor,
          created_at: event.time,
        })),
      )
      .execute();
  },
  [DOCUMENT_EVENTS.signedCopyUploaded]: async (tx, event) => {
    const p = event.payload as unknown as DocumentSignedCopyUploaded;
    // One signed original per document: a newer one supersedes the flag, the older file stays.
    if (p.isSignedOriginal) {
      await tx
        .updateTable('document_files')
        .set({ is_signed_original: false })
        .where('document_id', '=', p.documentId)
        .where('is_signed_original', '=', true)
        .execute();
    }
    await tx
      .insertInto('document_files')
      .values({
        id: p.file.fileId,
        document_id: p.documentId,
        role: 'signed_copy',
        format: p.file.format,
        content_type: p.file.contentType,
        file_name: p.file.fileName,
        sha256: p.file.sha256,
        size: p.file.size,
        is_signed_original: p.isSignedOriginal,
        note: p.note,
        ledger_idx: event.index,
        uploaded_by: event.actor,
        created_at: event.time,
      })
      .execute();
  },
};
