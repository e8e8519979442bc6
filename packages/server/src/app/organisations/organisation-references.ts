import type { Kysely } from 'kysely';
import { DomainError } from '@khien/core/errors';
import type { DB } from '../../db/schema.ts';
import type { OrganisationInput } from './organisation-input.ts';

/**
 * The relations the procedure relies on must point at real organisations of the right kind:
 * a parent, a superior employing agency, and a same-level Party committee (ND73 Art. 4(3)).
 * Returns the parent's path (the place in the tree the authorization check is made against).
 */
export async function checkOrganisationReferences(
  db: Kysely<DB>,
  input: Pick<OrganisationInput, 'parentId' | 'superiorAgencyId' | 'partyCommitteeId'>,
  selfId?: string,
): Promise<{ parentPath: string | null }> {
  const ids = [input.parentId, input.superiorAgencyId, input.partyCommitteeId].filter((id): id is string => id !== null);
  const rows = ids.length ? await db.selectFrom('organisations').select(['id', 'kind', 'path']).where('id', 'in', ids).execute() : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const missing = (field: string) =>
    new DomainError(
      'organisation.reference_not_found',
      { vi: `Không tìm thấy cơ quan được chỉ định ở trường ${field}.`, en: `The organisation given in ${field} does not exist.` },
      { field },
    );
  if (input.parentId && !byId.has(input.parentId)) throw missing('parentId');
  if (input.superiorAgencyId && !byId.has(input.superiorAgencyId)) throw missing('superiorAgencyId');
  if (input.partyCommitteeId) {
    const committee = byId.get(input.partyCommitteeId);
    if (!committee) throw missing('partyCommitteeId');
    if (committee.kind !== 'party_committee') {
      throw new DomainError(
        'organisation.not_a_party_committee',
        {
          vi: 'Cấp ủy cùng cấp phải là một tổ chức thuộc loại "Cấp ủy, tổ chức đảng".',
          en: 'The same-level Party committee must be an organisation of kind "party_committee".',
        },
        { field: 'partyCommitteeId' },
      );
    }
  }
  if (selfId && [input.parentId, input.superiorAgencyId, input.partyCommitteeId].includes(selfId)) {
    throw new DomainError('organisation.self_reference', {
      vi: 'Một cơ quan không thể là cấp trên hay cấp ủy của chính nó.',
      en: 'An organisation cannot be its own parent, superior or Party committee.',
    });
  }
  return { parentPath: input.parentId ? byId.get(input.parentId)!.path : null };
}
