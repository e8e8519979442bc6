import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { documentView } from '../../app/documents/document-view.ts';
import { exportEncouragements, exportEncouragementsQuery } from '../../app/encouragements/export-encouragements.ts';
import { encouragementPage, listEncouragements, listEncouragementsQuery } from '../../app/encouragements/list-encouragements.ts';
import type { ExportFile } from '../../app/exports/tabular.ts';
import type { Services } from '../../app/services.ts';
import { exportStatistics, exportStatisticsQuery } from '../../app/statistics/export-statistics.ts';
import { getStatistics, statisticsQuery, statisticsView } from '../../app/statistics/get-statistics.ts';
import { openStatistics, openStatisticsQuery, openStatisticsView } from '../../app/statistics/open-statistics.ts';
import { issueReviewReport, renderReviewReport, REVIEW_FORMATS, reviewInput } from '../../app/statistics/review-report.ts';
import { actorOf } from '../auth-plugin.ts';
import { responses } from '../responses.ts';
import { contentDisposition } from './documents.ts';

const tags = ['Thống kê, báo cáo (statistics and reports)'];
const file = z.unknown().meta({ description: 'The file (CSV, XLSX, DOCX or PDF)' });

export function sendFile(reply: FastifyReply, f: ExportFile) {
  return reply
    .header('content-type', f.contentType)
    .header('content-disposition', contentDisposition(f.fileName))
    .header('cache-control', 'private, no-cache')
    .send(f.bytes);
}

export const statisticsRoutes: FastifyPluginAsync<{ services: Services }> = async (app, { services }) => {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/statistics', {
    schema: {
      tags,
      summary: 'Số liệu thống kê theo cơ quan và kỳ (§8 figures of an agency subtree by month/quarter/half-year/year)',
      description:
        'Flows (received, approved by vote / by override, rejected, completed, partly, not completed, with damage, protection outcomes, encouragements, overdue steps) are summed within [from, to]; `awaitingDecision` and `inProgress` are stocks at the end of each period. `from`/`to` take a date or a period key (2026, 2026-H1, 2026-Q2, 2026-03).',
      querystring: statisticsQuery,
      response: responses({ 200: statisticsView }),
    },
    handler: (request) => getStatistics(services, actorOf(request), request.query),
  });

  r.get('/statistics/export', {
    schema: {
      tags,
      summary: 'Xuất số liệu thống kê CSV/XLSX (statistics export)',
      querystring: exportStatisticsQuery,
      response: responses({ 200: file }),
    },
    handler: async (request, reply) => sendFile(reply, await exportStatistics(services, actorOf(request), request.query)),
  });

  r.get('/open-data/statistics', {
    config: { public: true, rateLimit: { max: 60, timeWindow: '1 minute' } },
    schema: {
      tags,
      summary: 'Dữ liệu mở: số liệu tổng hợp, không có dữ liệu cá nhân (open data, no login)',
      description:
        'The same figures as /statistics, for anyone and without logging in. No personal data; outcome and protection cells whose total is below 3 are null (small-cell suppression) and listed in `suppressed`. Licence CC BY 4.0.',
      security: [],
      querystring: openStatisticsQuery,
      response: responses({ 200: openStatisticsView }),
    },
    handler: (request) => openStatistics(services, request.query),
  });

  r.get('/reports/review', {
    schema: {
      tags,
      summary: 'Báo cáo sơ kết/tổng kết (dự thảo) DOCX/PDF/XLSX (periodic review report, draft)',
      description:
        'The interim (2026-H1) or annual (2026) review of an agency and its subtree with the figures as of `asOf`. DOCX/PDF: the Decree 30 "Báo cáo" without a number (a draft); XLSX: one sheet per table.',
      querystring: reviewInput
        .pick({ organisationId: true, period: true, asOf: true })
        .extend({ format: z.enum(REVIEW_FORMATS).default('docx') }),
      response: responses({ 200: file }),
    },
    handler: async (request, reply) => {
      const { format, ...input } = request.query;
      return sendFile(reply, await renderReviewReport(services, actorOf(request), reviewInput.parse(input), format));
    },
  });

  r.post('/reports/review', {
    schema: {
      tags,
      summary: 'Ban hành báo cáo sơ kết/tổng kết: cấp số, DOCX/PDF, mã băm vào sổ cái (issue the review report)',
      body: reviewInput,
      response: responses({ 201: documentView }),
    },
    handler: async (request, reply) => reply.code(201).send(await issueReviewReport(services, actorOf(request), request.body)),
  });

  r.get('/encouragements', {
    schema: {
      tags,
      summary: 'Sổ theo dõi khuyến khích, khen thưởng theo Điều 10 ND73 (encouragement register of the cases in scope)',
      description:
        'Every encouragement recorded on a case the caller may see (the proposals list visibility), filtered by kind, beneficiary unit subtree (`under`), person and recording day (Vietnam time), paginated, sorted by recording time or with the Vietnamese collation by beneficiary or proposal title. `byKind` counts each kind under the same filters except `kind`.',
      querystring: listEncouragementsQuery,
      response: responses({ 200: encouragementPage }),
    },
    handler: (request) => listEncouragements(services, actorOf(request), request.query),
  });

  r.get('/encouragements/export', {
    schema: {
      tags,
      summary: 'Xuất sổ theo dõi khuyến khích, khen thưởng CSV/XLSX (encouragement register export)',
      description:
        'The register with the same filters and visibility as /encouragements, every row (up to 100,000), Vietnamese headers, by default in Vietnamese order of the beneficiary. CSV is UTF-8 with a byte-order mark.',
      querystring: exportEncouragementsQuery,
      response: responses({ 200: file }),
    },
    handler: async (request, reply) => sendFile(reply, await exportEncouragements(services, actorOf(request), request.query)),
  });
};
