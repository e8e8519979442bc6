-- Innovation proposals under Decree 73/2023 (issue 4): the case, its procedure, meetings and
-- votes, scope envelope, implementation record, evaluation, protection, encouragement,
-- deadlines; plus the job queue and in-app notifications.
--
-- Projection tables (rebuilt from the ledger by `khien verify`): proposals, proposal_*,
-- procedure_variants, calendar_overrides. Operational tables (not derived from events):
-- jobs, notifications, file_blobs.

-- Local variants of a procedure profile adopted by an agency (legal basis recorded).
create table procedure_variants (
  id text not null,
  version integer not null,
  base_id text not null,
  base_version integer not null,
  organisation_id uuid references organisations (id),
  definition jsonb not null,
  legal_basis jsonb not null,
  adopted_at timestamptz not null,
  primary key (id, version)
);
create index procedure_variants_org on procedure_variants (organisation_id, adopted_at);

-- Administrator overrides of the working-day calendar, one row per year.
create table calendar_overrides (
  year integer primary key,
  overrides jsonb not null,
  version integer not null default 1,
  updated_at timestamptz not null
);

create table proposals (
  id uuid primary key,
  code text not null unique,
  title text not null,
  state text not null,
  -- The profile the case is bound to (the one in force when it was submitted).
  procedure_id text not null,
  procedure_version integer not null,
  proposer_id uuid not null references people (id),
  employing_agency_id uuid not null references organisations (id),
  employing_agency_path ltree not null,
  deciding_agency_id uuid references organisations (id),
  deciding_head_id uuid references people (id),
  -- The head one level above the superior agency (escalation target of the superior's steps).
  above_superior_head_id uuid references people (id),
  routing text not null default 'employing' check (routing in ('employing', 'superior')),
  track text not null default 'ordinary' check (track in ('ordinary', 'wideScope')),
  plan jsonb not null,
  -- The engine's CaseSnapshot, folded from the events (case-fold.ts).
  snapshot jsonb not null,
  approval_kind text check (approval_kind in ('vote', 'override')),
  outcome text,
  protection text,
  submitted_at timestamptz,
  decided_at timestamptz,
  closed_at timestamptz,
  search_key text not null,
  sort_key text not null,
  version integer not null default 1,
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create index proposals_state on proposals (state);
create index proposals_proposer on proposals (proposer_id);
create index proposals_agency_path on proposals using gist (employing_agency_path);
create index proposals_deciding_agency on proposals (deciding_agency_id);
create index proposals_search_trgm on proposals using gin (search_key gin_trgm_ops);
create index proposals_updated on proposals (updated_at desc, id);

-- Who stands in which relation to a case (visibility, inbox).
create table proposal_participants (
  proposal_id uuid not null references proposals (id),
  person_id uuid not null references people (id),
  relation text not null,
  primary key (proposal_id, person_id, relation)
);
create index proposal_participants_person on proposal_participants (person_id);

create table proposal_meetings (
  id uuid primary key,
  proposal_id uuid not null references proposals (id),
  kind text not null check (kind in ('approval', 'evaluation')),
  meeting_date date not null,
  members jsonb not null,
  closed boolean not null default false,
  tally jsonb,
  scheduled_by uuid,
  scheduled_at timestamptz not null,
  closed_at timestamptz
);
create index proposal_meetings_proposal on proposal_meetings (proposal_id, scheduled_at);

create table proposal_ballots (
  meeting_id uuid not null references proposal_meetings (id),
  person_id uuid not null references people (id),
  choice text not null check (choice in ('for', 'against', 'abstain')),
  reason text,
  cast_at timestamptz not null,
  primary key (meeting_id, person_id)
);

-- Party committee opinions (Art. 4(3)) and consultations of related agencies (Art. 8(2)).
create table proposal_opinions (
  id uuid primary key,
  proposal_id uuid not null references proposals (id),
  kind text not null check (kind in ('party', 'partyOnResults', 'agency')),
  agency_id uuid references organisations (id),
  contact_ids jsonb not null default '[]',
  status text not null check (status in ('requested', 'answered', 'lapsed')),
  due_on date,
  opinion text,
  answered_by uuid,
  requested_at timestamptz not null,
  answered_at timestamptz
);
create index proposal_opinions_proposal on proposal_opinions (proposal_id, requested_at);

-- Every written decision on a case: approval, override, rejection, return, escalation,
-- scope, adjustment, suspension, resumption, termination, result notice, closing.
create table proposal_decisions (
  id uuid primary key,
  proposal_id uuid not null references proposals (id),
  kind text not null,
  decided_by uuid,
  reasons text,
  -- ND73 Art. 8(1): an override is taken on the head's personal responsibility.
  personal_responsibility boolean not null default false,
  details jsonb not null default '{}',
  event_idx bigint not null,
  decided_at timestamptz not null
);
create index proposal_decisions_proposal on proposal_decisions (proposal_id, decided_at);

create table proposal_scopes (
  proposal_id uuid primary key references proposals (id),
  envelope jsonb not null,
  approved_by uuid,
  approved_at timestamptz not null
);

create table proposal_kpis (
  proposal_id uuid not null references proposals (id),
  kpi_id text not null,
  name text not null,
  baseline double precision not null,
  target double precision not null,
  unit text not null,
  primary key (proposal_id, kpi_id)
);

create table proposal_resources (
  id uuid primary key,
  proposal_id uuid not null references proposals (id),
  kind text not null check (kind in ('equipment', 'facilities', 'people', 'funds')),
  description text not null,
  quantity double precision,
  amount bigint,
  assigned_by uuid,
  assigned_at timestamptz not null
);
create index proposal_resources_proposal on proposal_resources (proposal_id);

create table proposal_progress_reports (
  id uuid primary key,
  proposal_id uuid not null references proposals (id),
  period_end date not null,
  kpi_actuals jsonb not null,
  spending jsonb not null,
  areas jsonb not null,
  objectives jsonb not null,
  narrative text,
  attachment_ids jsonb not null default '[]',
  reported_by uuid,
  reported_at timestamptz not null
);
create index proposal_progress_reports_proposal on proposal_progress_reports (proposal_id, reported_at);

create table proposal_incidents (
  id uuid primary key,
  proposal_id uuid not null references proposals (id),
  occurred_on date not null,
  severity text not null check (severity in ('low', 'medium', 'high')),
  description text not null,
  safeguard_id text,
  damage boolean not null default false,
  recorded_by uuid,
  recorded_at timestamptz not null
);

create table proposal_inspections (
  id uuid primary key,
  proposal_id uuid not null references proposals (id),
  inspected_on date not null,
  findings text not null,
  inspector_id uuid,
  recorded_at timestamptz not null
);

create table proposal_completion_reports (
  proposal_id uuid primary key references proposals (id),
  actual_end_date date not null,
  results text not null,
  kpi_actuals jsonb not null,
  spending jsonb not null,
  deviations text,
  reported_by uuid,
  reported_at timestamptz not null
);

create table proposal_evaluations (
  proposal_id uuid primary key references proposals (id),
  outcome text not null check (outcome in ('completed', 'notCompletedNoDamage', 'notCompletedWithDamage')),
  extent text not null check (extent in ('full', 'partly', 'not')),
  findings jsonb,
  conclusion text,
  meeting_id uuid,
  evaluated_by uuid,
  evaluated_at timestamptz not null
);

create table proposal_causes (
  proposal_id uuid not null references proposals (id),
  position integer not null,
  kind text not null check (kind in ('objective', 'subjective')),
  description text not null,
  attributed_to text not null,
  primary key (proposal_id, position)
);

create table proposal_protections (
  proposal_id uuid primary key references proposals (id),
  derived text not null,
  derived_reasons jsonb not null,
  confirmed boolean not null,
  protection text not null,
  departure_reasons text,
  abuse boolean not null,
  conformance jsonb not null,
  decree172 jsonb,
  determined_by uuid,
  determined_at timestamptz not null
);

create table proposal_encouragements (
  id uuid primary key,
  proposal_id uuid not null references proposals (id),
  kind text not null,
  beneficiary_kind text not null check (beneficiary_kind in ('individual', 'organisation')),
  beneficiary_person_id uuid references people (id),
  beneficiary_organisation_id uuid references organisations (id),
  personnel_purposes jsonb not null default '[]',
  early_salary_step_months integer,
  decision text,
  recorded_by uuid,
  recorded_at timestamptz not null
);
create index proposal_encouragements_person on proposal_encouragements (beneficiary_person_id);

create table proposal_attachments (
  id uuid primary key,
  proposal_id uuid not null references proposals (id),
  file_name text not null,
  media_type text not null,
  size_bytes bigint not null,
  sha256 text not null,
  document_type text not null,
  source text not null check (source in ('upload', 'generated')),
  action text,
  uploaded_by uuid,
  uploaded_at timestamptz not null
);
create index proposal_attachments_proposal on proposal_attachments (proposal_id, uploaded_at);

-- Open and past time limits of each case (armed and stopped by events).
create table proposal_deadlines (
  proposal_id uuid not null references proposals (id),
  timer_id text not null,
  label jsonb not null,
  citation text not null,
  rule_status text not null,
  status text not null check (status in ('open', 'stopped')),
  armed_idx bigint not null,
  armed_at timestamptz not null,
  due_on date not null,
  due_at timestamptz not null,
  remind_at jsonb not null,
  holder_relation text,
  holder_ids jsonb not null,
  escalate_ids jsonb not null,
  overdue_at timestamptz,
  stopped_at timestamptz,
  primary key (proposal_id, timer_id)
);
create index proposal_deadlines_open on proposal_deadlines (status, due_at);

-- File contents, addressed by SHA-256 (operational: bytes are not in the ledger, their hash is).
create table file_blobs (
  sha256 text primary key,
  bytes bytea not null,
  size_bytes bigint not null,
  created_at timestamptz not null
);

-- The job queue: claimed with FOR UPDATE SKIP LOCKED; a claim is a lease, so jobs of a
-- crashed worker are claimed again once it expires. `dedupe_key` makes enqueueing idempotent.
create table jobs (
  id uuid primary key,
  kind text not null,
  payload jsonb not null,
  dedupe_key text unique,
  status text not null default 'pending' check (status in ('pending', 'running', 'done', 'failed')),
  run_at timestamptz not null,
  attempts integer not null default 0,
  max_attempts integer not null default 5,
  locked_by text,
  locked_until timestamptz,
  last_error text,
  created_at timestamptz not null,
  finished_at timestamptz
);
create index jobs_due on jobs (status, run_at);

create table notifications (
  id uuid primary key,
  person_id uuid not null references people (id),
  proposal_id uuid references proposals (id),
  kind text not null,
  subject text not null,
  body text not null,
  created_at timestamptz not null,
  read_at timestamptz,
  emailed_at timestamptz
);
create index notifications_person on notifications (person_id, created_at desc);
