import { z } from 'zod';
import { CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR } from '@khien/core/calendar';
import type { Services } from '../services.ts';
import { loadCalendar } from './load-calendar.ts';

const text = z.object({ vi: z.string(), en: z.string() });

export const calendarYearView = z.object({
  year: z.number().int(),
  source: z.enum(['official', 'computed']),
  overridden: z.boolean(),
  daysOff: z.array(
    z.object({
      date: z.string(),
      kind: z.string(),
      holiday: z.string().nullable(),
      name: text,
      legalBasis: z.string(),
      status: z.enum(['confirmed', 'configurable']),
    }),
  ),
  makeUpWorkdays: z.array(z.object({ date: z.string(), name: text, legalBasis: z.string() })),
  sources: z.array(z.string()),
  /** Version of the year's overrides (0 = none yet), for If-Match. */
  overridesVersion: z.number().int(),
});
export type CalendarYearView = z.infer<typeof calendarYearView>;

export const yearParams = z.strictObject({ year: z.coerce.number().int().min(CALENDAR_FIRST_YEAR).max(CALENDAR_LAST_YEAR) });

/** A year's days off and make-up working days as the system counts them. */
export async function getCalendarYear(services: Services, year: number): Promise<CalendarYearView> {
  const db = services.database.db;
  const calendar = await loadCalendar(db);
  const row = await db.selectFrom('calendar_overrides').select('version').where('year', '=', year).executeTakeFirst();
  const plan = calendar.yearPlan(year);
  return { ...plan, daysOff: plan.daysOff.map((d) => ({ ...d, holiday: d.holiday ?? null })), overridesVersion: row?.version ?? 0 };
}
