/**
 * Khiên's Vietnamese working-day calendar: local dates in UTC+7, the Vietnamese lunar calendar,
 * the civil service's days off, and time limits counted in working days.
 */
export {
  VIETNAM_UTC_OFFSET_MINUTES,
  addDays,
  compareLocalDates,
  endOfLocalDay,
  epochDayOf,
  instantToEpochMilliseconds,
  isLocalDate,
  isoWeekday,
  localDate,
  localDateFromEpochDay,
  localDateFromInstant,
  localDateParts,
  parseLocalDate,
  startOfLocalDay,
  toVietnamIsoString,
} from './local-date.ts';
export type { Instant, LocalDate, LocalDateParts } from './local-date.ts';

export { LUNAR_CALENDAR_RANGE, formatLunarDate, lunarNewYear, lunarToSolar, lunarYearName, solarToLunar } from './lunar.ts';
export type { LunarDate } from './lunar.ts';

export { DEFAULT_HOLIDAY_RULES, HOLIDAY_KEYS, STATUTORY_HOLIDAYS, calendarCitations, computeDefaultSchedule } from './holidays.ts';
export type {
  DayOff,
  DayOffKind,
  DayStatus,
  HolidayDefinition,
  HolidayKey,
  HolidayRules,
  MakeUpWorkday,
  YearSchedule,
} from './holidays.ts';

export { OFFICIAL_SCHEDULES, SCHEDULE_2025, SCHEDULE_2026 } from './official-schedules.ts';

export { CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR, localDateSchema, yearOverridesSchema, yearScheduleSchema } from './schedule-schema.ts';
export type { ExtraDayOff, YearOverrides } from './schedule-schema.ts';

export { createCalendar } from './working-calendar.ts';
// `TimeLimit` ({ workingDays } | { calendarDays }) is not re-exported: procedure/timers.ts exports the
// same shape under that name, and one name must not come from two modules of core.
export type { CalendarOptions, DayDescription, Deadline, WorkingCalendar, YearPlan } from './working-calendar.ts';
