import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  decree172EvidenceView,
  evidenceFormat,
  exportDecree172Evidence,
  exportDecree172EvidenceDocument,
} from '../../app/proposals/export-decree172-evidence.ts';
import type { Services } from '../../app/services.ts';
import { actorOf } from '../auth-plugin.ts';
import { responses } from '../responses.ts';
import { contentDisposition } from './documents.ts';

const tags = ['Đề xuất đổi mới, sáng tạo (proposals)'];
const idParams = z.strictObject({ id: z.uuid() });

/** Evidence exports of a case (issue §2 item 11): the Decree 172/2025 discipline-exemption record. */
export const evidenceRoutes: FastifyPluginAsync<{ services: Services }> = async (app, { services }) => {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/proposals/:id/evidence/decree-172', {
    schema: {
      tags,
      summary: 'Hồ sơ đánh giá làm chứng cứ miễn kỷ luật theo NĐ 172/2025 (JSON, with ledger indices)',
      description:
        'Outcome, the three findings, the causes, the evaluation votes, the scope-conformance report and the ND73 Art. 11 protection determination, each item with the index of the ledger event it comes from. The proposer, the deciding head, inspectors in scope and system administrators; others 404. 422 `evidence.protection_not_determined` before the determination.',
      params: idParams,
      response: responses({ 200: decree172EvidenceView }),
    },
    handler: (request) => exportDecree172Evidence(services, actorOf(request), request.params.id),
  });

  r.get('/proposals/:id/evidence/decree-172/:format', {
    schema: {
      tags,
      summary: 'Bản trích xuất hồ sơ làm chứng cứ theo NĐ 172/2025 (PDF or DOCX, Decree 30 layout, not numbered)',
      description: 'The same record as a document. `X-Content-SHA256` carries the hash of the bytes sent.',
      params: z.strictObject({ id: z.uuid(), format: evidenceFormat }),
      response: responses({ 200: z.unknown().meta({ description: 'The PDF or DOCX file' }) }),
    },
    handler: async (request, reply) => {
      const file = await exportDecree172EvidenceDocument(services, actorOf(request), request.params.id, request.params.format);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', contentDisposition(file.fileName))
        .header('x-content-sha256', file.sha256)
        .header('cache-control', 'private, no-store')
        .send(file.bytes);
    },
  });
};
