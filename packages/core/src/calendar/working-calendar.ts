/**
 * Working days of the Vietnamese civil service and the time limits counted in them.
 *
 * A day is a working day unless it is a Saturday or Sunday (Decision 188/1999/QĐ-TTg) or a day
 * off of its year. A year's days off come from, in order of precedence:
 *   1. the administrator's overrides for that year (extra days off, make-up Saturdays);
 *   2. the official schedule of that year, when one is known (it replaces 3 entirely);
 *   3. the statutory holidays with the default rules (holidays.ts).
 *
 * Limits follow calendar.md and the Civil Code 2015: counting starts the day after the
 * triggering event (Art. 147), a limit ends at the end of its last day (Art. 148(1), (6)), and a
 * limit in calendar days whose last day is a day off ends at the end of the next working day
 * (Art. 148(5)).
 */
import { DomainError } from '../errors.ts';
import {
  DEFAULT_HOLIDAY_RULES,
  calendarCitations,
  computeDefaultSchedule,
  type DayOff,
  type HolidayRules,
  type MakeUpWorkday,
  type YearSchedule,
} from './holidays.ts';
import {
  addDays,
  endOfLocalDay,
  epochDayOf,
  isoWeekday,
  localDateFromEpochDay,
  localDateFromInstant,
  localDateParts,
  type Instant,
  type LocalDate,
} from './local-date.ts';
import { solarToLunar, type LunarDate } from './lunar.ts';
import { OFFICIAL_SCHEDULES } from './official-schedules.ts';
import { CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR, yearOverridesSchema, yearScheduleSchema, type YearOverrides } from './schedule-schema.ts';

export interface CalendarOptions {
  /** Official yearly schedules; defaults to the shipped ones (OFFICIAL_SCHEDULES). One per year. */
  schedules?: readonly YearSchedule[];
  /** Administrator overrides; several entries for one year are merged. */
  overrides?: readonly YearOverrides[];
  /** Default rules for years without a schedule. */
  rules?: Partial<HolidayRules>;
}

/** A time limit: N working days or N calendar days after the triggering event. */
export type TimeLimit = { workingDays: number } | { calendarDays: number };

export interface Deadline {
  /** The local date of the triggering event; counting starts the day after. */
  triggeredOn: LocalDate;
  limit: TimeLimit;
  /** The last day of the limit. */
  lastDay: LocalDate;
  /** The end of the last day, 23:59:59.999 in Vietnam. */
  endsAt: Date;
  /** For a calendar-day limit that ended on a day off: the day it would have ended (Civil Code Art. 148(5)). */
  extendedFrom: LocalDate | null;
  legalBasis: string;
}

export interface YearPlan {
  year: number;
  /** Where the year's days off come from before overrides. */
  source: 'official' | 'computed';
  overridden: boolean;
  daysOff: DayOff[];
  makeUpWorkdays: MakeUpWorkday[];
  sources: string[];
}

export interface DayDescription {
  date: LocalDate;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  working: boolean;
  /** Set when the day is off for a reason other than the weekend. */
  dayOff: DayOff | null;
  /** Set when a Saturday or Sunday is worked. */
  makeUpWorkday: MakeUpWorkday | null;
  lunar: LunarDate;
}

export interface WorkingCalendar {
  isWorkingDay(date: LocalDate): boolean;
  describeDay(date: LocalDate): DayDescription;
  yearPlan(year: number): YearPlan;
  /** The n-th working day after `start` (start itself never counts); n = 0 returns `start`. */
  addWorkingDays(start: LocalDate, workingDays: number): LocalDate;
  /** The n-th working day before `end` (end itself never counts); n = 0 returns `end`. */
  subtractWorkingDays(end: LocalDate, workingDays: number): LocalDate;
  /** Working days in (from, to]; negative, counting (to, from], when `to` is before `from`. */
  workingDaysBetween(from: LocalDate, to: LocalDate): number;
  deadlineFor(trigger: Instant, limit: TimeLimit): Deadline;
  /**
   * Working days left until the end of `lastDay`, today included when it is a working day (1 on
   * the last day itself). Once the day has passed: minus the working days since, and at least −1,
   * so an overdue limit is negative even on the weekend right after it.
   */
  remainingWorkingDays(now: Instant, lastDay: LocalDate): number;
}

interface Plan {
  view: YearPlan;
  daysOff: Map<LocalDate, DayOff>;
  workdays: Map<LocalDate, MakeUpWorkday>;
}

function invalidInput(code: string, en: string, vi: string, details: Record<string, unknown>): DomainError {
  return new DomainError(code, { vi, en }, details);
}

