-- Statistics of the Decree 73 mechanism (decree73.md §8; issue 6 item 4), maintained
-- incrementally by the proposal projectors in the same transaction as the events.
--
-- One row per agency (the proposal's employing agency) and Vietnam calendar day on which
-- something countable happened; rows exist only for such days. Flow counters count events of
-- that day; the *_delta columns are changes of a stock (cases awaiting a decision, cases being
-- implemented): the stock at the end of a day is the sum of the deltas up to that day. The day
-- is the event's time in Asia/Ho_Chi_Minh, so replaying the ledger rebuilds identical rows.
--
-- Roll-up: rows are per agency only; a subtree is summed at query time by joining
-- organisations and filtering `path <@ root` (see docs/statistics.md for why ancestors' rows
-- are not maintained). Months, quarters, half-years and years are sums over days.
create table proposal_statistics (
  organisation_id uuid not null references organisations (id),
  day date not null,
  received integer not null default 0,
  approved_by_vote integer not null default 0,
  approved_by_override integer not null default 0,
  rejected integer not null default 0,
  returned_for_revision integer not null default 0,
  awaiting_decision_delta integer not null default 0,
  in_progress_delta integer not null default 0,
  suspended integer not null default 0,
  terminated integer not null default 0,
  completion_reported integer not null default 0,
  completed integer not null default 0,
  partly_completed integer not null default 0,
  not_completed integer not null default 0,
  with_damage integer not null default 0,
  protection_no_liability integer not null default 0,
  protection_liability_excluded integer not null default 0,
  protection_relief_considered integer not null default 0,
  protection_not_protected integer not null default 0,
  abuse integer not null default 0,
  encouragements integer not null default 0,
  overdue_steps integer not null default 0,
  primary key (organisation_id, day)
);
create index proposal_statistics_day on proposal_statistics (day);
