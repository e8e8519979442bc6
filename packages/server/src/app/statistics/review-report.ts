/**
 * Periodic review reports (KL14 sơ kết / tổng kết; issue 6 item 5): the §8 figures of an agency
 * and its subtree for a half-year or a year, as of a chosen date, as the official "Báo cáo"
 * (DOCX and PDF, Decree 30 layout, via the periodic-review builder) and as XLSX (one sheet per
 * table). Rendered as a draft without a number ("Số:    /BC-…", numbered when it is issued);
 * `issueReviewReport` issues it — numbered, hashed and sealed in the ledger like every document.
 */
import { z } from 'zod';
import type { Actor } from '@khien/core/authorization';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { buildPeriodicReview, type DocumentModel, type PeriodicReviewData } from '../../documents/index.ts';
import { issuingAgency } from '../../documents/letterhead.ts';
import { placeDateLine, vietnamCalendarDate } from '../../documents/numbering.ts';
import { renderDocx } from '../../documents/render-docx.ts';
import { renderPdf } from '../../documents/render-pdf.ts';
import { vietnamDay } from '../../projections/statistics.ts';
import { runCommand } from '../command.ts';
import { decideDocument } from '../documents/document-access.ts';
import { documentRows, toDocumentViews, type DocumentView } from '../documents/document-view.ts';
import { DOCX_TYPE, issueDocumentInCommand } from '../documents/issue-document.ts';
import { forbidden } from '../errors.ts';
import { toXlsx, type ExportFile, type Sheet } from '../exports/tabular.ts';
import type { Services } from '../services.ts';
import { optionalParagraphs } from '../validation.ts';
import { statisticsSheets } from './export-statistics.ts';
import { canReadStatistics, computeStatistics, organisationOf, type StatisticsView } from './get-statistics.ts';
import { badPeriod, parsePeriod } from './periods.ts';
import { FIGURE_LABELS, type Figures } from './statistics-figures.ts';

export const reviewInput = z.strictObject({
  organisationId: z.uuid(),
  /** "2026-H1" (interim, sơ kết 6 tháng) or "2026" (annual, tổng kết năm); quarters are interim too. */
  period: z.string().trim().max(10),
  /** Figures as of this date (default: the period's last day, or today while it runs). */
  asOf: z.iso.date().optional(),
  situation: optionalParagraphs(20_000),
  achievements: optionalParagraphs(20_000),
  shortcomings: optionalParagraphs(20_000),
  directions: optionalParagraphs(20_000),
  recommendations: optionalParagraphs(20_000),
});
export type ReviewInput = z.input<typeof reviewInput>;

export const REVIEW_FORMATS = ['docx', 'pdf', 'xlsx'] as const;

interface Review {
  view: StatisticsView;
  data: PeriodicReviewData;
  periodLabel: string;
  asOf: string;
}

const n = (f: Figures) => ({
  received: f.received,
  approvedByVote: f.approvedByVote,
  approvedByOverride: f.approvedByOverride,
  rejected: f.rejected,
  inProgress: f.inProgress,
  completed: f.completed,
  partlyCompleted: f.partlyCompleted,
  notCompleted: f.notCompleted,
  withDamage: f.withDamage,
  protected: f.protectionNoLiability + f.protectionLiabilityExcluded + f.protectionReliefConsidered,
  encouraged: f.encouragements,
});

async function headOf(db: Kysely<DB>, organisationId: string, day: string) {
  const row = await db
    .selectFrom('leadership_terms')
    .innerJoin('people', 'people.id', 'leadership_terms.person_id')
    .select(['people.full_name', 'people.position_title'])
    .where('leadership_terms.organisation_id', '=', organisationId)
    .where('leadership_terms.role', '=', 'head')
    .where('leadership_terms.starts_on', '<=', day)
    .where((eb) => eb.or([eb('leadership_terms.ends_on', 'is', null), eb('leadership_terms.ends_on', '>=', day)]))
    .executeTakeFirst();
  return row ? { name: row.full_name, title: row.position_title ?? 'Thủ trưởng cơ quan' } : { name: '…', title: 'Thủ trưởng cơ quan' };
}

