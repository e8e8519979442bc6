import { z } from 'zod';
import { heading, leadParagraph, paragraph, type Block, type DocumentDraft } from '../model.ts';
import { DEFAULT_RECIPIENTS, closeBody, commonFields, longText, optionalText, paragraphs, text, toSignature } from './common.ts';
import { OUTCOME_LABELS } from './completion-report.ts';

/**
 * Kết luận đánh giá (ND73 Art. 18, Art. 11(4)): the collective's verdict, whether damage
 * occurred, the three findings (followed the approved line, pure motive, common interest) and
 * the causes (objective / subjective, with attribution).
 */
export const evaluationConclusionData = z
  .strictObject({
    proposalTitle: text(500),
    proposerName: text(200),
    proposerPosition: optionalText(200),
    /** "Biên bản họp số 03/BB-SNV ngày …" */
    minutesReference: text(300),
    partyOpinionReference: optionalText(300),
    outcome: z.enum(['completed', 'partly_completed', 'not_completed']),
    damage: z.strictObject({ occurred: z.boolean(), description: optionalText(2000) }),
    findings: z
      .strictObject({
        followedApprovedLine: z.strictObject({ value: z.boolean(), note: optionalText(1000) }),
        pureMotive: z.strictObject({ value: z.boolean(), note: optionalText(1000) }),
        commonInterest: z.strictObject({ value: z.boolean(), note: optionalText(1000) }),
      })
      .optional(),
    causes: z
      .array(z.strictObject({ kind: z.enum(['objective', 'subjective']), description: text(2000), attribution: optionalText(500) }))
      .max(50)
      .default([]),
    assessment: longText(),
    recommendations: longText().optional(),
    ...commonFields,
  })
  .meta({ id: 'EvaluationConclusionData' });
export type EvaluationConclusionData = z.input<typeof evaluationConclusionData>;

const yesNo = (v: boolean) => (v ? 'Có' : 'Không');

export function buildEvaluationConclusion(input: EvaluationConclusionData): DocumentDraft {
  const d = evaluationConclusionData.parse(input);
  const proposer = d.proposerPosition ? `${d.proposerName}, ${d.proposerPosition}` : d.proposerName;
  const body: Block[] = [
    paragraph(
      `Căn cứ ${d.minutesReference}${d.partyOpinionReference ? ` và ${d.partyOpinionReference}` : ''}, tập thể lãnh đạo kết luận đánh giá kết quả thực hiện đề xuất đổi mới, sáng tạo “${d.proposalTitle}” của ${proposer} như sau:`,
    ),
    heading('I. KẾT QUẢ THỰC HIỆN'),
    leadParagraph('1. Mức độ hoàn thành: ', `${OUTCOME_LABELS[d.outcome]}.`),
    leadParagraph(
      '2. Thiệt hại: ',
      d.damage.occurred ? `có${d.damage.description ? ` — ${d.damage.description}` : ''}.` : 'không gây thiệt hại.',
    ),
    ...paragraphs(d.assessment),
  ];
  if (d.findings) {
    const f = d.findings;
    body.push(heading('II. XÁC ĐỊNH VIỆC THỰC HIỆN CỦA CÁN BỘ'), {
      type: 'table',
      columns: [
        { title: 'Nội dung xác định', width: 6 },
        { title: 'Kết luận', width: 2, align: 'center' },
        { title: 'Ghi chú', width: 4 },
      ],
      rows: [
        ['Thực hiện đúng chủ trương, kế hoạch đã được phê duyệt', yesNo(f.followedApprovedLine.value), f.followedApprovedLine.note ?? ''],
        ['Có động cơ trong sáng', yesNo(f.pureMotive.value), f.pureMotive.note ?? ''],
        ['Vì lợi ích chung', yesNo(f.commonInterest.value), f.commonInterest.note ?? ''],
      ],
    });
  }
  if (d.causes.length) {
    body.push(heading(`${d.findings ? 'III' : 'II'}. NGUYÊN NHÂN`), {
      type: 'table',
      columns: [
        { title: 'STT', width: 1, align: 'center' },
        { title: 'Loại nguyên nhân', width: 2 },
        { title: 'Nội dung', width: 6 },
        { title: 'Trách nhiệm', width: 3 },
      ],
      rows: d.causes.map((c, i) => [String(i + 1), c.kind === 'objective' ? 'Khách quan' : 'Chủ quan', c.description, c.attribution ?? '']),
    });
  }
  if (d.recommendations) body.push(heading('KIẾN NGHỊ'), ...paragraphs(d.recommendations));
  return {
    kind: 'conclusion',
    summary: `Đánh giá kết quả thực hiện đề xuất đổi mới, sáng tạo “${d.proposalTitle}”`,
    legalBases: d.legalBases ?? [],
    body: closeBody(body),
    signatures: [toSignature(d.signer)],
    recipients: d.recipients ?? [`${d.proposerName};`, ...DEFAULT_RECIPIENTS],
    concernedPersonIds: d.concernedPersonIds ?? [],
  };
}
