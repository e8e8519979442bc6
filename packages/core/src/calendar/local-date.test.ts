import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isDomainError } from '../errors.ts';
import {
  addDays,
  compareLocalDates,
  endOfLocalDay,
  epochDayOf,
  isLocalDate,
  isoWeekday,
  localDate,
  localDateFromEpochDay,
  localDateFromInstant,
  parseLocalDate,
  startOfLocalDay,
  toVietnamIsoString,
} from './local-date.ts';

const failsWith = (code: string) => (error: unknown) => isDomainError(error) && error.code === code;

describe('local dates in Vietnam (UTC+7)', () => {
  it('accepts real YYYY-MM-DD dates only (calendar.invalid_date)', () => {
    assert.equal(parseLocalDate('2024-02-29'), '2024-02-29');
    for (const bad of ['2025-02-29', '2026-02-30', '2026-13-01', '2026-1-5', '26-01-05', '2026-01-05T00:00:00Z', '']) {
      assert.equal(isLocalDate(bad), false, bad);
      assert.throws(() => parseLocalDate(bad), failsWith('calendar.invalid_date'), bad);
    }
    assert.throws(() => localDate(2026, 2, 29), failsWith('calendar.invalid_date'));
  });

  it('an instant converts to the date in Vietnam, not the host’s: 17:00Z is already the next day', () => {
    assert.equal(localDateFromInstant('2026-02-12T16:59:59.999Z'), '2026-02-12');
    assert.equal(localDateFromInstant('2026-02-12T17:00:00Z'), '2026-02-13');
    assert.equal(localDateFromInstant('2026-02-12T23:30:00+07:00'), '2026-02-12');
    assert.equal(localDateFromInstant('2026-02-12T10:00:00-05:00'), '2026-02-12');
    assert.equal(localDateFromInstant('2026-02-12T13:00:00-05:00'), '2026-02-13');
    assert.equal(localDateFromInstant(new Date(Date.UTC(2025, 11, 31, 17, 0, 0))), '2026-01-01');
    // PostgreSQL prints microseconds; they must not break parsing.
    assert.equal(localDateFromInstant('2026-02-12 16:59:59.999999+00:00'), '2026-02-12');
  });

  it('refuses instants that would depend on the host zone or name no real time (calendar.invalid_instant)', () => {
    for (const bad of ['2026-02-12T10:00:00', '2026-02-12', '2026-02-30T00:00:00Z', '2026-02-12T24:00:00Z', 'yesterday']) {
      assert.throws(() => localDateFromInstant(bad), failsWith('calendar.invalid_instant'), bad);
    }
    assert.throws(() => localDateFromInstant(new Date(Number.NaN)), failsWith('calendar.invalid_instant'));
  });

  it('a day ends at 23:59:59.999 in Vietnam (16:59:59.999Z) and starts at 17:00Z the day before', () => {
    assert.equal(endOfLocalDay(parseLocalDate('2026-03-02')).toISOString(), '2026-03-02T16:59:59.999Z');
    assert.equal(startOfLocalDay(parseLocalDate('2026-03-02')).toISOString(), '2026-03-01T17:00:00.000Z');
    assert.equal(toVietnamIsoString(endOfLocalDay(parseLocalDate('2026-03-02'))), '2026-03-02T23:59:59.999+07:00');
    assert.equal(toVietnamIsoString('2026-02-12T17:05:00Z'), '2026-02-13T00:05:00.000+07:00');
  });

  it('weekdays: Thursday 12 Feb 2026, Saturday 14 Feb 2026, Sunday 22 Feb 2026', () => {
    assert.equal(isoWeekday(parseLocalDate('2026-02-12')), 4);
    assert.equal(isoWeekday(parseLocalDate('2026-02-14')), 6);
    assert.equal(isoWeekday(parseLocalDate('2026-02-22')), 7);
  });

  it('property: day arithmetic agrees with the ECMAScript UTC calendar for 1900–2199', () => {
    const first = Date.UTC(1900, 0, 1) / 86_400_000;
    const last = Date.UTC(2199, 11, 31) / 86_400_000;
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), fc.integer({ min: -800, max: 800 }), (day, delta) => {
        const date = localDateFromEpochDay(day);
        assert.equal(date, new Date(day * 86_400_000).toISOString().slice(0, 10));
        assert.equal(epochDayOf(date), day);
        assert.equal(isoWeekday(date), ((new Date(day * 86_400_000).getUTCDay() + 6) % 7) + 1);
        assert.equal(epochDayOf(addDays(date, delta)), day + delta);
        assert.equal(compareLocalDates(date, addDays(date, delta)), delta === 0 ? 0 : -Math.sign(delta));
      }),
      { numRuns: 2000 },
    );
  });

  it('property: the end of a local day maps back to that day and one millisecond later is the next day', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 83000 }), (day) => {
        const date = localDateFromEpochDay(day);
        const end = endOfLocalDay(date);
        assert.equal(localDateFromInstant(end), date);
        assert.equal(localDateFromInstant(new Date(end.getTime() + 1)), addDays(date, 1));
        assert.equal(localDateFromInstant(startOfLocalDay(date)), date);
        assert.equal(localDateFromInstant(toVietnamIsoString(end)), date);
      }),
      { numRuns: 1000 },
    );
  });
});
