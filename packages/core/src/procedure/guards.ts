/**
 * Named guards: the only conditions a procedure definition can put on a transition or timer.
 * A definition refers to them by name (validated at load time), so a profile can be written,
 * stored and varied as data while the logic of each condition stays here, tested once.
 * A guard returns the reasons it fails (empty = holds), in both languages, so the UI shows
 * why an action is disabled without re-implementing the rule.
 */
import { isDomainError } from '../errors.ts';
import type { CaseActor, CaseSnapshot, MeetingSnapshot } from './case-snapshot.ts';
import { cite } from './citations.ts';
import type { LocalizedText, RuleStatus } from './citations.ts';
import type { ProcedureDefinition } from './definition-schema.ts';
import { checkSubmission } from './submission.ts';
import { tallyVotes, tieRules } from './voting.ts';
import type { TallyResult, TieRule } from './voting.ts';

export interface GuardContext {
  definition: ProcedureDefinition;
  snapshot: CaseSnapshot;
  /** `null` when a timer asks: such guards must not depend on who is asking. */
  actor: CaseActor | null;
}

/** Why a guard fails. A citation here overrides the one on the guard's use in the definition. */
export interface GuardFailure {
  code: string;
  vi: string;
  en: string;
  citation?: string;
  /** Overrides the status on the guard's use, for guards that apply several rules. */
  status?: RuleStatus;
  /** The plan field at fault (e.g. `plan.contents.necessity`), so a form can point at it. */
  field?: string;
}

export interface GuardDefinition {
  description: LocalizedText;
  /** Guards that look at the actor cannot be used by timers or in an actor's `when`. */
  needsActor: boolean;
  /** Parameters the guard reads; the definition must define them. */
  parameters: readonly string[];
  check(context: GuardContext): GuardFailure[];
}

const ok: GuardFailure[] = [];

function fail(code: string, vi: string, en: string, citation?: string): GuardFailure[] {
  return [citation === undefined ? { code, vi, en } : { code, vi, en, citation }];
}

export function tieRuleOf(definition: ProcedureDefinition): TieRule {
  const value = definition.parameters['tieRule']?.value;
  return tieRules.find((rule) => rule === value) ?? 'equalForAndAgainst';
}

type MeetingKey = 'approvalMeeting' | 'evaluationMeeting';

const meetingNames: Record<MeetingKey, LocalizedText> = {
  approvalMeeting: { vi: 'cuộc họp xét đề xuất', en: 'the approval meeting' },
  evaluationMeeting: { vi: 'cuộc họp đánh giá kết quả', en: 'the evaluation meeting' },
};

function entitledIds(meeting: MeetingSnapshot, proposerId: string): string[] {
  return meeting.members.filter((m) => m.personId !== proposerId).map((m) => m.personId);
}

function isConcluded(meeting: MeetingSnapshot, proposerId: string): boolean {
  if (meeting.closed) return true;
  const voted = new Set(meeting.ballots.map((ballot) => ballot.personId));
  return entitledIds(meeting, proposerId).every((id) => voted.has(id));
}

type TallyOutcome = { tally: TallyResult } | { failures: GuardFailure[] };

/** Tally a concluded meeting, turning invalid minutes into guard failures instead of a crash. */
function tallyOf(context: GuardContext, key: MeetingKey): TallyOutcome {
  const meeting = context.snapshot[key];
  const name = meetingNames[key];
  if (meeting === null) {
    return { failures: fail('meeting.not_scheduled', `Chưa triệu tập ${name.vi}.`, `${name.en} has not been convened.`, cite.art8_1) };
  }
  if (!isConcluded(meeting, context.snapshot.parties.proposerId)) {
    return {
      failures: fail(
        'vote.not_concluded',
        `Chưa kết thúc biểu quyết tại ${name.vi}: còn thành viên chưa biểu quyết và cuộc họp chưa kết thúc.`,
        `Voting at ${name.en} is not concluded: members have not voted and the meeting is not closed.`,
        cite.art8_1,
      ),
    };
  }
  try {
    return {
      tally: tallyVotes({
        members: meeting.members,
        proposerPersonId: context.snapshot.parties.proposerId,
        ballots: meeting.ballots,
        tieRule: tieRuleOf(context.definition),
      }),
    };
  } catch (error) {
    if (!isDomainError(error)) throw error;
    const citation = typeof error.details?.['citation'] === 'string' ? error.details['citation'] : cite.art8_1;
    return { failures: fail(error.code, error.messages.vi, error.messages.en, citation) };
  }
}

