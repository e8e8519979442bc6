import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isDomainError } from '../errors.ts';
import { addDays, epochDayOf, isoWeekday, localDateFromEpochDay, parseLocalDate, type LocalDate } from './local-date.ts';
import type { YearOverrides } from './schedule-schema.ts';
import { createCalendar } from './working-calendar.ts';

const d = (value: string): LocalDate => parseLocalDate(value);
const failsWith = (code: string) => (error: unknown) => isDomainError(error) && error.code === code;
const range = (from: string, to: string): LocalDate[] => {
  const days: LocalDate[] = [];
  for (let day = epochDayOf(d(from)); day <= epochDayOf(d(to)); day += 1) days.push(localDateFromEpochDay(day));
  return days;
};
const basis = { vi: 'Quyết định của Chủ tịch UBND tỉnh', en: "Decision of the provincial People's Committee chair" };

describe('working days and time limits', () => {
  const calendar = createCalendar();

  it('calendar.md: a plan received Thu 12 Feb 2026 has its 07-working-day limit end Mon 2 Mar 2026 (13 Feb, then 23, 24, 25, 26, 27 Feb, 2 Mar)', () => {
    const deadline = calendar.deadlineFor('2026-02-12T15:20:00+07:00', { workingDays: 7 });
    assert.equal(deadline.triggeredOn, '2026-02-12');
    assert.equal(deadline.lastDay, '2026-03-02');
    assert.equal(deadline.endsAt.toISOString(), '2026-03-02T16:59:59.999Z');
    assert.equal(deadline.extendedFrom, null);
    const counted = range('2026-02-13', '2026-03-02').filter((day) => calendar.isWorkingDay(day));
    assert.deepEqual(counted, ['2026-02-13', '2026-02-23', '2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27', '2026-03-02']);
  });

  it('calendar.md: counting starts on the Vietnamese day after the event, so a receipt at 00:30 on 13 Feb (17:30Z on the 12th) ends a day later', () => {
    const deadline = calendar.deadlineFor(new Date('2026-02-12T17:30:00Z'), { workingDays: 7 });
    assert.equal(deadline.triggeredOn, '2026-02-13');
    assert.equal(deadline.lastDay, '2026-03-03');
  });

  it('calendar.md: Tết 2026 — no work from Sat 14 Feb to Sun 22 Feb, work on Fri 13 and Mon 23 Feb', () => {
    assert.ok(range('2026-02-14', '2026-02-22').every((day) => !calendar.isWorkingDay(day)));
    assert.ok(calendar.isWorkingDay(d('2026-02-13')));
    assert.ok(calendar.isWorkingDay(d('2026-02-23')));
  });

  it('calendar.md: Tết 2025 — no work from Sat 25 Jan to Sun 2 Feb, work on Fri 24 Jan and Mon 3 Feb', () => {
    assert.ok(range('2025-01-25', '2025-02-02').every((day) => !calendar.isWorkingDay(day)));
    assert.ok(calendar.isWorkingDay(d('2025-01-24')));
    assert.ok(calendar.isWorkingDay(d('2025-02-03')));
  });

  it('each day off carries its name in Vietnamese and English, its legal basis and its lunar date', () => {
    const day = calendar.describeDay(d('2026-02-16'));
    assert.equal(day.working, false);
    assert.equal(day.dayOff?.holiday, 'lunar_new_year');
    assert.equal(day.dayOff?.name.vi, 'Tết Âm lịch (Tết Nguyên đán)');
    assert.equal(day.dayOff?.name.en, 'Lunar New Year (Tết)');
    assert.match(day.dayOff?.legalBasis ?? '', /Labour Code 2019 Art\. 112\(1\)\(b\).*9441\/TB-BNV/);
    assert.deepEqual(day.lunar, { year: 2025, month: 12, day: 29, leap: false });
  });

  it('Labour Code 2019 Art. 111(3): Hùng Kings day 2026 is Sunday 26 Apr, so Monday 27 Apr is a compensatory day off', () => {
    const monday = calendar.describeDay(d('2026-04-27'));
    assert.equal(monday.working, false);
    assert.equal(monday.dayOff?.kind, 'compensatory');
    assert.equal(monday.dayOff?.legalBasis, 'Labour Code 2019 Art. 111(3)');
    assert.ok(calendar.isWorkingDay(d('2026-04-28')));
    // Without the shipped schedule the statutory computation reaches the same day.
    assert.equal(createCalendar({ schedules: [] }).describeDay(d('2026-04-27')).dayOff?.kind, 'compensatory');
  });

  it('shipped swaps: Fri 2 May 2025 off and Sat 26 Apr 2025 worked; Fri 2 Jan 2026 off and Sat 10 Jan 2026 worked', () => {
    assert.equal(calendar.isWorkingDay(d('2025-05-02')), false);
    assert.equal(calendar.isWorkingDay(d('2025-04-26')), true);
    assert.equal(calendar.describeDay(d('2025-04-26')).makeUpWorkday?.name.en, 'Make-up working day for Friday 2 May 2025');
    assert.equal(calendar.isWorkingDay(d('2026-01-02')), false);
    assert.equal(calendar.isWorkingDay(d('2026-01-10')), true);
  });

  it('a yearly schedule replaces the computed defaults: Tết 2025 is 27–31 Jan with it, 28 Jan – 1 Feb + Mon 3 Feb without', () => {
    const computed = createCalendar({ schedules: [] });
    assert.equal(calendar.isWorkingDay(d('2025-01-27')), false);
    assert.equal(calendar.isWorkingDay(d('2025-02-03')), true);
    assert.equal(computed.isWorkingDay(d('2025-01-27')), true);
    assert.equal(computed.isWorkingDay(d('2025-02-03')), false);
    assert.equal(calendar.yearPlan(2025).source, 'official');
    assert.equal(computed.yearPlan(2025).source, 'computed');
    assert.equal(calendar.yearPlan(2027).source, 'computed');
  });

  it('override: a make-up Saturday becomes a working day and limits count it', () => {
    const overrides: YearOverrides[] = [
      { year: 2027, makeUpWorkdays: [{ date: d('2027-03-13'), name: { vi: 'Làm bù', en: 'Make-up day' }, legalBasis: basis.vi }] },
    ];
    const adjusted = createCalendar({ overrides });
    assert.equal(isoWeekday(d('2027-03-13')), 6);
    assert.equal(calendar.isWorkingDay(d('2027-03-13')), false);
    assert.equal(adjusted.isWorkingDay(d('2027-03-13')), true);
    // From Friday 12 Mar 2027, one working day later is that Saturday instead of Monday 15 Mar.
    assert.equal(calendar.addWorkingDays(d('2027-03-12'), 1), '2027-03-15');
    assert.equal(adjusted.addWorkingDays(d('2027-03-12'), 1), '2027-03-13');
    assert.equal(adjusted.yearPlan(2027).overridden, true);
  });

  it('override: an extra day off stops being a working day and pushes limits back', () => {
    const adjusted = createCalendar({
      overrides: [{ year: 2027, extraDaysOff: [{ date: d('2027-03-12'), name: basis, legalBasis: 'Quyết định 12/QĐ-UBND' }] }],
    });
    assert.equal(adjusted.isWorkingDay(d('2027-03-12')), false);
    assert.equal(adjusted.describeDay(d('2027-03-12')).dayOff?.kind, 'extra');
    assert.equal(calendar.addWorkingDays(d('2027-03-10'), 2), '2027-03-12');
    assert.equal(adjusted.addWorkingDays(d('2027-03-10'), 2), '2027-03-15');
  });

  it('overrides outrank the official schedule: an extra day off on a make-up Saturday cancels it', () => {
    const adjusted = createCalendar({
      overrides: [{ year: 2025, extraDaysOff: [{ date: d('2025-04-26'), name: basis, legalBasis: 'Quyết định 1/QĐ-UBND' }] }],
    });
    assert.equal(adjusted.isWorkingDay(d('2025-04-26')), false);
  });

  it('Civil Code 2015 Art. 148(5): a calendar-day limit ending on a day off ends on the next working day', () => {
    // 10 calendar days after Friday 6 Feb 2026 is Monday 16 Feb, a Tết day: the limit runs to Monday 23 Feb.
    const extended = calendar.deadlineFor('2026-02-06T09:00:00+07:00', { calendarDays: 10 });
    assert.equal(extended.lastDay, '2026-02-23');
    assert.equal(extended.extendedFrom, '2026-02-16');
    assert.match(extended.legalBasis, /Art\. 148\(5\)/);
    const plain = calendar.deadlineFor('2026-02-06T09:00:00+07:00', { calendarDays: 5 });
    assert.equal(plain.lastDay, '2026-02-11');
    assert.equal(plain.extendedFrom, null);
  });

  it('remaining working days count today while it lasts and turn negative once the limit has passed', () => {
    const due = d('2026-03-02');
    assert.equal(calendar.remainingWorkingDays('2026-02-27T10:00:00+07:00', due), 2);
    assert.equal(calendar.remainingWorkingDays('2026-02-28T10:00:00+07:00', due), 1);
    assert.equal(calendar.remainingWorkingDays('2026-03-02T23:59:00+07:00', due), 1);
    assert.equal(calendar.remainingWorkingDays('2026-03-02T17:00:00Z', due), -1);
    assert.equal(calendar.remainingWorkingDays('2026-03-07T10:00:00+07:00', due), -4);
    // Overdue on the weekend right after a Friday limit is still overdue.
    assert.equal(calendar.remainingWorkingDays('2026-03-07T10:00:00+07:00', d('2026-03-06')), -1);
    assert.equal(calendar.remainingWorkingDays('2026-02-12T10:00:00+07:00', due), 8);
  });

  it('refuses bad data and arguments with stable codes', () => {
    const saturdayAsDayOff = { vi: 'x', en: 'x' };
    assert.throws(
      () =>
        createCalendar({
          overrides: [{ year: 2027, makeUpWorkdays: [{ date: d('2027-03-12'), name: saturdayAsDayOff, legalBasis: 'x' }] }],
        }),
      failsWith('calendar.invalid_override'),
    );
    assert.throws(
      () =>
        createCalendar({ overrides: [{ year: 2027, extraDaysOff: [{ date: d('2028-01-05'), name: saturdayAsDayOff, legalBasis: 'x' }] }] }),
      failsWith('calendar.invalid_override'),
    );
    assert.throws(
      () =>
        createCalendar({
          overrides: [
            { year: 2027, extraDaysOff: [{ date: d('2027-03-12'), name: saturdayAsDayOff, legalBasis: 'x' }] },
            { year: 2027, extraDaysOff: [{ date: d('2027-03-12'), name: saturdayAsDayOff, legalBasis: 'x' }] },
          ],
        }),
      failsWith('calendar.invalid_override'),
    );
    const schedule2027 = createCalendar({ schedules: [] }).yearPlan(2027);
    const valid = { year: 2027, daysOff: schedule2027.daysOff, makeUpWorkdays: [], sources: ['test'] };
    assert.doesNotThrow(() => createCalendar({ schedules: [valid] }));
    assert.throws(() => createCalendar({ schedules: [valid, valid] }), failsWith('calendar.invalid_schedule'));
    assert.throws(() => createCalendar({ schedules: [{ ...valid, year: 2028 }] }), failsWith('calendar.invalid_schedule'));
    assert.throws(() => createCalendar({ schedules: [{ ...valid, sources: [] }] }), failsWith('calendar.invalid_schedule'));
    assert.throws(() => createCalendar({ rules: { tetDaysBeforeNewYear: 6 } }), failsWith('calendar.invalid_rules'));
    assert.throws(() => calendar.addWorkingDays(d('2026-01-05'), -1), failsWith('calendar.invalid_argument'));
    assert.throws(() => calendar.deadlineFor('2026-01-05T10:00:00+07:00', { workingDays: 1.5 }), failsWith('calendar.invalid_argument'));
    assert.throws(() => calendar.isWorkingDay(d('2200-01-02')), failsWith('calendar.out_of_range'));
  });

  it('the data handed out is frozen, so one caller cannot change another caller’s calendar', () => {
    const plan = calendar.yearPlan(2026);
    assert.throws(() => {
      (plan.daysOff[0] as { date: string }).date = '2026-01-05';
    }, TypeError);
    assert.equal(calendar.isWorkingDay(d('2026-01-01')), false);
  });
});

