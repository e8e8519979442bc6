import { z } from 'zod';
import type { Kysely } from 'kysely';
import { ND73_CATEGORIES } from '@khien/core/organisation';
import type { DB } from '../../db/schema.ts';
import { notFound } from '../errors.ts';

export const personView = z.object({
  id: z.uuid(),
  code: z.string(),
  fullName: z.string(),
  positionTitle: z.string().nullable(),
  isLeadershipPost: z.boolean(),
  nd73Category: z.enum(ND73_CATEGORIES),
  organisationId: z.uuid(),
  organisationName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PersonView = z.infer<typeof personView>;

export function peopleWithOrganisation(db: Kysely<DB>) {
  return db
    .selectFrom('people')
    .innerJoin('organisations', 'organisations.id', 'people.organisation_id')
    .select([
      'people.id',
      'people.code',
      'people.full_name',
      'people.position_title',
      'people.is_leadership_post',
      'people.nd73_category',
      'people.organisation_id',
      'organisations.name as organisation_name',
      'organisations.path as organisation_path',
      'people.email',
      'people.phone',
      'people.version',
      'people.created_at',
      'people.updated_at',
    ]);
}

type PersonRow = Awaited<ReturnType<ReturnType<typeof peopleWithOrganisation>['executeTakeFirstOrThrow']>>;

export function toPersonView(row: PersonRow): PersonView {
  return {
    id: row.id,
    code: row.code,
    fullName: row.full_name,
    positionTitle: row.position_title,
    isLeadershipPost: row.is_leadership_post,
    nd73Category: row.nd73_category as PersonView['nd73Category'],
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    email: row.email,
    phone: row.phone,
    version: row.version,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

export async function getPersonRow(db: Kysely<DB>, id: string): Promise<PersonRow> {
  const row = await peopleWithOrganisation(db).where('people.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('person', id);
  return row;
}
