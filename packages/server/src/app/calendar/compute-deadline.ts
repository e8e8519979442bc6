import { z } from 'zod';
import { isoDate } from '../validation.ts';
import type { Services } from '../services.ts';
import { loadCalendar } from './load-calendar.ts';

export const deadlineQuery = z
  .strictObject({
    /** The triggering event: an instant (ISO 8601 with offset) or a Vietnam local date. */
    from: z.union([isoDate, z.iso.datetime({ offset: true })]),
    workingDays: z.coerce.number().int().min(0).max(1_000).optional(),
    calendarDays: z.coerce.number().int().min(0).max(10_000).optional(),
  })
  .refine((q) => (q.workingDays === undefined) !== (q.calendarDays === undefined), {
    error: 'give exactly one of workingDays, calendarDays',
  });

export const deadlineView = z.object({
  triggeredOn: z.string(),
  lastDay: z.string(),
  endsAt: z.string(),
  extendedFrom: z.string().nullable(),
  legalBasis: z.string(),
  /** Every working day counted, in order (calendar.md's example lists them). */
  countedDays: z.array(z.string()),
});

/** A time limit on the calendar in force (shipped schedules + overrides). */
export async function computeDeadline(services: Services, query: z.infer<typeof deadlineQuery>): Promise<z.infer<typeof deadlineView>> {
  const calendar = await loadCalendar(services.database.db);
  const trigger = query.from.length === 10 ? `${query.from}T12:00:00+07:00` : query.from;
  const limit: { workingDays: number } | { calendarDays: number } =
    query.workingDays !== undefined ? { workingDays: query.workingDays } : { calendarDays: query.calendarDays! };
  const deadline = calendar.deadlineFor(trigger, limit);
  const counted: string[] = [];
  if ('workingDays' in limit) {
    for (let n = 1; n <= limit.workingDays; n++) counted.push(calendar.addWorkingDays(deadline.triggeredOn, n));
  }
  return {
    triggeredOn: deadline.triggeredOn,
    lastDay: deadline.lastDay,
    endsAt: deadline.endsAt.toISOString(),
    extendedFrom: deadline.extendedFrom,
    legalBasis: deadline.legalBasis,
    countedDays: counted,
  };
}
