import { z } from 'zod';
import { DomainError } from '@khien/core/errors';
import type { Actor } from '@khien/core/authorization';
import { createCalendar, yearOverridesSchema } from '@khien/core/calendar';
import { runCommand } from '../command.ts';
import { checkVersion, forbidden } from '../errors.ts';
import { CALENDAR_EVENTS } from '../proposals/events.ts';
import type { Services } from '../services.ts';
import { isoDate, requiredText } from '../validation.ts';
import { getCalendarYear, type CalendarYearView } from './calendar-year.ts';

const bilingual = z.strictObject({ vi: requiredText(200), en: requiredText(200) });
const entry = z.strictObject({ date: isoDate, name: bilingual, legalBasis: requiredText(300) });

export const calendarOverridesInput = z.strictObject({
  /** Extra days off of the year (e.g. a provincial decision). */
  extraDaysOff: z.array(entry).max(100).default([]),
  /** Saturdays or Sundays worked in exchange for a day off. */
  makeUpWorkdays: z.array(entry).max(100).default([]),
});

/**
 * An administrator sets a year's overrides of the working-day calendar (calendar.md: the
 * yearly decisions are data). Recorded in the ledger: a changed calendar changes deadlines.
 * Deadlines already armed keep their recorded due date; new ones use the new calendar.
 */
export async function setCalendarOverrides(
  services: Services,
  actor: Actor,
  year: number,
  input: z.infer<typeof calendarOverridesInput>,
  expectedVersion: number | undefined,
): Promise<CalendarYearView> {
  await runCommand(services, actor, async ({ tx, record }) => {
    if (!actor.roles.includes('system_admin')) throw forbidden();
    const current = await tx.selectFrom('calendar_overrides').select('version').where('year', '=', year).executeTakeFirst();
    checkVersion(expectedVersion, current?.version ?? 0);
    const overrides = { year, extraDaysOff: input.extraDaysOff, makeUpWorkdays: input.makeUpWorkdays };
    const parsed = yearOverridesSchema.safeParse(overrides);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
      throw new DomainError(
        'calendar.invalid_override',
        { vi: `Điều chỉnh lịch không hợp lệ: ${problems.join('; ')}`, en: `Invalid calendar override: ${problems.join('; ')}` },
        { problems },
      );
    }
    createCalendar({ overrides: [parsed.data] }).yearPlan(year);
    await record({ type: CALENDAR_EVENTS.overridesSet, aggregateId: `calendar:${year}`, payload: { year, overrides } });
  });
  return getCalendarYear(services, year);
}
