import { z } from 'zod';
import type { Actor } from '@khien/core/authorization';
import { allowedActions } from '@khien/core/procedure';
import type { Services } from '../services.ts';
import { caseActorOf, snapshotOf } from './case-access.ts';
import { loadDefinition } from './definitions.ts';
import { summaries, visibleTo } from './list-proposals.ts';
import { proposalSummary } from './proposal-view.ts';

export const inboxView = z.object({
  items: z.array(
    proposalSummary.extend({ actions: z.array(z.object({ action: z.string(), label: z.object({ vi: z.string(), en: z.string() }) })) }),
  ),
});
export type InboxView = z.infer<typeof inboxView>;

/**
 * What waits for me: every open case I can see on which the engine allows me an action now
 * (vote, decide, report, give an opinion…). The engine answers, so the inbox never disagrees
 * with the buttons on the case page.
 */
export async function myInbox(services: Services, actor: Actor): Promise<InboxView> {
  const db = services.database.db;
  const rows = await db
    .selectFrom('proposals')
    .where(visibleTo(actor))
    .where('proposals.state', 'not in', ['closed', 'notApproved'])
    .selectAll('proposals')
    .orderBy('proposals.updated_at', 'desc')
    .limit(500)
    .execute();
  const waiting: Array<{ row: (typeof rows)[number]; actions: Array<{ action: string; label: { vi: string; en: string } }> }> = [];
  for (const row of rows) {
    const definition = await loadDefinition(db, row.procedure_id, row.procedure_version);
    const actions = allowedActions(definition, snapshotOf(row), caseActorOf(actor, row)).filter((a) => a.allowed);
    if (actions.length > 0) waiting.push({ row, actions: actions.map((a) => ({ action: a.action, label: a.label })) });
  }
  const list = await summaries(
    db,
    waiting.map((w) => w.row),
    services.now(),
  );
  return { items: list.map((summary, i) => ({ ...summary, actions: waiting[i]!.actions })) };
}
