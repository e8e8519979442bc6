import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Actor } from '@khien/core/authorization';
import { cleanText } from '@khien/core';
import type { DB } from '../../db/schema.ts';
import { issuingAgency } from '../../documents/letterhead.ts';
import { TYPE_CODES, TYPE_NAMES, type DocumentDraft, type DocumentModel } from '../../documents/model.ts';
import {
  allocateDocumentNumber,
  documentSymbol,
  isoOf,
  numberLine,
  placeDateLine,
  vietnamCalendarDate,
} from '../../documents/numbering.ts';
import { renderDocx } from '../../documents/render-docx.ts';
import { renderPdf } from '../../documents/render-pdf.ts';
import { DOCUMENT_TEMPLATES, type TemplateId } from '../../documents/templates.ts';
import '../../documents/tables.ts';
import { runCommand, type CommandScope } from '../command.ts';
import { forbidden, notFound } from '../errors.ts';
import type { Services } from '../services.ts';
import { decideDocument } from './document-access.ts';
import { DOCUMENT_EVENTS, type DocumentFileRecord, type DocumentIssued } from './document-events.ts';
import { documentRows, toDocumentViews, type DocumentView } from './document-view.ts';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Store bytes once per hash; the same bytes uploaded twice are one blob. */
export async function storeBlob(tx: Kysely<DB>, bytes: Uint8Array, now: Date): Promise<string> {
  const sha256 = sha256Hex(bytes);
  await tx
    .insertInto('document_blobs')
    .values({ sha256, bytes, size: bytes.byteLength, created_at: now })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .execute();
  return sha256;
}

export interface IssueRequest {
  organisationId: string;
  /** Which builder produced the draft (kept for lists and re-rendering). */
  template: string;
  draft: DocumentDraft;
  subject?: { type: string; id: string } | null;
  /** Place in the date line when the organisation tree cannot tell it. */
  place?: string | null;
}

export interface IssuedDocument {
  documentId: string;
  symbol: string;
  numberLine: string;
  ledgerIndex: number;
  files: DocumentFileRecord[];
  model: DocumentModel;
}

/**
 * Issue a document inside a command that is already running (the caller has authorised the
 * act): number it, render DOCX and PDF, store both with their SHA-256 and record
 * `document.issued` carrying the hashes — all in the caller's transaction, so the document, its
 * number and its ledger entry exist together or not at all. The proposal commands call this
 * right after recording their own event (e.g. the approval decision with `proposal.approved`).
 */
export async function issueDocumentInCommand(services: Services, scope: CommandScope, request: IssueRequest): Promise<IssuedDocument> {
  const { tx, now, record } = scope;
  const agency = await issuingAgency(tx, request.organisationId, request.place ? cleanText(request.place) : null);
  const date = vietnamCalendarDate(now);
  const typeCode = TYPE_CODES[request.draft.kind];
  const number = await allocateDocumentNumber(tx, { organisationId: agency.id, typeCode, year: date.year });
  const symbol = documentSymbol(number, typeCode, agency.abbreviation, request.draft.draftingUnit);
  const model: DocumentModel = {
    ...request.draft,
    letterhead: agency.letterhead,
    numberLine: numberLine(symbol),
    placeDateLine: placeDateLine(agency.place, date),
  };
  const typeName = TYPE_NAMES[model.kind];
  const title = model.kind === 'letter' ? `${typeName} V/v ${model.summary}` : `${typeName} ${model.summary}`;
  const baseName = `${typeName} ${symbol.replace(/\//g, '-')}`;
  const [docx, pdf] = await Promise.all([renderDocx(model, { title, issuedAt: now }), renderPdf(model, { title, issuedAt: now })]);
  const files: DocumentFileRecord[] = [];
  for (const [format, bytes, contentType] of [
    ['docx', docx, DOCX_TYPE],
    ['pdf', pdf, 'application/pdf'],
  ] as const) {
    const sha256 = await storeBlob(tx, bytes, now);
    files.push({ fileId: services.newId(), format, contentType, fileName: `${baseName}.${format}`, sha256, size: bytes.byteLength });
  }
  const documentId = services.newId();
  const payload: DocumentIssued = {
    documentId,
    organisationId: agency.id,
    template: request.template,
    kind: model.kind,
    typeCode,
    year: date.year,
    number,
    symbol,
    issuedOn: isoOf(date),
    title,
    summary: model.summary,
    subject: request.subject ?? null,
    concernedPersonIds: [...new Set(model.concernedPersonIds ?? [])],
    content: model,
    files,
  };
  const recorded = await record({
    type: DOCUMENT_EVENTS.issued,
    aggregateId: documentId,
    payload: payload as unknown as Record<string, unknown>,
  });
  return { documentId, symbol, numberLine: model.numberLine, ledgerIndex: recorded.index, files, model };
}

