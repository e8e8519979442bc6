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
import { getLedgerEntry, ledgerEntryView } from '../../app/ledger/get-ledger-entry.ts';
import { listTrustedWitnesses } from '../../app/ledger/list-trusted-witnesses.ts';
import { redactPayload, redactPayloadInput, redactionView } from '../../app/ledger/redact-payload.ts';
import { submitCosignature, submitCosignatureInput } from '../../app/ledger/submit-cosignature.ts';
import { trustWitness, trustWitnessInput, trustedWitnessView } from '../../app/ledger/trust-witness.ts';
import { verifyLedgerNow, verifyReportView } from '../../app/ledger/verify-ledger-now.ts';
import type { Services } from '../../app/services.ts';
import { actorOf } from '../auth-plugin.ts';
import { responses } from '../responses.ts';

const tags = ['Sổ cái (ledger)'];
const count = z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const ledgerRoutes: FastifyPluginAsync<{ services: Services }> = async (app, { services }) => {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/ledger/checkpoint', {
    schema: {
      tags,
      summary: 'Điểm kiểm tra mới nhất có chữ ký (latest signed checkpoint, C2SP signed-note, with witness cosignatures)',
      response: responses({ 200: checkpointView }),
    },
    handler: () => getLatestCheckpoint(services),
  });

  r.post('/ledger/checkpoint', {
    schema: {
      tags,
      summary: 'Ký điểm kiểm tra ngay (sign a checkpoint now; admin or inspector)',
      response: responses({ 200: checkpointView }),
    },
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

  r.get('/ledger/entries/:index', {
    schema: {
      tags,
      summary: 'Một mục sổ cái kèm nội dung (one entry with its payload, or marked redacted; admin or inspector)',
      params: z.strictObject({ index: count }),
      response: responses({ 200: ledgerEntryView }),
    },
    handler: (request) => getLedgerEntry(services, actorOf(request), request.params.index),
  });

  r.post('/ledger/entries/:index/redaction', {
    schema: {
      tags,
      summary: 'Xóa nội dung theo quyết định của cơ quan có thẩm quyền (redact a payload by lawful order; system admin)',
      params: z.strictObject({ index: count }),
      body: redactPayloadInput,
      response: responses({ 200: redactionView }),
    },
    handler: (request) => redactPayload(services, actorOf(request), request.params.index, request.body.reason),
  });

  r.post('/ledger/verify', {
    schema: {
      tags,
      summary: 'Kiểm tra toàn bộ sổ cái và phát lại các bảng (verify the log and replay every projection; admin or inspector)',
      response: responses({ 200: verifyReportView }),
    },
    handler: (request) => verifyLedgerNow(services, actorOf(request)),
  });

  r.post('/ledger/cosignatures', {
    schema: {
      tags,
      summary: 'Nộp đồng ký của nhân chứng (submit a witness cosignature, C2SP tlog-cosignature, for one of our checkpoints)',
      body: submitCosignatureInput,
      response: responses({ 200: z.object({ size: z.number().int(), witness: z.string(), accepted: z.literal(true) }) }),
    },
    handler: (request) => {
      actorOf(request);
      return submitCosignature(services, request.body);
    },
  });

  r.get('/ledger/witnesses', {
    schema: {
      tags,
      summary: 'Các nhân chứng được tin cậy (trusted witness keys; admin or inspector)',
      response: responses({ 200: z.array(trustedWitnessView) }),
    },
    handler: (request) => listTrustedWitnesses(services, actorOf(request)),
  });

  r.post('/ledger/witnesses', {
    schema: {
      tags,
      summary: 'Tin cậy một khóa nhân chứng (trust a witness key, type 0x04; system admin)',
      body: trustWitnessInput,
      response: responses({ 200: trustedWitnessView }),
    },
    handler: (request) => trustWitness(services, actorOf(request), request.body),
  });
};
