/**
 * The holiday calendar screen as pure functions (calendar-model.test.ts): a month's grid with
 * each day's mark, the administrator's overrides recovered from the year view, the body of
 * `PUT /calendar/{year}/overrides` after adding or removing one, and the checks of the override
 * and deadline forms (mirroring core's yearOverridesSchema and the server's deadline query).
 */
import {
  CALENDAR_FIRST_YEAR,
  CALENDAR_LAST_YEAR,
  isLocalDate,
  isoWeekday,
  localDate,
  type LocalDate,
  type YearPlan,
} from '@khien/core/calendar';
import { cleanText } from '@khien/core/text';
import type { MessageKey } from '../../../../i18n/messages.ts';

export interface Text {
  vi: string;
  en: string;
}

/** `GET /api/v1/calendar/{year}` (the fields this screen reads). */
export interface CalendarYear {
  year: number;
  source: 'official' | 'computed';
  overridden: boolean;
  daysOff: { date: string; kind: string; holiday: string | null; name: Text; legalBasis: string; status: 'confirmed' | 'configurable' }[];
  makeUpWorkdays: { date: string; name: Text; legalBasis: string }[];
  sources: string[];
  overridesVersion: number;
}

export interface OverrideEntry {
  date: string;
  name: Text;
  legalBasis: string;
}

/** The body of `PUT /api/v1/calendar/{year}/overrides`: the year's whole list of overrides. */
export interface YearOverrides {
  extraDaysOff: OverrideEntry[];
  makeUpWorkdays: OverrideEntry[];
}

export type DayKind = 'workday' | 'weekend' | 'dayOff' | 'makeUp';

export interface DayMark {
  kind: 'dayOff' | 'makeUp';
  /** For days off: holiday, compensatory, swapped or extra. */
  offKind: string | null;
  name: Text;
  legalBasis: string;
  status: 'confirmed' | 'configurable';
  /** Set by the administrator for this year (may be removed). */
  override: boolean;
}

export interface DayCell {
  date: string;
  day: number;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  kind: DayKind;
  mark: DayMark | null;
}

/** Which of the view's entries are the administrator's: the view minus the shipped base year. */
export function overridesOf(view: CalendarYear, base: Pick<YearPlan, 'makeUpWorkdays'>): YearOverrides {
  const official = new Set(base.makeUpWorkdays.map((d) => `${d.date}|${d.legalBasis}|${d.name.vi}|${d.name.en}`));
  return {
    extraDaysOff: view.daysOff.filter((d) => d.kind === 'extra').map(({ date, name, legalBasis }) => ({ date, name, legalBasis })),
    makeUpWorkdays: view.makeUpWorkdays
      .filter((d) => !official.has(`${d.date}|${d.legalBasis}|${d.name.vi}|${d.name.en}`))
      .map(({ date, name, legalBasis }) => ({ date, name, legalBasis })),
  };
}

