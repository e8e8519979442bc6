import { sql } from 'kysely';
import { z } from 'zod';
import type { Actor } from '@khien/core/authorization';
import '../../documents/tables.ts';
import type { Services } from '../services.ts';
import { readableSubtrees } from './document-access.ts';
import { documentRows, documentView, toDocumentViews, type DocumentView } from './document-view.ts';

export const listDocumentsQuery = z.strictObject({
  subjectType: z.string().max(40).optional(),
  subjectId: z.string().max(100).optional(),
  organisationId: z.uuid().optional(),
  kind: z.enum(['decision', 'conclusion', 'minutes', 'report', 'notice', 'letter', 'submission', 'plan']).optional(),
  year: z.coerce.number().int().min(1945).max(9999).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ListDocumentsQuery = z.infer<typeof listDocumentsQuery>;

export const documentPage = z.object({
  items: z.array(documentView),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});
export type DocumentPage = z.infer<typeof documentPage>;

/** Documents the actor may read — of a case (subject), an agency, a kind, a year — newest first. */
export async function listDocuments(services: Services, actor: Actor, query: ListDocumentsQuery): Promise<DocumentPage> {
  const db = services.database.db;
  let base = documentRows(db);
  const subtrees = readableSubtrees(actor);
  if (subtrees !== 'all') {
    const me = actor.personId;
    base = base.where((eb) =>
      eb.or([
        ...(subtrees.length ? [sql<boolean>`organisations.path <@ array[${sql.join(subtrees.map((s) => sql`${s}::ltree`))}]`] : []),
        ...(me ? [sql<boolean>`${me}::uuid = any(documents.concerned_person_ids)`] : []),
        sql<boolean>`false`,
      ]),
    );
  }
  if (query.subjectType) base = base.where('documents.subject_type', '=', query.subjectType);
  if (query.subjectId) base = base.where('documents.subject_id', '=', query.subjectId);
  if (query.organisationId) base = base.where('documents.organisation_id', '=', query.organisationId);
  if (query.kind) base = base.where('documents.kind', '=', query.kind);
  if (query.year) base = base.where('documents.year', '=', query.year);
  const [rows, count] = await Promise.all([
    base.orderBy('documents.created_at', 'desc').orderBy('documents.ledger_idx', 'desc').limit(query.limit).offset(query.offset).execute(),
    base
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  const items: DocumentView[] = await toDocumentViews(db, rows);
  return { items, total: Number(count.n), limit: query.limit, offset: query.offset };
}
