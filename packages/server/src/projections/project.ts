import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { RecordedEvent } from '../ledger/append.ts';
import { ledgerProjectors } from '../ledger/ledger-events.ts';
import { documentProjectors } from './documents.ts';
import { foundationProjectors } from './foundation.ts';
import type { Projector } from './projector.ts';
import { proposalProjectors } from './proposals.ts';

// Each area of the domain contributes its projectors here (one line per area).
const projectors: Record<string, Projector> = {
  ...foundationProjectors,
  ...proposalProjectors,
  ...ledgerProjectors,
  ...documentProjectors,
};

export async function project(tx: Kysely<DB>, event: RecordedEvent): Promise<void> {
  const projector = projectors[event.type];
  if (!projector) throw new Error(`No projector for event type ${event.type}`);
  await projector(tx, event);
}

export function projectedEventTypes(): string[] {
  return Object.keys(projectors);
}
