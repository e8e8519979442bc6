import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createCalendar, parseLocalDate } from '@khien/core/calendar';
import {
  dayMarks,
  deadlineQueryFrom,
  monthGrid,
  overrideEntryFrom,
  overrideFieldOfPath,
  overridesOf,
  validateDeadlineForm,
  validateOverrideForm,
  withOverrideAdded,
  withOverrideRemoved,
  yearChoices,
  yearRows,
  type CalendarYear,
  type YearOverrides,
} from './calendar-model.ts';

const provincialDayOff = {
  date: '2026-03-02',
  name: { vi: 'Nghỉ theo Quyết định của UBND tỉnh', en: 'Provincial day off' },
  legalBasis: 'Quyết định số 5/QĐ-UBND (1/2/2026)',
};
const makeUpSaturday = {
  date: '2026-03-07',
  name: { vi: 'Làm bù cho thứ Hai 2/3/2026', en: 'Make-up for Monday 2 March 2026' },
  legalBasis: 'Quyết định số 5/QĐ-UBND (1/2/2026)',
};

/** What GET /calendar/2026 answers: the server builds it with the same core calendar. */
function viewOf(overrides: YearOverrides | null, version = 0): CalendarYear {
  const dated = (entries: YearOverrides['extraDaysOff']) => entries.map((d) => ({ ...d, date: parseLocalDate(d.date) }));
  const calendar = createCalendar({
    overrides: overrides
      ? [{ year: 2026, extraDaysOff: dated(overrides.extraDaysOff), makeUpWorkdays: dated(overrides.makeUpWorkdays) }]
      : [],
  });
  const plan = calendar.yearPlan(2026);
  return { ...plan, daysOff: plan.daysOff.map((d) => ({ ...d, holiday: d.holiday ?? null })), overridesVersion: version };
}
const base = createCalendar().yearPlan(2026);

describe("holiday calendar: the administrator's overrides and the year's marks", () => {
  it('a year without overrides has none; the official make-up Saturday 10/1/2026 is not one', () => {
    const view = viewOf(null);
    assert.deepEqual(overridesOf(view, base), { extraDaysOff: [], makeUpWorkdays: [] });
    assert.ok(view.makeUpWorkdays.some((d) => d.date === '2026-01-10'));
  });

  it('recovers exactly the overrides the server applied, so a PUT keeps them', () => {
    const overrides = { extraDaysOff: [provincialDayOff], makeUpWorkdays: [makeUpSaturday] };
    assert.deepEqual(overridesOf(viewOf(overrides, 1), base), overrides);
  });

  it('marks Tết 2026 (16–20/2) as days off, 10/1 as a make-up day, overrides as removable', () => {
    const overrides = { extraDaysOff: [provincialDayOff], makeUpWorkdays: [] };
    const marks = dayMarks(viewOf(overrides, 1), overrides);
    for (const date of ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']) {
      assert.equal(marks.get(date)?.kind, 'dayOff', date);
      assert.equal(marks.get(date)?.offKind, 'holiday', date);
      assert.equal(marks.get(date)?.override, false, date);
    }
    assert.equal(marks.get('2026-01-10')?.kind, 'makeUp');
    assert.equal(marks.get('2026-04-27')?.offKind, 'compensatory', 'Hùng Kings day fell on Sunday 26/4');
    assert.deepEqual(marks.get('2026-03-02'), {
      kind: 'dayOff',
      offKind: 'extra',
      name: provincialDayOff.name,
      legalBasis: provincialDayOff.legalBasis,
      status: 'confirmed',
      override: true,
    });
    const rows = yearRows(viewOf(overrides, 1), overrides);
    assert.deepEqual(
      rows.map((r) => r.date),
      [...rows.map((r) => r.date)].sort(),
    );
  });
});

