/**
 * The leadership collective's vote (ND73 Art. 8(1)), used for approval and again for the
 * evaluation of results (Art. 11(4), 18). All the arithmetic lives in `tallyVotes`, one pure
 * function with property tests, so the minutes, the decision and the UI can never disagree.
 */
import { DomainError } from '../errors.ts';
import { cite } from './citations.ts';
import type { LocalizedText, RuleStatus } from './citations.ts';

/** ISO calendar date "YYYY-MM-DD" (Vietnam local date; the caller converts from instants). */
export type IsoDate = string;

export type VoteChoice = 'for' | 'against' | 'abstain';
export type CollectiveRole = 'head' | 'deputy';

/** A post held over a period; `until` is inclusive, `null` while still in office. */
export interface LeadershipPosition {
  personId: string;
  role: CollectiveRole;
  from: IsoDate;
  until: IsoDate | null;
}

export interface CollectiveMember {
  personId: string;
  role: CollectiveRole;
}

export interface Ballot {
  personId: string;
  choice: VoteChoice;
  reason?: string;
}

/**
 * How a tie is recognised before the head's side decides it. The decree says "on a tie the
 * side the head voted with wins" but the recovered text does not settle how abstentions and
 * absences enter a tie ([U], decree73.md §3):
 * - `equalForAndAgainst` (default): as many "for" as "against" among the entitled members.
 * - `halfOfEntitled`: exactly half of the entitled members are in favour.
 */
export type TieRule = 'equalForAndAgainst' | 'halfOfEntitled';
export const tieRules: readonly TieRule[] = ['equalForAndAgainst', 'halfOfEntitled'];

export interface TallyInput {
  /** Head + deputies in office on the meeting date (see `leadershipCollectiveOn`). */
  members: readonly CollectiveMember[];
  /** The proposer, recused if among the deputies. */
  proposerPersonId: string | null;
  ballots: readonly Ballot[];
  tieRule: TieRule;
}

export type TallyDecidedBy = 'majority' | 'headSide' | 'noMajority';

export interface TallyResult {
  /** Members entitled to vote: the base of the percentage. */
  entitled: string[];
  recused: string[];
  counts: { for: number; against: number; abstain: number; absent: number };
  base: number;
  headChoice: VoteChoice | 'absent';
  tie: boolean;
  passed: boolean;
  decidedBy: TallyDecidedBy;
  tieRule: TieRule;
  explanation: LocalizedText;
  citation: string;
  /** The tie rule's status; the majority rule itself is confirmed. */
  tieRuleStatus: RuleStatus;
}

const isoDatePattern = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/u;

export function isIsoDate(value: string): boolean {
  return isoDatePattern.test(value);
}

function requireIsoDate(value: string, field: string): void {
  if (!isIsoDate(value)) {
    throw new DomainError('date.invalid', { vi: `Ngày không hợp lệ: ${field}.`, en: `Invalid date: ${field}.` }, { field, value });
  }
}

/**
 * Head and deputies in office on `date` (Art. 8(1): the collective is who holds the posts
 * when it meets, not when the plan was filed). A person listed as both on that date (a
 * hand-over day) counts once, as head, because the head's vote decides ties.
 */
export function leadershipCollectiveOn(positions: readonly LeadershipPosition[], date: IsoDate): CollectiveMember[] {
  requireIsoDate(date, 'date');
  const byPerson = new Map<string, CollectiveRole>();
  for (const position of positions) {
    requireIsoDate(position.from, 'position.from');
    if (position.until !== null) requireIsoDate(position.until, 'position.until');
    const inOffice = position.from <= date && (position.until === null || date <= position.until);
    if (!inOffice) continue;
    if (byPerson.get(position.personId) !== 'head') byPerson.set(position.personId, position.role);
  }
  return [...byPerson.entries()]
    .map(([personId, role]) => ({ personId, role }))
    .sort((a, b) => (a.role === b.role ? (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0) : a.role === 'head' ? -1 : 1));
}

function voteError(code: string, vi: string, en: string, details: Record<string, unknown>): DomainError {
  return new DomainError(code, { vi, en }, { citation: cite.art8_1, ...details });
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '0' : ((part * 100) / whole).toFixed(1).replace(/\.0$/u, '');
}

/**
 * Counts the votes of the leadership collective under Art. 8(1):
 * - base = entitled members (the recused proposer-deputy excluded); absent and abstaining
 *   members stay in the base but are not in favour;
 * - passes when strictly more than 50% of the base is in favour;
 * - otherwise, on a tie (per `tieRule`), the side the head voted with wins; a head who
 *   abstained or was absent has no side, so the strict majority rule stands.
 * Invalid input (a ballot from a non-member, a recused member, two ballots from one person,
 * a collective without exactly one head, a head who is the proposer) is refused rather than
 * silently ignored: it would mean the minutes are wrong.
 */
