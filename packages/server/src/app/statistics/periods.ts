/**
 * Reporting periods: month, quarter, half-year and year of the Vietnamese calendar year, their
 * keys ("2026-03", "2026-Q1", "2026-H1", "2026") and labels as printed in reports.
 */
import { DomainError } from '@khien/core/errors';

export const GRANULARITIES = ['month', 'quarter', 'half', 'year'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

export interface Period {
  key: string;
  granularity: Granularity;
  /** First and last day (inclusive), ISO dates. */
  from: string;
  to: string;
  label: string;
}

const ROMAN = ['I', 'II', 'III', 'IV'];
const pad = (n: number) => String(n).padStart(2, '0');

function lastDay(year: number, month: number): string {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(days)}`;
}

function make(granularity: Granularity, year: number, index: number): Period {
  switch (granularity) {
    case 'month':
      return {
        key: `${year}-${pad(index)}`,
        granularity,
        from: `${year}-${pad(index)}-01`,
        to: lastDay(year, index),
        label: `Tháng ${index} năm ${year}`,
      };
    case 'quarter':
      return {
        key: `${year}-Q${index}`,
        granularity,
        from: `${year}-${pad(index * 3 - 2)}-01`,
        to: lastDay(year, index * 3),
        label: `Quý ${ROMAN[index - 1]} năm ${year}`,
      };
    case 'half':
      return {
        key: `${year}-H${index}`,
        granularity,
        from: `${year}-${index === 1 ? '01' : '07'}-01`,
        to: lastDay(year, index * 6),
        label: index === 1 ? `6 tháng đầu năm ${year}` : `6 tháng cuối năm ${year}`,
      };
    case 'year':
      return { key: String(year), granularity, from: `${year}-01-01`, to: `${year}-12-31`, label: `Năm ${year}` };
  }
}

export function badPeriod(value: string): DomainError {
  return new DomainError(
    'statistics.invalid_period',
    {
      vi: `"${value}" không phải kỳ báo cáo hợp lệ (ví dụ: 2026, 2026-H1, 2026-Q2, 2026-03 hoặc ngày 2026-03-15).`,
      en: `"${value}" is not a valid period (e.g. 2026, 2026-H1, 2026-Q2, 2026-03 or a date 2026-03-15).`,
    },
    { value },
  );
}

/** A period key: "2026", "2026-H1", "2026-Q3", "2026-03". */
export function parsePeriod(key: string): Period {
  const m = /^(\d{4})(?:-(?:H([12])|Q([1-4])|(0[1-9]|1[0-2])))?$/.exec(key.trim());
  if (!m) throw badPeriod(key);
  const year = Number(m[1]);
  if (year < 1945 || year > 9999) throw badPeriod(key);
  if (m[2]) return make('half', year, Number(m[2]));
  if (m[3]) return make('quarter', year, Number(m[3]));
  if (m[4]) return make('month', year, Number(m[4]));
  return make('year', year, 1);
}

function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** `from`/`to` bounds accept a date or a period key (its first or last day). */
export function boundOf(value: string, side: 'from' | 'to'): string {
  if (isDate(value)) return value;
  const p = parsePeriod(value);
  return side === 'from' ? p.from : p.to;
}

/** The calendar periods of a granularity that meet [from, to], each clipped to the range. */
export function periodsBetween(granularity: Granularity, from: string, to: string): Period[] {
  const out: Period[] = [];
  let year = Number(from.slice(0, 4));
  const per = { month: 12, quarter: 4, half: 2, year: 1 }[granularity];
  let index = 1;
  const month = Number(from.slice(5, 7));
  if (granularity === 'month') index = month;
  if (granularity === 'quarter') index = Math.ceil(month / 3);
  if (granularity === 'half') index = month <= 6 ? 1 : 2;
  for (let guard = 0; guard < 2000; guard++) {
    const p = make(granularity, year, index);
    if (p.from > to) break;
    out.push({ ...p, from: p.from < from ? from : p.from, to: p.to > to ? to : p.to });
    index += 1;
    if (index > per) {
      index = 1;
      year += 1;
    }
  }
  return out;
}
