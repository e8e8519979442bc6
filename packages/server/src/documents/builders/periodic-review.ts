import { z } from 'zod';
import { heading, paragraph, type Block, type DocumentDraft } from '../model.ts';
import { DEFAULT_RECIPIENTS, closeBody, commonFields, datePhrase, isoDate, longText, paragraphs, text, toSignature } from './common.ts';

/**
 * Báo cáo sơ kết / tổng kết (KL14; ND73 reporting [U]): the figures of §8 per agency of the
 * subtree, as of a chosen date, with the assessment and the way forward.
 */
const count = z.number().int().min(0);
export const reviewFigures = z.strictObject({
  organisation: text(300),
  received: count,
  approvedByVote: count,
  approvedByOverride: count,
  rejected: count,
  inProgress: count,
  completed: count,
  partlyCompleted: count,
  notCompleted: count,
  withDamage: count,
  protected: count.default(0),
  encouraged: count.default(0),
});

export const periodicReviewData = z
  .strictObject({
    reviewKind: z.enum(['interim', 'annual', 'final']),
    /** "6 tháng đầu năm 2026", "năm 2026", "giai đoạn 2023–2026" */
    periodLabel: text(200),
    agencyName: text(300),
    asOf: isoDate,
    figures: z.array(reviewFigures).min(1).max(500),
    situation: longText(),
    achievements: longText(),
    shortcomings: longText(),
    directions: longText(),
    recommendations: longText().optional(),
    ...commonFields,
  })
  .meta({ id: 'PeriodicReviewData' });
export type PeriodicReviewData = z.input<typeof periodicReviewData>;

const KIND_WORD = { interim: 'Sơ kết', annual: 'Tổng kết', final: 'Tổng kết' } as const;

export function buildPeriodicReview(input: PeriodicReviewData): DocumentDraft {
  const d = periodicReviewData.parse(input);
  const sum = (key: keyof (typeof d.figures)[number]) => d.figures.reduce((s, f) => s + (f[key] as number), 0);
  const withTotal = (keys: Array<keyof (typeof d.figures)[number]>) => [
    ...d.figures.map((f, i) => [String(i + 1), f.organisation, ...keys.map((k) => String(f[k]))]),
    ['', 'Tổng cộng', ...keys.map((k) => String(sum(k)))],
  ];
  const intake: Array<keyof (typeof d.figures)[number]> = ['received', 'approvedByVote', 'approvedByOverride', 'rejected', 'inProgress'];
  const results: Array<keyof (typeof d.figures)[number]> = [
    'completed',
    'partlyCompleted',
    'notCompleted',
    'withDamage',
    'protected',
    'encouraged',
  ];
  const body: Block[] = [
    heading('I. TÌNH HÌNH TRIỂN KHAI'),
    ...paragraphs(d.situation),
    heading('II. KẾT QUẢ THỰC HIỆN'),
    paragraph(`Số liệu tính đến ${datePhrase(d.asOf)}.`, { italic: true }),
    heading('1. Tiếp nhận và phê duyệt đề xuất'),
    {
      type: 'table',
      columns: [
        { title: 'STT', width: 1, align: 'center' },
        { title: 'Cơ quan, đơn vị', width: 5 },
        { title: 'Tiếp nhận', width: 2, align: 'right' },
        { title: 'Phê duyệt (biểu quyết)', width: 2, align: 'right' },
        { title: 'Phê duyệt (người đứng đầu)', width: 2, align: 'right' },
        { title: 'Không phê duyệt', width: 2, align: 'right' },
        { title: 'Đang thực hiện', width: 2, align: 'right' },
      ],
      rows: withTotal(intake),
      boldRows: [d.figures.length],
    },
    heading('2. Kết quả thực hiện và bảo vệ'),
    {
      type: 'table',
      columns: [
        { title: 'STT', width: 1, align: 'center' },
        { title: 'Cơ quan, đơn vị', width: 5 },
        { title: 'Hoàn thành', width: 2, align: 'right' },
        { title: 'Hoàn thành một phần', width: 2, align: 'right' },
        { title: 'Không hoàn thành', width: 2, align: 'right' },
        { title: 'Có thiệt hại', width: 2, align: 'right' },
        { title: 'Được bảo vệ', width: 2, align: 'right' },
        { title: 'Được khen thưởng', width: 2, align: 'right' },
      ],
      rows: withTotal(results),
      boldRows: [d.figures.length],
    },
    {
      type: 'barChart',
      title: 'Biểu đồ: đề xuất theo tình trạng và kết quả (toàn bộ cơ quan, đơn vị)',
      bars: [
        { label: 'Tiếp nhận', value: sum('received') },
        { label: 'Phê duyệt (biểu quyết)', value: sum('approvedByVote') },
        { label: 'Phê duyệt (người đứng đầu)', value: sum('approvedByOverride') },
        { label: 'Không phê duyệt', value: sum('rejected') },
        { label: 'Đang thực hiện', value: sum('inProgress') },
        { label: 'Hoàn thành', value: sum('completed') },
        { label: 'Hoàn thành một phần', value: sum('partlyCompleted') },
        { label: 'Không hoàn thành', value: sum('notCompleted') },
        { label: 'Có thiệt hại', value: sum('withDamage') },
      ],
    },
    heading('III. ĐÁNH GIÁ CHUNG'),
    heading('1. Kết quả đạt được'),
    ...paragraphs(d.achievements),
    heading('2. Hạn chế, vướng mắc và nguyên nhân'),
    ...paragraphs(d.shortcomings),
    heading('IV. PHƯƠNG HƯỚNG, NHIỆM VỤ'),
    ...paragraphs(d.directions),
    ...(d.recommendations ? [heading('V. KIẾN NGHỊ, ĐỀ XUẤT'), ...paragraphs(d.recommendations)] : []),
  ];
  return {
    kind: 'report',
    summary: `${KIND_WORD[d.reviewKind]} ${d.periodLabel} thực hiện cơ chế khuyến khích và bảo vệ cán bộ năng động, sáng tạo vì lợi ích chung`,
    legalBases: d.legalBases ?? [],
    body: closeBody(body),
    signatures: [toSignature(d.signer)],
    recipients: d.recipients ?? DEFAULT_RECIPIENTS,
    concernedPersonIds: d.concernedPersonIds ?? [],
  };
}
