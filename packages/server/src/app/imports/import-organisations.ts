import type { Actor } from '@khien/core/authorization';
import type { OrganisationRow } from '../../import/index.ts';
import { organisationInput, type OrganisationInput } from '../organisations/organisation-input.ts';
import { registerOrganisationIn } from '../organisations/register-organisation.ts';
import { updateOrganisationIn } from '../organisations/update-organisation.ts';
import type { Services } from '../services.ts';
import type { ImportReport } from './import-report.ts';
import { referenceMissing, runImport, type ImportOptions, type ImportSource } from './run-import.ts';

const OPTIONAL_FIELDS = ['shortName', 'abbreviation', 'address', 'email', 'phone'] as const;
const REFERENCES = [
  ['parentCode', 'parentId'],
  ['superiorAgencyCode', 'superiorAgencyId'],
  ['partyCommitteeCode', 'partyCommitteeId'],
] as const;

/**
 * Import organisations: new codes are registered, known codes updated when something changed
 * (re-importing the same file changes nothing). Rows may name parents that come later in the
 * file: rows are applied in passes until no more can be placed.
 */
export async function importOrganisations(
  services: Services,
  actor: Actor,
  source: ImportSource,
  options: ImportOptions = {},
): Promise<ImportReport> {
  return runImport<OrganisationRow>(
    services,
    actor,
    source,
    'organisations',
    async ({ scope, rows, hasColumn, reject, progress }) => {
      const counts = { created: 0, updated: 0, unchanged: 0 };
      const existing = await scope.tx.selectFrom('organisations').selectAll().execute();
      const idByCode = new Map(existing.map((o) => [o.code.toLowerCase(), o.id]));
      const byCode = new Map(existing.map((o) => [o.code.toLowerCase(), o]));
      let pending = rows;
      let done = 0;
      while (pending.length > 0) {
        const waiting: typeof rows = [];
        for (const row of pending) {
          const missing = REFERENCES.find(([field]) => row.value[field] && !idByCode.has(row.value[field]!.toLowerCase()));
          if (missing) {
            waiting.push(row);
            continue;
          }
          const current = byCode.get(row.value.code.toLowerCase());
          const input: OrganisationInput = organisationInput.parse({
            code: row.value.code,
            name: row.value.name,
            kind: row.value.kind,
            ...Object.fromEntries(
              OPTIONAL_FIELDS.map((f) => [f, hasColumn(f) ? (row.value[f] ?? null) : current ? currentValue(current, f) : null]),
            ),
            ...Object.fromEntries(
              REFERENCES.map(([field, idField]) => [
                idField,
                hasColumn(field)
                  ? row.value[field]
                    ? idByCode.get(row.value[field]!.toLowerCase())!
                    : null
                  : (current?.[snake(idField)] ?? null),
              ]),
            ),
          });
          try {
            if (!current) {
              const view = await registerOrganisationIn(services, scope, input);
              idByCode.set(view.code.toLowerCase(), view.id);
              counts.created++;
            } else if (sameOrganisation(current, input)) {
              counts.unchanged++;
            } else {
              await updateOrganisationIn(services, scope, current.id, input);
              counts.updated++;
            }
          } catch (error) {
            reject(row.rowNumber, error);
          }
          progress(++done);
        }
        if (waiting.length === pending.length) {
          for (const row of waiting) {
            const [field] = REFERENCES.find(([f]) => row.value[f] && !idByCode.has(row.value[f]!.toLowerCase()))!;
            reject(row.rowNumber, referenceMissing(field, row.value[field]!));
          }
          break;
        }
        pending = waiting;
      }
      return counts;
    },
    options,
  );
}

type OrganisationRecord = {
  code: string;
  name: string;
  kind: string;
  short_name: string | null;
  abbreviation: string | null;
  address: string | null;
  email: string | null;
  phone: string | null;
  parent_id: string | null;
  superior_agency_id: string | null;
  party_committee_id: string | null;
};

function snake(field: 'parentId' | 'superiorAgencyId' | 'partyCommitteeId') {
  return ({ parentId: 'parent_id', superiorAgencyId: 'superior_agency_id', partyCommitteeId: 'party_committee_id' } as const)[field];
}

function currentValue(current: OrganisationRecord, field: (typeof OPTIONAL_FIELDS)[number]): string | null {
  return (
    {
      shortName: current.short_name,
      abbreviation: current.abbreviation,
      address: current.address,
      email: current.email,
      phone: current.phone,
    } as const
  )[field];
}

function sameOrganisation(current: OrganisationRecord, input: OrganisationInput): boolean {
  return (
    current.code === input.code &&
    current.name === input.name &&
    current.kind === input.kind &&
    current.short_name === input.shortName &&
    current.abbreviation === input.abbreviation &&
    current.address === input.address &&
    current.email === input.email &&
    current.phone === input.phone &&
    current.parent_id === input.parentId &&
    current.superior_agency_id === (input.superiorAgencyId ?? input.parentId) &&
    current.party_committee_id === input.partyCommitteeId
  );
}
