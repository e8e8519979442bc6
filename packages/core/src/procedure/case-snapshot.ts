/**
 * The case as the engine sees it: the few facts its guards read, nothing more. The server
 * builds it from its projections (or by folding the ledger); the browser gets the same
 * object with the case view, so both ask the engine the same question and get the same
 * answer. It holds no clock: whether a deadline has passed is the timer job's business,
 * recorded as facts (e.g. a consultation `lapsed`).
 */
import type { SystemRole } from '../authorization.ts';
import type { CaseRelation } from './definition-schema.ts';
import type { EvaluationOutcome } from './protection.ts';
import type { RoutingLevel } from './routing.ts';
import type { ProposalPlan, ProposerProfile } from './submission.ts';
import type { Ballot, CollectiveMember, IsoDate } from './voting.ts';

export interface MeetingSnapshot {
  date: IsoDate;
  /** Head + deputies in office on `date` (`leadershipCollectiveOn`). */
  members: readonly CollectiveMember[];
  ballots: readonly Ballot[];
  /** Closed by the chair: members who have not voted are then counted absent. */
  closed: boolean;
}

/** A request for the Party committee's opinion (Art. 4(3)). */
export interface OpinionStep {
  requested: boolean;
  recorded: boolean;
}

export interface ConsultationSnapshot {
  agencyId: string;
  /** `lapsed` is recorded by the timer job when the due date passes without an answer. */
  status: 'requested' | 'answered' | 'lapsed';
}

export interface CaseParties {
  proposerId: string;
  employingHeadId: string | null;
  superiorHeadId: string | null;
  /** People who act for the same-level Party committee in this system. */
  partyCommitteeIds: readonly string[];
  implementerIds: readonly string[];
  /** Personnel officers of the proposer's employing agency. */
  personnelOfficerIds: readonly string[];
  /** Contacts of agencies consulted on the wide-scope track. */
  relatedAgencyContactIds: readonly string[];
}

export interface CaseSnapshot {
  state: string;
  /** Art. 7(4): who decides; `superior` when the proposer is the head, or after escalation. */
  routing: RoutingLevel;
  /** Art. 8(2) [U]: wide-scope proposals consult related agencies and get a longer limit. */
  track: 'ordinary' | 'wideScope';
  parties: CaseParties;
  /** The draft being submitted; read by the `submissionAcceptable` guard. */
  submission: { plan: ProposalPlan; proposer: ProposerProfile } | null;
  partyOpinion: OpinionStep;
  partyOpinionOnResults: OpinionStep;
  consultations: readonly ConsultationSnapshot[];
  approvalMeeting: MeetingSnapshot | null;
  evaluationMeeting: MeetingSnapshot | null;
  /** The pilot end date in force (approved scope plus adjust decisions); `null` before approval. */
  pilotEndDate: IsoDate | null;
  evaluation: { outcome: EvaluationOutcome } | null;
  resultNotified: boolean;
}

/** The person asking, with system roles; relations to the case are derived from the snapshot. */
export interface CaseActor {
  personId: string;
  roles?: readonly SystemRole[];
  /** Extra relations the server knows and the snapshot cannot show (rarely needed). */
  relations?: readonly CaseRelation[];
}

export function relationsToCase(snapshot: CaseSnapshot, actor: CaseActor): Set<CaseRelation> {
  const { parties } = snapshot;
  const id = actor.personId;
  const relations = new Set<CaseRelation>(actor.relations ?? []);
  if (parties.proposerId === id) relations.add('proposer');
  if (parties.employingHeadId === id) relations.add('employingHead');
  if (parties.superiorHeadId === id) relations.add('superiorHead');
  const inMeeting = (meeting: MeetingSnapshot | null) => meeting !== null && meeting.members.some((member) => member.personId === id);
  if (inMeeting(snapshot.approvalMeeting) || inMeeting(snapshot.evaluationMeeting)) {
    relations.add('collectiveMember');
  }
  if (parties.partyCommitteeIds.includes(id)) relations.add('partyCommittee');
  if (parties.implementerIds.includes(id)) relations.add('implementer');
  if (parties.personnelOfficerIds.includes(id)) relations.add('personnelOfficer');
  if (parties.relatedAgencyContactIds.includes(id)) relations.add('relatedAgency');
  return relations;
}

/** A new case in the definition's initial state: the starting point for the server's fold. */
export function initialCaseSnapshot(input: {
  initialState: string;
  routing: RoutingLevel;
  parties: CaseParties;
  submission?: CaseSnapshot['submission'];
}): CaseSnapshot {
  return {
    state: input.initialState,
    routing: input.routing,
    track: 'ordinary',
    parties: input.parties,
    submission: input.submission ?? null,
    partyOpinion: { requested: false, recorded: false },
    partyOpinionOnResults: { requested: false, recorded: false },
    consultations: [],
    approvalMeeting: null,
    evaluationMeeting: null,
    pilotEndDate: null,
    evaluation: null,
    resultNotified: false,
  };
}
