import { z } from 'zod';
import { heading, leadParagraph, type Block, type DocumentDraft } from '../model.ts';
import {
  DEFAULT_RECIPIENTS,
  ND73_BASIS,
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

/** Kế hoạch đề xuất (ND73 Art. 7): the structured plan rendered as an official "Kế hoạch". */
export const proposalPlanData = z
  .strictObject({
    proposalTitle: text(500),
    proposerName: text(200),
    proposerPosition: optionalText(200),
    necessity: longText(),
    bottleneck: longText(),
    legalGap: longText(),
    purpose: longText(),
    contents: longText(),
    tasks: z
      .array(z.strictObject({ task: text(1000), lead: text(300), deadline: optionalText(100) }))
      .max(100)
      .default([]),
    solutions: longText(),
    scope: longText(),
    implementers: longText(),
    startsOn: isoDate.optional(),
    endsOn: isoDate.optional(),
    /** The plan's own wording of its duration, when it gives no dates ("6 tháng kể từ ngày phê duyệt"). */
    duration: optionalText(1000),
    resources: longText(),
    feasibility: longText(),
    positiveImpacts: longText(),
    negativeImpacts: longText(),
    expectedEffectiveness: longText(),
    ...commonFields,
  })
  .meta({ id: 'ProposalPlanData' });
export type ProposalPlanData = z.input<typeof proposalPlanData>;

type PlanData = z.output<typeof proposalPlanData>;

/**
 * Section II: its parts numbered among those the plan has. A plan written as one Art. 7 item
 * ("nội dung, nhiệm vụ và giải pháp") gives the same text as contents and solutions; it is printed
 * once, under the section heading, rather than twice under "1. Nội dung" and "3. Giải pháp"
 * around an empty "2. Nhiệm vụ".
 */
function contentsTasksAndSolutions(d: PlanData): Block[] {
  const parts: Array<{ title: string; blocks: Block[] }> = [];
  if (d.contents.trim()) parts.push({ title: 'Nội dung', blocks: paragraphs(d.contents) });
  if (d.tasks.length) {
    parts.push({
      title: 'Nhiệm vụ',
      blocks: [
        {
          type: 'table' as const,
          columns: [
            { title: 'STT', width: 1, align: 'center' as const },
            { title: 'Nhiệm vụ', width: 6 },
            { title: 'Chủ trì thực hiện', width: 3 },
            { title: 'Thời hạn', width: 2, align: 'center' as const },
          ],
          rows: d.tasks.map((t, i) => [String(i + 1), t.task, t.lead, t.deadline ?? '']),
        },
      ],
    });
  }
  if (d.solutions.trim() && d.solutions.trim() !== d.contents.trim()) parts.push({ title: 'Giải pháp', blocks: paragraphs(d.solutions) });
  if (parts.length === 1) return parts[0]!.blocks;
  return parts.flatMap((part, i) => [heading(`${i + 1}. ${part.title}`), ...part.blocks]);
}

export function buildProposalPlan(input: ProposalPlanData): DocumentDraft {
  const d = proposalPlanData.parse(input);
  const body = [
    heading('I. SỰ CẦN THIẾT, MỤC ĐÍCH, YÊU CẦU'),
    heading('1. Sự cần thiết'),
    ...paragraphs(d.necessity),
    heading('2. Điểm nghẽn, vướng mắc cần tháo gỡ'),
    ...paragraphs(d.bottleneck),
    heading('3. Vấn đề chưa được pháp luật quy định hoặc quy định chưa rõ'),
    ...paragraphs(d.legalGap),
    heading('4. Mục đích, yêu cầu'),
    ...paragraphs(d.purpose),
    heading('II. NỘI DUNG, NHIỆM VỤ VÀ GIẢI PHÁP'),
    ...contentsTasksAndSolutions(d),
    heading('III. PHẠM VI, NGƯỜI THỰC HIỆN VÀ THỜI GIAN'),
    leadParagraph('1. Phạm vi: ', d.scope.replace(/\n/g, '; ')),
    leadParagraph('2. Người, cơ quan thực hiện: ', d.implementers.replace(/\n/g, '; ')),
    leadParagraph(
      '3. Thời gian thực hiện: ',
      d.startsOn && d.endsOn ? `từ ${datePhrase(d.startsOn)} đến ${datePhrase(d.endsOn)}.` : (d.duration ?? 'theo quyết định phê duyệt.'),
    ),
    heading('IV. NGUỒN LỰC VÀ TÍNH KHẢ THI'),
    heading('1. Nguồn lực'),
    ...paragraphs(d.resources),
    heading('2. Tính khả thi'),
    ...paragraphs(d.feasibility),
    heading('V. TÁC ĐỘNG VÀ HIỆU QUẢ DỰ KIẾN'),
    heading('1. Tác động tích cực'),
    ...paragraphs(d.positiveImpacts),
    heading('2. Tác động tiêu cực và biện pháp hạn chế'),
    ...paragraphs(d.negativeImpacts),
    heading('3. Hiệu quả dự kiến'),
    ...paragraphs(d.expectedEffectiveness),
  ];
  return {
    kind: 'plan',
    summary: `Thực hiện đề xuất đổi mới, sáng tạo “${d.proposalTitle}”`,
    legalBases: d.legalBases ?? [ND73_BASIS],
    body: closeBody(body),
    signatures: [toSignature(d.signer)],
    recipients: d.recipients ?? DEFAULT_RECIPIENTS,
    concernedPersonIds: d.concernedPersonIds ?? [],
  };
}
