import { z } from 'zod';
import { heading, paragraph, type DocumentDraft } from '../model.ts';
import { commonFields, datePhrase, isoDate, item, longText, optionalText, paragraphs, text, toSignature } from './common.ts';

/**
 * Công văn xin ý kiến cấp ủy (ND73 Art. 4(3)): before approving, and again before evaluating the
 * result, the employing agency asks the same-level Party committee for its opinion.
 */
export const partyOpinionRequestData = z
  .strictObject({
    stage: z.enum(['approval', 'evaluation']),
    agencyName: text(300),
    partyCommitteeName: text(300),
    proposalTitle: text(500),
    proposerName: text(200),
    proposerPosition: optionalText(200),
    summaryOfProposal: longText(),
    replyBy: isoDate.nullable().optional(),
    attachments: z.array(text(500)).max(30).default([]),
    /** Abbreviation of the drafting unit after the agency's in the number ("12/UBND-VP"). */
    draftingUnit: optionalText(20),
    ...commonFields,
  })
  .meta({ id: 'PartyOpinionRequestData' });
export type PartyOpinionRequestData = z.input<typeof partyOpinionRequestData>;

export function buildPartyOpinionRequest(input: PartyOpinionRequestData): DocumentDraft {
  const d = partyOpinionRequestData.parse(input);
  const proposer = d.proposerPosition ? `${d.proposerName}, ${d.proposerPosition}` : d.proposerName;
  const when = d.stage === 'approval' ? 'trước khi xem xét, phê duyệt' : 'trước khi đánh giá kết quả thực hiện';
  const subject = d.stage === 'approval' ? 'đề xuất đổi mới, sáng tạo' : 'kết quả thực hiện đề xuất đổi mới, sáng tạo';
  const body = [
    paragraph(
      `Thực hiện khoản 3 Điều 4 Nghị định số 73/2023/NĐ-CP ngày 29 tháng 9 năm 2023 của Chính phủ quy định về khuyến khích, bảo vệ cán bộ năng động, sáng tạo vì lợi ích chung, ${d.agencyName} kính đề nghị ${d.partyCommitteeName} cho ý kiến ${when} ${subject} “${d.proposalTitle}” của ${proposer}.`,
    ),
    heading('Tóm tắt nội dung đề xuất:'),
    ...paragraphs(d.summaryOfProposal),
    ...(d.attachments.length ? [heading('Hồ sơ gửi kèm:'), ...d.attachments.map(item)] : []),
    paragraph(
      d.replyBy
        ? `Văn bản cho ý kiến đề nghị gửi về ${d.agencyName} trước ${datePhrase(d.replyBy)} để tổng hợp, trình tập thể lãnh đạo xem xét theo quy định.`
        : `Văn bản cho ý kiến đề nghị gửi về ${d.agencyName} để tổng hợp, trình tập thể lãnh đạo xem xét theo quy định.`,
    ),
    paragraph('Trân trọng./.'),
  ];
  return {
    kind: 'letter',
    summary: `xin ý kiến ${d.stage === 'approval' ? 'về' : 'về kết quả thực hiện'} đề xuất đổi mới, sáng tạo`,
    addressees: [d.partyCommitteeName],
    legalBases: d.legalBases ?? [],
    body,
    signatures: [toSignature(d.signer)],
    recipients: d.recipients ?? ['Như trên;', 'Lưu: VT.'],
    concernedPersonIds: d.concernedPersonIds ?? [],
    draftingUnit: d.draftingUnit,
  };
}
