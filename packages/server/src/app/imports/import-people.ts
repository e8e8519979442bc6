import type { Actor } from '@khien/core/authorization';
import type { PersonRow } from '../../import/index.ts';
import { vietnamDate } from '../auth/load-actor.ts';
import { createAccountIn } from '../accounts/create-account.ts';
import { duplicate } from '../errors.ts';
import { appointLeaderIn } from '../organisations/appoint-leader.ts';
import { personInput, type PersonInput } from '../people/person-input.ts';
import { registerPersonIn } from '../people/register-person.ts';
import { updatePersonIn } from '../people/update-person.ts';
import type { Services } from '../services.ts';
import type { ImportReport } from './import-report.ts';
import { referenceMissing, runImport, type ImportOptions, type ImportSource } from './run-import.ts';

/**
 * Import people (cadres): new personnel codes are registered, known ones updated when
 * something changed. A leadership role in the file appoints the person to the collective of
 * their organisation (unless already in office there). A username creates an account that
 * cannot log in until an officer sets a temporary password (no passwords travel in files).
 */
export async function importPeople(
  services: Services,
  actor: Actor,
  source: ImportSource,
  options: ImportOptions = {},
): Promise<ImportReport> {
  return runImport<PersonRow>(
    services,
    actor,
    source,
    'people',
    async ({ scope, rows, hasColumn, reject, progress }) => {
      const counts = { created: 0, updated: 0, unchanged: 0 };
      const { tx } = scope;
      const orgIdByCode = new Map(
        (await tx.selectFrom('organisations').select(['id', 'code']).execute()).map((o) => [o.code.toLowerCase(), o.id]),
      );
      const people = new Map((await tx.selectFrom('people').selectAll().execute()).map((p) => [p.code.toLowerCase(), p]));
      const accountsByUsername = new Map(
        (await tx.selectFrom('accounts').select(['username', 'person_id']).execute()).map((a) => [a.username, a.person_id]),
      );
      const personHasAccount = new Set([...accountsByUsername.values()].filter((id): id is string => id !== null));
      const terms = await tx.selectFrom('leadership_terms').select(['organisation_id', 'person_id']).where('ends_on', 'is', null).execute();
      const inOffice = new Set(terms.map((t) => `${t.organisation_id}/${t.person_id}`));
      const today = vietnamDate(scope.now);
      let done = 0;
      for (const { rowNumber, value } of rows) {
        progress(++done);
        const organisationId = orgIdByCode.get(value.organisationCode.toLowerCase());
        if (!organisationId) {
          reject(rowNumber, referenceMissing('organisationCode', value.organisationCode));
          continue;
        }
        const current = people.get(value.code.toLowerCase());
        if (
          value.username &&
          accountsByUsername.has(value.username) &&
          (!current || accountsByUsername.get(value.username) !== current.id)
        ) {
          reject(rowNumber, duplicate('account', 'username', value.username));
          continue;
        }
        const input: PersonInput = personInput.parse({
          code: value.code,
          fullName: value.fullName,
          isLeadershipPost: value.isLeadershipPost,
          nd73Category: value.nd73Category,
          organisationId,
          positionTitle: hasColumn('positionTitle') ? (value.positionTitle ?? null) : (current?.position_title ?? null),
          email: hasColumn('email') ? (value.email ?? null) : (current?.email ?? null),
          phone: hasColumn('phone') ? (value.phone ?? null) : (current?.phone ?? null),
        });
        try {
          let personId: string;
          if (!current) {
            personId = (await registerPersonIn(services, scope, input)).id;
            counts.created++;
          } else if (samePerson(current, input)) {
            personId = current.id;
            counts.unchanged++;
          } else {
            personId = (await updatePersonIn(services, scope, current.id, input)).id;
            counts.updated++;
          }
          if (value.leadershipRole && !inOffice.has(`${organisationId}/${personId}`)) {
            await appointLeaderIn(services, scope, organisationId, {
              personId,
              role: value.leadershipRole,
              startsOn: value.leadershipFrom ?? today,
              basis: null,
            });
            inOffice.add(`${organisationId}/${personId}`);
          }
          if (value.username && !accountsByUsername.has(value.username) && !personHasAccount.has(personId)) {
            await createAccountIn(services, scope, {
              username: value.username,
              personId,
              displayName: null,
              roles: [],
              scopeOrganisationId: null,
            });
            accountsByUsername.set(value.username, personId);
            personHasAccount.add(personId);
          }
        } catch (error) {
          reject(rowNumber, error);
        }
      }
      return counts;
    },
    options,
  );
}

function samePerson(
  current: {
    code: string;
    full_name: string;
    position_title: string | null;
    is_leadership_post: boolean;
    nd73_category: string;
    organisation_id: string;
    email: string | null;
    phone: string | null;
  },
  input: PersonInput,
): boolean {
  return (
    current.code === input.code &&
    current.full_name === input.fullName &&
    current.position_title === input.positionTitle &&
    current.is_leadership_post === input.isLeadershipPost &&
    current.nd73_category === input.nd73Category &&
    current.organisation_id === input.organisationId &&
    current.email === input.email &&
    current.phone === input.phone
  );
}