describe('month grid', () => {
  it('February 2026 starts on a Sunday: six blanks, then weeks Monday → Sunday', () => {
    const view = viewOf(null);
    const weeks = monthGrid(2026, 2, dayMarks(view, overridesOf(view, base)));
    assert.equal(weeks[0]!.filter((c) => c === null).length, 6);
    assert.equal(weeks[0]![6]!.date, '2026-02-01');
    assert.equal(weeks[0]![6]!.kind, 'weekend');
    assert.ok(weeks.every((w) => w.length === 7));
    const days = weeks.flat().filter((c) => c !== null);
    assert.equal(days.length, 28);
    assert.equal(days.find((c) => c.date === '2026-02-16')!.kind, 'dayOff');
    assert.equal(days.find((c) => c.date === '2026-02-23')!.kind, 'workday');
    assert.equal(days.find((c) => c.date === '2026-02-23')!.weekday, 1);
  });

  it('leap years and the make-up Saturday', () => {
    assert.equal(
      monthGrid(2028, 2, new Map())
        .flat()
        .filter((c) => c !== null).length,
      29,
    );
    const view = viewOf(null);
    const january = monthGrid(2026, 1, dayMarks(view, overridesOf(view, base))).flat();
    const tenth = january.find((c) => c?.date === '2026-01-10')!;
    assert.equal(tenth.weekday, 6);
    assert.equal(tenth.kind, 'makeUp');
  });
});

describe('override editing (PUT /calendar/{year}/overrides body)', () => {
  it('adding replaces any override on the same date; removing drops it', () => {
    const one = withOverrideAdded({ extraDaysOff: [], makeUpWorkdays: [] }, 'dayOff', provincialDayOff);
    assert.deepEqual(one, { extraDaysOff: [provincialDayOff], makeUpWorkdays: [] });
    const swapped = withOverrideAdded(one, 'makeUp', { ...makeUpSaturday, date: '2026-03-02' });
    assert.deepEqual(swapped.extraDaysOff, []);
    assert.equal(swapped.makeUpWorkdays.length, 1);
    assert.deepEqual(withOverrideRemoved(one, '2026-03-02'), { extraDaysOff: [], makeUpWorkdays: [] });
  });

  it('the English reason defaults to the Vietnamese one; spaces are cleaned', () => {
    assert.deepEqual(overrideEntryFrom({ date: '2026-03-02', nameVi: '  Nghỉ  theo QĐ ', legalBasis: ' QĐ 5 ' }), {
      date: '2026-03-02',
      name: { vi: 'Nghỉ theo QĐ', en: 'Nghỉ theo QĐ' },
      legalBasis: 'QĐ 5',
    });
  });

  it('a make-up working day must be a Saturday or Sunday (core refuses a weekday)', () => {
    const view = viewOf(null);
    const marks = dayMarks(view, overridesOf(view, base));
    const ok = { kind: 'makeUp' as const, date: '2026-03-07', nameVi: 'Làm bù', legalBasis: 'QĐ 5' };
    assert.deepEqual(validateOverrideForm(ok, 2026, marks), []);
    assert.deepEqual(validateOverrideForm({ ...ok, date: '2026-03-04' }, 2026, marks), [
      { name: 'date', key: 'calendar.validation.make_up_weekend' },
    ]);
    assert.deepEqual(validateOverrideForm({ ...ok, date: '2026-01-10' }, 2026, marks), [
      { name: 'date', key: 'calendar.validation.already_make_up' },
    ]);
  });

  it('a day off must be a day that is worked now, inside the year', () => {
    const view = viewOf(null);
    const marks = dayMarks(view, overridesOf(view, base));
    const ok = { kind: 'dayOff' as const, date: '2026-03-02', nameVi: 'Nghỉ', legalBasis: 'QĐ 5' };
    assert.deepEqual(validateOverrideForm(ok, 2026, marks), []);
    assert.deepEqual(validateOverrideForm({ ...ok, date: '2026-02-17' }, 2026, marks), [
      { name: 'date', key: 'calendar.validation.already_day_off' },
    ]);
    assert.deepEqual(validateOverrideForm({ ...ok, date: '2026-03-07' }, 2026, marks), [
      { name: 'date', key: 'calendar.validation.already_day_off' },
    ]);
    assert.deepEqual(
      validateOverrideForm({ ...ok, date: '2026-01-10' }, 2026, marks),
      [],
      'an official make-up Saturday can be given off again',
    );
    assert.deepEqual(validateOverrideForm({ ...ok, date: '2027-01-04' }, 2026, marks), [
      { name: 'date', key: 'calendar.validation.date_outside_year' },
    ]);
    assert.deepEqual(validateOverrideForm({ ...ok, date: '2026-02-30' }, 2026, marks), [
      { name: 'date', key: 'calendar.validation.date_required' },
    ]);
  });

  it("reason and legal basis are required, with the server's lengths", () => {
    const problems = validateOverrideForm(
      { kind: 'dayOff', date: '2026-03-02', nameVi: ' ', nameEn: 'x'.repeat(201), legalBasis: 'x'.repeat(301) },
      2026,
      new Map(),
    );
    assert.deepEqual(problems, [
      { name: 'nameVi', key: 'calendar.validation.name_required' },
      { name: 'nameEn', key: 'validation.too_long' },
      { name: 'legalBasis', key: 'validation.too_long' },
    ]);
    assert.deepEqual(
      validateOverrideForm({}, 2026, new Map()).map((p) => p.name),
      ['kind', 'date', 'nameVi', 'legalBasis'],
    );
  });

  it('server refusal paths map to the form fields', () => {
    assert.equal(overrideFieldOfPath('body.extraDaysOff.0.legalBasis'), 'legalBasis');
    assert.equal(overrideFieldOfPath('makeUpWorkdays.0.date: 2026-03-04 is not a Saturday or Sunday'), 'date');
    assert.equal(overrideFieldOfPath('body.makeUpWorkdays.1.name.en'), 'nameEn');
    assert.equal(overrideFieldOfPath('body.makeUpWorkdays.1.name.vi'), 'nameVi');
    assert.equal(overrideFieldOfPath('body'), null);
  });
});

