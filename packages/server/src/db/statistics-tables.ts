/**
 * Kysely types of migration 0006 (statistics). They extend the shared `DB` interface by
 * declaration merging, like the documents area does, so the table is typed wherever this module
 * is in the program.
 */
import type { ColumnType } from 'kysely';

/** A counter: defaults to 0 on insert. */
type Counter = ColumnType<number, number | undefined, number>;

export interface ProposalStatisticsTable {
  organisation_id: string;
  day: string;
  received: Counter;
  approved_by_vote: Counter;
  approved_by_override: Counter;
  rejected: Counter;
  returned_for_revision: Counter;
  awaiting_decision_delta: Counter;
  in_progress_delta: Counter;
  suspended: Counter;
  terminated: Counter;
  completion_reported: Counter;
  completed: Counter;
  partly_completed: Counter;
  not_completed: Counter;
  with_damage: Counter;
  protection_no_liability: Counter;
  protection_liability_excluded: Counter;
  protection_relief_considered: Counter;
  protection_not_protected: Counter;
  abuse: Counter;
  encouragements: Counter;
  overdue_steps: Counter;
}

declare module './schema.ts' {
  interface DB {
    proposal_statistics: ProposalStatisticsTable;
  }
}