describe('working-day arithmetic properties', () => {
  // A random calendar: shipped schedules plus random extra days off and make-up Saturdays in 2027.
  const overridesArbitrary = fc
    .record({
      offs: fc.uniqueArray(fc.integer({ min: 0, max: 364 }), { maxLength: 12 }),
      saturdays: fc.uniqueArray(fc.integer({ min: 0, max: 51 }), { maxLength: 6 }),
    })
    .map(({ offs, saturdays }): YearOverrides => {
      const firstSaturday = d('2027-01-02');
      const makeUpDates = new Set(saturdays.map((week) => addDays(firstSaturday, week * 7)));
      return {
        year: 2027,
        extraDaysOff: offs
          .map((offset) => addDays(d('2027-01-01'), offset))
          .filter((date) => !makeUpDates.has(date))
          .map((date) => ({ date, name: basis, legalBasis: 'test' })),
        makeUpWorkdays: [...makeUpDates].map((date) => ({ date, name: basis, legalBasis: 'test' })),
      };
    });
  const startArbitrary = fc.integer({ min: epochDayOf(d('2024-06-01')), max: epochDayOf(d('2028-06-30')) }).map(localDateFromEpochDay);

  it('addWorkingDays lands on a working day, is strictly increasing in n, and workingDaysBetween(d, addWorkingDays(d, n)) = n', () => {
    fc.assert(
      fc.property(
        overridesArbitrary,
        startArbitrary,
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 40 }),
        (overrides, start, a, b) => {
          const calendar = createCalendar({ overrides: [overrides] });
          const [n1, n2] = a <= b ? [a, b] : [b, a];
          const first = calendar.addWorkingDays(start, n1);
          const second = calendar.addWorkingDays(start, n2);
          assert.ok(calendar.isWorkingDay(first) && calendar.isWorkingDay(second));
          assert.ok(n1 === n2 ? first === second : epochDayOf(first) < epochDayOf(second));
          assert.ok(epochDayOf(first) > epochDayOf(start));
          assert.equal(calendar.workingDaysBetween(start, first), n1);
          assert.equal(calendar.workingDaysBetween(first, start), -n1);
          assert.equal(calendar.workingDaysBetween(first, second), n2 - n1);
          assert.equal(calendar.addWorkingDays(start, 0), start);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('subtractWorkingDays undoes addWorkingDays from any working day', () => {
    fc.assert(
      fc.property(overridesArbitrary, startArbitrary, fc.integer({ min: 0, max: 40 }), (overrides, start, n) => {
        const calendar = createCalendar({ overrides: [overrides] });
        const workingStart = calendar.isWorkingDay(start) ? start : calendar.addWorkingDays(start, 1);
        const earlier = calendar.subtractWorkingDays(workingStart, n);
        assert.equal(calendar.addWorkingDays(earlier, n), workingStart);
        if (n > 0) assert.ok(calendar.isWorkingDay(earlier));
      }),
      { numRuns: 300 },
    );
  });

  it('a working-day deadline always ends on a working day at 23:59:59.999 Vietnam time', () => {
    const calendar = createCalendar();
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2028, 11, 1) }), fc.integer({ min: 1, max: 30 }), (ms, n) => {
        const deadline = calendar.deadlineFor(new Date(ms), { workingDays: n });
        assert.ok(calendar.isWorkingDay(deadline.lastDay));
        assert.equal(calendar.workingDaysBetween(deadline.triggeredOn, deadline.lastDay), n);
        assert.equal(deadline.endsAt.getTime() % 86_400_000, 86_400_000 - 7 * 3_600_000 - 1);
        assert.equal(
          calendar.remainingWorkingDays(new Date(ms), deadline.lastDay),
          calendar.isWorkingDay(deadline.triggeredOn) ? n + 1 : n,
        );
      }),
      { numRuns: 300 },
    );
  });
});
