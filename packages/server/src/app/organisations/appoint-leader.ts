import { z } from 'zod';
import { DomainError } from '@khien/core/errors';
import { decide } from '@khien/core/authorization';
import type { Actor } from '@khien/core/authorization';
import { LEADERSHIP_ROLES } from '@khien/core/organisation';
import { runCommand, type CommandScope } from '../command.ts';
import { forbidden, notFound } from '../errors.ts';
import { EVENT_TYPES, type LeadershipAppointed } from '../events.ts';
import type { Services } from '../services.ts';
import { isoDate, optionalText, uuid } from '../validation.ts';
import { getOrganisation, type OrganisationDetail } from './get-organisation.ts';
import { vietnamDate } from '../auth/load-actor.ts';

export const appointLeaderInput = z.strictObject({
  personId: uuid,
  role: z.enum(LEADERSHIP_ROLES),
  startsOn: isoDate,
  /** The appointment decision, e.g. "Quyết định số 15/QĐ-UBND ngày 02/01/2026". */
  basis: optionalText(300),
});
export type AppointLeaderInput = z.infer<typeof appointLeaderInput>;

/**
 * Put a person on an agency's leadership collective (head or deputy) or on a Party committee
 * (member). An agency has one head at a time: the current head's term must be ended first,
 * so the record never shows two heads on the same day.
 */
export async function appointLeader(
  services: Services,
  actor: Actor,
  organisationId: string,
  input: AppointLeaderInput,
): Promise<OrganisationDetail> {
  await runCommand(services, actor, (scope) => appointLeaderIn(services, scope, organisationId, input));
  return getOrganisation(services, actor, organisationId, vietnamDate(services.now()));
}

/** The same decision inside a caller's transaction (imports apply many rows in one). */
export async function appointLeaderIn(
  services: Services,
  { tx, actor, record }: CommandScope,
  organisationId: string,
  input: AppointLeaderInput,
): Promise<void> {
  const org = await tx.selectFrom('organisations').select(['id', 'path']).where('id', '=', organisationId).executeTakeFirst();
  if (!org) throw notFound('organisation', organisationId);
  const decision = decide(actor, 'update', { kind: 'person', path: org.path });
  if (decision === 'hidden') throw notFound('organisation', organisationId);
  if (decision === 'deny') throw forbidden();
  const person = await tx.selectFrom('people').select('id').where('id', '=', input.personId).executeTakeFirst();
  if (!person) throw notFound('person', input.personId);
  const overlapping = await tx
    .selectFrom('leadership_terms')
    .select(['id', 'person_id', 'role', 'starts_on'])
    .where('organisation_id', '=', organisationId)
    .where((eb) => eb.or([eb('ends_on', 'is', null), eb('ends_on', '>=', input.startsOn)]))
    .execute();
  if (overlapping.some((t) => t.person_id === input.personId)) {
    throw new DomainError('leadership.already_in_office', {
      vi: 'Người này đang giữ một vị trí trong tập thể lãnh đạo của cơ quan này vào ngày đó.',
      en: 'This person already holds a position in this collective on that date.',
    });
  }
  const head = overlapping.find((t) => t.role === 'head');
  if (input.role === 'head' && head) {
    throw new DomainError(
      'leadership.head_already_in_office',
      {
        vi: 'Cơ quan đang có người đứng đầu trong thời gian này. Hãy kết thúc nhiệm kỳ hiện tại trước.',
        en: 'The agency has a head for that period. End the current term first.',
      },
      { termId: head.id },
    );
  }
  const payload: LeadershipAppointed = {
    termId: services.newId(),
    organisationId,
    personId: input.personId,
    role: input.role,
    startsOn: input.startsOn,
    basis: input.basis,
  };
  await record({ type: EVENT_TYPES.leadershipAppointed, aggregateId: organisationId, payload: { ...payload } });
}
