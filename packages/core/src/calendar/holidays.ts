/**
 * Public holidays of the civil service and the default rules used for a year that has no
 * official schedule yet.
 *
 * The law fixes most days (Labour Code 2019 Art. 112(1)) but leaves two choices to a yearly
 * decision (Art. 112(3)): which 5 days make up Tết and which day joins 2 September. For a year
 * without an official schedule the system must still count deadlines, so it applies a default
 * for each choice, marks those days `configurable` (never `confirmed`), and lets an agency change
 * the default (`HolidayRules`). A published schedule replaces all of it (official-schedules.ts).
 */
import { addDays, epochDayOf, isoWeekday, localDate, type LocalDate } from './local-date.ts';
import { lunarNewYear, lunarToSolar } from './lunar.ts';

export const HOLIDAY_KEYS = ['new_year', 'lunar_new_year', 'hung_kings', 'victory_day', 'labour_day', 'national_day'] as const;
export type HolidayKey = (typeof HOLIDAY_KEYS)[number];

/** Legal references used by the calendar, written the way the project cites everywhere. */
export const calendarCitations = {
  labourCode: 'Labour Code 2019 (45/2019/QH14)',
  weeklyRestCompensation: 'Labour Code 2019 Art. 111(3)',
  holidays: 'Labour Code 2019 Art. 112(1)',
  yearlyDecision: 'Labour Code 2019 Art. 112(3)',
  civilServiceWeek: 'Decision 188/1999/QĐ-TTg (40-hour week, Saturday and Sunday off)',
  limitStart: 'Civil Code 2015 Art. 147(2)',
  limitEnd: 'Civil Code 2015 Art. 148(1), (6)',
  limitEndOnDayOff: 'Civil Code 2015 Art. 148(5)',
} as const;

export interface HolidayDefinition {
  key: HolidayKey;
  name: { vi: string; en: string };
  legalBasis: string;
}

