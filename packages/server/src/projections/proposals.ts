/**
 * Projectors of the proposal lifecycle, the calendar overrides and procedure variants.
 * Deterministic functions of the event: they read only the event (payload, index, time) and
 * the tables they themselves maintain — never a clock — so `khien verify` can replay them
 * into a scratch schema and compare. Tables written here: PROPOSAL_PROJECTION_TABLES.
 */
import { sql, type Kysely } from 'kysely';
import { foldForSearch, vietnameseSortKey } from '@khien/core';
import type { CaseSnapshot } from '@khien/core/procedure';
import { foldCase, type MeetingPayload } from '../app/proposals/case-fold.ts';
import {
  CALENDAR_EVENTS,
  PROCEDURE_EVENTS,
  PROPOSAL_EVENTS as E,
  type ArmedTimer,
  type CalendarOverridesSet,
  type CaseEventBase,
  type ProcedureVariantAdopted,
} from '../app/proposals/events.ts';
import type { DB } from '../db/schema.ts';
import type { RecordedEvent } from '../ledger/append.ts';
import type { Projector } from './projector.ts';
import { projectStatistics } from './statistics.ts';

/** Read tables these projectors own (for replay comparison). */
export const PROPOSAL_PROJECTION_TABLES = [
  'procedure_variants',
  'calendar_overrides',
  'proposals',
  'proposal_participants',
  'proposal_meetings',
  'proposal_ballots',
  'proposal_opinions',
  'proposal_decisions',
  'proposal_scopes',
  'proposal_kpis',
  'proposal_resources',
  'proposal_progress_reports',
  'proposal_incidents',
  'proposal_inspections',
  'proposal_completion_reports',
  'proposal_evaluations',
  'proposal_causes',
  'proposal_protections',
  'proposal_encouragements',
  'proposal_attachments',
  'proposal_deadlines',
  'proposal_statistics',
] as const;

type P = CaseEventBase & Record<string, unknown>;
const json = (value: unknown) => JSON.stringify(value ?? null);

interface DecisionPayload {
  id: string;
  kind: string;
  reasons: string | null;
  personalResponsibility: boolean;
  details: Record<string, unknown>;
}

interface PlanLike {
  title: string;
}

function searchColumns(code: string, title: string) {
  return { search_key: foldForSearch(`${title} ${code}`), sort_key: vietnameseSortKey(title) };
}

async function insertDecision(tx: Kysely<DB>, event: RecordedEvent, p: P): Promise<void> {
  const d = p['decision'] as DecisionPayload;
  await tx
    .insertInto('proposal_decisions')
    .values({
      id: d.id,
      proposal_id: p.proposalId,
      kind: d.kind,
      decided_by: p.byPersonId,
      reasons: d.reasons,
      personal_responsibility: d.personalResponsibility,
      details: json(d.details),
      event_idx: event.index,
      decided_at: event.time,
    })
    .execute();
}

async function applyTimers(tx: Kysely<DB>, event: RecordedEvent, p: P): Promise<void> {
  const { arm, disarm } = p.timers;
  if (disarm.length > 0) {
    await tx
      .updateTable('proposal_deadlines')
      .set({ status: 'stopped', stopped_at: event.time })
      .where('proposal_id', '=', p.proposalId)
      .where('timer_id', 'in', disarm)
      .where('status', '=', 'open')
      .execute();
  }
  for (const t of arm as ArmedTimer[]) {
    await tx.deleteFrom('proposal_deadlines').where('proposal_id', '=', p.proposalId).where('timer_id', '=', t.timerId).execute();
    await tx
      .insertInto('proposal_deadlines')
      .values({
        proposal_id: p.proposalId,
        timer_id: t.timerId,
        label: json(t.label),
        citation: t.citation,
        rule_status: t.status,
        status: 'open',
        armed_idx: event.index,
        armed_at: event.time,
        due_on: t.dueOn,
        due_at: t.dueAt,
        remind_at: json(t.remindAt),
        holder_relation: t.holderRelation,
        holder_ids: json(t.holderIds),
        escalate_ids: json(t.escalateIds),
        overdue_at: null,
        stopped_at: null,
      })
      .execute();
  }
}

