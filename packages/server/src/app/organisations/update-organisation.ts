import { DomainError } from '@khien/core/errors';
import { decide, isWithinPath } from '@khien/core';
import type { Actor } from '@khien/core/authorization';
import { runCommand, type CommandScope } from '../command.ts';
import { checkVersion, duplicate, forbidden, notFound } from '../errors.ts';
import { EVENT_TYPES, type OrganisationState } from '../events.ts';
import type { Services } from '../services.ts';
import { getOrganisationRow } from './get-organisation.ts';
import { checkOrganisationReferences } from './organisation-references.ts';
import type { OrganisationInput } from './organisation-input.ts';
import { toOrganisationView, type OrganisationView } from './organisation-view.ts';

export async function updateOrganisation(
  services: Services,
  actor: Actor,
  id: string,
  input: OrganisationInput,
  expectedVersion?: number,
): Promise<OrganisationView> {
  return runCommand(services, actor, (scope) => updateOrganisationIn(services, scope, id, input, expectedVersion));
}

/** The same decision inside a caller's transaction (imports apply many rows in one). */
export async function updateOrganisationIn(
  _services: Services,
  { tx, actor, record }: CommandScope,
  id: string,
  input: OrganisationInput,
  expectedVersion?: number,
): Promise<OrganisationView> {
  const current = await tx.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
  if (!current) throw notFound('organisation', id);
  const decision = decide(actor, 'update', { kind: 'organisation', path: current.path });
  if (decision === 'hidden') throw notFound('organisation', id);
  if (decision === 'deny') throw forbidden();
  checkVersion(expectedVersion, current.version);
  const { parentPath } = await checkOrganisationReferences(tx, input, id);
  if (input.parentId !== current.parent_id) {
    if (parentPath && isWithinPath(parentPath, current.path)) {
      throw new DomainError('organisation.cycle', {
        vi: 'Không thể chuyển một cơ quan vào dưới chính đơn vị trực thuộc của nó.',
        en: 'An organisation cannot be moved below one of its own units.',
      });
    }
    // Moving into a place the actor does not manage is a creation there, as far as rights go.
    if (decide(actor, 'create', { kind: 'organisation', path: parentPath }) !== 'allow') throw forbidden();
  }
  if (input.code !== current.code) {
    const clash = await tx.selectFrom('organisations').select('id').where('code', '=', input.code).executeTakeFirst();
    if (clash) throw duplicate('organisation', 'code', input.code);
  }
  const state: OrganisationState = { id, ...input, superiorAgencyId: input.superiorAgencyId ?? input.parentId };
  await record({ type: EVENT_TYPES.organisationUpdated, aggregateId: id, payload: { ...state } });
  return toOrganisationView(await getOrganisationRow(tx, id));
}
