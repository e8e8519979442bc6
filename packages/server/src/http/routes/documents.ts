import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError } from '@khien/core/errors';
import { documentView } from '../../app/documents/document-view.ts';
import { downloadDocumentFile, getDocument } from '../../app/documents/get-document.ts';
import { issueDocument, issueDocumentInput } from '../../app/documents/issue-document.ts';
import { documentPage, listDocuments, listDocumentsQuery } from '../../app/documents/list-documents.ts';
import { uploadSignedOriginal } from '../../app/documents/upload-signed-original.ts';
import type { Services } from '../../app/services.ts';
import { DOCUMENT_TEMPLATES, TEMPLATE_IDS } from '../../documents/templates.ts';
import { actorOf } from '../auth-plugin.ts';
import { responses } from '../responses.ts';

const tags = ['Văn bản (documents)'];
const idParams = z.strictObject({ id: z.uuid() });
const fileParams = z.strictObject({ id: z.uuid(), fileId: z.uuid() });

/**
 * Content-Disposition with the Vietnamese name kept: RFC 6266 `filename*` in RFC 5987 encoding
 * (UTF-8, percent-encoded), plus an ASCII `filename` for clients that ignore `filename*`.
 */
export function contentDisposition(fileName: string): string {
  const ascii =
    fileName
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .replace(/[^A-Za-z0-9._ -]/g, '_') || 'document';
  const encoded = encodeURIComponent(fileName.normalize('NFC')).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

async function uploadedFile(request: FastifyRequest): Promise<{ bytes: Buffer; filename: string }> {
  const missing = () =>
    new DomainError('document.file_required', {
      vi: 'Hãy gửi bản ký (PDF hoặc ảnh quét) dạng multipart/form-data, trường "file".',
      en: 'Send the signed copy (PDF or scanned image) as multipart/form-data in the field "file".',
    });
  if (!request.isMultipart()) throw missing();
  const part = await request.file();
  if (!part) throw missing();
  return { bytes: await part.toBuffer(), filename: part.filename.normalize('NFC') };
}

const templateList = z.array(z.object({ id: z.enum(TEMPLATE_IDS), label: z.object({ vi: z.string(), en: z.string() }) }));

export const documentRoutes: FastifyPluginAsync<{ services: Services }> = async (app, { services }) => {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/documents/templates', {
    schema: { tags, summary: 'Các loại văn bản hệ thống soạn được (document templates)', response: responses({ 200: templateList }) },
    handler: async () => TEMPLATE_IDS.map((id) => ({ id, label: DOCUMENT_TEMPLATES[id].label })),
  });

  r.get('/documents', {
    schema: {
      tags,
      summary: 'Danh sách văn bản được xem (documents of a case, an agency, a year)',
      querystring: listDocumentsQuery,
      response: responses({ 200: documentPage }),
    },
    handler: (request) => listDocuments(services, actorOf(request), request.query),
  });

  r.post('/documents', {
    schema: {
      tags,
      summary: 'Ban hành văn bản: cấp số, tạo DOCX và PDF, ghi mã băm vào sổ cái (issue a document)',
      description:
        'Numbers the document in its series (agency × type × year, gap-free), renders DOCX and PDF per Decree 30/2020, stores both and records `document.issued` with their SHA-256 in the ledger.',
      body: issueDocumentInput,
      response: responses({ 201: documentView }),
    },
    handler: async (request, reply) => reply.code(201).send(await issueDocument(services, actorOf(request), request.body)),
  });

  r.get('/documents/:id', {
    schema: {
      tags,
      summary: 'Một văn bản và các tệp của nó (a document with its files)',
      params: idParams,
      response: responses({ 200: documentView }),
    },
    handler: (request) => getDocument(services, actorOf(request), request.params.id),
  });

  r.get('/documents/:id/files/:fileId', {
    schema: {
      tags,
      summary: 'Tải tệp văn bản (download a file: DOCX, PDF or signed copy)',
      description: 'The bytes are checked against the SHA-256 sealed in the ledger before they are sent; `Repr-Digest` carries that hash.',
      params: fileParams,
      response: responses({ 200: z.unknown().meta({ description: 'The file (DOCX, PDF or image)' }) }),
    },
    handler: async (request, reply: FastifyReply) => {
      const file = await downloadDocumentFile(services, actorOf(request), request.params.id, request.params.fileId);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', contentDisposition(file.fileName))
        .header('repr-digest', `sha-256=:${Buffer.from(file.sha256, 'hex').toString('base64')}:`)
        .header('etag', `"${file.sha256}"`)
        .header('cache-control', 'private, no-cache')
        .send(file.bytes);
    },
  });

  r.post('/documents/:id/signed-copies', {
    schema: {
      tags,
      summary: 'Tải lên bản đã ký, đóng dấu (upload a signed scan or a digitally signed PDF)',
      description:
        'multipart/form-data with one field "file" (PDF, JPEG, PNG or TIFF; the type is read from the bytes). `signedOriginal=false` stores it without marking it as the signed original.',
      params: idParams,
      querystring: z.strictObject({ signedOriginal: z.enum(['true', 'false']).default('true'), note: z.string().max(1000).optional() }),
      consumes: ['multipart/form-data'],
      response: responses({ 201: documentView }),
    },
    handler: async (request, reply) => {
      const file = await uploadedFile(request);
      const view = await uploadSignedOriginal(services, actorOf(request), request.params.id, {
        fileName: file.filename,
        bytes: file.bytes,
        isSignedOriginal: request.query.signedOriginal === 'true',
        note: request.query.note ?? null,
      });
      return reply.code(201).send(view);
    },
  });
};
