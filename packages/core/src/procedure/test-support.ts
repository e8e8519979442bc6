/**
 * Test fixtures and a minimal reference "server" for scenario tests: it applies a command to
 * a case snapshot the way the use cases will (after `assertCanFire`), so the engine can be
 * driven through whole lifecycles. Not exported from index.ts; production code must not use it.
 */
import type { CaseActor, CaseParties, CaseSnapshot } from './case-snapshot.ts';
import { initialCaseSnapshot } from './case-snapshot.ts';
import type { ProcedureDefinition } from './definition-schema.ts';
import { assertCanFire, nextState } from './engine.ts';
import type { EvaluationOutcome } from './protection.ts';
import type { ProposalPlan, ProposerProfile } from './submission.ts';
import type { CollectiveMember, VoteChoice } from './voting.ts';

export const people = {
  head: 'p-head',
  deputy1: 'p-deputy-1',
  deputy2: 'p-deputy-2',
  /** A deputy who is also the proposer (recused from votes). */
  proposer: 'p-deputy-proposer',
  superiorHead: 'p-superior-head',
  party: 'p-party',
  implementer: 'p-implementer',
  personnel: 'p-personnel',
  agency: 'p-agency',
  outsider: 'p-outsider',
} as const;

export function actor(personId: string, roles: CaseActor['roles'] = []): CaseActor {
  return { personId, roles };
}

export function validPlan(overrides: Partial<ProposalPlan> = {}): ProposalPlan {
  return {
    title: 'Một cửa liên thông cấp xã trên nền tảng số',
    pilotsLegalNormativeDocument: false,
    contents: {
      necessity: 'Hồ sơ đất đai tồn đọng.',
      purpose: 'Rút ngắn thời gian giải quyết.',
      requirements: 'Không phát sinh chi phí cho người dân.',
      bottleneck: 'Quy trình luân chuyển giấy.',
      legalGap: 'Chưa có quy định về luân chuyển điện tử giữa hai cấp.',
      tasksAndSolutions: 'Số hóa, luân chuyển điện tử.',
      scope: 'Ba xã.',
      implementers: 'Văn phòng UBND xã.',
      duration: '6 tháng.',
      resources: '200 triệu đồng.',
      feasibility: 'Đã có hạ tầng.',
      positiveImpacts: 'Giảm thời gian.',
      negativeImpacts: 'Không đáng kể.',
      expectedEffectiveness: 'Giảm 50% thời gian.',
    },
    conditions: {
      removesUnregulatedBottleneck: 'Chưa có quy định.',
      commonInterestAndPracticalValue: 'Người dân được lợi.',
      urgentNeedWithoutHarm: 'Tồn đọng lớn, không ảnh hưởng an ninh.',
      promotesDecentralisationReformOrIt: 'Ứng dụng công nghệ thông tin.',
    },
    declarations: {
      withinCompetence: true,
      noContravention: true,
      noPersonalOrGroupBenefit: true,
      relatedParties: [],
    },
    ...overrides,
  };
}

export function eligibleProposer(overrides: Partial<ProposerProfile> = {}): ProposerProfile {
  return { personId: people.proposer, category: 'administrative_leader', holdsLeadershipPost: true, ...overrides };
}

export function parties(overrides: Partial<CaseParties> = {}): CaseParties {
  return {
    proposerId: people.proposer,
    employingHeadId: people.head,
    superiorHeadId: people.superiorHead,
    partyCommitteeIds: [people.party],
    implementerIds: [people.implementer, people.proposer],
    personnelOfficerIds: [people.personnel],
    relatedAgencyContactIds: [people.agency],
    ...overrides,
  };
}

export const collective: CollectiveMember[] = [
  { personId: people.head, role: 'head' },
  { personId: people.deputy1, role: 'deputy' },
  { personId: people.deputy2, role: 'deputy' },
  { personId: people.proposer, role: 'deputy' },
];

export function newCase(definition: ProcedureDefinition, overrides: Partial<CaseSnapshot> = {}): CaseSnapshot {
  return {
    ...initialCaseSnapshot({
      initialState: definition.initialState,
      routing: 'employing',
      parties: parties(),
      submission: { plan: validPlan(), proposer: eligibleProposer() },
    }),
    ...overrides,
  };
}

