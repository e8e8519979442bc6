import type { z } from 'zod';
import type { Actor } from '@khien/core/authorization';
import type { Services } from '../services.ts';
import type { ProposalDetail } from './get-proposal.ts';
import { collectiveOn } from './parties.ts';
import type { meetingInput } from './proposal-input.ts';
import { fireTransition, refuse, type TransitionContext } from './transition.ts';

/**
 * The collective is who holds the posts *on the meeting date* (Art. 8(1)): head + deputies in
 * office that day, read from the leadership terms — not a list the convener types in.
 */
export async function convene(ctx: TransitionContext, meetingDate: string, earliest: string) {
  if (meetingDate < earliest) {
    throw refuse(
      'meeting.date_before_receipt',
      'Ngày họp không được trước ngày tiếp nhận.',
      'The meeting cannot be before the receipt.',
      undefined,
      {
        earliest,
      },
    );
  }
  const agencyId = ctx.row.deciding_agency_id ?? ctx.row.employing_agency_id;
  const members = await collectiveOn(ctx.scope.tx, agencyId, meetingDate);
  if (members.filter((m) => m.role === 'head').length !== 1) {
    throw refuse(
      'meeting.no_head',
      'Vào ngày họp cơ quan chưa có người đứng đầu (hoặc người được giao phụ trách) để chủ trì.',
      'On the meeting date the agency has no head (or acting head) to chair it.',
      'ND73/2023 Art. 8(1)',
    );
  }
  const meeting = { id: ctx.newId(), date: meetingDate, members };
  return {
    payload: { meeting },
    notices: [
      {
        personIds: members.map((m) => m.personId),
        proposalId: ctx.row.id,
        kind: 'meeting.scheduled' as const,
        subject: `[Khiên] Triệu tập họp về đề xuất ${ctx.row.code} ngày ${meetingDate}`,
        body: `Triệu tập tập thể lãnh đạo họp ngày ${meetingDate} xem xét đề xuất "${ctx.row.title}" (${ctx.row.code}).`,
      },
    ],
  };
}

/** ND73 Art. 8(1): convene the leadership collective (within 07 working days of receipt). */
export async function scheduleMeeting(
  services: Services,
  actor: Actor,
  id: string,
  input: z.infer<typeof meetingInput>,
  expectedVersion: number | undefined,
): Promise<ProposalDetail> {
  return fireTransition(services, actor, id, 'scheduleMeeting', expectedVersion, (ctx) =>
    convene(ctx, input.meetingDate, new Date(ctx.row.submitted_at ?? ctx.scope.now).toISOString().slice(0, 10)),
  );
}
