import type { Kysely } from 'kysely';
import { createCalendar, type WorkingCalendar, type YearOverrides } from '@khien/core/calendar';
import type { DB } from '../../db/schema.ts';

/**
 * The working-day calendar in force: the shipped official schedules (core) plus the
 * administrator's yearly overrides from the database. Built per use (it is cheap, and an
 * override must take effect on the very next deadline computed).
 */
export async function loadCalendar(db: Kysely<DB>): Promise<WorkingCalendar> {
  const rows = await db.selectFrom('calendar_overrides').select('overrides').orderBy('year').execute();
  return createCalendar({ overrides: rows.map((row) => row.overrides as YearOverrides) });
}
