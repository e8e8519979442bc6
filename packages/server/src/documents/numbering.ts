import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { LEDGER_WRITER_LOCK } from '../ledger/append.ts';
import './tables.ts';

/**
 * Document numbers and dates as Decree 30/2020 prints them (Art. 15, Appendix I).
 * "Số: 05/QĐ-UBND" — the number restarts at 01 on 1 January and has at least two digits;
 * "Hòa Sơn, ngày 05 tháng 3 năm 2026" — days 1–9 and months 1–2 take a leading zero.
 */

export interface VietnamDate {
  year: number;
  month: number;
  day: number;
}

const VIETNAM_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date in Vietnam of an instant (the year of a number is Vietnam's year). */
export function vietnamCalendarDate(instant: Date): VietnamDate {
  const [year, month, day] = VIETNAM_DAY.format(instant).split('-').map(Number);
  return { year: year!, month: month!, day: day! };
}

export function isoOf(date: VietnamDate): string {
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** "ngày 05 tháng 3 năm 2026", "ngày 15 tháng 01 năm 2026". */
export function vietnameseDatePhrase(date: VietnamDate): string {
  const day = String(date.day).padStart(2, '0');
  const month = date.month <= 2 ? String(date.month).padStart(2, '0') : String(date.month);
  return `ngày ${day} tháng ${month} năm ${date.year}`;
}

export function placeDateLine(place: string, date: VietnamDate): string {
  return `${place}, ${vietnameseDatePhrase(date)}`;
}

/**
 * The symbol after "Số: ". Ordinary documents: number/type-agency ("05/QĐ-UBND"). A công văn
 * carries no type abbreviation: number/agency[-drafting unit] ("12/UBND-VP", Decree 30 App. I).
 */
export function documentSymbol(number: number, typeCode: string, agencyAbbreviation: string, draftingUnit?: string | null): string {
  const n = String(number).padStart(2, '0');
  if (typeCode === 'CV') return `${n}/${agencyAbbreviation}${draftingUnit ? `-${draftingUnit}` : ''}`;
  return `${n}/${typeCode}-${agencyAbbreviation}`;
}

export function numberLine(symbol: string): string {
  return `Số: ${symbol}`;
}

/**
 * Hand out the next number of a series inside the caller's transaction. Gap-free: the counter
 * row is updated in the same transaction as the document and its ledger event, so a rollback
 * returns the number; concurrent issuers of the same series queue on the row lock.
 *
 * The ledger writer lock is taken first, on purpose: every command takes it when it records an
 * event, and a command that records an event *before* issuing a document would otherwise hold
 * it while waiting for this row, against an issuer holding the row and waiting for the ledger —
 * a deadlock. One lock order for everybody: ledger lock, then counter row.
 */
export async function allocateDocumentNumber(
  tx: Kysely<DB>,
  series: { organisationId: string; typeCode: string; year: number },
): Promise<number> {
  await sql`select pg_advisory_xact_lock(${LEDGER_WRITER_LOCK})`.execute(tx);
  const row = await tx
    .insertInto('document_counters')
    .values({ organisation_id: series.organisationId, type_code: series.typeCode, year: series.year, last: 1 })
    .onConflict((oc) => oc.columns(['organisation_id', 'type_code', 'year']).doUpdateSet({ last: sql`document_counters.last + 1` }))
    .returning('last')
    .executeTakeFirstOrThrow();
  return row.last;
}
