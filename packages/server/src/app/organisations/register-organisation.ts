import { decide } from '@khien/core/authorization';
import type { Actor } from '@khien/core/authorization';
import { runCommand, type CommandScope } from '../command.ts';
import { duplicate, forbidden, notFound } from '../errors.ts';
import { EVENT_TYPES, type OrganisationState } from '../events.ts';
import type { Services } from '../services.ts';
import { checkOrganisationReferences } from './organisation-references.ts';
import type { OrganisationInput } from './organisation-input.ts';
import { getOrganisationRow } from './get-organisation.ts';
import { toOrganisationView, type OrganisationView } from './organisation-view.ts';

export async function registerOrganisation(services: Services, actor: Actor, input: OrganisationInput): Promise<OrganisationView> {
  return runCommand(services, actor, (scope) => registerOrganisationIn(services, scope, input));
}

/** The same decision inside a caller's transaction (imports apply many rows in one). */
export async function registerOrganisationIn(
  services: Services,
  { tx, actor, record }: CommandScope,
  input: OrganisationInput,
): Promise<OrganisationView> {
  const { parentPath } = await checkOrganisationReferences(tx, input);
  // A root organisation (no parent) is a system administrator's decision.
  const decision = decide(actor, 'create', { kind: 'organisation', path: parentPath });
  if (decision === 'hidden') throw notFound('organisation', input.parentId ?? undefined);
  if (decision === 'deny') throw forbidden();
  const existing = await tx.selectFrom('organisations').select('id').where('code', '=', input.code).executeTakeFirst();
  if (existing) throw duplicate('organisation', 'code', input.code);
  const state: OrganisationState = {
    id: services.newId(),
    ...input,
    // Unless told otherwise, the superior employing agency is the parent in the tree.
    superiorAgencyId: input.superiorAgencyId ?? input.parentId,
  };
  await record({ type: EVENT_TYPES.organisationRegistered, aggregateId: state.id, payload: { ...state } });
  return toOrganisationView(await getOrganisationRow(tx, state.id));
}
