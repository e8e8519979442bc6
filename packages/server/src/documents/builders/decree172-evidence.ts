import { z } from 'zod';
import { heading, leadParagraph, paragraph, type Block, type DocumentDraft } from '../model.ts';
import { closeBody, datePhrase, isoDate, optionalText, text } from './common.ts';

/**
 * Trích xuất hồ sơ đánh giá làm chứng cứ miễn kỷ luật (Decree 172/2025, ND73 Art. 11): the
 * evaluation record of one case — outcome, the three findings, the causes, the evaluation
 * meeting's votes, the scope-conformance report, and the Art. 11 protection determination with
 * its reasons and citations — each line with the index of the ledger event it comes from, so a
 * discipline council can verify every statement against the tamper-evident ledger.
 *
 * It is an extract, not an act of the agency: no number, no signature (see
 * docs/procedure.md, "Decree 172/2025 evidence export"). Not registered in the issuable
 * templates for the same reason.
 */
const ledgerIndex = z.number().int().min(0).nullable();
const choice = z.enum(['for', 'against', 'abstain']).nullable();

export const decree172EvidenceData = z
  .strictObject({
    proposalCode: text(40),
    proposalTitle: text(500),
    proposerName: text(200),
    proposerPosition: optionalText(200),
    agencyName: text(300),
    procedure: text(60),
    exportedOn: isoDate,
    /** Ledger size when the extract was made: proofs of every index below are checked against it. */
    ledgerSize: z.number().int().min(0),
    outcome: z.enum(['completed', 'notCompletedNoDamage', 'notCompletedWithDamage']),
    extent: z.enum(['full', 'partly', 'not']),
    findings: z.strictObject({ followedApprovedLine: z.boolean(), pureMotive: z.boolean(), commonInterest: z.boolean() }).nullable(),
    conclusion: optionalText(20_000),
    evaluatedOn: isoDate,
    evaluationLedgerIndex: ledgerIndex,
    causes: z
      .array(
        z.strictObject({
          kind: z.enum(['objective', 'subjective']),
          description: text(2000),
          attributedTo: text(300),
          ledgerIndex,
        }),
      )
      .max(100),
    meeting: z
      .strictObject({
        date: isoDate,
        members: z
          .array(
            z.strictObject({
              name: text(200),
              role: z.enum(['head', 'deputy']),
              recused: z.boolean(),
              choice,
              ledgerIndex,
            }),
          )
          .max(50),
        tally: optionalText(1000),
        tallyCitation: optionalText(60),
        closedLedgerIndex: ledgerIndex,
      })
      .nullable(),
    conformance: z
      .strictObject({
        withinApprovedScope: z.boolean(),
        citation: text(60),
        scopeApprovedLedgerIndex: ledgerIndex,
        deviations: z
          .array(
            z.strictObject({
              text: text(1000),
              since: isoDate,
              covered: z.boolean(),
              /** "QĐ điều chỉnh, sổ cái #42" for each adjust decision that covered it. */
              coveredBy: z.array(text(300)).max(20),
              citation: text(60),
            }),
          )
          .max(200),
      })
      .nullable(),
    protection: z.strictObject({
      derived: z.enum(['noLiability', 'liabilityExcluded', 'considerExclusionExemptionMitigation', 'notProtected']),
      protection: z.enum(['noLiability', 'liabilityExcluded', 'considerExclusionExemptionMitigation', 'notProtected']),
      reasons: z.array(z.strictObject({ text: text(2000), citation: text(60) })).max(50),
      confirmed: z.boolean(),
      departureReasons: optionalText(5000),
      abuse: z.boolean(),
      determinedBy: optionalText(200),
      determinedOn: isoDate,
      ledgerIndex,
    }),
    decree172: z.strictObject({ citation: text(60), text: text(2000), objectiveCauseRecorded: z.boolean() }).nullable(),
  })
  .meta({ id: 'Decree172EvidenceData' });
export type Decree172EvidenceData = z.input<typeof decree172EvidenceData>;

export const EVALUATION_OUTCOME_TEXT = {
  completed: 'Hoàn thành',
  notCompletedNoDamage: 'Không hoàn thành hoặc hoàn thành một phần, không gây thiệt hại',
  notCompletedWithDamage: 'Không hoàn thành hoặc hoàn thành một phần, có gây thiệt hại',
} as const;

export const EXTENT_TEXT = { full: 'toàn bộ', partly: 'một phần', not: 'không hoàn thành' } as const;

export const PROTECTION_RESULT_TEXT = {
  noLiability: 'Không bị xem xét xử lý trách nhiệm',
  liabilityExcluded: 'Được loại trừ trách nhiệm',
  considerExclusionExemptionMitigation: 'Được xem xét loại trừ, miễn hoặc giảm nhẹ trách nhiệm theo quy định của pháp luật có liên quan',
  notProtected: 'Không thuộc trường hợp được bảo vệ theo Nghị định số 73/2023/NĐ-CP',
} as const;

