import type { ColumnType, Generated, JSONColumnType } from 'kysely';

/**
 * Kysely types of the proposal tables (migration 0003_proposals.sql). JSON columns are read as
 * parsed values and written as JSON text (`JSON.stringify`), which both engines accept.
 */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON columns are cast at the use site
type JsonValue = any;
type Json<T extends object | null> = JSONColumnType<T, string, string>;

export interface ProcedureVariantsTable {
  id: string;
  version: number;
  base_id: string;
  base_version: number;
  organisation_id: string | null;
  definition: Json<JsonValue>;
  legal_basis: Json<JsonValue>;
  adopted_at: Timestamp;
}

export interface CalendarOverridesTable {
  year: number;
  overrides: Json<JsonValue>;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface ProposalsTable {
  id: string;
  code: string;
  title: string;
  state: string;
  procedure_id: string;
  procedure_version: number;
  proposer_id: string;
  employing_agency_id: string;
  employing_agency_path: string;
  deciding_agency_id: string | null;
  deciding_head_id: string | null;
  above_superior_head_id: string | null;
  routing: string;
  track: string;
  plan: Json<JsonValue>;
  snapshot: Json<JsonValue>;
  approval_kind: string | null;
  outcome: string | null;
  protection: string | null;
  submitted_at: Timestamp | null;
  decided_at: Timestamp | null;
  closed_at: Timestamp | null;
  search_key: string;
  sort_key: string;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ProposalParticipantsTable {
  proposal_id: string;
  person_id: string;
  relation: string;
}

export interface ProposalMeetingsTable {
  id: string;
  proposal_id: string;
  kind: string;
  meeting_date: string;
  members: Json<JsonValue>;
  closed: Generated<boolean>;
  tally: Json<JsonValue> | null;
  scheduled_by: string | null;
  scheduled_at: Timestamp;
  closed_at: Timestamp | null;
}

export interface ProposalBallotsTable {
  meeting_id: string;
  person_id: string;
  choice: string;
  reason: string | null;
  cast_at: Timestamp;
}

export interface ProposalOpinionsTable {
  id: string;
  proposal_id: string;
  kind: string;
  agency_id: string | null;
  contact_ids: Json<JsonValue>;
  status: string;
  due_on: string | null;
  opinion: string | null;
  answered_by: string | null;
  requested_at: Timestamp;
  answered_at: Timestamp | null;
}

export interface ProposalDecisionsTable {
  id: string;
  proposal_id: string;
  kind: string;
  decided_by: string | null;
  reasons: string | null;
  personal_responsibility: boolean;
  details: Json<JsonValue>;
  event_idx: number;
  decided_at: Timestamp;
}

export interface ProposalScopesTable {
  proposal_id: string;
  envelope: Json<JsonValue>;
  approved_by: string | null;
  approved_at: Timestamp;
}

export interface ProposalKpisTable {
  proposal_id: string;
  kpi_id: string;
  name: string;
  baseline: number;
  target: number;
  unit: string;
}

export interface ProposalResourcesTable {
  id: string;
  proposal_id: string;
  kind: string;
  description: string;
  quantity: number | null;
  amount: number | null;
  assigned_by: string | null;
  assigned_at: Timestamp;
}

export interface ProposalProgressReportsTable {
  id: string;
  proposal_id: string;
  period_end: string;
  kpi_actuals: Json<JsonValue>;
  spending: Json<JsonValue>;
  areas: Json<JsonValue>;
  objectives: Json<JsonValue>;
  narrative: string | null;
  attachment_ids: Json<JsonValue>;
  reported_by: string | null;
  reported_at: Timestamp;
}

export interface ProposalIncidentsTable {
  id: string;
  proposal_id: string;
  occurred_on: string;
  severity: string;
  description: string;
  safeguard_id: string | null;
  damage: boolean;
  recorded_by: string | null;
  recorded_at: Timestamp;
}

export interface ProposalInspectionsTable {
  id: string;
  proposal_id: string;
  inspected_on: string;
  findings: string;
  inspector_id: string | null;
  recorded_at: Timestamp;
}

export interface ProposalCompletionReportsTable {
  proposal_id: string;
  actual_end_date: string;
  results: string;
  kpi_actuals: Json<JsonValue>;
  spending: Json<JsonValue>;
  deviations: string | null;
  reported_by: string | null;
  reported_at: Timestamp;
}

export interface ProposalEvaluationsTable {
  proposal_id: string;
  outcome: string;
  extent: string;
  findings: Json<JsonValue> | null;
  conclusion: string | null;
  meeting_id: string | null;
  evaluated_by: string | null;
  evaluated_at: Timestamp;
}

export interface ProposalCausesTable {
  proposal_id: string;
  position: number;
  kind: string;
  description: string;
  attributed_to: string;
}

export interface ProposalProtectionsTable {
  proposal_id: string;
  derived: string;
  derived_reasons: Json<JsonValue>;
  confirmed: boolean;
  protection: string;
  departure_reasons: string | null;
  abuse: boolean;
  conformance: Json<JsonValue>;
  decree172: Json<JsonValue> | null;
  determined_by: string | null;
  determined_at: Timestamp;
}

export interface ProposalEncouragementsTable {
  id: string;
  proposal_id: string;
  kind: string;
  beneficiary_kind: string;
  beneficiary_person_id: string | null;
  beneficiary_organisation_id: string | null;
  personnel_purposes: Json<JsonValue>;
  early_salary_step_months: number | null;
  decision: string | null;
  recorded_by: string | null;
  recorded_at: Timestamp;
}

export interface ProposalAttachmentsTable {
  id: string;
  proposal_id: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  document_type: string;
  source: string;
  action: string | null;
  uploaded_by: string | null;
  uploaded_at: Timestamp;
}

export interface ProposalDeadlinesTable {
  proposal_id: string;
  timer_id: string;
  label: Json<JsonValue>;
  citation: string;
  rule_status: string;
  status: string;
  armed_idx: number;
  armed_at: Timestamp;
  due_on: string;
  due_at: Timestamp;
  remind_at: Json<JsonValue>;
  holder_relation: string | null;
  holder_ids: Json<JsonValue>;
  escalate_ids: Json<JsonValue>;
  overdue_at: Timestamp | null;
  stopped_at: Timestamp | null;
}

export interface FileBlobsTable {
  sha256: string;
  bytes: Uint8Array;
  size_bytes: number;
  created_at: Timestamp;
}

export interface JobsTable {
  id: string;
  kind: string;
  payload: Json<JsonValue>;
  dedupe_key: string | null;
  status: Generated<string>;
  run_at: Timestamp;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  locked_by: string | null;
  locked_until: Timestamp | null;
  last_error: string | null;
  created_at: Timestamp;
  finished_at: Timestamp | null;
}

export interface NotificationsTable {
  id: string;
  person_id: string;
  proposal_id: string | null;
  kind: string;
  subject: string;
  body: string;
  created_at: Timestamp;
  read_at: Timestamp | null;
  emailed_at: Timestamp | null;
}

export interface ProposalDB {
  procedure_variants: ProcedureVariantsTable;
  calendar_overrides: CalendarOverridesTable;
  proposals: ProposalsTable;
  proposal_participants: ProposalParticipantsTable;
  proposal_meetings: ProposalMeetingsTable;
  proposal_ballots: ProposalBallotsTable;
  proposal_opinions: ProposalOpinionsTable;
  proposal_decisions: ProposalDecisionsTable;
  proposal_scopes: ProposalScopesTable;
  proposal_kpis: ProposalKpisTable;
  proposal_resources: ProposalResourcesTable;
  proposal_progress_reports: ProposalProgressReportsTable;
  proposal_incidents: ProposalIncidentsTable;
  proposal_inspections: ProposalInspectionsTable;
  proposal_completion_reports: ProposalCompletionReportsTable;
  proposal_evaluations: ProposalEvaluationsTable;
  proposal_causes: ProposalCausesTable;
  proposal_protections: ProposalProtectionsTable;
  proposal_encouragements: ProposalEncouragementsTable;
  proposal_attachments: ProposalAttachmentsTable;
  proposal_deadlines: ProposalDeadlinesTable;
  file_blobs: FileBlobsTable;
  jobs: JobsTable;
  notifications: NotificationsTable;
}