export interface CommandInput {
  meetingDate?: string;
  members?: CollectiveMember[];
  choice?: VoteChoice;
  agencies?: string[];
  agencyId?: string;
  pilotEndDate?: string;
  outcome?: EvaluationOutcome;
}

/**
 * Check with the engine, then change the snapshot as the server's projection would. Only
 * the facts the guards read are modelled.
 */
export function fire(
  definition: ProcedureDefinition,
  snapshot: CaseSnapshot,
  by: CaseActor,
  action: string,
  input: CommandInput = {},
): CaseSnapshot {
  assertCanFire(definition, snapshot, by, action);
  const s: CaseSnapshot = { ...snapshot, state: nextState(definition, snapshot.state, action) };
  const meeting = (date = '2026-03-10') => ({
    date: input.meetingDate ?? date,
    members: input.members ?? collective,
    ballots: [],
    closed: false,
  });
  switch (action) {
    case 'requestPartyOpinion':
      return { ...s, partyOpinion: { requested: true, recorded: false } };
    case 'recordPartyOpinion':
      return { ...s, partyOpinion: { requested: true, recorded: true } };
    case 'consultRelatedAgencies':
      return {
        ...s,
        track: 'wideScope',
        consultations: [
          ...s.consultations,
          ...(input.agencies ?? ['agency-1']).map((agencyId) => ({ agencyId, status: 'requested' as const })),
        ],
      };
    case 'recordAgencyOpinion':
      return {
        ...s,
        consultations: s.consultations.map((c) => (c.agencyId === input.agencyId ? { ...c, status: 'answered' as const } : c)),
      };
    case 'scheduleMeeting':
      return { ...s, approvalMeeting: meeting() };
    case 'recordVote':
      return {
        ...s,
        approvalMeeting: s.approvalMeeting && {
          ...s.approvalMeeting,
          ballots: [...s.approvalMeeting.ballots, { personId: by.personId, choice: input.choice ?? 'for' }],
        },
      };
    case 'closeMeeting':
      return { ...s, approvalMeeting: s.approvalMeeting && { ...s.approvalMeeting, closed: true } };
    case 'returnForRevision':
      // A revised plan needs a fresh opinion and a fresh meeting.
      return { ...s, approvalMeeting: null, partyOpinion: { requested: false, recorded: false }, consultations: [], track: 'ordinary' };
    case 'escalate':
      // The superior agency has its own Party committee and collective.
      return { ...s, routing: 'superior', approvalMeeting: null, partyOpinion: { requested: false, recorded: false } };
    case 'approveScope':
    case 'adjustScope':
      return { ...s, pilotEndDate: input.pilotEndDate ?? s.pilotEndDate ?? '2026-09-30' };
    case 'requestPartyOpinionOnResults':
      return { ...s, partyOpinionOnResults: { requested: true, recorded: false } };
    case 'recordPartyOpinionOnResults':
      return { ...s, partyOpinionOnResults: { requested: true, recorded: true } };
    case 'scheduleEvaluation':
      return { ...s, evaluationMeeting: meeting('2026-10-10') };
    case 'recordEvaluationVote':
      return {
        ...s,
        evaluationMeeting: s.evaluationMeeting && {
          ...s.evaluationMeeting,
          ballots: [...s.evaluationMeeting.ballots, { personId: by.personId, choice: input.choice ?? 'for' }],
        },
      };
    case 'closeEvaluationMeeting':
      return { ...s, evaluationMeeting: s.evaluationMeeting && { ...s.evaluationMeeting, closed: true } };
    case 'recordEvaluation':
      return { ...s, evaluation: { outcome: input.outcome ?? 'completed' } };
    case 'notifyResult':
      return { ...s, resultNotified: true };
    default:
      return s;
  }
}

/** Allowed action ids for an actor, for compact assertions. */
export function allowedIds(list: ReadonlyArray<{ action: string; allowed: boolean }>): string[] {
  return list.filter((a) => a.allowed).map((a) => a.action);
}
