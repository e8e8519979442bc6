import type { Actor } from '@khien/core/authorization';
import { createAccount } from '../../src/app/accounts/create-account.ts';
import { systemActor } from '../../src/app/command.ts';
import { appointLeader } from '../../src/app/organisations/appoint-leader.ts';
import { organisationInput, type OrganisationInput } from '../../src/app/organisations/organisation-input.ts';
import { registerOrganisation } from '../../src/app/organisations/register-organisation.ts';
import { personInput, type PersonInput } from '../../src/app/people/person-input.ts';
import { registerPerson } from '../../src/app/people/register-person.ts';
import type { Services } from '../../src/app/services.ts';
import type { SystemRole } from '@khien/core/authorization';
import { createAccountInput } from '../../src/app/accounts/account-input.ts';

/** Test factories over the real use cases (so tests exercise the same ledger + projections). */
let counter = 0;
const next = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export const PASSWORD = 'Mat-khau-2026!';

export async function buildOrganisation(services: Services, overrides: Partial<OrganisationInput> & Record<string, unknown> = {}) {
  const input = organisationInput.parse({
    code: `ORG-${next()}`,
    name: `Sở thử nghiệm ${next()}`,
    kind: 'provincial_department',
    ...overrides,
  });
  return registerOrganisation(services, systemActor(), input);
}

export async function buildPerson(
  services: Services,
  organisationId: string,
  overrides: Partial<PersonInput> & Record<string, unknown> = {},
) {
  const input = personInput.parse({
    code: `CB-${next()}`,
    fullName: 'Nguyễn Văn Thử',
    isLeadershipPost: true,
    nd73Category: 'administrative_leader',
    organisationId,
    ...overrides,
  });
  return registerPerson(services, systemActor(), input);
}

export async function buildAccount(
  services: Services,
  options: { personId?: string | null; roles?: SystemRole[]; scopeOrganisationId?: string | null; username?: string } = {},
) {
  const input = createAccountInput.parse({
    username: options.username ?? `user.${next()}`,
    password: PASSWORD,
    personId: options.personId ?? null,
    roles: options.roles ?? [],
    scopeOrganisationId: options.scopeOrganisationId ?? null,
  });
  return createAccount(services, systemActor(), input, { mustChangePassword: false });
}

export async function appoint(
  services: Services,
  organisationId: string,
  personId: string,
  role: 'head' | 'deputy' | 'member',
  actor: Actor = systemActor(),
) {
  return appointLeader(services, actor, organisationId, { personId, role, startsOn: '2025-07-01', basis: null });
}
