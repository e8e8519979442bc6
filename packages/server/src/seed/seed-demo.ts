import { createAccountInput } from '../app/accounts/account-input.ts';
import { createAccount } from '../app/accounts/create-account.ts';
import { systemActor } from '../app/command.ts';
import { appointLeader } from '../app/organisations/appoint-leader.ts';
import { organisationInput } from '../app/organisations/organisation-input.ts';
import { registerOrganisation } from '../app/organisations/register-organisation.ts';
import { personInput } from '../app/people/person-input.ts';
import { registerPerson } from '../app/people/register-person.ts';
import type { Services } from '../app/services.ts';
import { seedDemoProposals } from './demo-proposals.ts';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_PEOPLE } from './demo-data.ts';

export interface SeedReport {
  organisations: number;
  people: number;
  accounts: number;
  positions: number;
}

/**
 * Load the demo province through the ordinary use cases (so the ledger records it like any
 * other data). Idempotent: what exists (by code / username) is left as it is.
 */
export async function seedDemo(services: Services): Promise<SeedReport> {
  const { db } = services.database;
  const actor = systemActor('seed:demo');
  const report: SeedReport = { organisations: 0, people: 0, accounts: 0, positions: 0 };
  const orgIds = new Map((await db.selectFrom('organisations').select(['id', 'code']).execute()).map((o) => [o.code, o.id]));
  const orgId = (code: string) => {
    const id = orgIds.get(code);
    if (!id) throw new Error(`demo data: unknown organisation ${code}`);
    return id;
  };

  for (const org of DEMO_ORGANISATIONS) {
    if (orgIds.has(org.code)) continue;
    const view = await registerOrganisation(
      services,
      actor,
      organisationInput.parse({
        code: org.code,
        name: org.name,
        shortName: org.shortName ?? null,
        abbreviation: org.abbreviation,
        kind: org.kind,
        parentId: org.parent ? orgId(org.parent) : null,
        partyCommitteeId: org.partyCommittee ? orgId(org.partyCommittee) : null,
        address: org.address ?? null,
      }),
    );
    orgIds.set(org.code, view.id);
    report.organisations++;
  }

  const personIds = new Map((await db.selectFrom('people').select(['id', 'code']).execute()).map((p) => [p.code, p.id]));
  const usernames = new Set((await db.selectFrom('accounts').select('username').execute()).map((a) => a.username));
  const terms = new Set(
    (await db.selectFrom('leadership_terms').select(['organisation_id', 'person_id']).where('ends_on', 'is', null).execute()).map(
      (t) => `${t.organisation_id}/${t.person_id}`,
    ),
  );

  if (!usernames.has('admin')) {
    await createAccount(
      services,
      actor,
      createAccountInput.parse({ username: 'admin', password: DEMO_PASSWORD, displayName: 'Quản trị hệ thống', roles: ['system_admin'] }),
      { mustChangePassword: false },
    );
    report.accounts++;
  }

  for (const person of DEMO_PEOPLE) {
    let id = personIds.get(person.code);
    if (!id) {
      const view = await registerPerson(
        services,
        actor,
        personInput.parse({
          code: person.code,
          fullName: person.fullName,
          positionTitle: person.positionTitle,
          isLeadershipPost: person.isLeadershipPost,
          nd73Category: person.nd73Category,
          organisationId: orgId(person.organisation),
          email: `${person.username}@hoason.gov.vn`,
        }),
      );
      id = view.id;
      personIds.set(person.code, id);
      report.people++;
    }
    for (const [orgCode, role] of person.positions ?? []) {
      if (terms.has(`${orgId(orgCode)}/${id}`)) continue;
      await appointLeader(services, actor, orgId(orgCode), {
        personId: id,
        role,
        startsOn: '2025-07-01',
        basis: 'Quyết định kiện toàn sau sắp xếp đơn vị hành chính (dữ liệu mẫu)',
      });
      terms.add(`${orgId(orgCode)}/${id}`);
      report.positions++;
    }
    if (!usernames.has(person.username)) {
      await createAccount(
        services,
        actor,
        createAccountInput.parse({
          username: person.username,
          password: DEMO_PASSWORD,
          personId: id,
          roles: person.roles ?? [],
          scopeOrganisationId: person.scope ? orgId(person.scope) : null,
        }),
        { mustChangePassword: false },
      );
      usernames.add(person.username);
      report.accounts++;
    }
  }
  await seedDemoProposals(services);
  return report;
}
