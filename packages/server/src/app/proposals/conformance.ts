/**
 * The implementation record as core's scope-conformance check reads it, assembled from the
 * case's tables: spending and KPI actuals from progress and completion reports, areas and
 * objectives actually worked on, safeguard breaches from incidents, and adjust decisions.
 */
import type { Kysely } from 'kysely';
import { checkScopeConformance } from '@khien/core/procedure';
import type { AdjustDecision, ImplementationRecord, ScopeConformanceReport, ScopeEnvelope } from '@khien/core/procedure';
import type { DB } from '../../db/schema.ts';

type Spend = { date: string; amount: number; description?: string | null };

export async function implementationRecord(
  db: Kysely<DB>,
  proposalId: string,
): Promise<{ envelope: ScopeEnvelope | null; record: ImplementationRecord }> {
  const [scope, reports, completion, incidents, adjustments] = await Promise.all([
    db.selectFrom('proposal_scopes').select('envelope').where('proposal_id', '=', proposalId).executeTakeFirst(),
    db.selectFrom('proposal_progress_reports').selectAll().where('proposal_id', '=', proposalId).orderBy('reported_at').execute(),
    db.selectFrom('proposal_completion_reports').selectAll().where('proposal_id', '=', proposalId).executeTakeFirst(),
    db.selectFrom('proposal_incidents').selectAll().where('proposal_id', '=', proposalId).where('safeguard_id', 'is not', null).execute(),
    db
      .selectFrom('proposal_decisions')
      .select(['id', 'details'])
      .where('proposal_id', '=', proposalId)
      .where('kind', '=', 'adjust')
      .orderBy('event_idx')
      .execute(),
  ]);
  const spending = [...reports.flatMap((r) => r.spending as Spend[]), ...((completion?.spending as Spend[] | undefined) ?? [])].map(
    (s) => ({
      date: s.date,
      amount: s.amount,
      ...(s.description ? { description: s.description } : {}),
    }),
  );
  const latestActuals = completion
    ? (completion.kpi_actuals as Array<{ kpiId: string; value: number }>)
    : ((reports.at(-1)?.kpi_actuals as Array<{ kpiId: string; value: number }> | undefined) ?? []);
  const record: ImplementationRecord = {
    spending,
    actualEndDate: completion?.actual_end_date ?? null,
    areas: reports.flatMap((r) => r.areas as Array<{ areaId: string; since: string }>),
    objectives: reports.flatMap((r) => r.objectives as Array<{ objectiveId: string; since: string }>),
    safeguardBreaches: incidents.map((i) => ({ safeguardId: i.safeguard_id!, on: i.occurred_on, description: i.description })),
    kpiActuals: latestActuals,
    adjustDecisions: adjustments.map((a) => {
      const d = a.details as { changes: AdjustDecision['changes']; effectiveDate: string };
      return { id: a.id, effectiveDate: d.effectiveDate, changes: d.changes };
    }),
  };
  return { envelope: (scope?.envelope as ScopeEnvelope | undefined) ?? null, record };
}

export async function conformanceReport(db: Kysely<DB>, proposalId: string, asOf: string): Promise<ScopeConformanceReport | null> {
  const { envelope, record } = await implementationRecord(db, proposalId);
  return envelope ? checkScopeConformance(envelope, record, { asOf }) : null;
}
