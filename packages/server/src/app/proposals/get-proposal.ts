import type { Kysely } from 'kysely';
import type { Actor } from '@khien/core/authorization';
import { allowedActions } from '@khien/core/procedure';
import type { ProcedureDefinition } from '@khien/core/procedure';
import type { DB } from '../../db/schema.ts';
import { documentRows, toDocumentViews, type DocumentView } from '../documents/document-view.ts';
import type { Services } from '../services.ts';
import { caseActorOf, snapshotOf, visibleProposal, type ProposalRow } from './case-access.ts';
import { loadDefinition, procedureRef } from './definitions.ts';
import { actionPath, iso, type ProposalDetail, type ProposalSummary } from './proposal-view.ts';

export type { ProposalDetail } from './proposal-view.ts';

type Names = Map<string, string>;

export async function personNames(db: Kysely<DB>, ids: Iterable<string>): Promise<Names> {
  const list = [...new Set([...ids].filter((id) => /^[0-9a-f-]{36}$/.test(id)))];
  if (list.length === 0) return new Map();
  const rows = await db.selectFrom('people').select(['id', 'full_name']).where('id', 'in', list).execute();
  return new Map(rows.map((r) => [r.id, r.full_name]));
}

export async function organisationNames(db: Kysely<DB>, ids: Iterable<string | null>): Promise<Names> {
  const list = [...new Set([...ids].filter((id): id is string => id !== null))];
  if (list.length === 0) return new Map();
  const rows = await db.selectFrom('organisations').select(['id', 'name']).where('id', 'in', list).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

const ref = (names: Names, id: string | null) => (id === null ? null : { id, name: names.get(id) ?? id });

export function stateLabel(definition: ProcedureDefinition, state: string) {
  return definition.states.find((s) => s.id === state)?.label ?? { vi: state, en: state };
}

export function toSummary(
  row: ProposalRow,
  definition: ProcedureDefinition,
  people: Names,
  orgs: Names,
  nextDue: ProposalSummary['nextDue'],
): ProposalSummary {
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    state: row.state,
    stateLabel: stateLabel(definition, row.state),
    procedure: procedureRef({ id: row.procedure_id, version: row.procedure_version }),
    proposer: ref(people, row.proposer_id),
    employingAgency: { id: row.employing_agency_id, name: orgs.get(row.employing_agency_id) ?? row.employing_agency_id },
    decidingAgency: row.deciding_agency_id ? { id: row.deciding_agency_id, name: orgs.get(row.deciding_agency_id) ?? '' } : null,
    routing: row.routing as 'employing' | 'superior',
    approvalKind: row.approval_kind as 'vote' | 'override' | null,
    outcome: row.outcome,
    protection: row.protection,
    nextDue,
    submittedAt: iso(row.submitted_at),
    createdAt: iso(row.created_at)!,
    updatedAt: iso(row.updated_at)!,
    version: row.version,
  };
}

export async function deadlinesOf(db: Kysely<DB>, proposalIds: string[], now: Date) {
  if (proposalIds.length === 0) return [];
  const rows = await db
    .selectFrom('proposal_deadlines')
    .selectAll()
    .where('proposal_id', 'in', proposalIds)
    .orderBy('due_at')
    .orderBy('timer_id')
    .execute();
  return rows.map((d) => ({
    row: d,
    overdue: d.status === 'open' && new Date(d.due_at).getTime() < now.getTime(),
  }));
}