/** Everyone who stands in a relation to the case; kept once added (who saw a case is history). */
async function addParticipants(tx: Kysely<DB>, proposalId: string, snapshot: CaseSnapshot): Promise<void> {
  const p = snapshot.parties;
  const rows: Array<{ person_id: string; relation: string }> = [];
  const add = (ids: readonly (string | null)[], relation: string) => {
    for (const id of ids) if (id && !id.startsWith('account:')) rows.push({ person_id: id, relation });
  };
  add([p.proposerId], 'proposer');
  add([p.employingHeadId], 'employingHead');
  add([p.superiorHeadId], 'superiorHead');
  add(p.partyCommitteeIds, 'partyCommittee');
  add(p.implementerIds, 'implementer');
  add(p.personnelOfficerIds, 'personnelOfficer');
  add(p.relatedAgencyContactIds, 'relatedAgency');
  add(
    (snapshot.approvalMeeting?.members ?? []).map((m) => m.personId),
    'collectiveMember',
  );
  add(
    (snapshot.evaluationMeeting?.members ?? []).map((m) => m.personId),
    'collectiveMember',
  );
  if (rows.length === 0) return;
  await tx
    .insertInto('proposal_participants')
    .values(rows.map((r) => ({ proposal_id: proposalId, ...r })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

async function answerOpinion(tx: Kysely<DB>, event: RecordedEvent, p: P): Promise<void> {
  await tx
    .updateTable('proposal_opinions')
    .set({ status: 'answered', opinion: p['opinion'] as string, answered_by: p.byPersonId, answered_at: event.time })
    .where('id', '=', p['opinionId'] as string)
    .execute();
}

async function requestOpinion(tx: Kysely<DB>, event: RecordedEvent, p: P, kind: string): Promise<void> {
  await tx
    .insertInto('proposal_opinions')
    .values({
      id: p['opinionId'] as string,
      proposal_id: p.proposalId,
      kind,
      agency_id: (p['partyCommitteeOrganisationId'] as string | null) ?? null,
      contact_ids: json(p['partyCommitteeIds']),
      status: 'requested',
      due_on: null,
      opinion: null,
      answered_by: null,
      requested_at: event.time,
      answered_at: null,
    })
    .execute();
}

async function scheduleMeeting(tx: Kysely<DB>, event: RecordedEvent, p: P, kind: string): Promise<void> {
  const m = p['meeting'] as MeetingPayload;
  await tx
    .insertInto('proposal_meetings')
    .values({
      id: m.id,
      proposal_id: p.proposalId,
      kind,
      meeting_date: m.date,
      members: json(m.members),
      tally: null,
      scheduled_by: p.byPersonId,
      scheduled_at: event.time,
      closed_at: null,
    })
    .execute();
}

async function castBallot(tx: Kysely<DB>, event: RecordedEvent, p: P): Promise<void> {
  const ballot = p['ballot'] as { personId: string; choice: string; reason?: string | null };
  await tx
    .insertInto('proposal_ballots')
    .values({
      meeting_id: p['meetingId'] as string,
      person_id: ballot.personId,
      choice: ballot.choice,
      reason: ballot.reason ?? null,
      cast_at: event.time,
    })
    .execute();
}

async function closeMeeting(tx: Kysely<DB>, event: RecordedEvent, p: P): Promise<void> {
  await tx
    .updateTable('proposal_meetings')
    .set({ closed: true, closed_at: event.time, tally: json(p['tally']) })
    .where('id', '=', p['meetingId'] as string)
    .execute();
}

/** What each event adds to the detail tables, beyond the common case update. */
const details: Partial<Record<string, (tx: Kysely<DB>, event: RecordedEvent, p: P) => Promise<void>>> = {
  [E.requestPartyOpinion]: (tx, e, p) => requestOpinion(tx, e, p, 'party'),
  [E.recordPartyOpinion]: answerOpinion,
  [E.requestPartyOpinionOnResults]: (tx, e, p) => requestOpinion(tx, e, p, 'partyOnResults'),
  [E.recordPartyOpinionOnResults]: answerOpinion,
  [E.consultRelatedAgencies]: async (tx, event, p) => {
    const list = p['consultations'] as Array<{ opinionId: string; agencyId: string; contactIds: string[]; dueOn: string | null }>;
    for (const c of list) {
      await tx
        .insertInto('proposal_opinions')
        .values({
          id: c.opinionId,
          proposal_id: p.proposalId,
          kind: 'agency',
          agency_id: c.agencyId,
          contact_ids: json(c.contactIds),
          status: 'requested',
          due_on: c.dueOn,
          opinion: null,
          answered_by: null,
          requested_at: event.time,
          answered_at: null,
        })
        .execute();
    }
  },
  [E.recordAgencyOpinion]: answerOpinion,
  [E.scheduleMeeting]: (tx, e, p) => scheduleMeeting(tx, e, p, 'approval'),
  [E.scheduleEvaluation]: (tx, e, p) => scheduleMeeting(tx, e, p, 'evaluation'),
  [E.recordVote]: castBallot,
  [E.recordEvaluationVote]: castBallot,
  [E.closeMeeting]: closeMeeting,
  [E.closeEvaluationMeeting]: closeMeeting,
  [E.decideApproval]: async (tx, event, p) => {
    await insertDecision(tx, event, p);
    await tx.updateTable('proposals').set({ approval_kind: 'vote', decided_at: event.time }).where('id', '=', p.proposalId).execute();
  },
  [E.decideOverride]: async (tx, event, p) => {
    await insertDecision(tx, event, p);
    await tx.updateTable('proposals').set({ approval_kind: 'override', decided_at: event.time }).where('id', '=', p.proposalId).execute();
  },
  [E.decideRejection]: async (tx, event, p) => {
    await insertDecision(tx, event, p);
    await tx.updateTable('proposals').set({ decided_at: event.time }).where('id', '=', p.proposalId).execute();
  },
  [E.returnForRevision]: insertDecision,
  [E.escalate]: async (tx, event, p) => {
    await insertDecision(tx, event, p);
    await tx
      .updateTable('proposals')
      .set({
        routing: 'superior',
        deciding_agency_id: p['decidingAgencyId'] as string,
        deciding_head_id: p['decidingHeadId'] as string | null,
        above_superior_head_id: p['aboveSuperiorHeadId'] as string | null,
      })
      .where('id', '=', p.proposalId)
      .execute();
  },
  [E.approveScope]: async (tx, event, p) => {
    await insertDecision(tx, event, p);
    const envelope = p['envelope'] as { kpis: Array<{ id: string; name: string; baseline: number; target: number; unit: string }> };
    await tx
      .insertInto('proposal_scopes')
      .values({ proposal_id: p.proposalId, envelope: json(envelope), approved_by: p.byPersonId, approved_at: event.time })
      .execute();
    if (envelope.kpis.length > 0) {
      await tx
        .insertInto('proposal_kpis')
        .values(
          envelope.kpis.map((k) => ({
            proposal_id: p.proposalId,
            kpi_id: k.id,
            name: k.name,
            baseline: k.baseline,
            target: k.target,
            unit: k.unit,
          })),
        )
        .execute();
    }
  },
  [E.assignResources]: async (tx, event, p) => {
    const list = p['resources'] as Array<{ id: string; kind: string; description: string; quantity: number | null; amount: number | null }>;
    await tx
      .insertInto('proposal_resources')
      .values(list.map((r) => ({ ...r, proposal_id: p.proposalId, assigned_by: p.byPersonId, assigned_at: event.time })))
      .execute();
  },
  [E.fileProgressReport]: async (tx, event, p) => {
    const r = p['report'] as {
      id: string;
      periodEnd: string;
      kpiActuals: unknown;
      spending: unknown;
      areas: unknown;
      objectives: unknown;
      narrative: string | null;
      attachmentIds: unknown;
    };
    await tx
      .insertInto('proposal_progress_reports')
      .values({
        id: r.id,
        proposal_id: p.proposalId,
        period_end: r.periodEnd,
        kpi_actuals: json(r.kpiActuals),
        spending: json(r.spending),
        areas: json(r.areas),
        objectives: json(r.objectives),
        narrative: r.narrative,
        attachment_ids: json(r.attachmentIds),
        reported_by: p.byPersonId,
        reported_at: event.time,
      })
      .execute();
  },
  [E.recordIncident]: async (tx, event, p) => {
    const i = p['incident'] as {
      id: string;
      occurredOn: string;
      severity: string;
      description: string;
      safeguardId: string | null;
      damage: boolean;
    };
    await tx
      .insertInto('proposal_incidents')
      .values({
        id: i.id,
        proposal_id: p.proposalId,
        occurred_on: i.occurredOn,
        severity: i.severity,
        description: i.description,
        safeguard_id: i.safeguardId,
        damage: i.damage,
        recorded_by: p.byPersonId,
        recorded_at: event.time,
      })
      .execute();
  },
  [E.recordInspection]: async (tx, event, p) => {
    const i = p['inspection'] as { id: string; inspectedOn: string; findings: string };
    await tx
      .insertInto('proposal_inspections')
      .values({
        id: i.id,
        proposal_id: p.proposalId,
        inspected_on: i.inspectedOn,
        findings: i.findings,
        inspector_id: p.byPersonId,
        recorded_at: event.time,
      })
      .execute();
  },
  [E.adjustScope]: insertDecision,
  [E.suspend]: insertDecision,
  [E.resume]: insertDecision,
  [E.terminate]: insertDecision,
  [E.reportCompletion]: async (tx, event, p) => {
    const r = p['report'] as { actualEndDate: string; results: string; kpiActuals: unknown; spending: unknown; deviations: string | null };
    await tx
      .insertInto('proposal_completion_reports')
      .values({
        proposal_id: p.proposalId,
        actual_end_date: r.actualEndDate,
        results: r.results,
        kpi_actuals: json(r.kpiActuals),
        spending: json(r.spending),
        deviations: r.deviations,
        reported_by: p.byPersonId,
        reported_at: event.time,
      })
      .execute();
  },
  [E.recordEvaluation]: async (tx, event, p) => {
    const causes = p['causes'] as Array<{ kind: string; description: string; attributedTo: string }>;
    await tx
      .insertInto('proposal_evaluations')
      .values({
        proposal_id: p.proposalId,
        outcome: p['outcome'] as string,
        extent: p['extent'] as string,
        findings: json(p['findings']),
        conclusion: (p['conclusion'] as string | null) ?? null,
        meeting_id: (p['meetingId'] as string | null) ?? null,
        evaluated_by: p.byPersonId,
        evaluated_at: event.time,
      })
      .execute();
    if (causes.length > 0) {
      await tx
        .insertInto('proposal_causes')
        .values(
          causes.map((c, position) => ({
            proposal_id: p.proposalId,
            position,
            kind: c.kind,
            description: c.description,
            attributed_to: c.attributedTo,
          })),
        )
        .execute();
    }
    await tx
      .updateTable('proposals')
      .set({ outcome: p['outcome'] as string })
      .where('id', '=', p.proposalId)
      .execute();
  },
  [E.notifyResult]: insertDecision,
  [E.determineProtection]: async (tx, event, p) => {
    const d = p['protection'] as {
      derived: string;
      derivedReasons: unknown;
      confirmed: boolean;
      protection: string;
      departureReasons: string | null;
      abuse: boolean;
      conformance: unknown;
      decree172: unknown;
    };
    await tx
      .insertInto('proposal_protections')
      .values({
        proposal_id: p.proposalId,
        derived: d.derived,
        derived_reasons: json(d.derivedReasons),
        confirmed: d.confirmed,
        protection: d.protection,
        departure_reasons: d.departureReasons,
        abuse: d.abuse,
        conformance: json(d.conformance),
        decree172: d.decree172 === null ? null : json(d.decree172),
        determined_by: p.byPersonId,
        determined_at: event.time,
      })
      .execute();
    await tx.updateTable('proposals').set({ protection: d.protection }).where('id', '=', p.proposalId).execute();
  },
  [E.recordEncouragement]: async (tx, event, p) => {
    const x = p['encouragement'] as {
      id: string;
      kind: string;
      beneficiaryKind: string;
      beneficiaryPersonId: string | null;
      beneficiaryOrganisationId: string | null;
      personnelPurposes: string[];
      earlySalaryStepMonths: number | null;
      decision: string | null;
    };
    await tx
      .insertInto('proposal_encouragements')
      .values({
        id: x.id,
        proposal_id: p.proposalId,
        kind: x.kind,
        beneficiary_kind: x.beneficiaryKind,
        beneficiary_person_id: x.beneficiaryPersonId,
        beneficiary_organisation_id: x.beneficiaryOrganisationId,
        personnel_purposes: json(x.personnelPurposes),
        early_salary_step_months: x.earlySalaryStepMonths,
        decision: x.decision,
        recorded_by: p.byPersonId,
        recorded_at: event.time,
      })
      .execute();
  },
  [E.close]: async (tx, event, p) => {
    await insertDecision(tx, event, p);
    await tx.updateTable('proposals').set({ closed_at: event.time }).where('id', '=', p.proposalId).execute();
  },
  [E.addAttachment]: async (tx, event, p) => {
    const a = p['attachment'] as {
      id: string;
      fileName: string;
      mediaType: string;
      sizeBytes: number;
      sha256: string;
      documentType: string;
      source: string;
      action: string | null;
    };
    await tx
      .insertInto('proposal_attachments')
      .values({
        id: a.id,
        proposal_id: p.proposalId,
        file_name: a.fileName,
        media_type: a.mediaType,
        size_bytes: a.sizeBytes,
        sha256: a.sha256,
        document_type: a.documentType,
        source: a.source,
        action: a.action,
        uploaded_by: p.byPersonId,
        uploaded_at: event.time,
      })
      .execute();
  },
  [E.deadlineOverdue]: async (tx, event, p) => {
    await tx
      .updateTable('proposal_deadlines')
      .set({ overdue_at: event.time })
      .where('proposal_id', '=', p.proposalId)
      .where('timer_id', '=', p['timerId'] as string)
      .where('armed_idx', '=', p['armedIdx'] as number)
      .execute();
    const lapsed = (p['lapsedAgencyIds'] as string[] | undefined) ?? [];
    if (lapsed.length > 0) {
      await tx
        .updateTable('proposal_opinions')
        .set({ status: 'lapsed' })
        .where('proposal_id', '=', p.proposalId)
        .where('kind', '=', 'agency')
        .where('status', '=', 'requested')
        .where('agency_id', 'in', lapsed)
        .execute();
    }
  },
};

async function projectCaseEvent(tx: Kysely<DB>, event: RecordedEvent): Promise<void> {
  const p = event.payload as P;
  if (event.type === E.createDraft) {
    const plan = p['plan'] as PlanLike;
    const procedure = p['procedure'] as { id: string; version: number };
    const snapshot = foldCase(null, event.type, p);
    await tx
      .insertInto('proposals')
      .values({
        id: p.proposalId,
        code: p['code'] as string,
        title: plan.title,
        state: p.toState,
        procedure_id: procedure.id,
        procedure_version: procedure.version,
        proposer_id: p['proposerId'] as string,
        employing_agency_id: p['employingAgencyId'] as string,
        employing_agency_path: p['employingAgencyPath'] as string,
        deciding_agency_id: null,
        deciding_head_id: null,
        above_superior_head_id: null,
        routing: 'employing',
        track: 'ordinary',
        plan: json(plan),
        snapshot: json(snapshot),
        approval_kind: null,
        outcome: null,
        protection: null,
        submitted_at: null,
        decided_at: null,
        closed_at: null,
        ...searchColumns(p['code'] as string, plan.title),
        created_at: event.time,
        updated_at: event.time,
      })
      .execute();
    await addParticipants(tx, p.proposalId, snapshot);
    await applyTimers(tx, event, p);
    return;
  }
  const row = await tx
    .selectFrom('proposals')
    .select(['snapshot', 'code', 'title', 'employing_agency_id', 'submitted_at'])
    .where('id', '=', p.proposalId)
    .executeTakeFirstOrThrow();
  const snapshot = foldCase(row.snapshot as CaseSnapshot, event.type, p);
  const plan = p['plan'] as PlanLike | undefined;
  const procedure = p['procedure'] as { id: string; version: number } | undefined;
  await tx
    .updateTable('proposals')
    .set({
      state: p.toState,
      snapshot: json(snapshot),
      routing: snapshot.routing,
      track: snapshot.track,
      version: sql`version + 1`,
      updated_at: event.time,
      ...(plan ? { plan: json(plan), title: plan.title, ...searchColumns(row.code, plan.title) } : {}),
      ...(procedure ? { procedure_id: procedure.id, procedure_version: procedure.version } : {}),
      ...(event.type === E.submit
        ? {
            submitted_at: event.time,
            deciding_agency_id: p['decidingAgencyId'] as string,
            deciding_head_id: p['decidingHeadId'] as string | null,
            above_superior_head_id: p['aboveSuperiorHeadId'] as string | null,
          }
        : {}),
    })
    .where('id', '=', p.proposalId)
    .execute();
  await details[event.type]?.(tx, event, p);
  await addParticipants(tx, p.proposalId, snapshot);
  await applyTimers(tx, event, p);
  // §8 counters, in the same transaction as the event (projections/statistics.ts).
  await projectStatistics(tx, event, row.employing_agency_id, row.submitted_at !== null);
}

export const proposalProjectors: Record<string, Projector> = {
  ...Object.fromEntries(Object.values(E).map((type) => [type, projectCaseEvent])),
  [CALENDAR_EVENTS.overridesSet]: async (tx, event) => {
    const p = event.payload as unknown as CalendarOverridesSet;
    await tx
      .insertInto('calendar_overrides')
      .values({ year: p.year, overrides: json(p.overrides), updated_at: event.time })
      .onConflict((oc) =>
        oc
          .column('year')
          .doUpdateSet({ overrides: json(p.overrides), updated_at: event.time, version: sql`calendar_overrides.version + 1` }),
      )
      .execute();
  },
  [PROCEDURE_EVENTS.variantAdopted]: async (tx, event) => {
    const p = event.payload as unknown as ProcedureVariantAdopted;
    await tx
      .insertInto('procedure_variants')
      .values({
        id: p.id,
        version: p.version,
        base_id: p.baseId,
        base_version: p.baseVersion,
        organisation_id: p.organisationId,
        definition: json(p.definition),
        legal_basis: json(p.legalBasis),
        adopted_at: event.time,
      })
      .execute();
  },
};
