/**
 * Statistics of decree73.md §8, maintained incrementally: each proposal event that counts adds
 * its deltas to the row of (employing agency, Vietnam day of the event) in the same transaction
 * as the event. Deterministic from the event (payload and time) and the case row the proposal
 * projector already holds, so `khien verify`'s replay rebuilds identical rows.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import '../db/statistics-tables.ts';
import type { ProposalStatisticsTable } from '../db/statistics-tables.ts';
import { PROPOSAL_EVENTS as E } from '../app/proposals/events.ts';
import type { RecordedEvent } from '../ledger/append.ts';

/** Flow counters (events of the day) and stock deltas, in the column order of migration 0006. */
export const STATISTICS_COLUMNS = [
  'received',
  'approved_by_vote',
  'approved_by_override',
  'rejected',
  'returned_for_revision',
  'awaiting_decision_delta',
  'in_progress_delta',
  'suspended',
  'terminated',
  'completion_reported',
  'completed',
  'partly_completed',
  'not_completed',
  'with_damage',
  'protection_no_liability',
  'protection_liability_excluded',
  'protection_relief_considered',
  'protection_not_protected',
  'abuse',
  'encouragements',
  'overdue_steps',
] as const satisfies ReadonlyArray<keyof ProposalStatisticsTable>;
export type StatisticsColumn = (typeof STATISTICS_COLUMNS)[number];
export type StatisticsDeltas = Partial<Record<StatisticsColumn, number>>;

/** States whose cases await the collective's decision, and states of a pilot being carried out. */
export const AWAITING_DECISION_STATES: ReadonlySet<string> = new Set(['submitted', 'meetingScheduled']);
export const IN_PROGRESS_STATES: ReadonlySet<string> = new Set(['approved', 'implementing', 'suspended']);

const PROTECTION_COLUMN: Record<string, StatisticsColumn> = {
  noLiability: 'protection_no_liability',
  liabilityExcluded: 'protection_liability_excluded',
  considerExclusionExemptionMitigation: 'protection_relief_considered',
  notProtected: 'protection_not_protected',
};

/** The Vietnam calendar day (UTC+7, no daylight saving) of an instant. */
export function vietnamDay(instant: string | Date): string {
  return new Date(new Date(instant).getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * What one proposal event adds to the counters. `firstSubmission` is false when a case returned
 * for revision is submitted again: it was received once.
 */
export function statisticsDeltas(type: string, payload: Record<string, unknown>, firstSubmission: boolean): StatisticsDeltas {
  const d: StatisticsDeltas = {};
  const add = (column: StatisticsColumn, n = 1) => {
    d[column] = (d[column] ?? 0) + n;
  };
  const from = payload['fromState'] as string | undefined;
  const to = payload['toState'] as string | undefined;
  if (from !== undefined && to !== undefined && from !== to) {
    const stock = (states: ReadonlySet<string>, column: StatisticsColumn) => {
      const delta = (states.has(to) ? 1 : 0) - (states.has(from) ? 1 : 0);
      if (delta !== 0) add(column, delta);
    };
    stock(AWAITING_DECISION_STATES, 'awaiting_decision_delta');
    stock(IN_PROGRESS_STATES, 'in_progress_delta');
  }
  switch (type) {
    case E.submit:
      if (firstSubmission) add('received');
      break;
    case E.decideApproval:
      add('approved_by_vote');
      break;
    case E.decideOverride:
      add('approved_by_override');
      break;
    case E.decideRejection:
      add('rejected');
      break;
    case E.returnForRevision:
      add('returned_for_revision');
      break;
    case E.suspend:
      add('suspended');
      break;
    case E.terminate:
      add('terminated');
      break;
    case E.reportCompletion:
      add('completion_reported');
      break;
    case E.recordEvaluation: {
      const extent = payload['extent'] as string;
      add(extent === 'full' ? 'completed' : extent === 'partly' ? 'partly_completed' : 'not_completed');
      if (payload['outcome'] === 'notCompletedWithDamage') add('with_damage');
      break;
    }
    case E.determineProtection: {
      const protection = payload['protection'] as { protection: string; abuse: boolean };
      const column = PROTECTION_COLUMN[protection.protection];
      if (column) add(column);
      if (protection.abuse) add('abuse');
      break;
    }
    case E.recordEncouragement:
      add('encouragements');
      break;
    case E.deadlineOverdue:
      add('overdue_steps');
      break;
  }
  return d;
}

/** Add the deltas to the (agency, day) row, creating it on the first count of that day. */
export async function bumpStatistics(tx: Kysely<DB>, organisationId: string, day: string, deltas: StatisticsDeltas): Promise<void> {
  const columns = STATISTICS_COLUMNS.filter((c) => deltas[c] !== undefined && deltas[c] !== 0);
  if (columns.length === 0) return;
  const values = Object.fromEntries(columns.map((c) => [c, deltas[c]!]));
  await tx
    .insertInto('proposal_statistics')
    .values({ organisation_id: organisationId, day, ...values })
    .onConflict((oc) =>
      oc
        .columns(['organisation_id', 'day'])
        .doUpdateSet(
          Object.fromEntries(columns.map((c) => [c, sql<number>`${sql.ref(`proposal_statistics.${c}`)} + ${sql.ref(`excluded.${c}`)}`])),
        ),
    )
    .execute();
}

/** Called by the proposal projector for every case event, with the case as it was before. */
export async function projectStatistics(
  tx: Kysely<DB>,
  event: RecordedEvent,
  employingAgencyId: string,
  submittedBefore: boolean,
): Promise<void> {
  const deltas = statisticsDeltas(event.type, event.payload, !submittedBefore);
  await bumpStatistics(tx, employingAgencyId, vietnamDay(event.time), deltas);
}