describe('deadline calculator', () => {
  it('accepts 0–1000 working days or 0–10000 calendar days from a real date', () => {
    assert.deepEqual(validateDeadlineForm({ from: '2026-02-12', unit: 'workingDays', count: 7 }), []);
    assert.deepEqual(validateDeadlineForm({ from: '2026-02-12', unit: 'workingDays', count: 1001 }), [
      { name: 'count', key: 'calendar.validation.working_days' },
    ]);
    assert.deepEqual(validateDeadlineForm({ from: '2026-02-12', unit: 'calendarDays', count: 1001 }), []);
    assert.deepEqual(validateDeadlineForm({ from: '2026-02-12', unit: 'calendarDays', count: -1 }), [
      { name: 'count', key: 'calendar.validation.calendar_days' },
    ]);
    assert.deepEqual(
      validateDeadlineForm({ from: null, unit: 'workingDays', count: 1.5 }).map((p) => p.name),
      ['from', 'count'],
    );
  });

  it('asks the server for exactly one kind of limit', () => {
    assert.deepEqual(deadlineQueryFrom({ from: '2026-02-12', unit: 'workingDays', count: 7 }), { from: '2026-02-12', workingDays: 7 });
    assert.deepEqual(deadlineQueryFrom({ from: '2026-02-12', unit: 'calendarDays', count: 30 }), { from: '2026-02-12', calendarDays: 30 });
  });

  it('offers five years either side and keeps the one shown', () => {
    assert.deepEqual(yearChoices(2026, 2026), [2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031]);
    assert.equal(yearChoices(2026, 2040).at(-1), 2040);
    assert.equal(yearChoices(2026, 1800).includes(1800), false);
  });
});
