import { z } from 'zod';
import { DomainError } from '@khien/core/errors';
import type { Actor } from '@khien/core/authorization';
import type { Services } from '../services.ts';
import { NOTICE_KINDS, type NoticeKind } from './notify.ts';
import { iso } from './proposal-view.ts';

// No person has this id: an account without a person record owns no notifications.
const NOBODY = '00000000-0000-0000-0000-000000000000';

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
export const notificationPage = z.object({
  items: z.array(notificationView),
  /** How many match the filter (all, or the unread ones), for paging. */
  total: z.number().int(),
  /** How many of mine are unread, whatever the filter (the header bell). */
  unread: z.number().int(),
});
export const notificationQuery = z.strictObject({
  unread: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});
export const readAllResult = z.object({ marked: z.number().int() });

/** My in-app notifications, newest first. */
export async function myNotifications(
  services: Services,
  actor: Actor,
  query: z.infer<typeof notificationQuery>,
): Promise<z.infer<typeof notificationPage>> {
  if (!actor.personId) return { items: [], total: 0, unread: 0 };
  const db = services.database.db;
  let base = db.selectFrom('notifications').where('person_id', '=', actor.personId);
  const count = (query: typeof base) => query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const unread = await count(base.where('read_at', 'is', null));
  if (query.unread === 'true') base = base.where('read_at', 'is', null);
  const total = query.unread === 'true' ? unread : await count(base);
  const rows = await base.selectAll().orderBy('created_at', 'desc').orderBy('id').limit(query.limit).offset(query.offset).execute();
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
    total: Number(total.n),
    unread: Number(unread.n),
  };
}

/**
 * Mark one of my notifications read (operational state, not a ledger event). Marking it again
 * keeps the time it was first read.
 */
export async function markNotificationRead(services: Services, actor: Actor, id: string): Promise<void> {
  const result = await services.database.db
    .updateTable('notifications')
    .set((eb) => ({ read_at: eb.fn.coalesce('read_at', eb.val(services.now())) }))
    .where('id', '=', id)
    .where('person_id', '=', actor.personId ?? NOBODY)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) {
    throw new DomainError('notification.not_found', { vi: 'Không có thông báo này.', en: 'No such notification.' }, { id });
  }
}

/** Mark every unread notification of mine read, in one statement; says how many it marked. */
export async function markAllNotificationsRead(services: Services, actor: Actor): Promise<z.infer<typeof readAllResult>> {
  if (!actor.personId) return { marked: 0 };
  const result = await services.database.db
    .updateTable('notifications')
    .set({ read_at: services.now() })
    .where('person_id', '=', actor.personId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return { marked: Number(result.numUpdatedRows) };
}
