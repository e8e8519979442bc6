import { sql } from 'kysely';
import { z } from 'zod';
import type { Actor } from '@khien/core/authorization';
import type { Services } from '../services.ts';
import { iso } from './proposal-view.ts';

export const myDeadlinesView = z.object({
  items: z.array(
    z.object({
      proposalId: z.string(),
      code: z.string(),
      title: z.string(),
      timerId: z.string(),
      label: z.object({ vi: z.string(), en: z.string() }),
      citation: z.string(),
      dueOn: z.string(),
      dueAt: z.string(),
      overdue: z.boolean(),
      /** `holder`: my step; `escalation`: someone else's overdue step reported to me. */
      as: z.enum(['holder', 'escalation']),
    }),
  ),
});

/** Open steps I hold, soonest first, and overdue steps escalated to me. */
export async function myDeadlines(services: Services, actor: Actor): Promise<z.infer<typeof myDeadlinesView>> {
  if (!actor.personId) return { items: [] };
  const me = JSON.stringify([actor.personId]);
  const now = services.now();
  const rows = await services.database.db
    .selectFrom('proposal_deadlines as d')
    .innerJoin('proposals as p', 'p.id', 'd.proposal_id')
    .select([
      'd.proposal_id',
      'p.code',
      'p.title',
      'd.timer_id',
      'd.label',
      'd.citation',
      'd.due_on',
      'd.due_at',
      'd.holder_ids',
      'd.escalate_ids',
    ])
    .where('d.status', '=', 'open')
    .where((eb) =>
      eb.or([sql<boolean>`d.holder_ids @> ${me}::jsonb`, eb.and([sql<boolean>`d.escalate_ids @> ${me}::jsonb`, eb('d.due_at', '<', now)])]),
    )
    .orderBy('d.due_at')
    .orderBy('d.proposal_id')
    .limit(500)
    .execute();
  return {
    items: rows.map((r) => ({
      proposalId: r.proposal_id,
      code: r.code,
      title: r.title,
      timerId: r.timer_id,
      label: r.label as { vi: string; en: string },
      citation: r.citation,
      dueOn: r.due_on,
      dueAt: iso(r.due_at)!,
      overdue: new Date(r.due_at).getTime() < now.getTime(),
      as: (r.holder_ids as string[]).includes(actor.personId!) ? ('holder' as const) : ('escalation' as const),
    })),
  };
}
