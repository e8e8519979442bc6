/**
 * Official yearly schedules of the civil service, shipped as data (calendar.md: "These yearly
 * decisions must be data ... that the system ships for the years it knows").
 *
 * A schedule replaces the computed defaults for its whole year, so each one lists every day off of
 * that year, the fixed statutory days included. Only what a cited document says is `confirmed`;
 * where the notice could not be checked the statutory default is kept and marked `configurable`.
 * Admin overrides (createCalendar's `overrides`) apply on top of these.
 */
import { STATUTORY_HOLIDAYS, calendarCitations, type DayOff, type DayStatus, type HolidayKey, type YearSchedule } from './holidays.ts';
import { parseLocalDate } from './local-date.ts';

const NOTICE_2025 = 'Công văn 8726/VPCP-KGVX (26/11/2024); Thông báo 6150/TB-BLĐTBXH (2024) on Tết, 30/4–1/5 and National Day 2025';
const NEW_YEAR_2026 = 'Công văn 12729/VPCP-KGVX (25/12/2025) on New Year 2026';
const NOTICE_2026 = 'Thông báo 9441/TB-BNV (16/10/2025) on Tết and National Day 2026';

function holiday(key: HolidayKey, date: string, notice?: string, status: DayStatus = 'confirmed'): DayOff {
  const definition = STATUTORY_HOLIDAYS[key];
  return {
    date: parseLocalDate(date),
    kind: 'holiday',
    holiday: key,
    name: definition.name,
    legalBasis: notice === undefined ? definition.legalBasis : `${definition.legalBasis}; ${notice}`,
    status,
  };
}

// Shipped data is shared by every calendar in the process, so nobody may edit it in place.
function frozen(schedule: YearSchedule): YearSchedule {
  for (const entry of [...schedule.daysOff, ...schedule.makeUpWorkdays]) Object.freeze(Object.freeze(entry).name);
  Object.freeze(schedule.daysOff);
  Object.freeze(schedule.makeUpWorkdays);
  Object.freeze(schedule.sources);
  return Object.freeze(schedule);
}

export const SCHEDULE_2025: YearSchedule = frozen({
  year: 2025,
  daysOff: [
    holiday('new_year', '2025-01-01'),
    // calendar.md: off Monday 27 Jan – Friday 31 Jan (28 tháng Chạp Giáp Thìn – mùng 3 Ất Tỵ).
    holiday('lunar_new_year', '2025-01-27', NOTICE_2025),
    holiday('lunar_new_year', '2025-01-28', NOTICE_2025),
    holiday('lunar_new_year', '2025-01-29', NOTICE_2025),
    holiday('lunar_new_year', '2025-01-30', NOTICE_2025),
    holiday('lunar_new_year', '2025-01-31', NOTICE_2025),
    holiday('hung_kings', '2025-04-07'),
    holiday('victory_day', '2025-04-30'),
    holiday('labour_day', '2025-05-01'),
    {
      date: parseLocalDate('2025-05-02'),
      kind: 'swapped',
      holiday: null,
      name: {
        vi: 'Nghỉ hoán đổi dịp 30/4–1/5 (làm bù thứ Bảy 26/4/2025)',
        en: 'Day off swapped for the 30 April – 1 May holiday (worked on Saturday 26 Apr 2025)',
      },
      legalBasis: NOTICE_2025,
      status: 'confirmed',
    },
    // Off Saturday 30 Aug – Tuesday 2 Sep: the adjacent day was the day before (Monday 1 Sep).
    holiday('national_day', '2025-09-01', NOTICE_2025),
    holiday('national_day', '2025-09-02', NOTICE_2025),
  ],
  makeUpWorkdays: [
    {
      date: parseLocalDate('2025-04-26'),
      name: { vi: 'Làm bù cho ngày thứ Sáu 2/5/2025', en: 'Make-up working day for Friday 2 May 2025' },
      legalBasis: NOTICE_2025,
    },
  ],
  sources: [calendarCitations.labourCode, NOTICE_2025],
});

export const SCHEDULE_2026: YearSchedule = frozen({
  year: 2026,
  daysOff: [
    holiday('new_year', '2026-01-01', NEW_YEAR_2026),
    {
      date: parseLocalDate('2026-01-02'),
      kind: 'swapped',
      holiday: null,
      name: {
        vi: 'Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/1/2026)',
        en: "Day off swapped for New Year's Day (worked on Saturday 10 Jan 2026)",
      },
      legalBasis: NEW_YEAR_2026,
      status: 'confirmed',
    },
    // calendar.md: off Monday 16 Feb – Friday 20 Feb (29 tháng Chạp Ất Tỵ – mùng 4 Bính Ngọ).
    holiday('lunar_new_year', '2026-02-16', NOTICE_2026),
    holiday('lunar_new_year', '2026-02-17', NOTICE_2026),
    holiday('lunar_new_year', '2026-02-18', NOTICE_2026),
    holiday('lunar_new_year', '2026-02-19', NOTICE_2026),
    holiday('lunar_new_year', '2026-02-20', NOTICE_2026),
    // 10/3 Bính Ngọ is Sunday 26 Apr, so the law itself gives Monday 27 Apr off.
    holiday('hung_kings', '2026-04-26'),
    {
      date: parseLocalDate('2026-04-27'),
      kind: 'compensatory',
      holiday: 'hung_kings',
      name: {
        vi: `Nghỉ bù ${STATUTORY_HOLIDAYS.hung_kings.name.vi}`,
        en: `Compensatory day off for ${STATUTORY_HOLIDAYS.hung_kings.name.en}`,
      },
      legalBasis: calendarCitations.weeklyRestCompensation,
      status: 'confirmed',
    },
    holiday('victory_day', '2026-04-30'),
    holiday('labour_day', '2026-05-01'),
    // The 2026 notice also fixes the National Day days; its text was not available when this was
    // written, so the statutory default (the day before) stands, marked configurable. To correct
    // it, pass createCalendar a 2026 schedule with the notice's days (an override cannot turn a
    // weekday holiday back into a working day).
    holiday('national_day', '2026-09-01', undefined, 'configurable'),
    holiday('national_day', '2026-09-02'),
  ],
  makeUpWorkdays: [
    {
      date: parseLocalDate('2026-01-10'),
      name: { vi: 'Làm bù cho ngày thứ Sáu 2/1/2026', en: 'Make-up working day for Friday 2 Jan 2026' },
      legalBasis: NEW_YEAR_2026,
    },
  ],
  sources: [calendarCitations.labourCode, NEW_YEAR_2026, NOTICE_2026],
});

/** The schedules the system ships; `createCalendar` uses them unless given others. */
export const OFFICIAL_SCHEDULES: readonly YearSchedule[] = Object.freeze([SCHEDULE_2025, SCHEDULE_2026]);