export const STATUTORY_HOLIDAYS: Readonly<Record<HolidayKey, HolidayDefinition>> = {
  new_year: {
    key: 'new_year',
    name: { vi: 'Tết Dương lịch', en: "New Year's Day" },
    legalBasis: 'Labour Code 2019 Art. 112(1)(a)',
  },
  lunar_new_year: {
    key: 'lunar_new_year',
    name: { vi: 'Tết Âm lịch (Tết Nguyên đán)', en: 'Lunar New Year (Tết)' },
    legalBasis: 'Labour Code 2019 Art. 112(1)(b), 112(3)',
  },
  hung_kings: {
    key: 'hung_kings',
    name: { vi: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', en: 'Hùng Kings Commemoration (10th day of the 3rd lunar month)' },
    legalBasis: 'Labour Code 2019 Art. 112(1)(e)',
  },
  victory_day: {
    key: 'victory_day',
    name: { vi: 'Ngày Chiến thắng (30/4)', en: 'Victory Day (30 April)' },
    legalBasis: 'Labour Code 2019 Art. 112(1)(c)',
  },
  labour_day: {
    key: 'labour_day',
    name: { vi: 'Ngày Quốc tế Lao động (1/5)', en: 'International Labour Day (1 May)' },
    legalBasis: 'Labour Code 2019 Art. 112(1)(d)',
  },
  national_day: {
    key: 'national_day',
    name: { vi: 'Quốc khánh (2/9)', en: 'National Day (2 September)' },
    legalBasis: 'Labour Code 2019 Art. 112(1)(đ), 112(3)',
  },
};

/**
 * `confirmed`: fixed by law or by an official notice. `configurable`: a default the system chose
 * where the law leaves the choice to a yearly decision; the UI shows it as such.
 */
export type DayStatus = 'confirmed' | 'configurable';

export type DayOffKind =
  /** A statutory holiday. */
  | 'holiday'
  /** Nghỉ bù: a holiday fell on a weekly rest day (Labour Code 2019 Art. 111(3)). */
  | 'compensatory'
  /** Nghỉ hoán đổi: a working day given off in exchange for a make-up Saturday. */
  | 'swapped'
  /** An extra day off decided by an agency or authority (administrator override). */
  | 'extra';

/** One day on which the civil service does not work (beyond Saturdays and Sundays). */
export interface DayOff {
  date: LocalDate;
  kind: DayOffKind;
  /** The statutory holiday the day belongs to; null for extra days off. */
  holiday: HolidayKey | null;
  name: { vi: string; en: string };
  legalBasis: string;
  status: DayStatus;
}

/** A Saturday or Sunday that is worked (làm bù), usually in exchange for a swapped day off. */
export interface MakeUpWorkday {
  date: LocalDate;
  name: { vi: string; en: string };
  legalBasis: string;
}

/** All days off and make-up working days of one Gregorian year. */
export interface YearSchedule {
  year: number;
  daysOff: DayOff[];
  makeUpWorkdays: MakeUpWorkday[];
  /** The documents the schedule follows. */
  sources: string[];
}

/** The defaults applied to a year without an official schedule. */
export interface HolidayRules {
  /**
   * How many of the 5 Tết days come before the first day of the lunar year (the rest start on it).
   * Default 1: the last day of the old year and the first 4 days of the new one, the split used
   * for 2026 (Thông báo 9441/TB-BNV); 2025 used 2 + 3.
   */
  tetDaysBeforeNewYear: number;
  /**
   * Which day joins 2 September (Art. 112(1)(đ): "the day before or after"). Default the day
   * before, as chosen for 2025 (1 Sep).
   */
  nationalDayAdjacent: 'before' | 'after';
}

export const DEFAULT_HOLIDAY_RULES: Readonly<HolidayRules> = {
  tetDaysBeforeNewYear: 1,
  nationalDayAdjacent: 'before',
};

const isWeekend = (date: LocalDate): boolean => isoWeekday(date) >= 6;

function holidayDay(key: HolidayKey, date: LocalDate, status: DayStatus): DayOff {
  const definition = STATUTORY_HOLIDAYS[key];
  return { date, kind: 'holiday', holiday: key, name: definition.name, legalBasis: definition.legalBasis, status };
}

function compensatoryFor(day: DayOff, date: LocalDate): DayOff {
  return {
    date,
    kind: 'compensatory',
    holiday: day.holiday,
    name: { vi: `Nghỉ bù ${day.name.vi}`, en: `Compensatory day off for ${day.name.en}` },
    legalBasis: calendarCitations.weeklyRestCompensation,
    status: day.status,
  };
}

/** The statutory holidays of a year by the law and the default rules, before compensation. */
function statutoryHolidays(year: number, rules: HolidayRules): DayOff[] {
  const tet = lunarNewYear(year);
  const days: DayOff[] = [holidayDay('new_year', localDate(year, 1, 1), 'confirmed')];
  for (let i = -rules.tetDaysBeforeNewYear; i < 5 - rules.tetDaysBeforeNewYear; i += 1) {
    days.push(holidayDay('lunar_new_year', addDays(tet, i), 'configurable'));
  }
  days.push(holidayDay('hung_kings', lunarToSolar({ year, month: 3, day: 10, leap: false }), 'confirmed'));
  days.push(holidayDay('victory_day', localDate(year, 4, 30), 'confirmed'));
  days.push(holidayDay('labour_day', localDate(year, 5, 1), 'confirmed'));
  const adjacent = rules.nationalDayAdjacent === 'before' ? localDate(year, 9, 1) : localDate(year, 9, 3);
  days.push(holidayDay('national_day', adjacent, 'configurable'));
  days.push(holidayDay('national_day', localDate(year, 9, 2), 'confirmed'));
  return days.sort((a, b) => epochDayOf(a.date) - epochDayOf(b.date));
}

/**
 * The schedule a year gets from the law and the default rules alone: the statutory holidays,
 * plus a compensatory day on the next working day for each one that falls on a Saturday or
 * Sunday (Art. 111(3)). When two holidays fall on the same day (Hùng Kings day can meet 30 April
 * after a leap month), the second is compensated the same way, since the day was already off.
 */
export function computeDefaultSchedule(year: number, rules: HolidayRules = DEFAULT_HOLIDAY_RULES): YearSchedule {
  const holidays = statutoryHolidays(year, rules);
  const taken = new Set<LocalDate>();
  const daysOff: DayOff[] = [];
  const needCompensation: DayOff[] = [];
  for (const day of holidays) {
    if (taken.has(day.date)) {
      needCompensation.push(day);
      continue;
    }
    taken.add(day.date);
    daysOff.push(day);
    if (isWeekend(day.date)) needCompensation.push(day);
  }
  for (const day of needCompensation) {
    let candidate = addDays(day.date, 1);
    while (isWeekend(candidate) || taken.has(candidate)) candidate = addDays(candidate, 1);
    taken.add(candidate);
    daysOff.push(compensatoryFor(day, candidate));
  }
  daysOff.sort((a, b) => epochDayOf(a.date) - epochDayOf(b.date));
  return {
    year,
    daysOff,
    makeUpWorkdays: [],
    sources: [calendarCitations.holidays, calendarCitations.weeklyRestCompensation, calendarCitations.civilServiceWeek],
  };
}
