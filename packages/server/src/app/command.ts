import type { Kysely } from 'kysely';
import type { Actor } from '@khien/core/authorization';
import type { DB } from '../db/schema.ts';
import { appendEvent, type NewEvent, type RecordedEvent } from '../ledger/append.ts';
import { project } from '../projections/project.ts';
import type { Services } from './services.ts';

/** Inside one command: the transaction, who acts, when, and how to record what happened. */
export interface CommandScope {
  tx: Kysely<DB>;
  actor: Actor;
  now: Date;
  /** Append the event to the ledger and apply it to the read tables, in this transaction. */
  record(event: NewEvent): Promise<RecordedEvent>;
}

/**
 * One command = one transaction: authorize → decide → append → project. Anything thrown
 * rolls back the ledger entries and the projections together.
 */
export async function runCommand<T>(services: Services, actor: Actor, work: (scope: CommandScope) => Promise<T>): Promise<T> {
  const now = services.now();
  return services.database.db.transaction().execute(async (tx) => {
    const scope: CommandScope = {
      tx,
      actor,
      now,
      record: async (event) => {
        const recorded = await appendEvent(tx, event, actor.accountId, now);
        await project(tx, recorded);
        return recorded;
      },
    };
    return work(scope);
  });
}

/** The actor of CLI commands and seeding: the machine's operator, recorded as such. */
export function systemActor(label = 'system'): Actor {
  return { accountId: label, personId: null, roles: ['system_admin'], scopePath: null, organisationPath: null, positions: [] };
}
