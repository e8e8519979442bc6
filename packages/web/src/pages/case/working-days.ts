import { countWorkingDays, dayAfter, type CalendarYear } from '../../components/working-days.ts';

/**
 * How far a step's due date is, in working days of the Vietnamese civil service: Saturdays
 * and Sundays off (Decision 188/1999/QĐ-TTg) unless worked as make-up days, plus the year's
 * days off as the server's calendar gives them (`GET /api/v1/calendar/{year}`). Pure: the
 * caller passes "today" (a Vietnam calendar day) and the calendar years.
 */

export type { CalendarYear };

export type DueStatus =
  /** Working days from today (counted while it lasts, as core and the inbox count) to the due date. */
  | { kind: 'left'; workingDays: number }
  /** Today is the last day. */
  | { kind: 'today' }
  /** Working days after the due date up to and including today (0 on the weekend right after it). */
  | { kind: 'overdue'; workingDays: number };

/** The calendar years a count between two days needs, e.g. [2026, 2027]. */
export function yearsBetween(a: string, b: string): number[] {
  const first = Number(a.slice(0, 4));
  const last = Number(b.slice(0, 4));
  if (!Number.isInteger(first) || !Number.isInteger(last)) return [];
  const [from, to] = first <= last ? [first, last] : [last, first];
  const years: number[] = [];
  for (let y = from; y <= to; y++) years.push(y);
  return years;
}

/**
 * Where the due date stands from `today` (both "yyyy-MM-dd", Vietnam days). `null` when a
 * date is unreadable or the calendar of a year in between is missing: better no count than
 * a wrong one.
 */
export function dueStatus(today: string, dueOn: string, years: readonly CalendarYear[]): DueStatus | null {
  const known = new Set(years.map((y) => y.year));
  if (yearsBetween(today, dueOn).some((y) => !known.has(y))) return null;
  if (dueOn > today) {
    // Counted as core and the inbox count: today included while it lasts (calendar.md).
    const left = countWorkingDays(today, dueOn, years);
    return left === null ? null : { kind: 'left', workingDays: left };
  }
  const afterDue = dayAfter(dueOn);
  const overdue = afterDue === null ? null : countWorkingDays(afterDue, today, years);
  if (overdue === null) return null;
  return dueOn === today ? { kind: 'today' } : { kind: 'overdue', workingDays: overdue };
}