function issuesOf(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): Array<{ path: string; message: string }> {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

function validatedRules(rules: Partial<HolidayRules> | undefined): HolidayRules {
  const merged: HolidayRules = { ...DEFAULT_HOLIDAY_RULES, ...rules };
  const before = merged.tetDaysBeforeNewYear;
  if (!Number.isInteger(before) || before < 0 || before > 5 || !['before', 'after'].includes(merged.nationalDayAdjacent)) {
    throw invalidInput(
      'calendar.invalid_rules',
      'Invalid holiday rules: tetDaysBeforeNewYear must be 0–5 and nationalDayAdjacent "before" or "after".',
      'Quy tắc ngày nghỉ không hợp lệ: số ngày nghỉ Tết trước mùng 1 phải từ 0 đến 5, ngày liền kề Quốc khánh là "before" hoặc "after".',
      { rules: merged },
    );
  }
  return merged;
}

// Days off and make-up days are handed out to callers; freezing them keeps one caller's edit
// from changing another's calendar.
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

function nonNegativeInteger(value: number, name: string): void {
  if (!Number.isInteger(value) || value < 0) {
    throw invalidInput(
      'calendar.invalid_argument',
      `${name} must be a whole number of days, 0 or more.`,
      `${name} phải là số ngày nguyên, không âm.`,
      { [name]: value },
    );
  }
}

/**
 * Builds a working calendar from schedules and overrides (validated here; invalid data throws
 * `calendar.invalid_schedule` or `calendar.invalid_override`). Pure: the same input always gives
 * the same answers, and each year is worked out once, when first asked for.
 */
export function createCalendar(options: CalendarOptions = {}): WorkingCalendar {
  const rules = validatedRules(options.rules);

  const schedules = new Map<number, YearSchedule>();
  for (const schedule of options.schedules ?? OFFICIAL_SCHEDULES) {
    const parsed = yearScheduleSchema.safeParse(schedule);
    if (!parsed.success) {
      throw invalidInput('calendar.invalid_schedule', 'The yearly schedule is invalid.', 'Lịch nghỉ của năm không hợp lệ.', {
        year: (schedule as { year?: unknown }).year,
        issues: issuesOf(parsed.error),
      });
    }
    if (schedules.has(parsed.data.year)) {
      throw invalidInput(
        'calendar.invalid_schedule',
        `Two schedules were given for ${parsed.data.year}.`,
        `Có hai lịch nghỉ cho năm ${parsed.data.year}.`,
        { year: parsed.data.year },
      );
    }
    schedules.set(parsed.data.year, deepFreeze(parsed.data));
  }

  const overrides = new Map<number, { extraDaysOff: DayOff[]; makeUpWorkdays: MakeUpWorkday[] }>();
  for (const entry of options.overrides ?? []) {
    const parsed = yearOverridesSchema.safeParse(entry);
    if (!parsed.success) {
      throw invalidInput('calendar.invalid_override', 'The calendar override is invalid.', 'Điều chỉnh lịch làm việc không hợp lệ.', {
        year: (entry as { year?: unknown }).year,
        issues: issuesOf(parsed.error),
      });
    }
    const merged = overrides.get(parsed.data.year) ?? { extraDaysOff: [], makeUpWorkdays: [] };
    for (const extra of parsed.data.extraDaysOff ?? []) {
      merged.extraDaysOff.push({ ...extra, kind: 'extra', holiday: null, status: 'confirmed' });
    }
    merged.makeUpWorkdays.push(...(parsed.data.makeUpWorkdays ?? []));
    const dates = [...merged.extraDaysOff, ...merged.makeUpWorkdays].map((d) => d.date);
    const duplicate = dates.find((date, i) => dates.indexOf(date) !== i);
    if (duplicate !== undefined) {
      throw invalidInput(
        'calendar.invalid_override',
        `${duplicate} appears more than once in the overrides.`,
        `Ngày ${duplicate} xuất hiện nhiều lần trong các điều chỉnh.`,
        { year: parsed.data.year, date: duplicate },
      );
    }
    overrides.set(parsed.data.year, merged);
  }
  for (const merged of overrides.values()) {
    merged.extraDaysOff.forEach(deepFreeze);
    merged.makeUpWorkdays.forEach(deepFreeze);
  }

  const plans = new Map<number, Plan>();

  function planFor(year: number): Plan {
    const cached = plans.get(year);
    if (cached !== undefined) return cached;
    if (!Number.isInteger(year) || year < CALENDAR_FIRST_YEAR || year > CALENDAR_LAST_YEAR) {
      throw invalidInput(
        'calendar.out_of_range',
        `The calendar covers ${CALENDAR_FIRST_YEAR}–${CALENDAR_LAST_YEAR} only.`,
        `Lịch chỉ tính cho các năm ${CALENDAR_FIRST_YEAR}–${CALENDAR_LAST_YEAR}.`,
        { year },
      );
    }
    const official = schedules.get(year);
    const base = official ?? deepFreeze(computeDefaultSchedule(year, rules));
    const daysOff = new Map<LocalDate, DayOff>(base.daysOff.map((d) => [d.date, d]));
    const workdays = new Map<LocalDate, MakeUpWorkday>(base.makeUpWorkdays.map((d) => [d.date, d]));
    const override = overrides.get(year);
    // Overrides are the latest word on a date, so they displace whatever the base said about it.
    for (const extra of override?.extraDaysOff ?? []) {
      workdays.delete(extra.date);
      daysOff.set(extra.date, extra);
    }
    for (const makeUp of override?.makeUpWorkdays ?? []) {
      daysOff.delete(makeUp.date);
      workdays.set(makeUp.date, makeUp);
    }
    const byDate = <T extends { date: LocalDate }>(a: T, b: T): number => epochDayOf(a.date) - epochDayOf(b.date);
    const plan: Plan = {
      daysOff,
      workdays,
      view: {
        year,
        source: official === undefined ? 'computed' : 'official',
        overridden: override !== undefined,
        daysOff: [...daysOff.values()].sort(byDate),
        makeUpWorkdays: [...workdays.values()].sort(byDate),
        sources: [...base.sources],
      },
    };
    plans.set(year, plan);
    return plan;
  }

  function isWorkingDay(date: LocalDate): boolean {
    const plan = planFor(localDateParts(date).year);
    if (plan.workdays.has(date)) return true;
    if (plan.daysOff.has(date)) return false;
    return isoWeekday(date) < 6;
  }

  function addWorkingDays(start: LocalDate, workingDays: number): LocalDate {
    nonNegativeInteger(workingDays, 'workingDays');
    let date = start;
    for (let counted = 0; counted < workingDays;) {
      date = addDays(date, 1);
      if (isWorkingDay(date)) counted += 1;
    }
    return date;
  }

  function subtractWorkingDays(end: LocalDate, workingDays: number): LocalDate {
    nonNegativeInteger(workingDays, 'workingDays');
    let date = end;
    for (let counted = 0; counted < workingDays;) {
      date = addDays(date, -1);
      if (isWorkingDay(date)) counted += 1;
    }
    return date;
  }

  /** Working days in (from, to]. */
  function countWorkingDaysAfter(from: LocalDate, to: LocalDate): number {
    let count = 0;
    for (let day = epochDayOf(from) + 1, last = epochDayOf(to); day <= last; day += 1) {
      if (isWorkingDay(localDateFromEpochDay(day))) count += 1;
    }
    return count;
  }

  function workingDaysBetween(from: LocalDate, to: LocalDate): number {
    return epochDayOf(to) >= epochDayOf(from) ? countWorkingDaysAfter(from, to) : -countWorkingDaysAfter(to, from);
  }

  function deadlineFor(trigger: Instant, limit: TimeLimit): Deadline {
    const triggeredOn = localDateFromInstant(trigger);
    if ('workingDays' in limit) {
      nonNegativeInteger(limit.workingDays, 'workingDays');
      const lastDay = addWorkingDays(triggeredOn, limit.workingDays);
      return {
        triggeredOn,
        limit: { workingDays: limit.workingDays },
        lastDay,
        endsAt: endOfLocalDay(lastDay),
        extendedFrom: null,
        legalBasis: `${calendarCitations.limitStart}; ${calendarCitations.limitEnd}`,
      };
    }
    nonNegativeInteger(limit.calendarDays, 'calendarDays');
    const nominal = addDays(triggeredOn, limit.calendarDays);
    const lastDay = isWorkingDay(nominal) ? nominal : addWorkingDays(nominal, 1);
    return {
      triggeredOn,
      limit: { calendarDays: limit.calendarDays },
      lastDay,
      endsAt: endOfLocalDay(lastDay),
      extendedFrom: lastDay === nominal ? null : nominal,
      legalBasis:
        `${calendarCitations.limitStart}; ${calendarCitations.limitEnd}` +
        (lastDay === nominal ? '' : `; ${calendarCitations.limitEndOnDayOff}`),
    };
  }

  function remainingWorkingDays(now: Instant, lastDay: LocalDate): number {
    const today = localDateFromInstant(now);
    if (epochDayOf(today) <= epochDayOf(lastDay)) {
      return countWorkingDaysAfter(addDays(today, -1), lastDay);
    }
    return -Math.max(1, countWorkingDaysAfter(lastDay, today));
  }

  return {
    isWorkingDay,
    describeDay(date) {
      const plan = planFor(localDateParts(date).year);
      return {
        date,
        weekday: isoWeekday(date),
        working: isWorkingDay(date),
        dayOff: plan.daysOff.get(date) ?? null,
        makeUpWorkday: plan.workdays.get(date) ?? null,
        lunar: solarToLunar(date),
      };
    },
    yearPlan(year) {
      const view = planFor(year).view;
      return { ...view, daysOff: [...view.daysOff], makeUpWorkdays: [...view.makeUpWorkdays], sources: [...view.sources] };
    },
    addWorkingDays,
    subtractWorkingDays,
    workingDaysBetween,
    deadlineFor,
    remainingWorkingDays,
  };
}
