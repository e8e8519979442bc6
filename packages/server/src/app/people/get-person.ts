import { decide } from '@khien/core/authorization';
import type { Actor } from '@khien/core/authorization';
import { notFound } from '../errors.ts';
import type { Services } from '../services.ts';
import { getPersonRow, toPersonView, type PersonView } from './person-view.ts';

export async function getPerson(services: Services, actor: Actor, id: string): Promise<PersonView> {
  const row = await getPersonRow(services.database.db, id);
  if (decide(actor, 'read', { kind: 'person', path: row.organisation_path, personId: id }) !== 'allow') throw notFound('person', id);
  return toPersonView(row);
}