/** Every marked day of the year by date. */
export function dayMarks(view: CalendarYear, overrides: YearOverrides): Map<string, DayMark> {
  const overridden = new Set([...overrides.extraDaysOff, ...overrides.makeUpWorkdays].map((d) => d.date));
  const marks = new Map<string, DayMark>();
  for (const d of view.daysOff) {
    marks.set(d.date, {
      kind: 'dayOff',
      offKind: d.kind,
      name: d.name,
      legalBasis: d.legalBasis,
      status: d.status,
      override: d.kind === 'extra' && overridden.has(d.date),
    });
  }
  for (const d of view.makeUpWorkdays) {
    marks.set(d.date, {
      kind: 'makeUp',
      offKind: null,
      name: d.name,
      legalBasis: d.legalBasis,
      status: 'confirmed',
      override: overridden.has(d.date),
    });
  }
  return marks;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A month as weeks Monday → Sunday; `null` pads the first and last week. */
export function monthGrid(year: number, month: number, marks: ReadonlyMap<string, DayMark>): (DayCell | null)[][] {
  const weeks: (DayCell | null)[][] = [];
  let week: (DayCell | null)[] = [];
  const first = localDate(year, month, 1);
  for (let i = 1; i < isoWeekday(first); i++) week.push(null);
  for (let day = 1; day <= daysInMonth(year, month); day++) {
    const date = localDate(year, month, day);
    const weekday = isoWeekday(date);
    const mark = marks.get(date) ?? null;
    const kind: DayKind = mark ? mark.kind : weekday >= 6 ? 'weekend' : 'workday';
    week.push({ date, day, weekday, kind, mark });
    if (week.length === 7) {
      weeks.push(week);
      week = [];
    }
  }
  if (week.length > 0) {
    while (week.length < 7) week.push(null);
    weeks.push(week);
  }
  return weeks;
}

/** Rows of the list under the grid: days off and make-up days in date order. */
export function yearRows(view: CalendarYear, overrides: YearOverrides): ({ date: string } & DayMark)[] {
  return [...dayMarks(view, overrides)].map(([date, mark]) => ({ date, ...mark })).sort((a, b) => a.date.localeCompare(b.date));
}

const byDate = (a: OverrideEntry, b: OverrideEntry) => a.date.localeCompare(b.date);

export function withOverrideAdded(overrides: YearOverrides, kind: 'dayOff' | 'makeUp', entry: OverrideEntry): YearOverrides {
  const without = withOverrideRemoved(overrides, entry.date);
  return kind === 'dayOff'
    ? { ...without, extraDaysOff: [...without.extraDaysOff, entry].sort(byDate) }
    : { ...without, makeUpWorkdays: [...without.makeUpWorkdays, entry].sort(byDate) };
}

export function withOverrideRemoved(overrides: YearOverrides, date: string): YearOverrides {
  return {
    extraDaysOff: overrides.extraDaysOff.filter((d) => d.date !== date),
    makeUpWorkdays: overrides.makeUpWorkdays.filter((d) => d.date !== date),
  };
}

// ---- the override form ----

export interface OverrideFormValues {
  kind?: 'dayOff' | 'makeUp';
  /** "YYYY-MM-DD" (the page converts the date picker's value). */
  date?: string | null;
  nameVi?: string;
  nameEn?: string;
  legalBasis?: string;
}

export interface FieldProblem {
  name: string;
  key: MessageKey;
}

const text = (value: unknown): string => (typeof value === 'string' ? cleanText(value) : '');

/** The override to add, from the form's values (English name = Vietnamese when left empty). */
export function overrideEntryFrom(values: OverrideFormValues): OverrideEntry {
  const vi = text(values.nameVi);
  return { date: values.date ?? '', name: { vi, en: text(values.nameEn) || vi }, legalBasis: text(values.legalBasis) };
}

/**
 * Problems of an override before it is sent: a real date inside the year; a make-up working day
 * on a Saturday or Sunday (core refuses a weekday); a day off on a day that is worked today and a
 * make-up day on a day that is not, since anything else changes nothing.
 */
export function validateOverrideForm(values: OverrideFormValues, year: number, marks: ReadonlyMap<string, DayMark>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const date = values.date ?? '';
  if (!values.kind) problems.push({ name: 'kind', key: 'calendar.validation.kind_required' });
  if (!isLocalDate(date)) problems.push({ name: 'date', key: 'calendar.validation.date_required' });
  else if (!date.startsWith(`${String(year).padStart(4, '0')}-`))
    problems.push({ name: 'date', key: 'calendar.validation.date_outside_year' });
  else if (values.kind) {
    const weekend = isoWeekday(date as LocalDate) >= 6;
    const mark = marks.get(date);
    if (values.kind === 'makeUp') {
      if (!weekend) problems.push({ name: 'date', key: 'calendar.validation.make_up_weekend' });
      else if (mark?.kind === 'makeUp') problems.push({ name: 'date', key: 'calendar.validation.already_make_up' });
    } else if (mark?.kind === 'dayOff' || (weekend && mark?.kind !== 'makeUp')) {
      problems.push({ name: 'date', key: 'calendar.validation.already_day_off' });
    }
  }
  const nameVi = text(values.nameVi);
  if (nameVi === '') problems.push({ name: 'nameVi', key: 'calendar.validation.name_required' });
  else if (nameVi.length > 200) problems.push({ name: 'nameVi', key: 'validation.too_long' });
  if (text(values.nameEn).length > 200) problems.push({ name: 'nameEn', key: 'validation.too_long' });
  const basis = text(values.legalBasis);
  if (basis === '') problems.push({ name: 'legalBasis', key: 'calendar.validation.basis_required' });
  else if (basis.length > 300) problems.push({ name: 'legalBasis', key: 'validation.too_long' });
  return problems;
}

/** Where a refusal of the PUT is about ("body.extraDaysOff.0.legalBasis", or core's "makeUpWorkdays.0.date: …"). */
export function overrideFieldOfPath(path: string): string | null {
  const last = path
    .replace(/^body\./, '')
    .split(/[.:]/)[2]
    ?.trim();
  if (last === 'date') return 'date';
  if (last === 'legalBasis') return 'legalBasis';
  if (last === 'name') return path.includes('.en') ? 'nameEn' : 'nameVi';
  return null;
}

// ---- the deadline calculator ----

export interface DeadlineFormValues {
  from?: string | null;
  unit?: 'workingDays' | 'calendarDays';
  count?: number | null;
}

export function validateDeadlineForm(values: DeadlineFormValues): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!values.from || !isLocalDate(values.from)) problems.push({ name: 'from', key: 'calendar.validation.date_required' });
  else {
    const year = Number(values.from.slice(0, 4));
    if (year < CALENDAR_FIRST_YEAR || year > CALENDAR_LAST_YEAR) problems.push({ name: 'from', key: 'calendar.validation.year_range' });
  }
  const max = values.unit === 'calendarDays' ? 10_000 : 1_000;
  const count = values.count;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || count > max) {
    problems.push({
      name: 'count',
      key: values.unit === 'calendarDays' ? 'calendar.validation.calendar_days' : 'calendar.validation.working_days',
    });
  }
  return problems;
}

export function deadlineQueryFrom(values: DeadlineFormValues): { from: string; workingDays?: number; calendarDays?: number } {
  return values.unit === 'calendarDays'
    ? { from: values.from ?? '', calendarDays: values.count ?? 0 }
    : { from: values.from ?? '', workingDays: values.count ?? 0 };
}

/** Years offered by the selector: five either side of the current one, and the one shown. */
export function yearChoices(current: number, shown: number): number[] {
  const years = new Set<number>();
  for (let y = current - 5; y <= current + 5; y++) if (y >= CALENDAR_FIRST_YEAR && y <= CALENDAR_LAST_YEAR) years.add(y);
  if (shown >= CALENDAR_FIRST_YEAR && shown <= CALENDAR_LAST_YEAR) years.add(shown);
  return [...years].sort((a, b) => a - b);
}
