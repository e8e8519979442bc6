import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isDomainError } from '../errors.ts';
import { HND_FIRST_YEAR, HND_YEAR_CODES, hndLunarYear, type HndLunarMonth } from './hnd-lunar-table.fixture.ts';
import { epochDayOf, localDateFromEpochDay, parseLocalDate, type LocalDate } from './local-date.ts';
import {
  LUNAR_CALENDAR_RANGE,
  MERIDIAN_HOURS,
  formatLunarDate,
  lunarNewYear,
  lunarToSolar,
  lunarToSolarAtMeridian,
  lunarYearName,
  solarToLunar,
  solarToLunarAtMeridian,
  type LunarDate,
} from './lunar.ts';

const HND_LAST_YEAR = HND_FIRST_YEAR + HND_YEAR_CODES.length - 1;
const d = (value: string): LocalDate => parseLocalDate(value);
const allTableMonths: HndLunarMonth[] = [];
for (let year = HND_FIRST_YEAR; year <= HND_LAST_YEAR; year += 1) allTableMonths.push(...hndLunarYear(year));

/**
 * Months whose first day in Hồ Ngọc Đức's table differs from our computation, with the reason.
 * The tests below fail if any other month differs or if one of these stops differing.
 */
const KNOWN_DIVERGENCES: ReadonlyArray<{ year: number; month: number; table: string; computed: string; why: string }> = [
  {
    year: 1925,
    month: 1,
    table: '1925-01-25',
    computed: '1925-01-24',
    why:
      'the new moon fell at 22:45 on 24 Jan at 120°E (22:30 at Beijing), so no meridian of the era gives 25 Jan; ' +
      'the table follows some other source for that year, which we cannot reproduce',
  },
  {
    year: 2054,
    month: 4,
    table: '2054-05-07',
    computed: '2054-05-08',
    why: 'the new moon falls 23 s after midnight UTC+7, within the uncertainty of ΔT in 2054',
  },
];

function tableMonthOf(epochDay: number): HndLunarMonth | undefined {
  // Months are sorted; binary search for the last one starting on or before the day.
  let low = 0;
  let high = allTableMonths.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if ((allTableMonths[mid] as HndLunarMonth).firstEpochDay <= epochDay) low = mid;
    else high = mid - 1;
  }
  return allTableMonths[low];
}

