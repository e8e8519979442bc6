import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { computeDefaultSchedule, type DayOff, type YearSchedule } from './holidays.ts';
import { isoWeekday, parseLocalDate } from './local-date.ts';
import { lunarNewYear, lunarToSolar } from './lunar.ts';
import { OFFICIAL_SCHEDULES } from './official-schedules.ts';
import { yearScheduleSchema } from './schedule-schema.ts';

const summary = (days: readonly DayOff[]): string[] => days.map((d) => `${d.date} ${d.kind} ${d.holiday ?? '-'}`);

describe('statutory holidays and default rules', () => {
  it('Labour Code 2019 Art. 112(1) + 111(3): in 2022 Hùng Kings day (Sun 10 Apr) gave Mon 11 Apr, and 30/4–1/5 (Sat–Sun) gave Mon 2 and Tue 3 May', () => {
    // Published 2022 schedule: 3 days off for Hùng Kings (9–11 Apr), 4 for 30/4–1/5 (30 Apr – 3 May),
    // VietnamPlus infographic reproduced at qbtv.vn (5 Apr 2022).
    const days = summary(computeDefaultSchedule(2022).daysOff);
    for (const expected of [
      '2022-04-10 holiday hung_kings',
      '2022-04-11 compensatory hung_kings',
      '2022-04-30 holiday victory_day',
      '2022-05-01 holiday labour_day',
      '2022-05-02 compensatory victory_day',
      '2022-05-03 compensatory labour_day',
    ]) {
      assert.ok(days.includes(expected), `${expected} missing from ${days.join(', ')}`);
    }
  });

  it('Labour Code 2019 Art. 111(3): 1 Jan 2028 is a Saturday, so Monday 3 Jan 2028 is the compensatory day', () => {
    const days = summary(computeDefaultSchedule(2028).daysOff);
    assert.deepEqual(days.slice(0, 2), ['2028-01-01 holiday new_year', '2028-01-03 compensatory new_year']);
  });

  it('default Tết rule (configurable): the last day of the lunar year and the first 4 days of the new one, weekend days compensated after', () => {
    // Tết Đinh Mùi is Saturday 6 Feb 2027; the last day of Bính Ngọ is Friday 5 Feb.
    assert.equal(lunarNewYear(2027), '2027-02-06');
    const tet = computeDefaultSchedule(2027).daysOff.filter((d) => d.holiday === 'lunar_new_year');
    assert.deepEqual(summary(tet), [
      '2027-02-05 holiday lunar_new_year',
      '2027-02-06 holiday lunar_new_year',
      '2027-02-07 holiday lunar_new_year',
      '2027-02-08 holiday lunar_new_year',
      '2027-02-09 holiday lunar_new_year',
      '2027-02-10 compensatory lunar_new_year',
      '2027-02-11 compensatory lunar_new_year',
    ]);
    assert.ok(tet.every((d) => d.status === 'configurable'));
  });

  it('the Tết split and the National Day neighbour are configurable: 2 days before Tết and 3 Sep reproduce the 2025 Tết days', () => {
    const schedule = computeDefaultSchedule(2025, { tetDaysBeforeNewYear: 2, nationalDayAdjacent: 'after' });
    const tet = schedule.daysOff.filter((d) => d.holiday === 'lunar_new_year').map((d) => d.date);
    assert.deepEqual(tet, ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31']);
    const national = schedule.daysOff.filter((d) => d.holiday === 'national_day');
    assert.deepEqual(
      national.map((d) => `${d.date} ${d.status}`),
      ['2025-09-02 confirmed', '2025-09-03 configurable'],
    );
  });

  it('default rule: two holidays on one day (Hùng Kings day on 30 Apr 1947, after a leap 2nd month) give a compensatory day, as a weekend does', () => {
    assert.equal(lunarToSolar({ year: 1947, month: 3, day: 10, leap: false }), '1947-04-30');
    const days = summary(computeDefaultSchedule(1947).daysOff).filter((d) => d.startsWith('1947-04') || d.startsWith('1947-05'));
    assert.deepEqual(days, ['1947-04-30 holiday hung_kings', '1947-05-01 holiday labour_day', '1947-05-02 compensatory victory_day']);
  });

  it('every computed day off names its holiday in Vietnamese and English and gives its legal basis, 1968–2199', () => {
    for (let year = 1968; year <= 2199; year += 1) {
      const schedule = computeDefaultSchedule(year);
      assert.ok(yearScheduleSchema.safeParse(schedule).success, `${year}`);
      // 11 statutory days, plus one compensatory day for each that falls on a weekend.
      const weekendHolidays = schedule.daysOff.filter((d) => d.kind === 'holiday' && isoWeekday(d.date) >= 6).length;
      assert.equal(schedule.daysOff.length, 11 + weekendHolidays, `${year}`);
      for (const day of schedule.daysOff) {
        assert.ok(day.name.vi.length > 0 && day.name.en.length > 0 && /Labour Code 2019 Art\. 11[12]/.test(day.legalBasis));
        if (day.kind === 'compensatory') assert.ok(isoWeekday(day.date) < 6, `${day.date} compensatory on a weekend`);
      }
    }
  });
});

describe('shipped official schedules', () => {
  const byYear = new Map<number, YearSchedule>(OFFICIAL_SCHEDULES.map((s) => [s.year, s]));

  it('are valid schedules for 2025 and 2026', () => {
    assert.deepEqual([...byYear.keys()], [2025, 2026]);
    for (const schedule of OFFICIAL_SCHEDULES) {
      const parsed = yearScheduleSchema.safeParse(schedule);
      assert.ok(parsed.success, JSON.stringify(parsed.error?.issues));
    }
  });

  it('calendar.md: Tết 2025 off Mon 27 – Fri 31 Jan and Tết 2026 off Mon 16 – Fri 20 Feb, each containing the computed Tết', () => {
    const tet = (year: number): string[] =>
      (byYear.get(year) as YearSchedule).daysOff.filter((d) => d.holiday === 'lunar_new_year').map((d) => d.date);
    assert.deepEqual(tet(2025), ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31']);
    assert.deepEqual(tet(2026), ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']);
    assert.ok(tet(2025).includes(lunarNewYear(2025)));
    assert.ok(tet(2026).includes(lunarNewYear(2026)));
  });

  it('the data agrees with the computation: Hùng Kings days are 10/3 lunar and fixed-date holidays are on their dates', () => {
    for (const schedule of OFFICIAL_SCHEDULES) {
      const hung = schedule.daysOff.filter((d) => d.holiday === 'hung_kings' && d.kind === 'holiday').map((d) => d.date);
      assert.deepEqual(hung, [lunarToSolar({ year: schedule.year, month: 3, day: 10, leap: false })]);
      const dated = (key: string): string[] =>
        schedule.daysOff.filter((d) => d.holiday === key && d.kind === 'holiday').map((d) => d.date.slice(5));
      assert.deepEqual(dated('new_year'), ['01-01']);
      assert.deepEqual(dated('victory_day'), ['04-30']);
      assert.deepEqual(dated('labour_day'), ['05-01']);
      assert.ok(dated('national_day').includes('09-02'));
    }
  });

  it('swaps are balanced: each year has as many swapped days off as make-up Saturdays', () => {
    for (const schedule of OFFICIAL_SCHEDULES) {
      const swapped = schedule.daysOff.filter((d) => d.kind === 'swapped');
      assert.equal(swapped.length, schedule.makeUpWorkdays.length, String(schedule.year));
      for (const workday of schedule.makeUpWorkdays) assert.equal(isoWeekday(parseLocalDate(workday.date)), 6);
    }
  });
});
