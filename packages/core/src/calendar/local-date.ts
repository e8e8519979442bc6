/**
 * Plain calendar dates in Vietnam (Asia/Ho_Chi_Minh) and the instants that bound them.
 *
 * Time limits are counted in whole local days, so the domain works with `YYYY-MM-DD` strings
 * rather than Date objects: a Date carries an instant and invites the host time zone into the
 * answer (a server in UTC and a browser in Hà Nội would disagree about "today"). Vietnam has
 * used UTC+07:00 without daylight saving since 1975, so converting an instant to the local date
 * is plain arithmetic and never consults the host zone.
 */
import { DomainError } from '../errors.ts';

declare const localDateBrand: unique symbol;

/** A calendar date in Vietnam, `YYYY-MM-DD`. Obtain one from `parseLocalDate` or `localDate`. */
export type LocalDate = string & { readonly [localDateBrand]: 'LocalDate' };

/** An instant as the caller holds it: a Date or an RFC 3339 timestamp with Z or an offset. */
export type Instant = Date | string;

export interface LocalDateParts {
  year: number;
  month: number;
  day: number;
}

export const VIETNAM_UTC_OFFSET_MINUTES = 7 * 60;

const MS_PER_DAY = 86_400_000;
const VIETNAM_OFFSET_MS = VIETNAM_UTC_OFFSET_MINUTES * 60_000;
const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
// A timestamp without an offset would be read in the host's zone by Date.parse, which is exactly
// the dependency this module exists to avoid, so the offset is mandatory.
const TIMESTAMP_PATTERN = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

function invalidDate(value: unknown): DomainError {
  return new DomainError(
    'calendar.invalid_date',
    {
      vi: 'Ngày không hợp lệ; cần dạng YYYY-MM-DD và là một ngày có thật.',
      en: 'Invalid date; expected YYYY-MM-DD naming a real day.',
    },
    { value: String(value) },
  );
}

function invalidInstant(value: unknown): DomainError {
  return new DomainError(
    'calendar.invalid_instant',
    {
      vi: 'Thời điểm không hợp lệ; cần dấu thời gian RFC 3339 có múi giờ (Z hoặc +07:00).',
      en: 'Invalid instant; expected an RFC 3339 timestamp with a zone (Z or +07:00).',
    },
    { value: value instanceof Date ? 'Invalid Date' : String(value) },
  );
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function validParts(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's `days_from_civil`),
// integer arithmetic only so that the result cannot drift with the host's Date implementation.
function epochDayFromParts(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function partsFromEpochDay(epochDay: number): LocalDateParts {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function format(parts: LocalDateParts): LocalDate {
  const y = String(parts.year).padStart(4, '0');
  const m = String(parts.month).padStart(2, '0');
  const d = String(parts.day).padStart(2, '0');
  return `${y}-${m}-${d}` as LocalDate;
}

export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false;
  const match = LOCAL_DATE_PATTERN.exec(value);
  return match !== null && validParts(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Validates `YYYY-MM-DD`; throws `calendar.invalid_date` for anything else (including 2026-02-30). */
export function parseLocalDate(value: string): LocalDate {
  if (!isLocalDate(value)) throw invalidDate(value);
  return value;
}

export function localDate(year: number, month: number, day: number): LocalDate {
  if (!validParts(year, month, day)) throw invalidDate(`${year}-${month}-${day}`);
  return format({ year, month, day });
}

export function localDateParts(date: LocalDate): LocalDateParts {
  const match = LOCAL_DATE_PATTERN.exec(date);
  if (match === null) throw invalidDate(date);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** Whole days since 1970-01-01; the arithmetic form of a LocalDate. */
export function epochDayOf(date: LocalDate): number {
  const { year, month, day } = localDateParts(date);
  return epochDayFromParts(year, month, day);
}

export function localDateFromEpochDay(epochDay: number): LocalDate {
  if (!Number.isInteger(epochDay)) throw invalidDate(epochDay);
  const parts = partsFromEpochDay(epochDay);
  if (!validParts(parts.year, parts.month, parts.day)) throw invalidDate(epochDay);
  return format(parts);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return localDateFromEpochDay(epochDayOf(date) + days);
}

export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  const diff = epochDayOf(a) - epochDayOf(b);
  return diff < 0 ? -1 : diff > 0 ? 1 : 0;
}

/** ISO weekday: 1 = Monday … 6 = Saturday, 7 = Sunday. */
export function isoWeekday(date: LocalDate): number {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((epochDayOf(date) + 3) % 7) + 7) % 7) + 1;
}

function instantToEpochMs(instant: Instant): number {
  if (instant instanceof Date) {
    const ms = instant.getTime();
    if (!Number.isFinite(ms)) throw invalidInstant(instant);
    return ms;
  }
  if (typeof instant !== 'string') throw invalidInstant(instant);
  const m = TIMESTAMP_PATTERN.exec(instant);
  if (m === null) throw invalidInstant(instant);
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number];
  const second = m[6] === undefined ? 0 : Number(m[6]);
  // Milliseconds only: finer digits (PostgreSQL gives microseconds) cannot change the local day.
  const millis = m[7] === undefined ? 0 : Number(m[7].slice(0, 3).padEnd(3, '0'));
  const offsetSign = m[9] === '-' ? -1 : 1;
  const offsetHours = m[10] === undefined ? 0 : Number(m[10]);
  const offsetMinutes = m[11] === undefined ? 0 : Number(m[11]);
  if (!validParts(year, month, day) || hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59) {
    throw invalidInstant(instant);
  }
  const offsetMs = m[8] === undefined ? offsetSign * (offsetHours * 60 + offsetMinutes) * 60_000 : 0;
  return epochDayFromParts(year, month, day) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000 + millis - offsetMs;
}

/** The instant as epoch milliseconds; throws `calendar.invalid_instant`. */
export function instantToEpochMilliseconds(instant: Instant): number {
  return instantToEpochMs(instant);
}

/** The date in Vietnam (UTC+7) at this instant, whatever the host's time zone. */
export function localDateFromInstant(instant: Instant): LocalDate {
  const ms = instantToEpochMs(instant);
  return localDateFromEpochDay(Math.floor((ms + VIETNAM_OFFSET_MS) / MS_PER_DAY));
}

/** 00:00:00.000 of the date in Vietnam. */
export function startOfLocalDay(date: LocalDate): Date {
  return new Date(epochDayOf(date) * MS_PER_DAY - VIETNAM_OFFSET_MS);
}

/**
 * 23:59:59.999 of the date in Vietnam: the last representable instant of the day, which is
 * when a limit counted in days ends (Civil Code 2015 Art. 148(6): "at 24:00 of that day").
 */
export function endOfLocalDay(date: LocalDate): Date {
  return new Date((epochDayOf(date) + 1) * MS_PER_DAY - VIETNAM_OFFSET_MS - 1);
}

/** `2026-03-02T23:59:59.999+07:00`: the instant written in Vietnamese local time. */
export function toVietnamIsoString(instant: Instant): string {
  const ms = instantToEpochMs(instant) + VIETNAM_OFFSET_MS;
  const epochDay = Math.floor(ms / MS_PER_DAY);
  const msOfDay = ms - epochDay * MS_PER_DAY;
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  const time =
    `${pad(Math.floor(msOfDay / 3_600_000))}:${pad(Math.floor(msOfDay / 60_000) % 60)}:` +
    `${pad(Math.floor(msOfDay / 1000) % 60)}.${pad(msOfDay % 1000, 3)}`;
  return `${localDateFromEpochDay(epochDay)}T${time}+07:00`;
}
