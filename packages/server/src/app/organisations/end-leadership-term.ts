import { z } from 'zod';
import { DomainError } from '@khien/core/errors';
import { decide } from '@khien/core/authorization';
import type { Actor } from '@khien/core/authorization';
import { runCommand } from '../command.ts';
import { forbidden, notFound } from '../errors.ts';
import { EVENT_TYPES, type LeadershipEnded } from '../events.ts';
import type { Services } from '../services.ts';
import { isoDate, optionalText } from '../validation.ts';
import { getOrganisation, type OrganisationDetail } from './get-organisation.ts';
import { vietnamDate } from '../auth/load-actor.ts';

export const endLeadershipTermInput = z.strictObject({ endsOn: isoDate, basis: optionalText(300) });
export type EndLeadershipTermInput = z.infer<typeof endLeadershipTermInput>;

/** End a term (retirement, transfer, dismissal). The term stays in the history. */
export async function endLeadershipTerm(
  services: Services,
  actor: Actor,
  organisationId: string,
  termId: string,
  input: EndLeadershipTermInput,
): Promise<OrganisationDetail> {
  await runCommand(services, actor, async ({ tx, record }) => {
    const term = await tx
      .selectFrom('leadership_terms')
      .innerJoin('organisations', 'organisations.id', 'leadership_terms.organisation_id')
      .select(['leadership_terms.id', 'leadership_terms.starts_on', 'leadership_terms.ends_on', 'organisations.path'])
      .where('leadership_terms.id', '=', termId)
      .where('leadership_terms.organisation_id', '=', organisationId)
      .executeTakeFirst();
    if (!term) throw notFound('leadershipTerm', termId);
    const decision = decide(actor, 'update', { kind: 'person', path: term.path });
    if (decision === 'hidden') throw notFound('leadershipTerm', termId);
    if (decision === 'deny') throw forbidden();
    if (term.ends_on !== null) {
      throw new DomainError('leadership.term_already_ended', { vi: 'Nhiệm kỳ này đã kết thúc.', en: 'This term has already ended.' });
    }
    if (input.endsOn < term.starts_on) {
      throw new DomainError('leadership.ends_before_start', {
        vi: 'Ngày kết thúc không được trước ngày bắt đầu nhiệm kỳ.',
        en: 'A term cannot end before it starts.',
      });
    }
    const payload: LeadershipEnded = { termId, endsOn: input.endsOn, basis: input.basis };
    await record({ type: EVENT_TYPES.leadershipEnded, aggregateId: organisationId, payload: { ...payload } });
  });
  return getOrganisation(services, actor, organisationId, vietnamDate(services.now()));
}
