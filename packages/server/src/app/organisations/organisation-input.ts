import { z } from 'zod';
import { ORGANISATION_KINDS } from '@khien/core/organisation';
import { code, email, optionalText, phone, requiredText, uuid } from '../validation.ts';

export const organisationInput = z.strictObject({
  code,
  name: requiredText(300),
  shortName: optionalText(120),
  // Used in document numbers ("Số: 12/QĐ-UBND"): capital letters, digits and dashes.
  abbreviation: optionalText(30).pipe(
    z
      .string()
      .regex(/^[A-ZĐ0-9][A-ZĐ0-9-]*$/u, { error: 'capital letters, digits and "-"' })
      .nullable(),
  ),
  kind: z.enum(ORGANISATION_KINDS),
  parentId: uuid
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  superiorAgencyId: uuid
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  partyCommitteeId: uuid
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  address: optionalText(500),
  email,
  phone,
});
export type OrganisationInput = z.infer<typeof organisationInput>;
