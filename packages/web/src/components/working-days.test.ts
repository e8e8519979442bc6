import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addDays, createCalendar, parseLocalDate } from '@khien/core/calendar';
import { calendarYearsFor, dueStatus, MAX_CALENDAR_YEARS, workingDaysLeft, type CalendarYear } from './working-days.ts';

// The calendar in force as GET /api/v1/calendar/{year} publishes it (the server builds it with core).
const core = createCalendar();
const year = (y: number): CalendarYear => core.yearPlan(y);
const YEARS = [2025, 2026, 2027].map(year);

describe('working days left before a due date (inbox "còn N ngày làm việc")', () => {
  it('calendar.md: a plan received Thu 12/02/2026 is due Mon 02/03/2026; Tết 16–20/02 does not count', () => {
    // 13 Feb, then 23, 24, 25, 26, 27 Feb and 2 Mar: 7 working days after the 12th, 8 with the 12th itself.
    assert.equal(workingDaysLeft('2026-02-12', '2026-03-02', YEARS), 8);
    assert.equal(workingDaysLeft('2026-02-13', '2026-03-02', YEARS), 7);
    assert.equal(workingDaysLeft('2026-02-16', '2026-03-02', YEARS), 6, 'from a Tết day off: 23/02 … 02/03');
  });

  it('the due day itself counts (1 on the last day), the weekend does not', () => {
    assert.equal(workingDaysLeft('2026-11-23', '2026-11-23', YEARS), 1, 'Monday, due the same day');
    assert.equal(workingDaysLeft('2026-11-21', '2026-11-23', YEARS), 1, 'Saturday, due Monday');
    assert.equal(workingDaysLeft('2026-11-20', '2026-11-23', YEARS), 2, 'Friday, due Monday');
    assert.equal(workingDaysLeft('2026-11-24', '2026-11-23', YEARS), 0, 'past');
  });

  it('a make-up Saturday is a working day; a swapped weekday is not (New Year 2026)', () => {
    // 02/01/2026 (Friday) is off, swapped for Saturday 10/01/2026.
    assert.equal(workingDaysLeft('2026-01-02', '2026-01-02', YEARS), 0);
    assert.equal(workingDaysLeft('2026-01-10', '2026-01-10', YEARS), 1);
    assert.equal(workingDaysLeft('2026-01-09', '2026-01-12', YEARS), 3, 'Fri 9, Sat 10 (make-up), Mon 12');
  });

  it('an administrator override published by the server is followed', () => {
    const withExtraDayOff: CalendarYear = { ...year(2026), daysOff: [...year(2026).daysOff, { date: '2026-11-24' }] };
    assert.equal(workingDaysLeft('2026-11-23', '2026-11-25', YEARS), 3);
    assert.equal(workingDaysLeft('2026-11-23', '2026-11-25', [withExtraDayOff]), 2);
  });

  it('a year it was not given, or a date that is not a calendar day, gives no count', () => {
    assert.equal(workingDaysLeft('2026-12-30', '2027-01-05', [year(2026)]), null);
    assert.equal(workingDaysLeft('2026-12-30', '05/01/2027', YEARS), null);
    assert.equal(workingDaysLeft('2026-02-30', '2026-03-02', YEARS), null);
  });

  it("agrees with core's remainingWorkingDays for any day and due date across 2025–2027", () => {
    const day = fc.integer({ min: 0, max: 3 * 365 - 1 }).map((n) => addDays(parseLocalDate('2025-01-01'), n));
    fc.assert(
      fc.property(day, day, (today, dueOn) => {
        fc.pre(dueOn >= today);
        const now = new Date(`${today}T09:00:00+07:00`);
        assert.equal(workingDaysLeft(today, dueOn, YEARS), core.remainingWorkingDays(now, dueOn));
      }),
      { numRuns: 300 },
    );
  });
});

describe('the due-date tag', () => {
  it("the server's overdue flag wins; a past date is overdue even with a stale flag", () => {
    assert.deepEqual(dueStatus({ dueOn: '2026-11-30', overdue: true }, '2026-11-23', YEARS), { kind: 'overdue' });
    assert.deepEqual(dueStatus({ dueOn: '2026-11-20', overdue: false }, '2026-11-23', YEARS), { kind: 'overdue' });
  });

  it('due today, days left, or unknown when the calendar year is missing', () => {
    assert.deepEqual(dueStatus({ dueOn: '2026-11-23', overdue: false }, '2026-11-23', YEARS), { kind: 'today' });
    assert.deepEqual(dueStatus({ dueOn: '2026-11-27', overdue: false }, '2026-11-23', YEARS), { kind: 'left', days: 5 });
    assert.deepEqual(dueStatus({ dueOn: '2027-01-05', overdue: false }, '2026-12-30', [year(2026)]), { kind: 'unknown' });
  });
});

describe('which calendar years to fetch', () => {
  it("from today's year to the latest future due year, nothing when no date is ahead", () => {
    assert.deepEqual(calendarYearsFor('2026-11-23', ['2026-11-25', '2027-05-28', '2026-11-03']), [2026, 2027]);
    assert.deepEqual(calendarYearsFor('2026-11-23', ['2026-11-03', '2026-11-23']), []);
    assert.deepEqual(calendarYearsFor('2026-11-23', []), []);
    assert.deepEqual(calendarYearsFor('2026-11-23', ['garbage', '2026-12-01']), [2026]);
  });

  it('capped, so a far date does not fetch a decade of calendars', () => {
    const years = calendarYearsFor('2026-11-23', ['2040-01-01']);
    assert.equal(years.length, MAX_CALENDAR_YEARS);
    assert.equal(years[0], 2026);
  });
});