describe('Vietnamese lunar calendar', () => {
  it('fixture integrity: every year of the published table ends the day before the next Tết', () => {
    for (let year = HND_FIRST_YEAR; year < HND_LAST_YEAR; year += 1) {
      const months = hndLunarYear(year);
      const last = months[months.length - 1] as HndLunarMonth;
      const nextTet = (hndLunarYear(year + 1)[0] as HndLunarMonth).firstEpochDay;
      assert.equal(last.firstEpochDay + last.length, nextTet, `lunar year ${year}`);
    }
  });

  it('Tết 1900–2199 matches Hồ Ngọc Đức’s published table every year except Tết 1925', () => {
    const differing: string[] = [];
    for (let year = HND_FIRST_YEAR; year <= HND_LAST_YEAR; year += 1) {
      const table = localDateFromEpochDay((hndLunarYear(year)[0] as HndLunarMonth).firstEpochDay);
      const computed = lunarNewYear(year);
      if (computed !== table) differing.push(`${year}: table ${table}, computed ${computed}`);
    }
    assert.deepEqual(differing, ['1925: table 1925-01-25, computed 1925-01-24']);
  });

  it('every month 1900–2199 (≈3,700, leap months included) starts on the day the published table gives, except the documented ones', () => {
    const differing: string[] = [];
    const lastDay = epochDayOf(LUNAR_CALENDAR_RANGE.last);
    for (const m of allTableMonths) {
      if (m.firstEpochDay > lastDay) continue; // the end of lunar year 2199 lies in 2200
      const lunar: LunarDate = { year: m.year, month: m.month, day: 1, leap: m.leap };
      const computed = lunarToSolar(lunar);
      const table = localDateFromEpochDay(m.firstEpochDay);
      if (computed !== table) differing.push(`${m.year}/${m.month}${m.leap ? 'L' : ''}: table ${table}, computed ${computed}`);
    }
    assert.deepEqual(
      differing,
      KNOWN_DIVERGENCES.map((k) => `${k.year}/${k.month}: table ${k.table}, computed ${k.computed}`),
    );
  });

  it('every day from Tết 1900 to 31 Dec 2199 converts to the lunar date of the published table, outside the documented months', () => {
    const divergentMonths = new Set(KNOWN_DIVERGENCES.map((k) => `${k.year}/${k.month}`));
    const first = (allTableMonths[0] as HndLunarMonth).firstEpochDay;
    const last = epochDayOf(LUNAR_CALENDAR_RANGE.last);
    let compared = 0;
    const differing: string[] = [];
    for (let day = first; day <= last; day += 1) {
      const m = tableMonthOf(day) as HndLunarMonth;
      const expected: LunarDate = { year: m.year, month: m.month, day: day - m.firstEpochDay + 1, leap: m.leap };
      const actual = solarToLunar(localDateFromEpochDay(day));
      const key = `${m.year}/${m.month}`;
      // A divergent month start shifts the days of that month and the last day of the one before.
      const next = tableMonthOf(day + 1) as HndLunarMonth;
      if (divergentMonths.has(key) || divergentMonths.has(`${next.year}/${next.month}`)) continue;
      compared += 1;
      if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        differing.push(`${localDateFromEpochDay(day)}: table ${JSON.stringify(expected)}, computed ${JSON.stringify(actual)}`);
      }
    }
    assert.deepEqual(differing.slice(0, 5), []);
    assert.ok(compared > 109_000, `compared ${compared} days`);
  });

  it('Tết 1985 is 21 Jan 1985 in Vietnam, while the same rules at 120°E (the Chinese calendar) give 20 Feb 1985', () => {
    assert.equal(lunarNewYear(1985), '1985-01-21');
    assert.deepEqual(solarToLunar(d('1985-01-21')), { year: 1985, month: 1, day: 1, leap: false });
    assert.equal(lunarToSolarAtMeridian({ year: 1985, month: 1, day: 1, leap: false }, MERIDIAN_HOURS.china), '1985-02-20');
  });

  it('Tết 2007 is 17 Feb 2007 in Vietnam, while at 120°E it is 18 Feb 2007', () => {
    assert.equal(lunarNewYear(2007), '2007-02-17');
    assert.equal(lunarToSolarAtMeridian({ year: 2007, month: 1, day: 1, leap: false }, MERIDIAN_HOURS.china), '2007-02-18');
    // At 120°E, 17 Feb 2007 is still the last day of the old year.
    assert.deepEqual(solarToLunarAtMeridian(d('2007-02-17'), MERIDIAN_HOURS.china), {
      year: 2006,
      month: 12,
      day: 30,
      leap: false,
    });
  });

  it('calendar.md: Tết Ất Tỵ is Wed 29 Jan 2025 and Tết Bính Ngọ is Tue 17 Feb 2026 (the day after 29 tháng Chạp)', () => {
    assert.equal(lunarNewYear(2025), '2025-01-29');
    assert.equal(lunarNewYear(2026), '2026-02-17');
    assert.deepEqual(solarToLunar(d('2026-02-16')), { year: 2025, month: 12, day: 29, leap: false });
    assert.equal(lunarYearName(2025), 'Ất Tỵ');
    assert.equal(lunarYearName(2026), 'Bính Ngọ');
    assert.equal(formatLunarDate(solarToLunar(d('2026-02-16'))).vi, '29 tháng Chạp năm Ất Tỵ');
  });

  it('Labour Code 2019 Art. 112(1)(e): Hùng Kings day (10/3 lunar) fell on 18 Apr 2024 and 7 Apr 2025 and falls on 26 Apr 2026', () => {
    const hung = (year: number): LocalDate => lunarToSolar({ year, month: 3, day: 10, leap: false });
    assert.equal(hung(2024), '2024-04-18');
    assert.equal(hung(2025), '2025-04-07');
    assert.equal(hung(2026), '2026-04-26');
  });

  it('leap months: 2023 has a leap 2nd month (tháng 2 nhuận from 22 Mar 2023) and 2025 a leap 6th month (from 25 Jul 2025)', () => {
    assert.equal(lunarToSolar({ year: 2023, month: 2, day: 1, leap: true }), '2023-03-22');
    assert.deepEqual(solarToLunar(d('2023-03-22')), { year: 2023, month: 2, day: 1, leap: true });
    assert.equal(lunarToSolar({ year: 2025, month: 6, day: 1, leap: true }), '2025-07-25');
    assert.equal(formatLunarDate({ year: 2025, month: 6, day: 1, leap: true }).vi, '1 tháng Sáu nhuận năm Ất Tỵ');
  });

  it('a leap month that the year does not have, or a 30th day of a 29-day month, is calendar.invalid_lunar_date', () => {
    const rejects = (lunar: LunarDate): void => {
      assert.throws(
        () => lunarToSolar(lunar),
        (e: unknown) => isDomainError(e) && e.code === 'calendar.invalid_lunar_date',
      );
    };
    rejects({ year: 2026, month: 3, day: 1, leap: true }); // Bính Ngọ has no leap month
    rejects({ year: 2025, month: 5, day: 1, leap: true }); // Ất Tỵ's leap month is the 6th
    rejects({ year: 2025, month: 12, day: 30, leap: false }); // tháng Chạp Ất Tỵ has 29 days
    rejects({ year: 2025, month: 13, day: 1, leap: false });
  });

  it('dates outside 1900–2199 are calendar.out_of_range rather than silently extrapolated', () => {
    assert.throws(
      () => solarToLunar(d('1899-12-31')),
      (e: unknown) => isDomainError(e) && e.code === 'calendar.out_of_range',
    );
    assert.throws(
      () => solarToLunar(d('2200-01-01')),
      (e: unknown) => isDomainError(e) && e.code === 'calendar.out_of_range',
    );
  });

  it('property: solar → lunar → solar is the identity for any day 1900–2199', () => {
    const first = epochDayOf(LUNAR_CALENDAR_RANGE.first);
    const last = epochDayOf(LUNAR_CALENDAR_RANGE.last);
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (day) => {
        const date = localDateFromEpochDay(day);
        assert.equal(lunarToSolar(solarToLunar(date)), date);
      }),
      { numRuns: 3000 },
    );
  });

  it('property: lunar → solar → lunar is the identity for any existing lunar date 1900–2198, leap months included', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2198 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 30 }),
        fc.boolean(),
        (year, month, day, leap) => {
          const lunar: LunarDate = { year, month, day, leap };
          let solar: LocalDate;
          try {
            solar = lunarToSolar(lunar);
          } catch (error) {
            // Only non-existent dates may be refused, and only for the stated reasons.
            assert.ok(isDomainError(error) && error.code === 'calendar.invalid_lunar_date', String(error));
            assert.ok(leap || day === 30, `refused ${JSON.stringify(lunar)}`);
            return;
          }
          assert.deepEqual(solarToLunar(solar), lunar);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
