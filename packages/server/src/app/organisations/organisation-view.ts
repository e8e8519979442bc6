import { z } from 'zod';
import type { Selectable } from 'kysely';
import { ORGANISATION_KINDS } from '@khien/core/organisation';
import type { OrganisationsTable } from '../../db/schema.ts';

export const organisationView = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  abbreviation: z.string().nullable(),
  kind: z.enum(ORGANISATION_KINDS),
  parentId: z.uuid().nullable(),
  superiorAgencyId: z.uuid().nullable(),
  partyCommitteeId: z.uuid().nullable(),
  address: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  path: z.string(),
  depth: z.number().int(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type OrganisationView = z.infer<typeof organisationView>;

export function toOrganisationView(row: Selectable<OrganisationsTable>): OrganisationView {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    shortName: row.short_name,
    abbreviation: row.abbreviation,
    kind: row.kind as OrganisationView['kind'],
    parentId: row.parent_id,
    superiorAgencyId: row.superior_agency_id,
    partyCommitteeId: row.party_committee_id,
    address: row.address,
    email: row.email,
    phone: row.phone,
    path: row.path,
    depth: row.path.split('.').length,
    version: row.version,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
