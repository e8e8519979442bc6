/** Labels for the API's enums, from core where core already names them in both languages. */
import { LEADERSHIP_ROLE_LABELS, ND73_CATEGORY_LABELS, ORGANISATION_KIND_LABELS } from '@khien/core/organisation';
import type { MessageKey } from '../i18n/messages.ts';

export { LEADERSHIP_ROLE_LABELS, ND73_CATEGORY_LABELS, ORGANISATION_KIND_LABELS };

export const ROLE_LABELS: Record<'system_admin' | 'org_officer' | 'inspector', MessageKey> = {
  system_admin: 'role.system_admin',
  org_officer: 'role.org_officer',
  inspector: 'role.inspector',
};