/** One case with everything recorded about it, the open steps and what the actor may do now. */
export async function getProposal(services: Services, actor: Actor, id: string): Promise<ProposalDetail> {
  const db = services.database.db;
  const now = services.now();
  const row = await visibleProposal(db, actor, id);
  const definition = await loadDefinition(db, row.procedure_id, row.procedure_version);
  const snapshot = snapshotOf(row);
  const [
    deadlines,
    opinions,
    meetings,
    ballots,
    decisions,
    scope,
    resources,
    reports,
    incidents,
    inspections,
    completion,
    evaluation,
    causes,
    protection,
    encouragements,
    attachments,
    timeline,
    documentRowsOfCase,
  ] = await Promise.all([
    deadlinesOf(db, [id], now),
    db.selectFrom('proposal_opinions').selectAll().where('proposal_id', '=', id).orderBy('requested_at').orderBy('id').execute(),
    db.selectFrom('proposal_meetings').selectAll().where('proposal_id', '=', id).orderBy('scheduled_at').orderBy('id').execute(),
    db
      .selectFrom('proposal_ballots')
      .innerJoin('proposal_meetings', 'proposal_meetings.id', 'proposal_ballots.meeting_id')
      .selectAll('proposal_ballots')
      .where('proposal_meetings.proposal_id', '=', id)
      .orderBy('cast_at')
      .execute(),
    db.selectFrom('proposal_decisions').selectAll().where('proposal_id', '=', id).orderBy('event_idx').execute(),
    db.selectFrom('proposal_scopes').selectAll().where('proposal_id', '=', id).executeTakeFirst(),
    db.selectFrom('proposal_resources').selectAll().where('proposal_id', '=', id).orderBy('assigned_at').orderBy('id').execute(),
    db.selectFrom('proposal_progress_reports').selectAll().where('proposal_id', '=', id).orderBy('reported_at').execute(),
    db.selectFrom('proposal_incidents').selectAll().where('proposal_id', '=', id).orderBy('recorded_at').execute(),
    db.selectFrom('proposal_inspections').selectAll().where('proposal_id', '=', id).orderBy('recorded_at').execute(),
    db.selectFrom('proposal_completion_reports').selectAll().where('proposal_id', '=', id).executeTakeFirst(),
    db.selectFrom('proposal_evaluations').selectAll().where('proposal_id', '=', id).executeTakeFirst(),
    db.selectFrom('proposal_causes').selectAll().where('proposal_id', '=', id).orderBy('position').execute(),
    db.selectFrom('proposal_protections').selectAll().where('proposal_id', '=', id).executeTakeFirst(),
    db.selectFrom('proposal_encouragements').selectAll().where('proposal_id', '=', id).orderBy('recorded_at').execute(),
    db.selectFrom('proposal_attachments').selectAll().where('proposal_id', '=', id).orderBy('uploaded_at').orderBy('id').execute(),
    db
      .selectFrom('ledger_entries')
      .leftJoin('ledger_payloads', 'ledger_payloads.idx', 'ledger_entries.idx')
      .select([
        'ledger_entries.idx',
        'ledger_entries.type',
        'ledger_entries.time',
        'ledger_entries.actor',
        'ledger_entries.procedure_version',
        'ledger_payloads.payload',
      ])
      .where('ledger_entries.aggregate_id', '=', id)
      .orderBy('ledger_entries.idx')
      .execute(),
    // The case's official documents: issued by its commands (or on their own with the case as subject).
    documentRows(db)
      .where('documents.subject_type', '=', 'proposal')
      .where('documents.subject_id', '=', id)
      .orderBy('documents.ledger_idx')
      .execute(),
  ]);
  const documents = await toDocumentViews(db, documentRowsOfCase);

  const meetingMembers = meetings.flatMap((m) => (m.members as Array<{ personId: string }>).map((x) => x.personId));
  const payloads = new Map(timeline.map((t) => [Number(t.idx), t.payload ? (JSON.parse(t.payload) as Record<string, unknown>) : null]));
  const byPersonOf = (idx: number) => (payloads.get(idx)?.['byPersonId'] as string | null | undefined) ?? null;
  // Everyone the case names, in one query, so the case page needs no look-up per person.
  const people = await personNames(db, [
    row.proposer_id,
    ...(row.deciding_head_id ? [row.deciding_head_id] : []),
    ...meetingMembers,
    ...deadlines.flatMap((d) => [...(d.row.holder_ids as string[]), ...(d.row.escalate_ids as string[])]),
    ...timeline.flatMap((t) => byPersonOf(Number(t.idx)) ?? []),
    ...decisions.flatMap((d) => d.decided_by ?? []),
    ...reports.flatMap((r) => r.reported_by ?? []),
    ...inspections.flatMap((i) => i.inspector_id ?? []),
    ...encouragements.flatMap((e) => e.beneficiary_person_id ?? []),
  ]);
  const orgs = await organisationNames(db, [row.employing_agency_id, row.deciding_agency_id]);
  const deadlineViews = deadlines.map(({ row: d, overdue }) => ({
    timerId: d.timer_id,
    label: d.label as { vi: string; en: string },
    citation: d.citation,
    ruleStatus: d.rule_status as 'confirmed' | 'configurable',
    status: d.status as 'open' | 'stopped',
    dueOn: d.due_on,
    dueAt: iso(d.due_at)!,
    overdue,
    overdueRecordedAt: iso(d.overdue_at),
    holderRelation: d.holder_relation,
    holders: (d.holder_ids as string[]).map((pid) => ({ id: pid, name: people.get(pid) ?? pid })),
    escalateTo: (d.escalate_ids as string[]).map((pid) => ({ id: pid, name: people.get(pid) ?? pid })),
    armedAtIndex: d.armed_idx,
    stoppedAt: iso(d.stopped_at),
  }));
  const open = deadlineViews.filter((d) => d.status === 'open');
  const state = definition.states.find((s) => s.id === row.state);
  const actions = allowedActions(definition, snapshot, caseActorOf(actor, row)).map((a) => ({
    ...a,
    path: `/proposals/${id}/${actionPath(a.action)}`,
  }));
  const summary = toSummary(
    row,
    definition,
    people,
    orgs,
    open[0] ? { timerId: open[0].timerId, dueOn: open[0].dueOn, overdue: open[0].overdue } : null,
  );
  return {
    ...summary,
    terminal: state?.terminal ?? false,
    readOnly: state?.readOnly ?? false,
    track: row.track as 'ordinary' | 'wideScope',
    decidingHead: ref(people, row.deciding_head_id),
    plan: row.plan as Record<string, unknown>,
    snapshot: snapshot as unknown as Record<string, unknown>,
    allowedActions: actions,
    currentStep: open[0] ?? null,
    deadlines: deadlineViews,
    opinions: opinions.map((o) => ({
      id: o.id,
      kind: o.kind as 'party' | 'partyOnResults' | 'agency',
      agencyId: o.agency_id,
      status: o.status as 'requested' | 'answered' | 'lapsed',
      dueOn: o.due_on,
      opinion: o.opinion,
      requestedAt: iso(o.requested_at)!,
      answeredAt: iso(o.answered_at),
    })),
    meetings: meetings.map((m) => ({
      id: m.id,
      kind: m.kind as 'approval' | 'evaluation',
      date: m.meeting_date,
      members: (m.members as Array<{ personId: string; role: 'head' | 'deputy' }>).map((x) => ({
        ...x,
        name: people.get(x.personId) ?? x.personId,
      })),
      ballots: ballots
        .filter((b) => b.meeting_id === m.id)
        .map((b) => ({
          personId: b.person_id,
          choice: b.choice as 'for' | 'against' | 'abstain',
          reason: b.reason,
          castAt: iso(b.cast_at)!,
        })),
      closed: m.closed,
      tally: (m.tally as Record<string, unknown> | null) ?? null,
    })),
    decisions: decisions.map((d) => ({
      id: d.id,
      kind: d.kind,
      decidedBy: d.decided_by,
      reasons: d.reasons,
      personalResponsibility: d.personal_responsibility,
      details: d.details as Record<string, unknown>,
      eventIndex: d.event_idx,
      decidedAt: iso(d.decided_at)!,
    })),
    scope: scope ? { envelope: scope.envelope, approvedBy: scope.approved_by, approvedAt: iso(scope.approved_at) } : null,
    resources: resources.map((r) => ({
      id: r.id,
      kind: r.kind,
      description: r.description,
      quantity: r.quantity,
      amount: r.amount,
      assignedAt: iso(r.assigned_at),
    })),
    progressReports: reports.map((r) => ({
      id: r.id,
      periodEnd: r.period_end,
      kpiActuals: r.kpi_actuals,
      spending: r.spending,
      areas: r.areas,
      objectives: r.objectives,
      narrative: r.narrative,
      attachmentIds: r.attachment_ids,
      reportedBy: r.reported_by,
      reportedAt: iso(r.reported_at),
    })),
    incidents: incidents.map((i) => ({
      id: i.id,
      occurredOn: i.occurred_on,
      severity: i.severity,
      description: i.description,
      safeguardId: i.safeguard_id,
      damage: i.damage,
      recordedAt: iso(i.recorded_at),
    })),
    inspections: inspections.map((i) => ({
      id: i.id,
      inspectedOn: i.inspected_on,
      findings: i.findings,
      inspectorId: i.inspector_id,
      recordedAt: iso(i.recorded_at),
    })),
    completionReport: completion
      ? {
          actualEndDate: completion.actual_end_date,
          results: completion.results,
          kpiActuals: completion.kpi_actuals,
          spending: completion.spending,
          deviations: completion.deviations,
          reportedAt: iso(completion.reported_at),
        }
      : null,
    evaluation: evaluation
      ? {
          outcome: evaluation.outcome,
          extent: evaluation.extent,
          findings: evaluation.findings,
          conclusion: evaluation.conclusion,
          causes: causes.map((c) => ({ kind: c.kind, description: c.description, attributedTo: c.attributed_to })),
          evaluatedAt: iso(evaluation.evaluated_at),
        }
      : null,
    protectionDetermination: protection
      ? {
          derived: protection.derived,
          derivedReasons: protection.derived_reasons,
          confirmed: protection.confirmed,
          protection: protection.protection,
          departureReasons: protection.departure_reasons,
          abuse: protection.abuse,
          conformance: protection.conformance,
          decree172: protection.decree172,
          determinedAt: iso(protection.determined_at),
        }
      : null,
    encouragements: encouragements.map((e) => ({
      id: e.id,
      kind: e.kind,
      beneficiaryKind: e.beneficiary_kind,
      beneficiaryPersonId: e.beneficiary_person_id,
      beneficiaryOrganisationId: e.beneficiary_organisation_id,
      personnelPurposes: e.personnel_purposes,
      earlySalaryStepMonths: e.early_salary_step_months,
      decision: e.decision,
      recordedAt: iso(e.recorded_at),
    })),
    attachments: attachments.map((a) => ({
      id: a.id,
      fileName: a.file_name,
      mediaType: a.media_type,
      sizeBytes: a.size_bytes,
      sha256: a.sha256,
      documentType: a.document_type,
      source: a.source as 'upload' | 'generated',
      action: a.action,
      uploadedAt: iso(a.uploaded_at)!,
    })),
    documents,
    people: [...people].map(([personId, name]) => ({ id: personId, name })),
    // The case's own events and the `document.issued` events of its documents, in ledger order:
    // each document sits right after the event whose command issued it.
    timeline: [
      ...timeline,
      ...documents.map((d): (typeof timeline)[number] & { document: DocumentView } => ({
        idx: d.ledgerIndex,
        type: 'document.issued',
        time: d.createdAt,
        actor: d.issuedBy,
        procedure_version: null,
        payload: null,
        document: d,
      })),
    ]
      .sort((a, b) => Number(a.idx) - Number(b.idx))
      .map((t) => {
        const document = 'document' in t ? (t.document as DocumentView) : null;
        const payload = document ? null : (payloads.get(Number(t.idx)) ?? null);
        return {
          index: t.idx,
          type: t.type,
          action: (payload?.['action'] as string | undefined) ?? null,
          time: t.time,
          actor: t.actor,
          byPersonId: document ? null : byPersonOf(Number(t.idx)),
          procedureVersion: t.procedure_version,
          fromState: (payload?.['fromState'] as string | undefined) ?? null,
          toState: (payload?.['toState'] as string | undefined) ?? null,
          redacted: payload === null && document === null,
          document: document
            ? {
                id: document.id,
                symbol: document.symbol,
                title: document.title,
                files: document.files.filter((f) => f.role === 'generated').map((f) => ({ format: f.format, sha256: f.sha256 })),
              }
            : null,
        };
      }),
  };
}
