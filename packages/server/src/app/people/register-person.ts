import { decide } from '@khien/core/authorization';
import type { Actor } from '@khien/core/authorization';
import { runCommand, type CommandScope } from '../command.ts';
import { duplicate, forbidden, notFound } from '../errors.ts';
import { EVENT_TYPES, type PersonState } from '../events.ts';
import type { Services } from '../services.ts';
import type { PersonInput } from './person-input.ts';
import { getPersonRow, toPersonView, type PersonView } from './person-view.ts';

export async function registerPerson(services: Services, actor: Actor, input: PersonInput): Promise<PersonView> {
  return runCommand(services, actor, (scope) => registerPersonIn(services, scope, input));
}

/** The same decision inside a caller's transaction (imports apply many rows in one). */
export async function registerPersonIn(services: Services, { tx, actor, record }: CommandScope, input: PersonInput): Promise<PersonView> {
  const org = await tx.selectFrom('organisations').select('path').where('id', '=', input.organisationId).executeTakeFirst();
  if (!org) throw notFound('organisation', input.organisationId);
  const decision = decide(actor, 'create', { kind: 'person', path: org.path });
  if (decision === 'hidden') throw notFound('organisation', input.organisationId);
  if (decision === 'deny') throw forbidden();
  const clash = await tx.selectFrom('people').select('id').where('code', '=', input.code).executeTakeFirst();
  if (clash) throw duplicate('person', 'code', input.code);
  const state: PersonState = { id: services.newId(), ...input };
  await record({ type: EVENT_TYPES.personRegistered, aggregateId: state.id, payload: { ...state } });
  return toPersonView(await getPersonRow(tx, state.id));
}
