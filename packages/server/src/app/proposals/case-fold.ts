/**
 * The case snapshot the engine reads, folded from the case's events. Pure and shared: the use
 * case folds the event it is about to record (to plan timers on the state *after* it), and the
 * projector folds the recorded event into `proposals.snapshot`, so both see the same case.
 * It mirrors core's reference `fire()` (procedure/test-support.ts), driven by real payloads.
 */
import { initialCaseSnapshot } from '@khien/core/procedure';
import type {
  Ballot,
  CaseParties,
  CaseSnapshot,
  CollectiveMember,
  EvaluationOutcome,
  MeetingSnapshot,
  ProposalPlan,
  ProposerProfile,
  RoutingLevel,
} from '@khien/core/procedure';
import { PROPOSAL_EVENTS as E } from './events.ts';

type Payload = Record<string, unknown>;

export interface MeetingPayload {
  id: string;
  date: string;
  members: CollectiveMember[];
}

function meetingOf(payload: Payload): MeetingSnapshot {
  const meeting = payload['meeting'] as MeetingPayload;
  return { date: meeting.date, members: meeting.members, ballots: [], closed: false };
}

function withBallot(meeting: MeetingSnapshot | null, ballot: Ballot): MeetingSnapshot | null {
  return meeting && { ...meeting, ballots: [...meeting.ballots, { personId: ballot.personId, choice: ballot.choice }] };
}

function closed(meeting: MeetingSnapshot | null): MeetingSnapshot | null {
  return meeting && { ...meeting, closed: true };
}

/** The snapshot after one event; `null` before the first (draft_created) event. */
export function foldCase(before: CaseSnapshot | null, type: string, payload: Payload): CaseSnapshot {
  if (type === E.createDraft) {
    return initialCaseSnapshot({
      initialState: payload['toState'] as string,
      routing: 'employing',
      parties: payload['parties'] as CaseParties,
      submission: { plan: payload['plan'] as ProposalPlan, proposer: payload['proposer'] as ProposerProfile },
    });
  }
  if (before === null) throw new Error(`proposal event ${type} before the draft was created`);
  const s: CaseSnapshot = { ...before, state: (payload['toState'] as string | undefined) ?? before.state };
  switch (type) {
    case E.updateDraft:
      return {
        ...s,
        // Events recorded before implementers became editable carry no implementerIds.
        parties: payload['implementerIds'] ? { ...s.parties, implementerIds: payload['implementerIds'] as string[] } : s.parties,
        submission: { plan: payload['plan'] as ProposalPlan, proposer: payload['proposer'] as ProposerProfile },
      };
    case E.submit:
      return {
        ...s,
        routing: payload['routing'] as RoutingLevel,
        parties: payload['parties'] as CaseParties,
        submission: { plan: payload['plan'] as ProposalPlan, proposer: payload['proposer'] as ProposerProfile },
      };
    case E.requestPartyOpinion:
      return {
        ...s,
        partyOpinion: { requested: true, recorded: false },
        parties: { ...s.parties, partyCommitteeIds: payload['partyCommitteeIds'] as string[] },
      };
    case E.recordPartyOpinion:
      return { ...s, partyOpinion: { requested: true, recorded: true } };
    case E.consultRelatedAgencies: {
      const requests = payload['consultations'] as Array<{ agencyId: string; contactIds: string[] }>;
      return {
        ...s,
        track: 'wideScope',
        consultations: [...s.consultations, ...requests.map((r) => ({ agencyId: r.agencyId, status: 'requested' as const }))],
        parties: {
          ...s.parties,
          relatedAgencyContactIds: [...new Set([...s.parties.relatedAgencyContactIds, ...requests.flatMap((r) => r.contactIds)])],
        },
      };
    }
    case E.recordAgencyOpinion:
      return {
        ...s,
        consultations: s.consultations.map((c) =>
          c.agencyId === payload['agencyId'] && c.status === 'requested' ? { ...c, status: 'answered' as const } : c,
        ),
      };
    case E.scheduleMeeting:
      return { ...s, approvalMeeting: meetingOf(payload) };
    case E.recordVote:
      return { ...s, approvalMeeting: withBallot(s.approvalMeeting, payload['ballot'] as Ballot) };
    case E.closeMeeting:
      return { ...s, approvalMeeting: closed(s.approvalMeeting) };
    case E.returnForRevision:
      // A revised plan needs a fresh opinion and a fresh meeting.
      return { ...s, approvalMeeting: null, partyOpinion: { requested: false, recorded: false }, consultations: [], track: 'ordinary' };
    case E.escalate:
      // The superior agency has its own Party committee and collective.
      return {
        ...s,
        routing: 'superior',
        parties: payload['parties'] as CaseParties,
        approvalMeeting: null,
        partyOpinion: { requested: false, recorded: false },
      };
    case E.approveScope:
      return {
        ...s,
        pilotEndDate: (payload['envelope'] as { pilotEndDate: string }).pilotEndDate,
        parties: { ...s.parties, implementerIds: payload['implementerIds'] as string[] },
      };
    case E.adjustScope:
      return { ...s, pilotEndDate: payload['pilotEndDate'] as string };
    case E.requestPartyOpinionOnResults:
      return {
        ...s,
        partyOpinionOnResults: { requested: true, recorded: false },
        parties: { ...s.parties, partyCommitteeIds: payload['partyCommitteeIds'] as string[] },
      };
    case E.recordPartyOpinionOnResults:
      return { ...s, partyOpinionOnResults: { requested: true, recorded: true } };
    case E.scheduleEvaluation:
      return { ...s, evaluationMeeting: meetingOf(payload) };
    case E.recordEvaluationVote:
      return { ...s, evaluationMeeting: withBallot(s.evaluationMeeting, payload['ballot'] as Ballot) };
    case E.closeEvaluationMeeting:
      return { ...s, evaluationMeeting: closed(s.evaluationMeeting) };
    case E.recordEvaluation:
      return { ...s, evaluation: { outcome: payload['outcome'] as EvaluationOutcome } };
    case E.notifyResult:
      return { ...s, resultNotified: true };
    case E.deadlineOverdue: {
      // A related agency that did not answer in time no longer holds up the vote (Art. 8(2) [U]).
      const lapsed = new Set((payload['lapsedAgencyIds'] as string[] | undefined) ?? []);
      return {
        ...s,
        consultations: s.consultations.map((c) =>
          lapsed.has(c.agencyId) && c.status === 'requested' ? { ...c, status: 'lapsed' as const } : c,
        ),
      };
    }
    default:
      return s;
  }
}
