/**
 * Validation of the calendar data an administrator enters (yearly schedules and overrides).
 * The server parses input with these schemas; `createCalendar` runs them again so that a calendar
 * can never be built from data that would silently miscount a deadline.
 */
import { z } from 'zod';
import { HOLIDAY_KEYS, type DayOff, type MakeUpWorkday, type YearSchedule } from './holidays.ts';
import { isLocalDate, isoWeekday, type LocalDate } from './local-date.ts';

/** An administrator's extra day off (e.g. a provincial decision). */
export interface ExtraDayOff {
  date: LocalDate;
  name: { vi: string; en: string };
  /** The decision that grants it, e.g. "Quyết định 12/QĐ-UBND (3/2/2027)". */
  legalBasis: string;
}

/** Per-year changes applied on top of the official schedule or the computed defaults. */
export interface YearOverrides {
  year: number;
  extraDaysOff?: ExtraDayOff[];
  /** Saturdays or Sundays that become working days. */
  makeUpWorkdays?: MakeUpWorkday[];
}

export const CALENDAR_FIRST_YEAR = 1900;
export const CALENDAR_LAST_YEAR = 2199;

const textSchema = z.string().trim().min(1);
const bilingualSchema = z.object({ vi: textSchema, en: textSchema });
export const localDateSchema = z.custom<LocalDate>((value) => isLocalDate(value), {
  message: 'expected a real date written YYYY-MM-DD',
});
const yearSchema = z.number().int().min(CALENDAR_FIRST_YEAR).max(CALENDAR_LAST_YEAR);

const dayOffSchema = z.object({
  date: localDateSchema,
  kind: z.enum(['holiday', 'compensatory', 'swapped', 'extra']),
  holiday: z.enum(HOLIDAY_KEYS).nullable(),
  name: bilingualSchema,
  legalBasis: textSchema,
  status: z.enum(['confirmed', 'configurable']),
});

const makeUpWorkdaySchema = z.object({ date: localDateSchema, name: bilingualSchema, legalBasis: textSchema });
const extraDayOffSchema = z.object({ date: localDateSchema, name: bilingualSchema, legalBasis: textSchema });

interface DatedEntries {
  year: number;
  offDates: readonly LocalDate[];
  workDates: readonly LocalDate[];
}

// The checks that need dates: every date inside the year, none listed twice, make-up days on a
// weekend (working on a weekday is not a make-up day, and the swap would be lost).
function checkDates(entries: DatedEntries, offPath: string, workPath: string, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  const check = (date: LocalDate, path: (string | number)[]): void => {
    if (!date.startsWith(`${String(entries.year).padStart(4, '0')}-`)) {
      ctx.addIssue({ code: 'custom', path, message: `${date} is not in ${entries.year}` });
    }
    if (seen.has(date)) ctx.addIssue({ code: 'custom', path, message: `${date} is listed more than once` });
    seen.add(date);
  };
  entries.offDates.forEach((date, i) => check(date, [offPath, i, 'date']));
  entries.workDates.forEach((date, i) => {
    check(date, [workPath, i, 'date']);
    if (isoWeekday(date) < 6) {
      ctx.addIssue({ code: 'custom', path: [workPath, i, 'date'], message: `${date} is not a Saturday or Sunday` });
    }
  });
}

export const yearScheduleSchema = z
  .object({
    year: yearSchema,
    daysOff: z.array(dayOffSchema),
    makeUpWorkdays: z.array(makeUpWorkdaySchema),
    sources: z.array(textSchema).min(1),
  })
  .superRefine((schedule, ctx) => {
    checkDates(
      { year: schedule.year, offDates: schedule.daysOff.map((d) => d.date), workDates: schedule.makeUpWorkdays.map((d) => d.date) },
      'daysOff',
      'makeUpWorkdays',
      ctx,
    );
  });

export const yearOverridesSchema = z
  .object({
    year: yearSchema,
    extraDaysOff: z.array(extraDayOffSchema).optional(),
    makeUpWorkdays: z.array(makeUpWorkdaySchema).optional(),
  })
  .superRefine((overrides, ctx) => {
    checkDates(
      {
        year: overrides.year,
        offDates: (overrides.extraDaysOff ?? []).map((d) => d.date),
        workDates: (overrides.makeUpWorkdays ?? []).map((d) => d.date),
      },
      'extraDaysOff',
      'makeUpWorkdays',
      ctx,
    );
  });

// Compile-time guard: the schemas produce exactly the declared types.
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const schemasMatchTypes: [
  Same<z.output<typeof yearScheduleSchema>, YearSchedule>,
  Same<z.output<typeof yearOverridesSchema>, YearOverrides>,
  Same<z.output<typeof dayOffSchema>, DayOff>,
] = [true, true, true];
void schemasMatchTypes;
