import { z } from 'zod';
import type { Kysely } from 'kysely';
import { decide } from '@khien/core/authorization';
import type { Actor } from '@khien/core/authorization';
import { LEADERSHIP_ROLES } from '@khien/core/organisation';
import type { DB } from '../../db/schema.ts';
import { notFound } from '../errors.ts';
import type { Services } from '../services.ts';
import { organisationView, toOrganisationView } from './organisation-view.ts';

export const leadershipTermView = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  personName: z.string(),
  positionTitle: z.string().nullable(),
  role: z.enum(LEADERSHIP_ROLES),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  basis: z.string().nullable(),
  current: z.boolean(),
});

export const organisationDetail = organisationView.extend({
  childCount: z.number().int(),
  leadership: z.array(leadershipTermView),
});
export type OrganisationDetail = z.infer<typeof organisationDetail>;

export async function getOrganisationRow(db: Kysely<DB>, id: string) {
  const row = await db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('organisation', id);
  return row;
}

/** One organisation with its leadership collective: current terms and the history. */
export async function getOrganisation(services: Services, actor: Actor, id: string, today: string): Promise<OrganisationDetail> {
  const db = services.database.db;
  const row = await getOrganisationRow(db, id);
  if (decide(actor, 'read', { kind: 'organisation', path: row.path }) !== 'allow') throw notFound('organisation', id);
  const [children, terms] = await Promise.all([
    db
      .selectFrom('organisations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('parent_id', '=', id)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('leadership_terms')
      .innerJoin('people', 'people.id', 'leadership_terms.person_id')
      .select([
        'leadership_terms.id',
        'leadership_terms.person_id',
        'people.full_name',
        'people.position_title',
        'leadership_terms.role',
        'leadership_terms.starts_on',
        'leadership_terms.ends_on',
        'leadership_terms.basis',
      ])
      .where('leadership_terms.organisation_id', '=', id)
      .orderBy('leadership_terms.starts_on', 'desc')
      .orderBy('leadership_terms.id')
      .execute(),
  ]);
  return {
    ...toOrganisationView(row),
    childCount: Number(children.n),
    leadership: terms.map((t) => ({
      id: t.id,
      personId: t.person_id,
      personName: t.full_name,
      positionTitle: t.position_title,
      role: t.role as (typeof LEADERSHIP_ROLES)[number],
      startsOn: t.starts_on,
      endsOn: t.ends_on,
      basis: t.basis,
      current: t.starts_on <= today && (t.ends_on === null || t.ends_on >= today),
    })),
  };
}
