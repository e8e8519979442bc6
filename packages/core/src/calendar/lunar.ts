/**
 * The Vietnamese lunisolar calendar (âm lịch), computed astronomically.
 *
 * Rules (Hồ Ngọc Đức, "Thuật toán tính âm lịch", https://www.informatik.uni-leipzig.de/~duc/amlich/calrules_vn.html):
 * 1. A month starts on the local day that contains the new moon (điểm Sóc).
 * 2. The winter solstice always falls in month 11.
 * 3. When 13 months separate two months 11, the first of them (after month 11) that contains no
 *    major solar term (trung khí, sun longitude a multiple of 30°) is the leap month, numbered
 *    like the month before it.
 * 4. "Local day" means the day at the calendar's meridian.
 *
 * The meridian is what makes the calendar Vietnamese: computed at 105°E (UTC+7) since 1968, it
 * puts Tết 1985 on 21 January and Tết 2007 on 17 February, where the Chinese calendar (120°E)
 * has 20 February 1985 and 18 February 2007. Before 1968 Vietnam used the Chinese calendar, so
 * earlier dates use the meridian China used: 120°E from 1929, Beijing (116°25′E) before. This is
 * what Hồ Ngọc Đức's published tables give for those years (checked day by day in lunar.test.ts),
 * and it keeps a lunar date of 1950 meaning what it meant in 1950.
 */
import { DomainError } from '../errors.ts';
import { NEW_MOON_EPOCH, SYNODIC_MONTH, newMoonJulianDayUt, solarLongitude } from './astronomy.ts';
import { epochDayOf, localDateFromEpochDay, type LocalDate } from './local-date.ts';

export interface LunarDate {
  /** The lunar year, named after the Gregorian year in which its month 1 begins. */
  year: number;
  /** 1 … 12 (1 = tháng Giêng, 12 = tháng Chạp). */
  month: number;
  /** 1 … 30. */
  day: number;
  /** True for the leap month (tháng nhuận), which repeats the number of the month before it. */
  leap: boolean;
}

/** Dates this module answers for; outside it the meridian history and ΔT are not vouched for. */
export const LUNAR_CALENDAR_RANGE = {
  first: '1900-01-01' as LocalDate,
  last: '2199-12-31' as LocalDate,
} as const;

/** UTC offsets in hours of the meridians the calendar has been computed for. */
export const MERIDIAN_HOURS = {
  vietnam: 7,
  china: 8,
  beijing: (116 + 25 / 60) / 15,
} as const;

// Julian Day Number of 1970-01-01: converts epoch days to the day numbers astronomy uses.
const JDN_OF_EPOCH_DAY_ZERO = 2440588;
const FIRST_EPOCH_DAY = epochDayOf(LUNAR_CALENDAR_RANGE.first);
const LAST_EPOCH_DAY = epochDayOf(LUNAR_CALENDAR_RANGE.last);
const CHINA_120E_SINCE = epochDayOf('1929-01-01' as LocalDate);
const VIETNAM_105E_SINCE = epochDayOf('1968-01-01' as LocalDate);

/** The meridian (UTC offset in hours) of the Vietnamese calendar on a given day. */
export function vietnameseMeridianHours(date: LocalDate): number {
  const day = epochDayOf(date);
  if (day >= VIETNAM_105E_SINCE) return MERIDIAN_HOURS.vietnam;
  if (day >= CHINA_120E_SINCE) return MERIDIAN_HOURS.china;
  return MERIDIAN_HOURS.beijing;
}

function outOfRange(value: unknown): DomainError {
  return new DomainError(
    'calendar.out_of_range',
    {
      vi: `Lịch chỉ tính cho các ngày từ ${LUNAR_CALENDAR_RANGE.first} đến ${LUNAR_CALENDAR_RANGE.last}.`,
      en: `The calendar covers ${LUNAR_CALENDAR_RANGE.first} to ${LUNAR_CALENDAR_RANGE.last} only.`,
    },
    { value: typeof value === 'string' ? value : JSON.stringify(value) },
  );
}

function invalidLunarDate(lunar: LunarDate, reason: string): DomainError {
  return new DomainError(
    'calendar.invalid_lunar_date',
    { vi: 'Ngày âm lịch không tồn tại.', en: 'No such lunar date.' },
    { lunar: { ...lunar }, reason },
  );
}

