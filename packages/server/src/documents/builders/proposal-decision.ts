import { z } from 'zod';
import { leadParagraph, paragraph, type Block, type DocumentDraft } from '../model.ts';
import {
  DEFAULT_RECIPIENTS,
  ND73_BASIS,
  commonFields,
  datePhrase,
  isoDate,
  longText,
  optionalText,
  paragraphs,
  percent,
  text,
  toSignature,
} from './common.ts';

/**
 * Quyết định of the head during the procedure: approval (by the collective's vote), approval by
 * the head after a failed vote (ND73 Art. 8(1), with personal responsibility), adjustment,
 * suspension, resumption and termination of an approved proposal.
 */
export const DECISION_VARIANTS = ['approval', 'override', 'rejection', 'adjustment', 'suspension', 'resumption', 'termination'] as const;

export const proposalDecisionData = z
  .strictObject({
    variant: z.enum(DECISION_VARIANTS),
    /** The deciding authority as printed above the bases: "Giám đốc Sở Nội vụ tỉnh Hòa Sơn". */
    authority: text(300),
    proposalTitle: text(500),
    proposerName: text(200),
    proposerPosition: optionalText(200),
    /** "Kế hoạch số 02/KH-SNV ngày 15 tháng 01 năm 2026" */
    planReference: optionalText(300),
    /** Further "Xét …" lines after the legal bases. */
    considering: z.array(text(1000)).max(10).default([]),
    scope: longText().optional(),
    startsOn: isoDate.optional(),
    endsOn: isoDate.optional(),
    resources: longText().optional(),
    /** For an override: the failed vote and the head's written reasons. */
    vote: z
      .strictObject({ inFavour: z.number().int().min(0), eligible: z.number().int().min(1), minutesReference: optionalText(300) })
      .optional(),
    reasons: longText().optional(),
    /** For an adjustment: what changes. */
    changes: z
      .array(z.strictObject({ item: text(300), approved: text(1000), adjusted: text(1000) }))
      .max(50)
      .default([]),
    effectiveFrom: isoDate.optional(),
    /** Who carries out the decision (last article). */
    executors: z.array(text(300)).min(1).max(20),
    ...commonFields,
  })
  .meta({ id: 'ProposalDecisionData' });
export type ProposalDecisionData = z.input<typeof proposalDecisionData>;

const SUMMARIES: Record<(typeof DECISION_VARIANTS)[number], string> = {
  approval: 'Phê duyệt đề xuất đổi mới, sáng tạo',
  override: 'Phê duyệt đề xuất đổi mới, sáng tạo (người đứng đầu quyết định khi không đạt biểu quyết)',
  rejection: 'Không phê duyệt đề xuất đổi mới, sáng tạo',
  adjustment: 'Điều chỉnh kế hoạch thực hiện đề xuất đổi mới, sáng tạo',
  suspension: 'Tạm dừng thực hiện đề xuất đổi mới, sáng tạo',
  resumption: 'Tiếp tục thực hiện đề xuất đổi mới, sáng tạo',
  termination: 'Chấm dứt thực hiện đề xuất đổi mới, sáng tạo',
};

