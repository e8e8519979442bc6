/**
 * The collective's vote as the deciding head sees it before deciding: the server's stored tally
 * once the meeting is closed, otherwise core's own `tallyVotes` (ND73 Art. 8(1): more than 50%
 * of the members entitled to vote; a deputy who is the proposer is recused; on a tie the head's
 * side) over the ballots cast — final when every entitled member has voted, interim before.
 */
import { tallyVotes, type TallyResult, type TieRule } from '@khien/core/procedure/voting';
import type { Proposal } from './types.ts';

type Meeting = Proposal['meetings'][number];

export interface MeetingTally {
  result: Pick<TallyResult, 'counts' | 'base' | 'passed' | 'explanation' | 'citation'> | null;
  /** Every entitled member has voted, or the meeting is closed: the result stands. */
  final: boolean;
  cast: number;
}

export function meetingTally(meeting: Meeting, proposerId: string | null, tieRule: TieRule = 'equalForAndAgainst'): MeetingTally {
  const stored = meeting.tally as MeetingTally['result'] | null;
  if (stored && typeof stored.passed === 'boolean') return { result: stored, final: true, cast: meeting.ballots.length };
  try {
    const result = tallyVotes({
      members: meeting.members.map((m) => ({ personId: m.personId, role: m.role })),
      proposerPersonId: proposerId,
      ballots: meeting.ballots.map((b) => ({ personId: b.personId, choice: b.choice })),
      tieRule,
    });
    const voted = new Set(meeting.ballots.map((b) => b.personId));
    const final = meeting.closed || result.entitled.every((id) => voted.has(id));
    return { result, final, cast: meeting.ballots.length };
  } catch {
    return { result: null, final: false, cast: meeting.ballots.length };
  }
}