function meetingGuards(
  key: MeetingKey,
  names: {
    canBeScheduled: string;
    open: string;
    actorEntitled: string;
    actorHasNotVoted: string;
    concluded: string;
    passed: string;
    failed?: string;
    notPassed?: string;
  },
  revoteAfterFailure: boolean,
): Record<string, GuardDefinition> {
  const name = meetingNames[key];
  const guards: Record<string, GuardDefinition> = {
    [names.canBeScheduled]: {
      description: {
        vi: `Có thể triệu tập (lại) ${name.vi}`,
        en: `${name.en} can be convened (again)`,
      },
      needsActor: false,
      parameters: ['tieRule'],
      check(context) {
        const meeting = context.snapshot[key];
        if (meeting === null) return ok;
        if (!meeting.closed && meeting.ballots.length === 0) return ok;
        if (revoteAfterFailure) {
          if (!isConcluded(meeting, context.snapshot.parties.proposerId)) {
            return fail(
              'meeting.in_progress',
              `Đang biểu quyết tại ${name.vi}; kết thúc biểu quyết trước khi triệu tập lại.`,
              `Voting at ${name.en} is in progress; close it before convening again.`,
            );
          }
          const outcome = tallyOf(context, key);
          if ('tally' in outcome && !outcome.tally.passed) return ok;
        }
        return fail(
          'meeting.already_held',
          `Đã biểu quyết tại ${name.vi}; không triệu tập lại.`,
          `Votes were already cast at ${name.en}; it cannot be convened again.`,
          cite.art8_1,
        );
      },
    },
    [names.open]: {
      description: { vi: `${name.vi} đang diễn ra`, en: `${name.en} is open` },
      needsActor: false,
      parameters: [],
      check(context) {
        const meeting = context.snapshot[key];
        if (meeting === null) {
          return fail('meeting.not_scheduled', `Chưa triệu tập ${name.vi}.`, `${name.en} has not been convened.`);
        }
        return meeting.closed ? fail('meeting.closed', `${name.vi} đã kết thúc.`, `${name.en} is closed.`) : ok;
      },
    },
    [names.actorEntitled]: {
      description: {
        vi: 'Người thực hiện là thành viên tập thể lãnh đạo có quyền biểu quyết',
        en: 'The actor is a collective member entitled to vote',
      },
      needsActor: true,
      parameters: [],
      check(context) {
        const meeting = context.snapshot[key];
        const actor = context.actor;
        if (meeting === null || actor === null) {
          return fail('vote.not_a_member', 'Không phải thành viên tập thể lãnh đạo.', 'Not a member of the leadership collective.');
        }
        if (!meeting.members.some((member) => member.personId === actor.personId)) {
          return fail(
            'vote.not_a_member',
            'Chỉ người đứng đầu và cấp phó đương nhiệm vào ngày họp được biểu quyết.',
            'Only the head and deputies in office on the meeting date vote.',
            cite.art8_1,
          );
        }
        if (actor.personId === context.snapshot.parties.proposerId) {
          return fail(
            'vote.recused_member',
            'Cấp phó là người đề xuất không tham gia biểu quyết.',
            'A deputy who is the proposer does not vote.',
            cite.art8_1,
          );
        }
        return ok;
      },
    },
    [names.actorHasNotVoted]: {
      description: { vi: 'Người thực hiện chưa biểu quyết', en: 'The actor has not voted yet' },
      needsActor: true,
      parameters: [],
      check(context) {
        const meeting = context.snapshot[key];
        const actor = context.actor;
        if (meeting !== null && actor !== null && meeting.ballots.some((b) => b.personId === actor.personId)) {
          return fail('vote.already_cast', 'Đã biểu quyết; mỗi thành viên một phiếu.', 'Already voted; one vote per member.', cite.art8_1);
        }
        return ok;
      },
    },
    [names.concluded]: {
      description: {
        vi: `Mọi thành viên đã biểu quyết hoặc ${name.vi} đã kết thúc`,
        en: `All members voted or ${name.en} is closed`,
      },
      needsActor: false,
      parameters: [],
      check(context) {
        const meeting = context.snapshot[key];
        if (meeting === null) {
          return fail('meeting.not_scheduled', `Chưa triệu tập ${name.vi}.`, `${name.en} has not been convened.`, cite.art8_1);
        }
        return isConcluded(meeting, context.snapshot.parties.proposerId)
          ? ok
          : fail(
              'vote.not_concluded',
              'Còn thành viên chưa biểu quyết và cuộc họp chưa kết thúc.',
              'Members have not voted and the meeting is not closed.',
              cite.art8_1,
            );
      },
    },
    [names.passed]: {
      description: { vi: 'Biểu quyết đạt (trên 50%)', en: 'The vote passed (more than 50%)' },
      needsActor: false,
      parameters: ['tieRule'],
      check(context) {
        const outcome = tallyOf(context, key);
        if ('failures' in outcome) return outcome.failures;
        return outcome.tally.passed ? ok : fail('vote.failed', outcome.tally.explanation.vi, outcome.tally.explanation.en, cite.art8_1);
      },
    },
  };
  if (names.failed !== undefined) {
    guards[names.failed] = {
      description: { vi: 'Biểu quyết không đạt', en: 'The vote failed' },
      needsActor: false,
      parameters: ['tieRule'],
      check(context) {
        const outcome = tallyOf(context, key);
        if ('failures' in outcome) return outcome.failures;
        return outcome.tally.passed ? fail('vote.passed', outcome.tally.explanation.vi, outcome.tally.explanation.en, cite.art8_1) : ok;
      },
    };
  }
  if (names.notPassed !== undefined) {
    guards[names.notPassed] = {
      description: { vi: 'Chưa có biểu quyết đạt', en: 'No vote has passed' },
      needsActor: false,
      parameters: ['tieRule'],
      check(context) {
        const meeting = context.snapshot[key];
        if (meeting === null || !isConcluded(meeting, context.snapshot.parties.proposerId)) return ok;
        const outcome = tallyOf(context, key);
        if ('tally' in outcome && outcome.tally.passed) {
          return fail(
            'vote.passed',
            'Tập thể lãnh đạo đã biểu quyết thông qua; người đứng đầu ban hành quyết định phê duyệt.',
            'The collective voted in favour; the head issues the approval decision.',
            cite.art8_1,
          );
        }
        return ok;
      },
    };
  }
  return guards;
}

