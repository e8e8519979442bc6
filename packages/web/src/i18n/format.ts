/**
 * Dates, times and numbers the way Vietnamese offices write them, whatever the browser's
 * locale or time zone: dd/MM/yyyy in Asia/Ho_Chi_Minh, "1.234.567,5". The English locale
 * keeps the same date order (the issue asks for dd/MM/yyyy everywhere) and English digits
 * grouping, so a printout reads the same in both languages.
 */
import type { Locale } from './messages.ts';

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

type Parts = Record<'day' | 'month' | 'year' | 'hour' | 'minute', string>;

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function toDate(value: Date | string): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  // A bare calendar date ("2026-01-31") is a Vietnamese calendar day, not a UTC midnight.
  const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (isoDay) return new Date(`${value}T00:00:00+07:00`);
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function parts(date: Date): Parts {
  const out: Partial<Parts> = {};
  for (const part of partsFormatter.formatToParts(date)) {
    if (part.type === 'day' || part.type === 'month' || part.type === 'year' || part.type === 'hour' || part.type === 'minute') {
      out[part.type] = part.value;
    }
  }
  return out as Parts;
}

/** "31/01/2026"; an empty string for a missing or unreadable value. */
export function formatDate(value: Date | string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const date = toDate(value);
  if (!date) return '';
  const p = parts(date);
  return `${p.day}/${p.month}/${p.year}`;
}

/** "31/01/2026 08:05" in Vietnam time. */
export function formatDateTime(value: Date | string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const date = toDate(value);
  if (!date) return '';
  const p = parts(date);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** The calendar day in Vietnam as ISO "yyyy-MM-dd" (what the API's date fields take). */
export function isoDateInVietnam(date: Date): string {
  const p = parts(date);
  return `${p.year}-${p.month}-${p.day}`;
}

const numberFormats: Record<Locale, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }),
};

/** Vietnamese separators: "1.234.567,5"; English: "1,234,567.5". */
export function formatNumber(value: number, locale: Locale): string {
  return numberFormats[locale].format(value);
}

/** File sizes for upload hints: "2,5 MB". */
export function formatBytes(bytes: number, locale: Locale): string {
  if (bytes < 1024) return `${formatNumber(bytes, locale)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round((bytes / 1024) * 10) / 10, locale)} KB`;
  return `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10, locale)} MB`;
}