/** The figures and the report's data, from the incrementally maintained statistics. */
export async function prepareReview(services: Services, actor: Actor, input: z.infer<typeof reviewInput>): Promise<Review> {
  const db = services.database.db;
  const period = parsePeriod(input.period);
  if (period.granularity === 'month') throw badPeriod(input.period);
  const org = await organisationOf(db, input.organisationId);
  if (!canReadStatistics(actor, org.path)) throw forbidden();
  const today = vietnamDay(services.now());
  const asOf = input.asOf ?? (period.to < today ? period.to : today);
  if (asOf < period.from) throw badPeriod(`${input.period} @ ${asOf}`);
  const to = asOf < period.to ? asOf : period.to;
  const view = await computeStatistics(db, org, { granularity: 'month', from: period.from, to });
  const t = view.totals;
  const head = await headOf(db, org.id, today);
  const reviewKind = period.granularity === 'year' ? 'annual' : 'interim';
  const data: PeriodicReviewData = {
    reviewKind,
    periodLabel: period.label.replace(/^Năm/, 'năm'),
    agencyName: org.name,
    asOf,
    figures: view.breakdown.map((b) => ({
      organisation: b.own ? `${b.organisation.name} (trực tiếp)` : b.organisation.name,
      ...n(b.figures),
    })),
    situation:
      input.situation ??
      `Trong ${period.label.toLowerCase()}, ${org.name} và các cơ quan, đơn vị trực thuộc tiếp nhận ${t.received} đề xuất đổi mới, sáng tạo; phê duyệt ${t.approvedByVote + t.approvedByOverride} đề xuất (${t.approvedByVote} theo biểu quyết của tập thể lãnh đạo, ${t.approvedByOverride} do người đứng đầu quyết định), không phê duyệt ${t.rejected} đề xuất; đến ${asOf.split('-').reverse().join('/')} có ${t.inProgress} đề xuất đang thực hiện và ${t.awaitingDecision} đề xuất đang chờ xem xét.`,
    achievements:
      input.achievements ??
      `Đã đánh giá kết quả ${t.completed + t.partlyCompleted + t.notCompleted} đề xuất: ${t.completed} hoàn thành, ${t.partlyCompleted} hoàn thành một phần, ${t.notCompleted} không hoàn thành (${t.withDamage} có thiệt hại); ${t.encouragements} lượt khuyến khích, khen thưởng theo Điều 10 Nghị định số 73/2023/NĐ-CP.`,
    shortcomings:
      input.shortcomings ??
      `Có ${t.overdueSteps} bước xử lý quá thời hạn quy định; ${t.protectionNotProtected} trường hợp không thuộc diện được bảo vệ theo Nghị định số 73/2023/NĐ-CP.`,
    directions:
      input.directions ?? 'Tiếp tục triển khai cơ chế khuyến khích, bảo vệ cán bộ năng động, sáng tạo; nhân rộng các mô hình hiệu quả.',
    ...(input.recommendations ? { recommendations: input.recommendations } : {}),
    signer: { title: head.title, name: head.name },
  };
  return { view, data, periodLabel: period.label, asOf };
}

async function draftModel(db: Kysely<DB>, organisationId: string, data: PeriodicReviewData, now: Date): Promise<DocumentModel> {
  const agency = await issuingAgency(db, organisationId);
  return {
    ...buildPeriodicReview(data),
    letterhead: agency.letterhead,
    // A draft carries the series but no number: the number is given when the report is issued.
    numberLine: `Số:      /BC-${agency.abbreviation}`,
    placeDateLine: placeDateLine(agency.place, vietnamCalendarDate(now)),
  };
}

