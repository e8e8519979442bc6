import { z } from 'zod';
import { nfc } from '@khien/core';
import { SYSTEM_ROLES } from '@khien/core/authorization';
import { optionalText, uuid } from '../validation.ts';

export const username = z
  .string()
  .transform((value) => nfc(value).trim().toLowerCase())
  .pipe(z.string().regex(/^[a-z0-9][a-z0-9._-]{2,63}$/, { error: '3–64 lower-case letters, digits, ".", "_" or "-"' }));

/** At least 10 characters, not only digits: long passphrases beat composition rules. */
export const newPassword = z
  .string()
  .min(10, { error: 'at least 10 characters' })
  .max(200)
  .refine((value) => !/^\d+$/.test(value), { error: 'must not be only digits' });

export const createAccountInput = z.strictObject({
  username,
  password: newPassword,
  personId: uuid
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  displayName: optionalText(200),
  roles: z.array(z.enum(SYSTEM_ROLES)).max(3).default([]),
  scopeOrganisationId: uuid
    .nullable()
    .optional()
    .transform((v) => v ?? null),
});
export type CreateAccountInput = z.infer<typeof createAccountInput>;

export const updateAccountInput = z.strictObject({
  displayName: optionalText(200),
  roles: z.array(z.enum(SYSTEM_ROLES)).max(3),
  scopeOrganisationId: uuid
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  disabled: z.boolean(),
});
export type UpdateAccountInput = z.infer<typeof updateAccountInput>;
