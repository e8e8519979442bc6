import { z } from 'zod';
import { ND73_CATEGORIES } from '@khien/core/organisation';
import { code, email, optionalText, phone, requiredText, uuid } from '../validation.ts';

export const personInput = z.strictObject({
  code,
  fullName: requiredText(200),
  positionTitle: optionalText(200),
  isLeadershipPost: z.boolean(),
  nd73Category: z.enum(ND73_CATEGORIES),
  organisationId: uuid,
  email,
  phone,
});
export type PersonInput = z.infer<typeof personInput>;