/** Julian Day Number of the local day (at `meridian`) that contains the k-th new moon. */
function newMoonDay(k: number, meridian: number): number {
  return Math.floor(newMoonJulianDayUt(k) + 0.5 + meridian / 24);
}

/** Which 30° sector (0 … 11, 0 = from the March equinox) the sun is in at the start of the local day. */
function sunSectorAtStartOf(jdn: number, meridian: number): number {
  return Math.floor(solarLongitude(jdn - 0.5 - meridian / 24) / 30);
}

/** The lunation k whose month contains the day: newMoonDay(k) ≤ jdn < newMoonDay(k + 1). */
function lunationContaining(jdn: number, meridian: number): number {
  let k = Math.floor((jdn - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  while (newMoonDay(k, meridian) > jdn) k -= 1;
  while (newMoonDay(k + 1, meridian) <= jdn) k += 1;
  return k;
}

/** The lunation that is month 11 of the given Gregorian year: the one containing its winter solstice. */
function month11Lunation(gregorianYear: number, meridian: number): number {
  const december31 = epochDayOf(`${String(gregorianYear).padStart(4, '0')}-12-31` as LocalDate) + JDN_OF_EPOCH_DAY_ZERO;
  const k = lunationContaining(december31, meridian);
  // Sector 9 is [270°, 300°): the solstice had passed when month k began, so it lies in month k − 1.
  return sunSectorAtStartOf(newMoonDay(k, meridian), meridian) >= 9 ? k - 1 : k;
}

/** Offset (1 … 12) after month 11 of the first month without a major solar term. */
function leapMonthOffset(month11: number, meridian: number): number {
  let sector = sunSectorAtStartOf(newMoonDay(month11 + 1, meridian), meridian);
  for (let offset = 1; offset <= 12; offset += 1) {
    const nextSector = sunSectorAtStartOf(newMoonDay(month11 + offset + 1, meridian), meridian);
    if (nextSector === sector) return offset;
    sector = nextSector;
  }
  // Thirteen months hold only twelve major terms, so this cannot be reached.
  throw new Error(`no month without a major solar term after lunation ${month11}`);
}

const wrapMonth = (n: number): number => ((((n - 1) % 12) + 12) % 12) + 1;

function gregorianYearOfJdn(jdn: number): number {
  return Number(localDateFromEpochDay(jdn - JDN_OF_EPOCH_DAY_ZERO).slice(0, 4));
}

/** Solar → lunar at an explicit meridian (hours east of Greenwich). Exposed for tests and comparisons. */
export function solarToLunarAtMeridian(date: LocalDate, meridian: number): LunarDate {
  const jdn = epochDayOf(date) + JDN_OF_EPOCH_DAY_ZERO;
  const k = lunationContaining(jdn, meridian);
  const gregorianYear = gregorianYearOfJdn(jdn);
  let month11: number;
  let nextMonth11: number;
  let year: number;
  const month11ThisYear = month11Lunation(gregorianYear, meridian);
  if (k <= month11ThisYear) {
    month11 = month11Lunation(gregorianYear - 1, meridian);
    nextMonth11 = month11ThisYear;
    year = gregorianYear;
  } else {
    month11 = month11ThisYear;
    nextMonth11 = month11Lunation(gregorianYear + 1, meridian);
    year = gregorianYear + 1;
  }
  const offset = k - month11;
  let month = wrapMonth(offset + 11);
  let leap = false;
  if (nextMonth11 - month11 === 13) {
    const leapOffset = leapMonthOffset(month11, meridian);
    if (offset >= leapOffset) {
      month = wrapMonth(offset + 10);
      leap = offset === leapOffset;
    }
  }
  // Months 11 and 12 just after the starting month 11 still belong to the previous lunar year.
  if (month >= 11 && offset < 4) year -= 1;
  return { year, month, day: jdn - newMoonDay(k, meridian) + 1, leap };
}

/** Lunar → solar at an explicit meridian. Exposed for tests and comparisons. */
export function lunarToSolarAtMeridian(lunar: LunarDate, meridian: number): LocalDate {
  const { year, month, day, leap } = lunar;
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1 || day > 30) {
    throw invalidLunarDate(lunar, 'fields out of range');
  }
  // Months 1–10 lie between month 11 of the previous Gregorian year and month 11 of this one.
  const month11 = month11Lunation(month < 11 ? year - 1 : year, meridian);
  const nextMonth11 = month11Lunation(month < 11 ? year : year + 1, meridian);
  let offset = wrapMonth(month - 11 + 1) - 1;
  if (nextMonth11 - month11 === 13) {
    const leapOffset = leapMonthOffset(month11, meridian);
    if (leap && wrapMonth(leapOffset + 10) !== month) throw invalidLunarDate(lunar, 'not the leap month of that year');
    if (leap || offset >= leapOffset) offset += 1;
  } else if (leap) {
    throw invalidLunarDate(lunar, 'that year has no leap month');
  }
  const start = newMoonDay(month11 + offset, meridian);
  const length = newMoonDay(month11 + offset + 1, meridian) - start;
  if (day > length) throw invalidLunarDate(lunar, `that month has ${length} days`);
  return localDateFromEpochDay(start + day - 1 - JDN_OF_EPOCH_DAY_ZERO);
}

function assertInRange(date: LocalDate): void {
  const day = epochDayOf(date);
  if (day < FIRST_EPOCH_DAY || day > LAST_EPOCH_DAY) throw outOfRange(date);
}

/** The Vietnamese lunar date of a day (Asia/Ho_Chi_Minh). */
export function solarToLunar(date: LocalDate): LunarDate {
  assertInRange(date);
  return solarToLunarAtMeridian(date, vietnameseMeridianHours(date));
}

/** The day on which a Vietnamese lunar date falls; throws `calendar.invalid_lunar_date` if it does not exist. */
export function lunarToSolar(lunar: LunarDate): LocalDate {
  if (!Number.isInteger(lunar.year) || lunar.year < 1899 || lunar.year > 2199) throw outOfRange(lunar);
  // The meridian depends on the resulting day; guess from the lunar year, then settle on the day's own.
  const guessMeridian = lunar.year >= 1968 ? MERIDIAN_HOURS.vietnam : lunar.year >= 1929 ? MERIDIAN_HOURS.china : MERIDIAN_HOURS.beijing;
  let solar = lunarToSolarAtMeridian(lunar, guessMeridian);
  assertInRange(solar);
  const meridian = vietnameseMeridianHours(solar);
  if (meridian !== guessMeridian) {
    solar = lunarToSolarAtMeridian(lunar, meridian);
    assertInRange(solar);
  }
  return solar;
}

/** Tết Nguyên đán: the first day of the first month of the lunar year. */
export function lunarNewYear(year: number): LocalDate {
  return lunarToSolar({ year, month: 1, day: 1, leap: false });
}

const CAN = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'] as const;
const CHI = ['Tý', 'Sửu', 'Dần', 'Mão', 'Thìn', 'Tỵ', 'Ngọ', 'Mùi', 'Thân', 'Dậu', 'Tuất', 'Hợi'] as const;

/** The sexagenary name of a lunar year, e.g. 2026 → "Bính Ngọ". */
export function lunarYearName(year: number): string {
  return `${CAN[(((year + 6) % 10) + 10) % 10]} ${CHI[(((year + 8) % 12) + 12) % 12]}`;
}

const MONTH_NAMES_VI = ['Giêng', 'Hai', 'Ba', 'Tư', 'Năm', 'Sáu', 'Bảy', 'Tám', 'Chín', 'Mười', 'Mười một', 'Chạp'] as const;

/** "29 tháng Chạp năm Ất Tỵ" / "day 29 of month 12 of the lunar year Ất Tỵ (2025)". */
export function formatLunarDate(lunar: LunarDate): { vi: string; en: string } {
  const monthVi = `tháng ${MONTH_NAMES_VI[lunar.month - 1] ?? lunar.month}${lunar.leap ? ' nhuận' : ''}`;
  const monthEn = `${lunar.leap ? 'leap ' : ''}month ${lunar.month}`;
  const name = lunarYearName(lunar.year);
  return {
    vi: `${lunar.day} ${monthVi} năm ${name}`,
    en: `day ${lunar.day} of ${monthEn} of the lunar year ${name} (${lunar.year})`,
  };
}