const subjectSchema = z.strictObject({
  type: z.string().regex(/^[a-z][a-z_]{0,39}$/, { error: 'a record kind such as "proposal"' }),
  id: z.string().min(1).max(100),
});

const base = {
  organisationId: z.uuid(),
  subject: subjectSchema.nullable().optional(),
  place: z.string().max(100).nullable().optional(),
};

/** HTTP/CLI input: the template and its data, validated by that template's own schema. */
export const issueDocumentInput = z.discriminatedUnion('template', [
  z.strictObject({ ...base, template: z.literal('proposal_plan'), data: DOCUMENT_TEMPLATES.proposal_plan.schema }),
  z.strictObject({ ...base, template: z.literal('party_opinion_request'), data: DOCUMENT_TEMPLATES.party_opinion_request.schema }),
  z.strictObject({ ...base, template: z.literal('meeting_minutes'), data: DOCUMENT_TEMPLATES.meeting_minutes.schema }),
  z.strictObject({ ...base, template: z.literal('proposal_decision'), data: DOCUMENT_TEMPLATES.proposal_decision.schema }),
  z.strictObject({ ...base, template: z.literal('completion_report'), data: DOCUMENT_TEMPLATES.completion_report.schema }),
  z.strictObject({ ...base, template: z.literal('evaluation_conclusion'), data: DOCUMENT_TEMPLATES.evaluation_conclusion.schema }),
  z.strictObject({ ...base, template: z.literal('protection_determination'), data: DOCUMENT_TEMPLATES.protection_determination.schema }),
  z.strictObject({ ...base, template: z.literal('periodic_review'), data: DOCUMENT_TEMPLATES.periodic_review.schema }),
]);
export type IssueDocumentInput = z.infer<typeof issueDocumentInput>;

export function draftFromTemplate(template: TemplateId, data: unknown): DocumentDraft {
  return (DOCUMENT_TEMPLATES[template].build as (input: unknown) => DocumentDraft)(data);
}

/** Issue a document on its own (not as part of a procedure step): the agency's officer or leader. */
export async function issueDocument(services: Services, actor: Actor, input: IssueDocumentInput): Promise<DocumentView> {
  return runCommand(services, actor, async (scope) => {
    const org = await scope.tx.selectFrom('organisations').select('path').where('id', '=', input.organisationId).executeTakeFirst();
    if (!org) throw notFound('organisation', input.organisationId);
    if (decideDocument(actor, 'issue', { organisationPath: org.path, concernedPersonIds: [] }) !== 'allow') throw forbidden();
    const issued = await issueDocumentInCommand(services, scope, {
      organisationId: input.organisationId,
      template: input.template,
      draft: draftFromTemplate(input.template, input.data),
      subject: input.subject ?? null,
      place: input.place ?? null,
    });
    const row = await documentRows(scope.tx).where('documents.id', '=', issued.documentId).executeTakeFirstOrThrow();
    return (await toDocumentViews(scope.tx, [row]))[0]!;
  });
}
