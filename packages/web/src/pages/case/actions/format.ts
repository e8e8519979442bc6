/**
 * Small pure helpers of the action dialogs: legal citations in words, money with Vietnamese
 * separators, and ISO dates. Pure so node:test proves them (format.test.ts).
 */
import type { Locale } from '../../../i18n/messages.ts';

const DECREES: Record<string, { vi: string; en: string }> = {
  ND73: { vi: 'Nghị định 73/2023/NĐ-CP', en: 'Decree 73/2023/NĐ-CP' },
  ND172: { vi: 'Nghị định 172/2025/NĐ-CP', en: 'Decree 172/2025/NĐ-CP' },
  ND30: { vi: 'Nghị định 30/2020/NĐ-CP', en: 'Decree 30/2020/NĐ-CP' },
};

/**
 * The project's citation form ("ND73/2023 Art. 8(1)", "ND73/2023 Art. 5(1)(a)") in the words a
 * Vietnamese official writes: "khoản 1 Điều 8 Nghị định 73/2023/NĐ-CP". Unknown forms are
 * shown as they are, so nothing is ever hidden.
 */
export function citationText(citation: string, locale: Locale): string {
  const trimmed = citation.trim();
  if (/^KL14/i.test(trimmed)) return locale === 'vi' ? 'Kết luận 14-KL/TW ngày 22/9/2021' : 'Conclusion 14-KL/TW of 22 Sep 2021';
  const match = /^(ND\d+)\/(\d{4})(?:\s+Art\.\s*(\d+)(?:\((\d+)\))?(?:\(([a-zđ])\))?)?$/u.exec(trimmed);
  if (!match) return trimmed;
  const [, decree, , article, clause, point] = match;
  const name = DECREES[decree!];
  if (!name) return trimmed;
  if (!article) return locale === 'vi' ? name.vi : name.en;
  if (locale === 'vi') {
    const parts = [point ? `điểm ${point}` : '', clause ? `khoản ${clause}` : '', `Điều ${article}`, name.vi].filter(Boolean);
    return parts.join(' ');
  }
  return `Art. ${article}${clause ? `(${clause})` : ''}${point ? `(${point})` : ''} ${name.en}`;
}

/** Digits grouped by thousands: "1.234.567" (vi) or "1,234,567" (en). Non-digits are dropped. */
export function groupDigits(value: string | number | undefined | null, locale: Locale): string {
  if (value === undefined || value === null) return '';
  const digits = String(value).replace(/\D/g, '');
  if (digits === '') return '';
  const separator = locale === 'vi' ? '.' : ',';
  return digits.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** The number typed into a money field ("1.500.000" → 1500000); `null` when empty. */
export function parseMoney(text: string | undefined | null): number | null {
  if (text === undefined || text === null) return null;
  const digits = text.replace(/\D/g, '');
  return digits === '' ? null : Number(digits);
}

/** "yyyy-MM-dd" from anything with `format` (a Dayjs), or null. */
export function isoOf(value: { format: (pattern: string) => string } | null | undefined): string | null {
  return value ? value.format('YYYY-MM-DD') : null;
}

/** The calendar day of an ISO instant in Vietnam ("2026-03-05T20:00:00Z" → "2026-03-06"). */
export function vietnamDayOf(instant: string | null | undefined): string | null {
  if (!instant) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(instant)) return instant;
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return null;
  return new Date(date.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}