/** The review report as a draft DOCX/PDF, or the XLSX of its tables. */
export async function renderReviewReport(
  services: Services,
  actor: Actor,
  input: z.infer<typeof reviewInput>,
  format: (typeof REVIEW_FORMATS)[number],
): Promise<ExportFile> {
  const review = await prepareReview(services, actor, input);
  const kind = review.data.reviewKind === 'annual' ? 'Báo cáo tổng kết' : 'Báo cáo sơ kết';
  const base = `${kind} ${review.data.periodLabel} - ${review.data.agencyName}`;
  if (format === 'xlsx') {
    type Line = PeriodicReviewData['figures'][number];
    const lines = review.data.figures as Line[];
    const withTotal = [...lines, { organisation: 'Tổng cộng', ...n(review.view.totals) } as Line];
    const intake: Sheet<Line> = {
      name: '1. Tiếp nhận, phê duyệt',
      rows: withTotal,
      columns: [
        { header: 'Cơ quan, đơn vị', value: (r) => r.organisation, width: 44 },
        { header: FIGURE_LABELS.received, value: (r) => r.received },
        { header: FIGURE_LABELS.approvedByVote, value: (r) => r.approvedByVote ?? 0 },
        { header: FIGURE_LABELS.approvedByOverride, value: (r) => r.approvedByOverride ?? 0 },
        { header: FIGURE_LABELS.rejected, value: (r) => r.rejected ?? 0 },
        { header: FIGURE_LABELS.inProgress, value: (r) => r.inProgress ?? 0 },
      ],
    };
    const results: Sheet<Line> = {
      name: '2. Kết quả, bảo vệ',
      rows: withTotal,
      columns: [
        { header: 'Cơ quan, đơn vị', value: (r) => r.organisation, width: 44 },
        { header: FIGURE_LABELS.completed, value: (r) => r.completed },
        { header: FIGURE_LABELS.partlyCompleted, value: (r) => r.partlyCompleted },
        { header: FIGURE_LABELS.notCompleted, value: (r) => r.notCompleted },
        { header: FIGURE_LABELS.withDamage, value: (r) => r.withDamage },
        { header: 'Được bảo vệ', value: (r) => r.protected ?? 0 },
        { header: 'Được khen thưởng', value: (r) => r.encouraged ?? 0 },
      ],
    };
    const sheets = statisticsSheets(review.view);
    const info: Sheet<[string, string]> = {
      name: 'Thông tin',
      rows: [
        ['Cơ quan', review.data.agencyName],
        ['Kỳ báo cáo', review.periodLabel],
        ['Số liệu tính đến ngày', review.asOf],
        ['Lập lúc', services.now().toISOString()],
      ],
      columns: [
        { header: 'Mục', value: (r) => r[0], width: 24 },
        { header: 'Nội dung', value: (r) => r[1], width: 60 },
      ],
    };
    const bytes = await toXlsx(
      [
        intake,
        results,
        { ...sheets.byPeriod, name: '3. Theo tháng' },
        { ...sheets.byOrganisation, name: '4. Chi tiết theo đơn vị' },
        info,
      ] as Array<Sheet<unknown>>,
      { title: base },
    );
    return { fileName: `${base}.xlsx`, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes };
  }
  const model = await draftModel(services.database.db, input.organisationId, review.data, services.now());
  const meta = { title: `${kind} ${review.periodLabel}`, issuedAt: services.now() };
  if (format === 'pdf') return { fileName: `${base}.pdf`, contentType: 'application/pdf', bytes: await renderPdf(model, meta) };
  return { fileName: `${base}.docx`, contentType: DOCX_TYPE, bytes: await renderDocx(model, meta) };
}

/** Issue the review report as an official document: numbered in the agency's BC series and sealed. */
export async function issueReviewReport(services: Services, actor: Actor, input: z.infer<typeof reviewInput>): Promise<DocumentView> {
  const review = await prepareReview(services, actor, input);
  return runCommand(services, actor, async (scope) => {
    const org = await organisationOf(scope.tx, input.organisationId);
    if (decideDocument(actor, 'issue', { organisationPath: org.path, concernedPersonIds: [] }) !== 'allow') throw forbidden();
    const issued = await issueDocumentInCommand(services, scope, {
      organisationId: org.id,
      template: 'periodic_review',
      draft: buildPeriodicReview(review.data),
      subject: { type: 'organisation', id: org.id },
    });
    const row = await documentRows(scope.tx).where('documents.id', '=', issued.documentId).executeTakeFirstOrThrow();
    return (await toDocumentViews(scope.tx, [row]))[0]!;
  });
}
