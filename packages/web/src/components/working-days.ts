/**
 * "Còn N ngày làm việc": how many working days are left before a step's due date, counted on
 * the calendar in force as the server publishes it (`GET /api/v1/calendar/{year}`: the days
 * off and make-up Saturdays of each year, administrator overrides included). Pure: the
 * caller passes today's date in Vietnam and the years it fetched.
 *
 * A day is a working day unless it is a Saturday or Sunday that is not a make-up workday, or
 * a day off of its year (calendar.md). A limit ends at the end of its last day, so the count is
 * the one core's `remainingWorkingDays` gives: the working days from today (included when it is
 * a working day) to the due date (1 on the last day itself).
 */

/** The part of a calendar year this needs (the API answers with more). */
export interface CalendarYear {
  year: number;
  daysOff: readonly { date: string }[];
  makeUpWorkdays: readonly { date: string }[];
}

export type DueStatus =
  | { kind: 'overdue' }
  | { kind: 'today' }
  | { kind: 'left'; days: number }
  /** A year of the calendar between today and the due date is not known (not fetched, or failed). */
  | { kind: 'unknown' };

/** At most this many calendar years are fetched to count working days (a pilot runs a few years). */
export const MAX_CALENDAR_YEARS = 6;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function epochDay(iso: string): number | null {
  const m = ISO_DAY.exec(iso);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // Date.UTC rolls 30 February over to March: such a day is not a calendar day.
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== iso) return null;
  return ms / DAY_MS;
}

function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The working days d with first ≤ d ≤ last (0 when last is before first); null when a year in
 * between is missing from `years` or a date is not an ISO calendar day.
 */
export function countWorkingDays(first: string, last: string, years: readonly CalendarYear[]): number | null {
  const from = epochDay(first);
  const to = epochDay(last);
  if (from === null || to === null) return null;
  if (to < from) return 0;
  const byYear = new Map(years.map((y) => [y.year, y]));
  const off = new Set<string>();
  const makeUp = new Set<string>();
  for (let year = Number(first.slice(0, 4)); year <= Number(last.slice(0, 4)); year++) {
    const plan = byYear.get(year);
    if (!plan) return null;
    for (const d of plan.daysOff) off.add(d.date);
    for (const d of plan.makeUpWorkdays) makeUp.add(d.date);
  }
  let count = 0;
  for (let day = from; day <= to; day++) {
    const iso = isoOf(day);
    const weekday = new Date(day * DAY_MS).getUTCDay(); // 0 = Sunday, 6 = Saturday
    const weekend = weekday === 0 || weekday === 6;
    if (off.has(iso)) continue;
    if (weekend && !makeUp.has(iso)) continue;
    count++;
  }
  return count;
}

/**
 * The working days d with today ≤ d ≤ dueOn; 0 when the due date is past; null when a year in
 * between is missing from `years` or a date is not an ISO calendar day.
 */
export function workingDaysLeft(today: string, dueOn: string, years: readonly CalendarYear[]): number | null {
  return countWorkingDays(today, dueOn, years);
}

/** The day after an ISO day ("2026-12-31" → "2027-01-01"); null for a date that is not one. */
export function dayAfter(iso: string): string | null {
  const day = epochDay(iso);
  return day === null ? null : isoOf(day + 1);
}

/**
 * The tag of a due date. The server's `overdue` flag decides "quá hạn" (it holds the clock that
 * escalates); a due date before today is overdue as well, whatever a stale flag says.
 */
export function dueStatus(due: { dueOn: string; overdue: boolean }, today: string, years: readonly CalendarYear[]): DueStatus {
  if (due.overdue || due.dueOn < today) return { kind: 'overdue' };
  if (due.dueOn === today) return { kind: 'today' };
  const days = workingDaysLeft(today, due.dueOn, years);
  return days === null ? { kind: 'unknown' } : { kind: 'left', days };
}

/**
 * The calendar years to fetch for these due dates: from today's year to the latest due year,
 * capped at MAX_CALENDAR_YEARS (a date beyond shows its due date without a count).
 */
export function calendarYearsFor(today: string, dueOns: readonly string[]): number[] {
  const first = Number(today.slice(0, 4));
  if (!Number.isInteger(first)) return [];
  let last = first;
  for (const dueOn of dueOns) {
    if (epochDay(dueOn) === null || dueOn <= today) continue;
    last = Math.max(last, Number(dueOn.slice(0, 4)));
  }
  last = Math.min(last, first + MAX_CALENDAR_YEARS - 1);
  if (!dueOns.some((d) => epochDay(d) !== null && d > today)) return [];
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
