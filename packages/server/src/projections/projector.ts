import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { RecordedEvent } from '../ledger/append.ts';

/**
 * A projector applies one event to the read tables. Projectors are the only code that writes
 * read tables from events: the live command path and the replay of `khien verify` both call
 * them, so a table that does not match its replay was changed by something other than a
 * recorded event.
 */
export type Projector = (tx: Kysely<DB>, event: RecordedEvent) => Promise<void>;
