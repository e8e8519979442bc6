import { useEffect, useMemo, useState } from 'react';
import { api, unwrap } from '../api/client.ts';
import { isoDateInVietnam } from '../i18n/format.ts';
import { calendarYearsFor, dueStatus, type CalendarYear, type DueStatus } from './working-days.ts';

// One fetch per year per visit of the app (the calendar changes a few times a year); a failed
// year is forgotten so the next screen asks again, and its dates show without a count meanwhile.
const years = new Map<number, Promise<CalendarYear | null>>();

/** One calendar year of the server (cached for the visit): shared by every screen that counts working days. */
export function loadCalendarYear(year: number): Promise<CalendarYear | null> {
  let pending = years.get(year);
  if (!pending) {
    pending = unwrap(api.GET('/api/v1/calendar/{year}', { params: { path: { year } } })).catch(() => {
      years.delete(year);
      return null;
    });
    years.set(year, pending);
  }
  return pending;
}

/**
 * The due-date tag of each of these due dates, on the calendar in force (the server's days off
 * and make-up days, administrator overrides included), counted from today in Vietnam.
 */
export function useDueStatus(dueOns: readonly string[]): (due: { dueOn: string; overdue: boolean }) => DueStatus {
  const today = isoDateInVietnam(new Date());
  const key = calendarYearsFor(today, dueOns).join(',');
  const [loaded, setLoaded] = useState<CalendarYear[]>([]);
  useEffect(() => {
    if (!key) return;
    let live = true;
    void Promise.all(key.split(',').map((y) => loadCalendarYear(Number(y)))).then((found) => {
      if (live) setLoaded(found.filter((y): y is CalendarYear => y !== null));
    });
    return () => {
      live = false;
    };
  }, [key]);
  return useMemo(() => (due: { dueOn: string; overdue: boolean }) => dueStatus(due, today, loaded), [today, loaded]);
}
