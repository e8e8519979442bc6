/**
 * The skeleton every proposal command follows (STYLE.md): load the case (hidden → 404) →
 * If-Match → the engine says whether this actor may fire this action now, with the article
 * that refuses → the use case decides its payload → the event is recorded with the case's
 * bound procedure version and the deadlines it arms or stops → projections (via `record`) →
 * notifications and timer jobs queued in the same transaction.
 */
import { DomainError, isDomainError } from '@khien/core/errors';
import type { Actor } from '@khien/core/authorization';
import type { WorkingCalendar } from '@khien/core/calendar';
import { assertCanFire, nextState } from '@khien/core/procedure';
import type { CaseSnapshot, ProcedureDefinition } from '@khien/core/procedure';
import { vietnamDate } from '../auth/load-actor.ts';
import { loadCalendar } from '../calendar/load-calendar.ts';
import { runCommand, type CommandScope } from '../command.ts';
import { checkVersion } from '../errors.ts';
import type { Services } from '../services.ts';
import type { RecordedEvent } from '../../ledger/append.ts';
import { caseActorOf, snapshotOf, visibleProposal, type ProposalRow } from './case-access.ts';
import { issueCaseDocuments } from './case-documents.ts';
import { foldCase } from './case-fold.ts';
import { enqueueTimerJobs, scheduleTimers } from './deadlines.ts';
import { loadDefinition, procedureRef } from './definitions.ts';
import { PROPOSAL_EVENTS, type CaseEventBase, type ProposalAction } from './events.ts';
import { sendNotice, type Notice } from './notify.ts';
import { getProposal, type ProposalDetail } from './get-proposal.ts';

export interface TransitionContext {
  services: Services;
  scope: CommandScope;
  row: ProposalRow;
  snapshot: CaseSnapshot;
  definition: ProcedureDefinition;
  calendar: WorkingCalendar;
  /** The acting person (null for an account without a person, e.g. a system administrator). */
  personId: string | null;
  /** Today in Vietnam. */
  today: string;
  newId(): string;
}

export interface TransitionResult {
  payload: Record<string, unknown>;
  notices?: Notice[];
}

export interface TransitionOptions {
  /** Facts the engine must see fresh before deciding (e.g. the proposer's post at submission). */
  prepareSnapshot?: (ctx: TransitionContext) => Promise<CaseSnapshot>;
  /** The definition to decide with, when it is not the bound one (submission binds anew). */
  definition?: (ctx: TransitionContext) => Promise<ProcedureDefinition>;
}

/** Refusals by the engine because of *who* acts are 403s; the engine's reason travels along. */
function asForbidden(error: unknown): unknown {
  if (isDomainError(error) && error.code === 'procedure.actor_not_authorised') {
    return new DomainError('auth.forbidden', error.messages, { reason: error.code, ...error.details });
  }
  return error;
}

/** Record one case event: fold, plan deadlines, append + project, queue timer jobs. */
export async function recordCaseEvent(
  scope: CommandScope,
  row: ProposalRow,
  definition: ProcedureDefinition,
  calendar: WorkingCalendar,
  action: ProposalAction,
  toState: string,
  payload: Record<string, unknown>,
  byPersonId: string | null,
): Promise<RecordedEvent> {
  const type = PROPOSAL_EVENTS[action];
  const before = snapshotOf(row);
  const base = { proposalId: row.id, action, fromState: row.state, toState, byPersonId };
  const after = foldCase(before, type, { ...payload, ...base });
  const armed = await scope.tx
    .selectFrom('proposal_deadlines')
    .select('timer_id')
    .where('proposal_id', '=', row.id)
    .where('status', '=', 'open')
    .execute();
  const submittedAt = row.submitted_at ? new Date(row.submitted_at) : null;
  const timers = scheduleTimers(
    definition,
    action,
    after,
    armed.map((a) => a.timer_id),
    {
      calendar,
      eventTime: scope.now,
      submittedAt: action === 'submit' ? scope.now : submittedAt,
      aboveSuperiorHeadId: (payload['aboveSuperiorHeadId'] as string | null | undefined) ?? row.above_superior_head_id,
    },
  );
  const full: CaseEventBase & Record<string, unknown> = { ...payload, ...base, timers };
  // Submission re-binds the case to the profile in force at that moment; the event says which.
  const bound = (payload['procedure'] as { id: string; version: number } | undefined) ?? {
    id: row.procedure_id,
    version: row.procedure_version,
  };
  const recorded = await scope.record({ type, aggregateId: row.id, payload: full, procedureVersion: procedureRef(bound) });
  await enqueueTimerJobs(scope.tx, row.id, recorded.index, timers.arm, scope.now);
  return recorded;
}

export async function fireTransition(
  services: Services,
  actor: Actor,
  proposalId: string,
  action: ProposalAction,
  expectedVersion: number | undefined,
  build: (ctx: TransitionContext) => Promise<TransitionResult> | TransitionResult,
  options: TransitionOptions = {},
): Promise<ProposalDetail> {
  await runCommand(services, actor, async (scope) => {
    const row = await visibleProposal(scope.tx, actor, proposalId, true);
    checkVersion(expectedVersion, row.version);
    const definition = await loadDefinition(scope.tx, row.procedure_id, row.procedure_version);
    const ctx: TransitionContext = {
      services,
      scope,
      row,
      snapshot: snapshotOf(row),
      definition,
      calendar: await loadCalendar(scope.tx),
      personId: actor.personId,
      today: vietnamDate(scope.now),
      newId: () => services.newId(),
    };
    if (options.definition) ctx.definition = await options.definition(ctx);
    if (options.prepareSnapshot) ctx.snapshot = await options.prepareSnapshot(ctx);
    try {
      assertCanFire(ctx.definition, ctx.snapshot, caseActorOf(actor, row), action);
    } catch (error) {
      throw asForbidden(error);
    }
    const toState = nextState(ctx.definition, ctx.snapshot.state, action);
    const result = await build(ctx);
    await recordCaseEvent(scope, row, ctx.definition, ctx.calendar, action, toState, result.payload, actor.personId);
    // The written act of this step (plan, request, minutes, decision, report, conclusion),
    // numbered, rendered and sealed right after the event that produced it.
    await issueCaseDocuments(ctx, action, result.payload);
    for (const notice of result.notices ?? []) await sendNotice(scope.tx, notice, scope.now);
  });
  return getProposal(services, actor, proposalId);
}

/** A refusal of the use case's own rules (input against the case), with its article. */
export function refuse(code: string, vi: string, en: string, citation?: string, details: Record<string, unknown> = {}): DomainError {
  return new DomainError(code, { vi, en }, citation ? { citation, ...details } : details);
}