const CHOICE_TEXT = { for: 'Tán thành', against: 'Không tán thành', abstain: 'Không biểu quyết' } as const;

/** "#42" — the ledger index a statement comes from; "—" when the payload was redacted by order. */
const at = (index: number | null) => (index === null ? '—' : `#${index}`);
const yesNo = (value: boolean) => (value ? 'Có' : 'Không');

export function buildDecree172Evidence(input: Decree172EvidenceData): DocumentDraft {
  const d = decree172EvidenceData.parse(input);
  const proposer = d.proposerPosition ? `${d.proposerName}, ${d.proposerPosition}` : d.proposerName;
  const body: Block[] = [
    paragraph(
      `Trích xuất từ sổ cái của hệ thống Khiên hồ sơ đề xuất đổi mới, sáng tạo “${d.proposalTitle}” (mã hồ sơ ${d.proposalCode}) của ${proposer}, ${d.agencyName}, theo quy trình ${d.procedure}. Mỗi nội dung ghi chỉ mục (#) của sự kiện sổ cái làm căn cứ; tính toàn vẹn của từng sự kiện kiểm chứng được bằng bằng chứng bao hàm đối với sổ cái có ${d.ledgerSize} sự kiện tại ${datePhrase(d.exportedOn)}.`,
    ),
    heading('I. KẾT QUẢ ĐÁNH GIÁ'),
    leadParagraph(
      '1. Kết quả: ',
      `${EVALUATION_OUTCOME_TEXT[d.outcome]} (mức độ: ${EXTENT_TEXT[d.extent]}); đánh giá ${datePhrase(d.evaluatedOn)}, sổ cái ${at(d.evaluationLedgerIndex)}.`,
    ),
  ];
  if (d.findings) {
    body.push(leadParagraph('2. Ba nội dung xác định (Điều 11 Nghị định số 73/2023/NĐ-CP):', ''), {
      type: 'table',
      columns: [
        { title: 'Nội dung', width: 7 },
        { title: 'Kết luận', width: 2, align: 'center' },
        { title: 'Sổ cái', width: 2, align: 'center' },
      ],
      rows: [
        ['Thực hiện đúng chủ trương, kế hoạch đã được phê duyệt', yesNo(d.findings.followedApprovedLine), at(d.evaluationLedgerIndex)],
        ['Có động cơ trong sáng', yesNo(d.findings.pureMotive), at(d.evaluationLedgerIndex)],
        ['Vì lợi ích chung', yesNo(d.findings.commonInterest), at(d.evaluationLedgerIndex)],
      ],
    });
  } else {
    body.push(leadParagraph('2. Ba nội dung xác định: ', 'không ghi nhận (đề xuất hoàn thành).'));
  }
  if (d.conclusion) body.push(leadParagraph('3. Kết luận của tập thể lãnh đạo: ', d.conclusion));

  body.push(heading('II. NGUYÊN NHÂN'));
  if (d.causes.length > 0) {
    body.push({
      type: 'table',
      columns: [
        { title: 'STT', width: 1, align: 'center' },
        { title: 'Loại', width: 2 },
        { title: 'Nội dung', width: 5 },
        { title: 'Trách nhiệm thuộc về', width: 3 },
        { title: 'Sổ cái', width: 1.5, align: 'center' },
      ],
      rows: d.causes.map((c, i) => [
        String(i + 1),
        c.kind === 'objective' ? 'Khách quan' : 'Chủ quan',
        c.description,
        c.attributedTo,
        at(c.ledgerIndex),
      ]),
    });
  } else {
    body.push(paragraph('Không ghi nhận nguyên nhân.'));
  }

  body.push(heading('III. BIỂU QUYẾT CỦA TẬP THỂ LÃNH ĐẠO TẠI CUỘC HỌP ĐÁNH GIÁ'));
  if (d.meeting) {
    body.push(paragraph(`Cuộc họp ${datePhrase(d.meeting.date)}; thành phần là người đứng đầu và cấp phó đương nhiệm vào ngày họp.`), {
      type: 'table',
      columns: [
        { title: 'Thành viên', width: 5 },
        { title: 'Chức vụ', width: 2.5 },
        { title: 'Biểu quyết', width: 3 },
        { title: 'Sổ cái', width: 1.5, align: 'center' },
      ],
      rows: d.meeting.members.map((m) => [
        m.name,
        m.role === 'head' ? 'Người đứng đầu' : 'Cấp phó',
        m.recused ? 'Không biểu quyết (người đề xuất)' : m.choice ? CHOICE_TEXT[m.choice] : 'Vắng / chưa biểu quyết',
        at(m.ledgerIndex),
      ]),
    });
    if (d.meeting.tally) {
      body.push(
        paragraph(
          `Kết quả: ${d.meeting.tally}${d.meeting.tallyCitation ? ` (${d.meeting.tallyCitation})` : ''}${d.meeting.closedLedgerIndex !== null ? `; kết thúc biểu quyết, sổ cái ${at(d.meeting.closedLedgerIndex)}` : ''}.`,
        ),
      );
    }
  } else {
    body.push(paragraph('Không có cuộc họp đánh giá được ghi nhận.'));
  }

  body.push(heading('IV. MỨC ĐỘ TUÂN THỦ PHẠM VI ĐƯỢC PHÊ DUYỆT'));
  if (d.conformance) {
    body.push(
      paragraph(
        `${d.conformance.withinApprovedScope ? 'Việc thực hiện nằm trong phạm vi đã được phê duyệt (mọi sai lệch đều có quyết định điều chỉnh có hiệu lực).' : 'Có nội dung thực hiện ngoài phạm vi đã được phê duyệt mà không có quyết định điều chỉnh.'} Phạm vi được phê duyệt: sổ cái ${at(d.conformance.scopeApprovedLedgerIndex)}; báo cáo tuân thủ được niêm phong cùng việc xác định bảo vệ, sổ cái ${at(d.protection.ledgerIndex)} (${d.conformance.citation}).`,
      ),
    );
    if (d.conformance.deviations.length > 0) {
      body.push({
        type: 'table',
        columns: [
          { title: 'STT', width: 1, align: 'center' },
          { title: 'Sai lệch', width: 5.5 },
          { title: 'Từ ngày', width: 2 },
          { title: 'Quyết định điều chỉnh', width: 3.5 },
        ],
        rows: d.conformance.deviations.map((v, i) => [
          String(i + 1),
          v.text,
          v.since,
          v.covered ? v.coveredBy.join('; ') || 'Có' : 'Không có',
        ]),
      });
    } else {
      body.push(paragraph('Không có sai lệch so với phạm vi được phê duyệt.'));
    }
  } else {
    body.push(paragraph('Chưa có phạm vi được phê duyệt.'));
  }

  const p = d.protection;
  body.push(
    heading('V. XÁC ĐỊNH VIỆC BẢO VỆ (ĐIỀU 11 NGHỊ ĐỊNH SỐ 73/2023/NĐ-CP)'),
    leadParagraph('1. Kết quả theo quy tắc: ', `${PROTECTION_RESULT_TEXT[p.derived]}.`),
    paragraph('Căn cứ:', { italic: true }),
    ...p.reasons.map((r) => paragraph(`- ${r.text} (${r.citation})`)),
    leadParagraph(
      '2. Người có thẩm quyền: ',
      p.confirmed
        ? `xác nhận kết quả trên${p.determinedBy ? ` (${p.determinedBy})` : ''}, ${datePhrase(p.determinedOn)}, sổ cái ${at(p.ledgerIndex)}.`
        : `không xác nhận, quyết định: ${PROTECTION_RESULT_TEXT[p.protection]}${p.determinedBy ? ` (${p.determinedBy})` : ''}, ${datePhrase(p.determinedOn)}, sổ cái ${at(p.ledgerIndex)}. Lý do: ${p.departureReasons ?? ''}`,
    ),
  );
  if (p.abuse) body.push(paragraph('Có xác định hành vi lợi dụng chính sách để vi phạm, trục lợi (Điều 6 Nghị định số 73/2023/NĐ-CP).'));

  body.push(heading('VI. GHI CHÚ VỀ NGHỊ ĐỊNH SỐ 172/2025/NĐ-CP'));
  if (d.decree172) {
    body.push(
      paragraph(`${d.decree172.text} (${d.decree172.citation})`),
      paragraph(
        d.decree172.objectiveCauseRecorded
          ? 'Hồ sơ có ghi nhận nguyên nhân khách quan (mục II).'
          : 'Hồ sơ không ghi nhận nguyên nhân khách quan nào (mục II).',
      ),
    );
  } else {
    body.push(
      paragraph(
        'Kết quả xác định không thuộc trường hợp xem xét loại trừ, miễn hoặc giảm nhẹ trách nhiệm; hồ sơ được trích xuất để đối chiếu khi xem xét kỷ luật.',
      ),
    );
  }
  body.push(paragraph('Bản trích xuất tự động từ sổ cái, không thay thế các văn bản đã ban hành trong hồ sơ.', { italic: true }));
  return {
    kind: 'report',
    summary: `Trích xuất hồ sơ đánh giá đề xuất “${d.proposalTitle}” làm chứng cứ xem xét miễn trách nhiệm kỷ luật theo Nghị định số 172/2025/NĐ-CP`,
    legalBases: [],
    body: closeBody(body),
    signatures: [],
    recipients: [],
  };
}
