import { z } from 'zod';
import { DomainError } from '@khien/core/errors';
import type { Actor } from '@khien/core/authorization';
import type { Services } from '../services.ts';
import { NOTICE_KINDS, type NoticeKind } from './notify.ts';
import { iso } from './proposal-view.ts';

export const notificationView = z.object({
  id: z.string(),
  proposalId: z.string().nullable(),
  kind: z.enum(NOTICE_KINDS),
  subject: z.string(),
  body: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
  emailedAt: z.string().nullable(),
});
export const notificationPage = z.object({ items: z.array(notificationView), unread: z.number().int() });
export const notificationQuery = z.strictObject({
  unread: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** My in-app notifications, newest first. */
export async function myNotifications(
  services: Services,
  actor: Actor,
  query: z.infer<typeof notificationQuery>,
): Promise<z.infer<typeof notificationPage>> {
  if (!actor.personId) return { items: [], unread: 0 };
  const db = services.database.db;
  let base = db.selectFrom('notifications').where('person_id', '=', actor.personId);
  const unread = await base
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  if (query.unread === 'true') base = base.where('read_at', 'is', null);
  const rows = await base.selectAll().orderBy('created_at', 'desc').orderBy('id').limit(query.limit).execute();
  return {
    items: rows.map((n) => ({
      id: n.id,
      proposalId: n.proposal_id,
      // Written only by sendNotice, whose kind is a NoticeKind.
      kind: n.kind as NoticeKind,
      subject: n.subject,
      body: n.body,
      createdAt: iso(n.created_at)!,
      readAt: iso(n.read_at),
      emailedAt: iso(n.emailed_at),
    })),
    unread: Number(unread.n),
  };
}

/** Mark one of my notifications read (operational state, not a ledger event). */
export async function markNotificationRead(services: Services, actor: Actor, id: string): Promise<void> {
  const result = await services.database.db
    .updateTable('notifications')
    .set({ read_at: services.now() })
    .where('id', '=', id)
    .where('person_id', '=', actor.personId ?? '00000000-0000-0000-0000-000000000000')
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) {
    throw new DomainError('notification.not_found', { vi: 'Không có thông báo này.', en: 'No such notification.' }, { id });
  }
}