function opinionGuards(
  key: 'partyOpinion' | 'partyOpinionOnResults',
  names: { notRequested: string; awaited: string; recorded: string },
): Record<string, GuardDefinition> {
  const stage: LocalizedText =
    key === 'partyOpinion'
      ? { vi: 'trước khi phê duyệt', en: 'before approval' }
      : { vi: 'trước khi đánh giá kết quả', en: 'before evaluating the results' };
  return {
    [names.notRequested]: {
      description: { vi: `Chưa xin ý kiến cấp ủy ${stage.vi}`, en: `Party committee not yet consulted ${stage.en}` },
      needsActor: false,
      parameters: [],
      check(context) {
        return context.snapshot[key].requested
          ? fail('party_opinion.already_requested', 'Đã gửi xin ý kiến cấp ủy.', "The Party committee's opinion was already requested.")
          : ok;
      },
    },
    [names.awaited]: {
      description: { vi: `Đang chờ ý kiến cấp ủy ${stage.vi}`, en: `Awaiting the Party committee's opinion ${stage.en}` },
      needsActor: false,
      parameters: [],
      check(context) {
        const step = context.snapshot[key];
        if (!step.requested) {
          return fail(
            'party_opinion.not_requested',
            'Chưa gửi xin ý kiến cấp ủy.',
            "The Party committee's opinion has not been requested.",
          );
        }
        return step.recorded
          ? fail('party_opinion.already_recorded', 'Đã ghi nhận ý kiến cấp ủy.', "The Party committee's opinion is already recorded.")
          : ok;
      },
    },
    [names.recorded]: {
      description: { vi: `Đã có ý kiến cấp ủy ${stage.vi}`, en: `The Party committee's opinion is recorded ${stage.en}` },
      needsActor: false,
      parameters: [],
      check(context) {
        return context.snapshot[key].recorded
          ? ok
          : fail(
              'party_opinion.missing',
              `Phải báo cáo, xin ý kiến cấp ủy, tổ chức đảng cùng cấp ${stage.vi}.`,
              `The same-level Party committee's opinion must be obtained ${stage.en}.`,
              cite.art4_3,
            );
      },
    },
  };
}

