/**
 * From core's timer plan (which limit an event starts or stops) to dated deadlines: the due
 * date on the Vietnamese working-day calendar, the reminder instants, and the people who hold
 * the step and who are told when it is overdue. The result goes into the event's payload, so
 * the deadline a case showed on any day can be re-derived from the ledger.
 */
import type { Kysely } from 'kysely';
import { addDays, parseLocalDate, startOfLocalDay, type WorkingCalendar } from '@khien/core/calendar';
import { planTimers } from '@khien/core/procedure';
import type { CaseSnapshot, ProcedureDefinition, TimeLimit, TimerPartyRelation, TimerPlan } from '@khien/core/procedure';
import type { DB } from '../../db/schema.ts';
import { enqueueJob, JOB_KINDS } from '../../jobs/queue.ts';
import type { ArmedTimer, TimerChangesPayload } from './events.ts';

/** Reminders go out at 08:00 Vietnam time on their day. */
const REMINDER_HOUR_MS = 8 * 3600_000;

export interface TimerContext {
  calendar: WorkingCalendar;
  eventTime: Date;
  /** Receipt of the plan, for limits counted from `submit`. */
  submittedAt: Date | null;
  aboveSuperiorHeadId: string | null;
}

export function partyIds(snapshot: CaseSnapshot, relation: TimerPartyRelation | null, aboveSuperiorHeadId: string | null): string[] {
  const p = snapshot.parties;
  const one = (id: string | null) => (id ? [id] : []);
  switch (relation) {
    case null:
      return [];
    case 'proposer':
      return [p.proposerId];
    case 'employingHead':
      return one(p.employingHeadId);
    case 'superiorHead':
      return one(p.superiorHeadId);
    case 'partyCommittee':
      return [...p.partyCommitteeIds];
    case 'implementer':
      return [...p.implementerIds];
    case 'personnelOfficer':
      return [...p.personnelOfficerIds];
    case 'relatedAgency':
      return [...p.relatedAgencyContactIds];
    case 'collectiveMember':
      return (snapshot.approvalMeeting?.members ?? []).map((m) => m.personId);
    case 'headAboveSuperiorAgency':
      return one(aboveSuperiorHeadId);
  }
}

function anchorInstant(plan: TimerPlan, ctx: TimerContext): Date | string {
  switch (plan.anchor.kind) {
    case 'startEvent':
      return ctx.eventTime;
    case 'event':
      return ctx.submittedAt ?? ctx.eventTime;
    case 'caseDate':
      // The limit counts from the day after the pilot ends: any instant of that day will do.
      return `${plan.anchor.date}T12:00:00+07:00`;
  }
}

function reminderInstant(calendar: WorkingCalendar, lastDay: string, offset: TimeLimit): Date {
  const day =
    'workingDays' in offset
      ? calendar.subtractWorkingDays(parseLocalDate(lastDay), offset.workingDays)
      : addDays(parseLocalDate(lastDay), -offset.calendarDays);
  return new Date(startOfLocalDay(day).getTime() + REMINDER_HOUR_MS);
}

export function scheduleTimers(
  definition: ProcedureDefinition,
  action: string,
  snapshotAfter: CaseSnapshot,
  armedTimerIds: readonly string[],
  ctx: TimerContext,
): TimerChangesPayload {
  const plan = planTimers(definition, action, snapshotAfter, armedTimerIds);
  const arm: ArmedTimer[] = plan.arm.map((timer) => {
    const deadline = ctx.calendar.deadlineFor(anchorInstant(timer, ctx), timer.limit);
    return {
      timerId: timer.timerId,
      label: timer.label,
      citation: timer.citation,
      status: timer.status,
      limit: timer.limit,
      dueOn: deadline.lastDay,
      dueAt: deadline.endsAt.toISOString(),
      remindAt: timer.remindersBefore
        .map((offset) => reminderInstant(ctx.calendar, deadline.lastDay, offset))
        .filter((instant) => instant.getTime() > ctx.eventTime.getTime())
        .map((instant) => instant.toISOString()),
      holderRelation: timer.holder,
      holderIds: partyIds(snapshotAfter, timer.holder, ctx.aboveSuperiorHeadId),
      escalateRelation: timer.escalateTo,
      escalateIds: partyIds(snapshotAfter, timer.escalateTo, ctx.aboveSuperiorHeadId),
    };
  });
  return { arm, disarm: plan.disarm };
}

/** Queue the reminder and overdue jobs of newly armed timers (same transaction as the event). */
export async function enqueueTimerJobs(
  db: Kysely<DB>,
  proposalId: string,
  eventIndex: number,
  arm: readonly ArmedTimer[],
  now: Date,
): Promise<void> {
  for (const timer of arm) {
    const base = { proposalId, timerId: timer.timerId, armedIdx: eventIndex };
    for (const [i, at] of timer.remindAt.entries()) {
      await enqueueJob(
        db,
        {
          kind: JOB_KINDS.deadlineReminder,
          payload: { ...base, reminder: i },
          runAt: new Date(at),
          dedupeKey: `deadline:${proposalId}:${timer.timerId}:${eventIndex}:remind:${i}`,
        },
        now,
      );
    }
    await enqueueJob(
      db,
      {
        kind: JOB_KINDS.deadlineOverdue,
        payload: base,
        runAt: new Date(new Date(timer.dueAt).getTime() + 1),
        dedupeKey: `deadline:${proposalId}:${timer.timerId}:${eventIndex}:overdue`,
      },
      now,
    );
  }
}
