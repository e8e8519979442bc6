/** Small pieces the proposal use cases share. */
import { tallyVotes } from '@khien/core/procedure';
import type { MeetingSnapshot, ProcedureDefinition, TallyResult, TieRule } from '@khien/core/procedure';
import type { Notice, NoticeKind } from './notify.ts';
import type { TransitionContext } from './transition.ts';
import { refuse } from './transition.ts';

export function decisionPayload(
  ctx: TransitionContext,
  kind: string,
  reasons: string | null,
  details: Record<string, unknown> = {},
  personalResponsibility = false,
) {
  return { id: ctx.newId(), kind, reasons, personalResponsibility, details };
}

export function tieRuleOf(definition: ProcedureDefinition): TieRule {
  return definition.parameters['tieRule']?.value === 'halfOfEntitled' ? 'halfOfEntitled' : 'equalForAndAgainst';
}

/** The vote arithmetic is core's `tallyVotes` (ND73 Art. 8(1)); this only feeds it. */
export function tallyOf(ctx: TransitionContext, meeting: MeetingSnapshot | null): TallyResult {
  if (meeting === null) throw refuse('meeting.not_scheduled', 'Chưa triệu tập cuộc họp.', 'No meeting has been convened.');
  return tallyVotes({
    members: meeting.members,
    proposerPersonId: ctx.snapshot.parties.proposerId,
    ballots: meeting.ballots,
    tieRule: tieRuleOf(ctx.definition),
  });
}

export async function meetingIdOf(ctx: TransitionContext, kind: 'approval' | 'evaluation'): Promise<string> {
  const meeting = await ctx.scope.tx
    .selectFrom('proposal_meetings')
    .select('id')
    .where('proposal_id', '=', ctx.row.id)
    .where('kind', '=', kind)
    .orderBy('scheduled_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  if (!meeting) throw refuse('meeting.not_scheduled', 'Chưa triệu tập cuộc họp.', 'No meeting has been convened.');
  return meeting.id;
}

/** The proposer (and implementers) are always told of a written decision on their case. */
export function noticeToProposer(ctx: TransitionContext, kind: NoticeKind, vi: string, extraIds: readonly (string | null)[] = []): Notice {
  return {
    personIds: [ctx.row.proposer_id, ...extraIds.filter((id): id is string => id !== null)],
    proposalId: ctx.row.id,
    kind,
    subject: `[Khiên] ${ctx.row.code}: ${vi}`,
    body: `Đề xuất "${ctx.row.title}" (${ctx.row.code}): ${vi}`,
  };
}

/** The head one level above whoever decides: told of overrides, escalated to when overdue. */
export function headAboveDecider(ctx: TransitionContext): string | null {
  return ctx.snapshot.routing === 'employing' ? ctx.snapshot.parties.superiorHeadId : ctx.row.above_superior_head_id;
}
