import { z } from 'zod';
import { heading, leadParagraph, paragraph, type Block, type DocumentDraft } from '../model.ts';
import {
  DEFAULT_RECIPIENTS,
  closeBody,
  commonFields,
  datePhrase,
  isoDate,
  longText,
  optionalText,
  paragraphs,
  text,
  toSignature,
} from './common.ts';

/** Báo cáo kết quả thực hiện (ND73 Art. 18): in writing, within 05 working days of finishing. */
export const OUTCOME_LABELS = {
  completed: 'Hoàn thành',
  partly_completed: 'Hoàn thành một phần',
  not_completed: 'Không hoàn thành',
} as const;

export const completionReportData = z
  .strictObject({
    proposalTitle: text(500),
    addressee: text(300),
    approvalReference: text(300),
    implementers: longText(),
    startedOn: isoDate,
    finishedOn: isoDate,
    results: longText(),
    indicators: z
      .array(z.strictObject({ indicator: text(300), target: text(300), achieved: text(300) }))
      .max(50)
      .default([]),
    resourcesUsed: longText().optional(),
    difficulties: longText().optional(),
    selfAssessment: z.enum(['completed', 'partly_completed', 'not_completed']),
    damage: z.strictObject({ occurred: z.boolean(), description: optionalText(2000) }),
    recommendations: longText().optional(),
    ...commonFields,
  })
  .meta({ id: 'CompletionReportData' });
export type CompletionReportData = z.input<typeof completionReportData>;

export function buildCompletionReport(input: CompletionReportData): DocumentDraft {
  const d = completionReportData.parse(input);
  const body: Block[] = [
    paragraph(
      `Thực hiện ${d.approvalReference}, người thực hiện báo cáo ${d.addressee} kết quả thực hiện đề xuất đổi mới, sáng tạo “${d.proposalTitle}” như sau:`,
    ),
    heading('I. KHÁI QUÁT'),
    leadParagraph('1. Người, cơ quan thực hiện: ', d.implementers.replace(/\n/g, '; ')),
    leadParagraph('2. Thời gian thực hiện: ', `từ ${datePhrase(d.startedOn)} đến ${datePhrase(d.finishedOn)}.`),
    heading('II. KẾT QUẢ THỰC HIỆN'),
    ...paragraphs(d.results),
    ...(d.indicators.length
      ? [
          {
            type: 'table' as const,
            columns: [
              { title: 'STT', width: 1, align: 'center' as const },
              { title: 'Chỉ tiêu', width: 5 },
              { title: 'Mục tiêu', width: 3 },
              { title: 'Kết quả đạt được', width: 3 },
            ],
            rows: d.indicators.map((x, i) => [String(i + 1), x.indicator, x.target, x.achieved]),
          },
        ]
      : []),
    ...(d.resourcesUsed ? [heading('III. SỬ DỤNG NGUỒN LỰC'), ...paragraphs(d.resourcesUsed)] : []),
    ...(d.difficulties ? [heading('IV. KHÓ KHĂN, VƯỚNG MẮC'), ...paragraphs(d.difficulties)] : []),
    heading('V. TỰ ĐÁNH GIÁ'),
    leadParagraph('Mức độ hoàn thành: ', `${OUTCOME_LABELS[d.selfAssessment]}.`),
    leadParagraph(
      'Thiệt hại: ',
      d.damage.occurred ? `có${d.damage.description ? ` — ${d.damage.description}` : ''}.` : 'không phát sinh thiệt hại.',
    ),
    ...(d.recommendations ? [heading('VI. KIẾN NGHỊ'), ...paragraphs(d.recommendations)] : []),
  ];
  return {
    kind: 'report',
    summary: `Kết quả thực hiện đề xuất đổi mới, sáng tạo “${d.proposalTitle}”`,
    legalBases: d.legalBases ?? [],
    body: closeBody(body),
    signatures: [toSignature(d.signer)],
    recipients: d.recipients ?? [`${d.addressee} (để báo cáo);`, ...DEFAULT_RECIPIENTS],
    concernedPersonIds: d.concernedPersonIds ?? [],
  };
}
