/**
 * Which deadlines an event starts or stops. Core does not know the date: it returns the time
 * limit as data ({ workingDays: 7 }) with the anchor to count from, and the server computes
 * the due date with the working-day calendar and stores the timer for its job queue.
 *
 * Semantics, applied after every event:
 * - a timer whose stop events include the event is disarmed;
 * - a timer whose start events include the event is (re-)armed if its `when` guards hold on
 *   the snapshot *after* the event and its limit is not switched off (`null`);
 * - an armed timer whose `when` guards no longer hold is disarmed (e.g. the ordinary 7-day
 *   limit once a proposal moves to the wide-scope track);
 * - entering a terminal state disarms everything.
 */
import type { CaseSnapshot } from './case-snapshot.ts';
import type { LocalizedText, RuleStatus } from './citations.ts';
import type { ProcedureDefinition, TimerDefinition, TimerParty, TimerPartyRelation } from './definition-schema.ts';
import { guardRegistry } from './guards.ts';
import type { GuardContext } from './guards.ts';
import type { IsoDate } from './voting.ts';

export type TimeLimit = { workingDays: number } | { calendarDays: number };

export type ResolvedAnchor =
  { kind: 'startEvent' } | { kind: 'event'; event: string } | { kind: 'caseDate'; field: 'pilotEndDate'; date: IsoDate };

export interface TimerPlan {
  timerId: string;
  label: LocalizedText;
  limit: TimeLimit;
  anchor: ResolvedAnchor;
  remindersBefore: TimeLimit[];
  /** Who holds the step (overdue stays attributed to them: Art. 6 evasion evidence). */
  holder: TimerPartyRelation | null;
  escalateTo: TimerPartyRelation | null;
  citation: string;
  status: RuleStatus;
}

export interface TimerChanges {
  arm: TimerPlan[];
  disarm: string[];
}

function limitIn(definition: ProcedureDefinition, timer: TimerDefinition, amount: number): TimeLimit {
  const unit = definition.parameters[timer.duration.parameter]?.unit;
  return unit === 'calendarDays' ? { calendarDays: amount } : { workingDays: amount };
}

/** The timer's limit, or `null` when its parameter switches it off. */
export function timeLimitOf(definition: ProcedureDefinition, timer: TimerDefinition): TimeLimit | null {
  const value = definition.parameters[timer.duration.parameter]?.value;
  return typeof value === 'number' ? limitIn(definition, timer, value) : null;
}

function holds(context: GuardContext, names: readonly string[]): boolean {
  return names.every((name) => guardRegistry[name]?.check(context).length === 0);
}

function resolveParty(context: GuardContext, parties: readonly TimerParty[]): TimerPartyRelation | null {
  return parties.find((party) => party.when === undefined || holds(context, [party.when]))?.relation ?? null;
}

function resolveAnchor(timer: TimerDefinition, snapshot: CaseSnapshot): ResolvedAnchor | null {
  const anchor = timer.start.anchor;
  if (anchor.kind !== 'caseDate') return anchor;
  const date = snapshot[anchor.field];
  return date === null ? null : { kind: 'caseDate', field: anchor.field, date };
}

export function planTimers(
  definition: ProcedureDefinition,
  action: string,
  snapshotAfter: CaseSnapshot,
  armedTimerIds: readonly string[],
): TimerChanges {
  const armed = new Set(armedTimerIds);
  const terminal = definition.states.find((s) => s.id === snapshotAfter.state)?.terminal === true;
  if (terminal) return { arm: [], disarm: definition.timers.map((t) => t.id).filter((id) => armed.has(id)) };

  const context: GuardContext = { definition, snapshot: snapshotAfter, actor: null };
  const arm: TimerPlan[] = [];
  const disarm: string[] = [];
  for (const timer of definition.timers) {
    const whenHolds = holds(context, timer.when);
    if (timer.start.events.includes(action) && whenHolds) {
      const limit = timeLimitOf(definition, timer);
      const anchor = resolveAnchor(timer, snapshotAfter);
      if (limit !== null && anchor !== null) {
        const amount = 'workingDays' in limit ? limit.workingDays : limit.calendarDays;
        arm.push({
          timerId: timer.id,
          label: timer.label,
          limit,
          anchor,
          remindersBefore: timer.remindersBefore.filter((o) => o < amount).map((o) => limitIn(definition, timer, o)),
          holder: resolveParty(context, timer.holder),
          escalateTo: resolveParty(context, timer.escalateTo),
          citation: timer.citation,
          status: timer.status,
        });
        continue;
      }
    }
    if (armed.has(timer.id) && (timer.stop.events.includes(action) || !whenHolds)) disarm.push(timer.id);
  }
  return { arm, disarm };
}