/** The built-in guards, by name. Definitions may use exactly these. */
export const guardRegistry: Readonly<Record<string, GuardDefinition>> = {
  submissionAcceptable: {
    description: {
      vi: 'Kế hoạch và người đề xuất đáp ứng điều kiện tiếp nhận',
      en: 'The plan and the proposer meet the intake conditions',
    },
    needsActor: false,
    parameters: [],
    check({ snapshot, definition }) {
      if (snapshot.submission === null) {
        return fail('proposal.plan_missing', 'Chưa có kế hoạch đề xuất.', 'There is no proposal plan.', cite.art7);
      }
      return checkSubmission(snapshot.submission.plan, snapshot.submission.proposer, {
        eligibleCategories: definition.proposerCategories.categories,
        categoryCitation: definition.proposerCategories.citation,
      }).map(({ code, vi, en, citation, status, field }) => ({ code, vi, en, citation, status, ...(field ? { field } : {}) }));
    },
  },
  routedToEmployingAgency: {
    description: { vi: 'Trình người đứng đầu cơ quan sử dụng cán bộ', en: "Routed to the employing agency's head" },
    needsActor: false,
    parameters: [],
    check: ({ snapshot }) =>
      snapshot.routing === 'employing'
        ? ok
        : fail('routing.superior', 'Đề xuất do cơ quan cấp trên xem xét.', 'The superior agency decides this proposal.', cite.art7_4),
  },
  routedToSuperiorAgency: {
    description: { vi: 'Trình người đứng đầu cơ quan cấp trên', en: "Routed to the superior agency's head" },
    needsActor: false,
    parameters: [],
    check: ({ snapshot }) =>
      snapshot.routing === 'superior'
        ? ok
        : fail(
            'routing.employing',
            'Đề xuất do cơ quan sử dụng cán bộ xem xét.',
            'The employing agency decides this proposal.',
            cite.art7_4,
          ),
  },
  ...opinionGuards('partyOpinion', {
    notRequested: 'partyOpinionNotRequested',
    awaited: 'partyOpinionAwaited',
    recorded: 'partyOpinionRecorded',
  }),
  ...opinionGuards('partyOpinionOnResults', {
    notRequested: 'partyOpinionOnResultsNotRequested',
    awaited: 'partyOpinionOnResultsAwaited',
    recorded: 'partyOpinionOnResultsRecorded',
  }),
  ordinaryTrack: {
    description: { vi: 'Đề xuất thông thường', en: 'Ordinary proposal' },
    needsActor: false,
    parameters: [],
    check: ({ snapshot }) =>
      snapshot.track === 'ordinary'
        ? ok
        : fail('track.wide_scope', 'Đề xuất có phạm vi rộng, phức tạp.', 'Wide-scope proposal.', cite.art8_2),
  },
  wideScopeTrack: {
    description: { vi: 'Đề xuất phạm vi rộng, phức tạp, liên ngành', en: 'Wide-scope, complex or multi-sector proposal' },
    needsActor: false,
    parameters: [],
    check: ({ snapshot }) =>
      snapshot.track === 'wideScope' ? ok : fail('track.ordinary', 'Đề xuất thông thường.', 'Ordinary proposal.', cite.art8_2),
  },
  consultationsAwaited: {
    description: { vi: 'Còn cơ quan liên quan chưa cho ý kiến', en: 'A related agency has yet to answer' },
    needsActor: false,
    parameters: [],
    check: ({ snapshot }) =>
      snapshot.consultations.some((c) => c.status === 'requested')
        ? ok
        : fail('consultation.none_pending', 'Không còn yêu cầu lấy ý kiến đang chờ.', 'No consultation is pending.'),
  },
  consultationsClosed: {
    description: { vi: 'Các cơ quan liên quan đã cho ý kiến hoặc hết hạn', en: 'Every related agency answered or its time lapsed' },
    needsActor: false,
    parameters: [],
    check: ({ snapshot }) => {
      const pending = snapshot.consultations.filter((c) => c.status === 'requested');
      return pending.length === 0
        ? ok
        : fail(
            'consultation.pending',
            `Còn ${pending.length} cơ quan liên quan chưa cho ý kiến.`,
            `${pending.length} related agencies have yet to answer.`,
            cite.art8_2,
          );
    },
  },
  ...meetingGuards(
    'approvalMeeting',
    {
      canBeScheduled: 'meetingCanBeScheduled',
      open: 'meetingOpen',
      actorEntitled: 'actorEntitledToVote',
      actorHasNotVoted: 'actorHasNotVoted',
      concluded: 'allMembersVotedOrMeetingClosed',
      passed: 'votePassed',
      failed: 'voteFailed',
      notPassed: 'voteNotPassed',
    },
    false,
  ),
  ...meetingGuards(
    'evaluationMeeting',
    {
      canBeScheduled: 'evaluationMeetingCanBeScheduled',
      open: 'evaluationMeetingOpen',
      actorEntitled: 'actorEntitledToVoteOnEvaluation',
      actorHasNotVoted: 'actorHasNotVotedOnEvaluation',
      concluded: 'allEvaluationMembersVotedOrMeetingClosed',
      passed: 'evaluationVotePassed',
    },
    // A failed evaluation vote means the draft conclusion was not adopted: the head puts a
    // revised conclusion to a new meeting rather than deciding alone.
    true,
  ),
  resultNotNotified: {
    description: { vi: 'Chưa thông báo kết quả đánh giá', en: 'The evaluation result has not been notified' },
    needsActor: false,
    parameters: [],
    check: ({ snapshot }) =>
      snapshot.resultNotified ? fail('evaluation.already_notified', 'Đã thông báo kết quả.', 'The result was already notified.') : ok,
  },
  outcomeCompleted: {
    description: { vi: 'Đề xuất được đánh giá hoàn thành', en: 'The proposal was evaluated as completed' },
    needsActor: false,
    parameters: [],
    check: ({ snapshot }) =>
      snapshot.evaluation?.outcome === 'completed'
        ? ok
        : fail(
            'encouragement.not_completed',
            'Chỉ đề xuất hoàn thành mới được biểu dương, khen thưởng, ưu tiên theo Điều 10.',
            'Only completed proposals receive the Art. 10 encouragement.',
            cite.art10,
          ),
  },
};

export const guardNames: readonly string[] = Object.keys(guardRegistry);
