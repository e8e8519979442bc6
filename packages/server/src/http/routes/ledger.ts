import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  checkpointNow,
  checkpointView,
  entriesPage,
  getConsistencyProof,
  getInclusionProof,
  getLatestCheckpoint,
  listEntries,
  proofView,
} from '../../app/ledger/ledger-queries.ts';
import type { Services } from '../../app/services.ts';
import { actorOf } from '../auth-plugin.ts';
import { responses } from '../responses.ts';

const tags = ['Sổ cái (ledger)'];
const count = z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const ledgerRoutes: FastifyPluginAsync<{ services: Services }> = async (app, { services }) => {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/ledger/checkpoint', {
    schema: { tags, summary: 'Điểm kiểm tra mới nhất có chữ ký (latest signed checkpoint, C2SP signed-note, with witness cosignatures)', response: responses({ 200: checkpointView }) },
    handler: () => getLatestCheckpoint(services),
  });

  r.post('/ledger/checkpoint', {
    schema: { tags, summary: 'Ký điểm kiểm tra ngay (sign a checkpoint now; admin or inspector)', response: responses({ 200: checkpointView }) },
    handler: (request) => checkpointNow(services, actorOf(request)),
  });

  r.get('/ledger/proof/inclusion', {
    schema: {
      tags,
      summary: 'Bằng chứng bao hàm (RFC 9162 §2.1.3 inclusion proof of leaf `index` in the tree of `size`)',
      querystring: z.strictObject({ index: count, size: count }),
      response: responses({ 200: proofView }),
    },
    handler: (request) => getInclusionProof(services, request.query.index, request.query.size),
  });

  r.get('/ledger/proof/consistency', {
    schema: {
      tags,
      summary: 'Bằng chứng nhất quán (RFC 9162 §2.1.4 consistency proof between two tree sizes)',
      querystring: z.strictObject({ from: count, to: count }),
      response: responses({ 200: proofView }),
    },
    handler: (request) => getConsistencyProof(services, request.query.from, request.query.to),
  });

  r.get('/ledger/entries', {
    schema: {
      tags,
      summary: 'Các mục sổ cái (envelopes only, never payloads; admin or inspector)',
      querystring: z.strictObject({ from: count.default(0), limit: z.coerce.number().int().min(1).max(1000).default(100) }),
      response: responses({ 200: entriesPage }),
    },
    handler: (request) => listEntries(services, actorOf(request), request.query.from, request.query.limit),
  });
};