export function buildProposalDecision(input: ProposalDecisionData): DocumentDraft {
  const d = proposalDecisionData.parse(input);
  const proposal = `đề xuất đổi mới, sáng tạo “${d.proposalTitle}” của ${d.proposerPosition ? `${d.proposerName}, ${d.proposerPosition}` : d.proposerName}`;
  const plan = d.planReference ? ` theo ${d.planReference}` : '';
  const articles: Block[][] = [];
  const approvalDetails = (): Block[] => [
    ...(d.scope ? [leadParagraph('1. Phạm vi thực hiện: ', d.scope.replace(/\n/g, '; '))] : []),
    ...(d.startsOn && d.endsOn
      ? [leadParagraph('2. Thời gian thực hiện: ', `từ ${datePhrase(d.startsOn)} đến ${datePhrase(d.endsOn)}.`)]
      : []),
    ...(d.resources ? [leadParagraph('3. Nguồn lực hỗ trợ: ', d.resources.replace(/\n/g, '; '))] : []),
  ];
  const from = d.effectiveFrom ? ` kể từ ${datePhrase(d.effectiveFrom)}` : ' kể từ ngày ký';
  switch (d.variant) {
    case 'approval':
      articles.push([leadParagraph('Điều 1. ', `Phê duyệt ${proposal}${plan}, cụ thể như sau:`), ...approvalDetails()]);
      break;
    case 'override':
      articles.push([leadParagraph('Điều 1. ', `Phê duyệt ${proposal}${plan}, cụ thể như sau:`), ...approvalDetails()]);
      articles.push([
        leadParagraph(
          'Điều 2. ',
          `Việc phê duyệt tại Điều 1 do người đứng đầu quyết định bằng văn bản khi kết quả biểu quyết của tập thể lãnh đạo không đạt trên 50% (${d.vote ? `${d.vote.inFavour}/${d.vote.eligible} thành viên tán thành, ${percent(d.vote.inFavour, d.vote.eligible)}%` : 'không đạt'}${d.vote?.minutesReference ? `, ${d.vote.minutesReference}` : ''}); người đứng đầu chịu trách nhiệm cá nhân trước cấp trên và trước pháp luật về quyết định này theo khoản 1 Điều 8 Nghị định số 73/2023/NĐ-CP.`,
        ),
        ...(d.reasons ? [paragraph('Lý do quyết định:', { italic: true }), ...paragraphs(d.reasons)] : []),
      ]);
      break;
    case 'rejection':
      // ND73 Art. 8(1): the proposer is always told in writing, with the reasons.
      articles.push([
        leadParagraph('Điều 1. ', `Không phê duyệt ${proposal}${plan}.`),
        ...(d.vote
          ? [
              paragraph(
                `Kết quả biểu quyết của tập thể lãnh đạo: ${d.vote.inFavour}/${d.vote.eligible} thành viên có quyền biểu quyết tán thành (${percent(d.vote.inFavour, d.vote.eligible)}%)${d.vote.minutesReference ? `, ${d.vote.minutesReference}` : ''}.`,
              ),
            ]
          : []),
        ...(d.reasons ? [paragraph('Lý do:', { italic: true }), ...paragraphs(d.reasons)] : []),
      ]);
      break;
    case 'adjustment':
      articles.push([
        leadParagraph('Điều 1. ', `Điều chỉnh kế hoạch thực hiện ${proposal}${plan}${from}, cụ thể như sau:`),
        ...(d.changes.length
          ? [
              {
                type: 'table' as const,
                columns: [
                  { title: 'Nội dung', width: 3 },
                  { title: 'Đã phê duyệt', width: 4 },
                  { title: 'Điều chỉnh', width: 4 },
                ],
                rows: d.changes.map((c) => [c.item, c.approved, c.adjusted]),
              },
            ]
          : []),
        ...(d.reasons ? [paragraph('Lý do điều chỉnh:', { italic: true }), ...paragraphs(d.reasons)] : []),
        paragraph('Các nội dung khác giữ nguyên như đã phê duyệt.'),
      ]);
      break;
    case 'suspension':
    case 'resumption':
    case 'termination': {
      const verb = { suspension: 'Tạm dừng', resumption: 'Tiếp tục', termination: 'Chấm dứt' }[d.variant];
      articles.push([
        leadParagraph('Điều 1. ', `${verb} thực hiện ${proposal}${plan}${from}.`),
        ...(d.reasons ? [paragraph('Lý do:', { italic: true }), ...paragraphs(d.reasons)] : []),
      ]);
      if (d.variant === 'termination') {
        articles.push([
          leadParagraph(
            'Điều 2. ',
            'Người thực hiện báo cáo kết quả thực hiện đến thời điểm chấm dứt, kiểm kê, bàn giao nguồn lực đã được hỗ trợ trong thời hạn 05 ngày làm việc kể từ ngày Quyết định này có hiệu lực.',
          ),
        ]);
      }
      break;
    }
  }
  const last = articles.length + 1;
  articles.push([
    leadParagraph(
      `Điều ${last}. `,
      `Quyết định này có hiệu lực kể từ ngày ký. ${d.executors.join(', ')} chịu trách nhiệm thi hành Quyết định này./.`,
    ),
  ]);
  return {
    kind: 'decision',
    summary: `${SUMMARIES[d.variant]} “${d.proposalTitle}”`,
    authorityLine: d.authority,
    legalBases: [...(d.legalBases ?? [ND73_BASIS]), ...d.considering],
    enactingLine: 'QUYẾT ĐỊNH:',
    body: articles.flat(),
    signatures: [toSignature(d.signer)],
    recipients: d.recipients ?? [`Như Điều ${last};`, ...DEFAULT_RECIPIENTS],
    concernedPersonIds: d.concernedPersonIds ?? [],
  };
}
