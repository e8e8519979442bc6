import { z } from 'zod';
import { heading, leadParagraph, paragraph, type Block, type DocumentDraft } from '../model.ts';
import {
  datePhrase,
  dateTimePhrase,
  isoDate,
  item,
  localDateTime,
  longText,
  named,
  optionalText,
  paragraphs,
  percent,
  personRef,
  signatureSchema,
  text,
  toSignature,
} from './common.ts';

/**
 * Biên bản họp tập thể lãnh đạo (ND73 Art. 8(1) and Art. 18): who attended, who was absent or
 * recused (a deputy who is the proposer does not vote), each member's vote, and the tally with
 * its percentage of the members entitled to vote.
 */
export const VOTE_LABELS = { for: 'Tán thành', against: 'Không tán thành', abstain: 'Không biểu quyết', absent: 'Vắng mặt' } as const;

export const meetingMinutesData = z
  .strictObject({
    purpose: z.enum(['approval', 'evaluation']),
    agencyName: text(300),
    proposalTitle: text(500),
    proposerName: text(200),
    /** When the start time was not recorded, the meeting date alone is printed. */
    startsAt: localDateTime.optional(),
    meetingDate: isoDate.optional(),
    endsAt: localDateTime,
    location: optionalText(300),
    chair: personRef,
    secretary: personRef.optional(),
    attendees: z.array(personRef).min(1).max(100),
    absentees: z
      .array(personRef.extend({ reason: optionalText(300) }))
      .max(100)
      .default([]),
    recusals: z
      .array(personRef.extend({ reason: text(300) }))
      .max(20)
      .default([]),
    discussion: longText().optional(),
    votes: z
      .array(z.strictObject({ name: text(200), position: optionalText(200), vote: z.enum(['for', 'against', 'abstain', 'absent']) }))
      .min(1)
      .max(100),
    /** The result as decided by the procedure engine (tallyVotes): passed, and how. */
    outcome: z.strictObject({ passed: z.boolean(), note: optionalText(1000) }),
    conclusion: longText().optional(),
    secretarySignature: signatureSchema.optional(),
    chairSignature: signatureSchema.optional(),
    recipients: z.array(text(300)).max(30).optional(),
    concernedPersonIds: z.array(z.uuid()).max(200).optional(),
  })
  .meta({ id: 'MeetingMinutesData' });
export type MeetingMinutesData = z.input<typeof meetingMinutesData>;

export function buildMeetingMinutes(input: MeetingMinutesData): DocumentDraft {
  const d = meetingMinutesData.parse(input);
  const what = d.purpose === 'approval' ? 'xem xét, biểu quyết phê duyệt' : 'đánh giá kết quả thực hiện';
  const eligible = d.votes.length;
  const count = (v: keyof typeof VOTE_LABELS) => d.votes.filter((x) => x.vote === v).length;
  const inFavour = count('for');
  const body: Block[] = [
    d.startsAt
      ? leadParagraph('Thời gian bắt đầu: ', `${dateTimePhrase(d.startsAt)}.`)
      : leadParagraph('Thời gian: ', `${datePhrase(d.meetingDate ?? d.endsAt.slice(0, 10))}.`),
    ...(d.location ? [leadParagraph('Địa điểm: ', `${d.location}.`)] : []),
    leadParagraph('Chủ trì: ', `${named(d.chair)}.`),
    ...(d.secretary ? [leadParagraph('Thư ký: ', `${named(d.secretary)}.`)] : []),
    heading('I. THÀNH PHẦN THAM DỰ'),
    ...d.attendees.map((p) => item(named(p))),
    ...(d.absentees.length
      ? [heading('Vắng mặt:'), ...d.absentees.map((p) => item(`${named(p)}${p.reason ? ` (lý do: ${p.reason})` : ''}`))]
      : []),
    ...(d.recusals.length ? [heading('Không tham gia biểu quyết:'), ...d.recusals.map((p) => item(`${named(p)} — ${p.reason}`))] : []),
    heading('II. NỘI DUNG'),
    paragraph(`Tập thể lãnh đạo ${d.agencyName} họp ${what} đề xuất đổi mới, sáng tạo “${d.proposalTitle}” của ${d.proposerName}.`),
    ...(d.discussion ? paragraphs(d.discussion) : []),
    heading('III. KẾT QUẢ BIỂU QUYẾT'),
    {
      type: 'table',
      columns: [
        { title: 'STT', width: 1, align: 'center' },
        { title: 'Họ và tên', width: 5 },
        { title: 'Chức vụ', width: 4 },
        { title: 'Biểu quyết', width: 3, align: 'center' },
      ],
      rows: d.votes.map((v, i) => [String(i + 1), v.name, v.position ?? '', VOTE_LABELS[v.vote]]),
    },
    {
      type: 'table',
      columns: [
        { title: 'Số thành viên có quyền biểu quyết', width: 4, align: 'center' },
        { title: 'Tán thành', width: 2, align: 'center' },
        { title: 'Không tán thành', width: 2, align: 'center' },
        { title: 'Không biểu quyết', width: 2, align: 'center' },
        { title: 'Vắng mặt', width: 2, align: 'center' },
      ],
      rows: [
        [
          String(eligible),
          `${inFavour} (${percent(inFavour, eligible)}%)`,
          String(count('against')),
          String(count('abstain')),
          String(count('absent')),
        ],
      ],
    },
    paragraph(
      `Kết quả: ${d.purpose === 'approval' ? 'đề xuất' : 'kết quả đánh giá'} ${d.outcome.passed ? 'được thông qua' : 'không được thông qua'} với ${inFavour}/${eligible} thành viên có quyền biểu quyết tán thành (${percent(inFavour, eligible)}%).${d.outcome.note ? ` ${d.outcome.note}` : ''}`,
      { bold: true },
    ),
    ...(d.conclusion ? [heading('IV. KẾT LUẬN CỦA CHỦ TRÌ'), ...paragraphs(d.conclusion)] : []),
    paragraph(
      `Cuộc họp kết thúc vào hồi ${dateTimePhrase(d.endsAt)}. Biên bản đã được đọc lại cho các thành viên dự họp cùng nghe và thống nhất./.`,
    ),
  ];
  return {
    kind: 'minutes',
    summary: `Họp tập thể lãnh đạo ${what} đề xuất đổi mới, sáng tạo “${d.proposalTitle}”`,
    legalBases: [],
    body,
    signatures: [
      // Without a secretary the minutes are signed by the chair alone.
      ...(d.secretarySignature || d.secretary ? [toSignature(d.secretarySignature ?? { title: 'Thư ký', name: d.secretary!.name })] : []),
      toSignature(d.chairSignature ?? { title: 'Chủ trì', name: d.chair.name }),
    ],
    recipients: d.recipients ?? [],
    concernedPersonIds: d.concernedPersonIds ?? [],
  };
}
