import { decide } from '@khien/core/authorization';
import type { Actor } from '@khien/core/authorization';
import { runCommand, type CommandScope } from '../command.ts';
import { checkVersion, duplicate, forbidden, notFound } from '../errors.ts';
import { EVENT_TYPES, type PersonState } from '../events.ts';
import type { Services } from '../services.ts';
import type { PersonInput } from './person-input.ts';
import { getPersonRow, toPersonView, type PersonView } from './person-view.ts';

export async function updatePerson(
  services: Services,
  actor: Actor,
  id: string,
  input: PersonInput,
  expectedVersion?: number,
): Promise<PersonView> {
  return runCommand(services, actor, (scope) => updatePersonIn(services, scope, id, input, expectedVersion));
}

/** The same decision inside a caller's transaction (imports apply many rows in one). */
export async function updatePersonIn(
  _services: Services,
  { tx, actor, record }: CommandScope,
  id: string,
  input: PersonInput,
  expectedVersion?: number,
): Promise<PersonView> {
  const current = await tx
    .selectFrom('people')
    .innerJoin('organisations', 'organisations.id', 'people.organisation_id')
    .select(['people.code', 'people.version', 'organisations.path'])
    .where('people.id', '=', id)
    .executeTakeFirst();
  if (!current) throw notFound('person', id);
  const decision = decide(actor, 'update', { kind: 'person', path: current.path, personId: id });
  if (decision === 'hidden') throw notFound('person', id);
  if (decision === 'deny') throw forbidden();
  checkVersion(expectedVersion, current.version);
  const target = await tx.selectFrom('organisations').select('path').where('id', '=', input.organisationId).executeTakeFirst();
  if (!target) throw notFound('organisation', input.organisationId);
  // A transfer must land inside what the actor manages too.
  if (decide(actor, 'create', { kind: 'person', path: target.path }) !== 'allow') throw forbidden();
  if (input.code !== current.code) {
    const clash = await tx.selectFrom('people').select('id').where('code', '=', input.code).executeTakeFirst();
    if (clash) throw duplicate('person', 'code', input.code);
  }
  const state: PersonState = { id, ...input };
  await record({ type: EVENT_TYPES.personUpdated, aggregateId: id, payload: { ...state } });
  return toPersonView(await getPersonRow(tx, id));
}