export function tallyVotes(input: TallyInput): TallyResult {
  const heads = input.members.filter((member) => member.role === 'head');
  if (heads.length !== 1) {
    throw voteError(
      'vote.collective_without_single_head',
      'Tập thể lãnh đạo phải có đúng một người đứng đầu (hoặc người được giao phụ trách).',
      'The leadership collective must have exactly one head (or acting head).',
      { heads: heads.map((head) => head.personId) },
    );
  }
  const head = heads[0] as CollectiveMember;
  if (input.proposerPersonId !== null && head.personId === input.proposerPersonId) {
    throw new DomainError(
      'vote.head_is_proposer',
      {
        vi: 'Người đứng đầu là người đề xuất: kế hoạch phải trình người đứng đầu cơ quan cấp trên.',
        en: 'The head is the proposer: the plan must go to the head of the superior agency.',
      },
      { citation: cite.art7_4 },
    );
  }

  const memberIds = new Set<string>();
  for (const member of input.members) {
    if (memberIds.has(member.personId)) {
      throw voteError('vote.duplicate_member', 'Thành viên bị lặp.', 'A member is listed twice.', {
        personId: member.personId,
      });
    }
    memberIds.add(member.personId);
  }
  const recused = input.members.filter((member) => member.personId === input.proposerPersonId).map((member) => member.personId);
  const entitled = input.members.filter((member) => member.personId !== input.proposerPersonId).map((member) => member.personId);
  const entitledSet = new Set(entitled);

  const choices = new Map<string, VoteChoice>();
  for (const ballot of input.ballots) {
    if (!memberIds.has(ballot.personId)) {
      throw voteError(
        'vote.not_a_member',
        'Người bỏ phiếu không phải thành viên tập thể lãnh đạo tại ngày họp.',
        'The voter is not a member of the leadership collective on the meeting date.',
        { personId: ballot.personId },
      );
    }
    if (!entitledSet.has(ballot.personId)) {
      throw voteError(
        'vote.recused_member',
        'Cấp phó là người đề xuất không tham gia biểu quyết.',
        'A deputy who is the proposer does not vote.',
        { personId: ballot.personId },
      );
    }
    if (choices.has(ballot.personId)) {
      throw voteError('vote.duplicate_ballot', 'Một thành viên chỉ có một phiếu.', 'A member has only one vote.', {
        personId: ballot.personId,
      });
    }
    choices.set(ballot.personId, ballot.choice);
  }

  const counts = { for: 0, against: 0, abstain: 0, absent: 0 };
  for (const personId of entitled) {
    const choice = choices.get(personId);
    if (choice === undefined) counts.absent += 1;
    else counts[choice] += 1;
  }
  const base = entitled.length;
  if (base === 0) {
    throw voteError('vote.no_entitled_members', 'Không có thành viên nào có quyền biểu quyết.', 'No member is entitled to vote.', {});
  }
  const headChoice: VoteChoice | 'absent' = choices.get(head.personId) ?? 'absent';

  const majority = counts.for * 2 > base;
  const tie = input.tieRule === 'equalForAndAgainst' ? counts.for === counts.against : counts.for * 2 === base;
  const headHasSide = headChoice === 'for' || headChoice === 'against';

  let passed: boolean;
  let decidedBy: TallyDecidedBy;
  if (majority) {
    passed = true;
    decidedBy = 'majority';
  } else if (tie && headHasSide) {
    passed = headChoice === 'for';
    decidedBy = 'headSide';
  } else {
    passed = false;
    decidedBy = 'noMajority';
  }

  const share = `${counts.for}/${base} (${percent(counts.for, base)}%)`;
  const explanation: LocalizedText =
    decidedBy === 'majority'
      ? {
          vi: `Đạt: ${share} thành viên có quyền biểu quyết tán thành, trên 50%.`,
          en: `Passed: ${share} of the members entitled to vote in favour, more than 50%.`,
        }
      : decidedBy === 'headSide'
        ? {
            vi: `Số phiếu ngang nhau (${counts.for} tán thành, ${counts.against} không tán thành); ý kiến người đứng đầu (${headChoice === 'for' ? 'tán thành' : 'không tán thành'}) là ý kiến quyết định: ${passed ? 'đạt' : 'không đạt'}.`,
            en: `Tie (${counts.for} for, ${counts.against} against); the head's side (${headChoice}) wins: ${passed ? 'passed' : 'failed'}.`,
          }
        : {
            vi: `Không đạt: ${share} thành viên có quyền biểu quyết tán thành, không quá 50%.`,
            en: `Failed: ${share} of the members entitled to vote in favour, not more than 50%.`,
          };

  return {
    entitled,
    recused,
    counts,
    base,
    headChoice,
    tie,
    passed,
    decidedBy,
    tieRule: input.tieRule,
    explanation,
    citation: cite.art8_1,
    tieRuleStatus: 'configurable',
  };
}
