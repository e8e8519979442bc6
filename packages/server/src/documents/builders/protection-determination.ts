import { z } from 'zod';
import { leadParagraph, paragraph, type Block, type DocumentDraft } from '../model.ts';
import { DEFAULT_RECIPIENTS, ND73_BASIS, commonFields, longText, optionalText, paragraphs, text, toSignature } from './common.ts';

/**
 * Quyết định or Thông báo on protection (ND73 Art. 11): which protection the evaluated outcome
 * gives the cadre. The outcome comes from core's deriveProtection; this only words it.
 */
export const PROTECTION_TEXT = {
  no_liability: 'không bị xem xét xử lý trách nhiệm',
  liability_excluded: 'được loại trừ trách nhiệm',
  relief_considered: 'được xem xét loại trừ, miễn hoặc giảm nhẹ trách nhiệm theo quy định của pháp luật có liên quan',
  no_protection:
    'không thuộc trường hợp được bảo vệ theo Nghị định số 73/2023/NĐ-CP; việc xử lý thực hiện theo quy định của pháp luật về kỷ luật và pháp luật có liên quan',
} as const;

export const protectionDeterminationData = z
  .strictObject({
    form: z.enum(['decision', 'notice']),
    authority: optionalText(300),
    proposalTitle: text(500),
    personName: text(200),
    personPosition: optionalText(200),
    outcome: z.enum(['no_liability', 'liability_excluded', 'relief_considered', 'no_protection']),
    /** "Kết luận số 02/KL-SNV ngày …" */
    evaluationReference: text(300),
    grounds: longText(),
    executors: z.array(text(300)).max(20).default([]),
    ...commonFields,
  })
  .meta({ id: 'ProtectionDeterminationData' });
export type ProtectionDeterminationData = z.input<typeof protectionDeterminationData>;

export function buildProtectionDetermination(input: ProtectionDeterminationData): DocumentDraft {
  const d = protectionDeterminationData.parse(input);
  const person = d.personPosition ? `${d.personName}, ${d.personPosition}` : d.personName;
  const determination = `${person}, người đề xuất đề xuất đổi mới, sáng tạo “${d.proposalTitle}”, ${PROTECTION_TEXT[d.outcome]}`;
  const summary = `Xác định việc bảo vệ cán bộ năng động, sáng tạo đối với đề xuất “${d.proposalTitle}”`;
  if (d.form === 'decision') {
    const body: Block[] = [
      leadParagraph('Điều 1. ', `Căn cứ ${d.evaluationReference}, xác định ${determination}.`),
      leadParagraph('Điều 2. ', 'Căn cứ xác định:'),
      ...paragraphs(d.grounds),
      leadParagraph(
        'Điều 3. ',
        `Quyết định này có hiệu lực kể từ ngày ký.${d.executors.length ? ` ${d.executors.join(', ')} chịu trách nhiệm thi hành Quyết định này./.` : '/.'}`,
      ),
    ];
    return {
      kind: 'decision',
      summary,
      authorityLine: d.authority,
      legalBases: d.legalBases ?? [ND73_BASIS],
      enactingLine: 'QUYẾT ĐỊNH:',
      body,
      signatures: [toSignature(d.signer)],
      recipients: d.recipients ?? ['Như Điều 3;', ...DEFAULT_RECIPIENTS],
      concernedPersonIds: d.concernedPersonIds ?? [],
    };
  }
  const body: Block[] = [
    paragraph(
      `Căn cứ Điều 11 Nghị định số 73/2023/NĐ-CP và ${d.evaluationReference}, thông báo kết quả xác định như sau: ${determination}.`,
    ),
    paragraph('Căn cứ xác định:', { italic: true }),
    ...paragraphs(d.grounds),
    paragraph('Thông báo để cán bộ và các cơ quan, đơn vị có liên quan biết, thực hiện./.'),
  ];
  return {
    kind: 'notice',
    summary,
    legalBases: d.legalBases ?? [],
    body,
    signatures: [toSignature(d.signer)],
    recipients: d.recipients ?? [`${d.personName};`, ...DEFAULT_RECIPIENTS],
    concernedPersonIds: d.concernedPersonIds ?? [],
  };
}
