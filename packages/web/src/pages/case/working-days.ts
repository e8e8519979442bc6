/**
 * How far a step's due date is, in working days of the Vietnamese civil service: Saturdays
 * and Sundays off (Decision 188/1999/QĐ-TTg) unless worked as make-up days, plus the year's
 * days off as the server's calendar gives them (`GET /api/v1/calendar/{year}`). Pure: the
 * caller passes "today" (a Vietnam calendar day) and the calendar years.
 */

export interface CalendarYear {
  year: number;
  daysOff: readonly { date: string }[];
  makeUpWorkdays: readonly { date: string }[];
}

export type DueStatus =
  /** Working days after today up to and including the due date. */
  | { kind: 'left'; workingDays: number }
  /** Today is the last day. */
  | { kind: 'today' }
  /** Working days after the due date up to and including today (0 on the weekend right after it). */
  | { kind: 'overdue'; workingDays: number };

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function epochDay(date: string): number | null {
  const match = ISO_DAY.exec(date);
  if (!match) return null;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(ms) ? null : Math.round(ms / DAY_MS);
}

function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

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
  const from = epochDay(today);
  const due = epochDay(dueOn);
  if (from === null || due === null) return null;
  const known = new Set(years.map((y) => y.year));
  if (yearsBetween(today, dueOn).some((y) => !known.has(y))) return null;
  const off = new Set(years.flatMap((y) => y.daysOff.map((d) => d.date)));
  const worked = new Set(years.flatMap((y) => y.makeUpWorkdays.map((d) => d.date)));
  const isWorkingDay = (day: number): boolean => {
    const iso = isoOf(day);
    if (worked.has(iso)) return true;
    if (off.has(iso)) return false;
    const weekday = new Date(day * DAY_MS).getUTCDay(); // 0 Sunday … 6 Saturday
    return weekday !== 0 && weekday !== 6;
  };
  const count = (after: number, upTo: number): number => {
    let n = 0;
    for (let day = after + 1; day <= upTo; day++) if (isWorkingDay(day)) n++;
    return n;
  };
  if (due === from) return { kind: 'today' };
  if (due > from) {
    // 0 only when every day up to a due date set on a day off is off: still ahead, not today.
    return { kind: 'left', workingDays: count(from, due) };
  }
  return { kind: 'overdue', workingDays: count(due, from) };
}
