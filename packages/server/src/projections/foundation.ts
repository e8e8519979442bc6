import { sql, type Kysely } from 'kysely';
import { foldForSearch, pathLabel, vietnameseSortKey } from '@khien/core';
import type { DB } from '../db/schema.ts';
import {
  EVENT_TYPES as E,
  type AccountPasswordSet,
  type AccountState,
  type LeadershipAppointed,
  type LeadershipEnded,
  type OrganisationState,
  type PersonState,
} from '../app/events.ts';

import type { Projector } from './projector.ts';

/** Projectors of the foundation's events: organisations, people, leadership, accounts. */

async function organisationPath(tx: Kysely<DB>, id: string, parentId: string | null): Promise<string> {
  if (!parentId) return pathLabel(id);
  const parent = await tx.selectFrom('organisations').select('path').where('id', '=', parentId).executeTakeFirstOrThrow();
  return `${parent.path}.${pathLabel(id)}`;
}

function organisationColumns(s: OrganisationState) {
  return {
    code: s.code,
    name: s.name,
    short_name: s.shortName,
    abbreviation: s.abbreviation,
    kind: s.kind,
    parent_id: s.parentId,
    superior_agency_id: s.superiorAgencyId,
    party_committee_id: s.partyCommitteeId,
    address: s.address,
    email: s.email,
    phone: s.phone,
    search_key: foldForSearch(`${s.name} ${s.shortName ?? ''} ${s.code}`),
    sort_key: vietnameseSortKey(s.name),
  };
}

function personColumns(s: PersonState) {
  return {
    code: s.code,
    full_name: s.fullName,
    position_title: s.positionTitle,
    is_leadership_post: s.isLeadershipPost,
    nd73_category: s.nd73Category,
    organisation_id: s.organisationId,
    email: s.email,
    phone: s.phone,
    search_key: foldForSearch(`${s.fullName} ${s.code} ${s.positionTitle ?? ''}`),
    // People are sorted by given name first, as Vietnamese lists are (the last word).
    sort_key: vietnameseSortKey(`${s.fullName.split(' ').at(-1)} ${s.fullName}`),
  };
}

export const foundationProjectors: Record<string, Projector> = {
  [E.organisationRegistered]: async (tx, event) => {
    const s = event.payload as unknown as OrganisationState;
    await tx
      .insertInto('organisations')
      .values({
        id: s.id,
        ...organisationColumns(s),
        path: await organisationPath(tx, s.id, s.parentId),
        created_at: event.time,
        updated_at: event.time,
      })
      .execute();
  },
  [E.organisationUpdated]: async (tx, event) => {
    const s = event.payload as unknown as OrganisationState;
    const before = await tx.selectFrom('organisations').select(['path', 'parent_id']).where('id', '=', s.id).executeTakeFirstOrThrow();
    const path = before.parent_id === s.parentId ? before.path : await organisationPath(tx, s.id, s.parentId);
    await tx
      .updateTable('organisations')
      .set({ ...organisationColumns(s), path, updated_at: event.time, version: sql`version + 1` })
      .where('id', '=', s.id)
      .execute();
    if (path !== before.path) {
      // Moving an organisation moves its whole subtree.
      await sql`update organisations set path = ${path}::ltree || subpath(path, nlevel(${before.path}::ltree))
                where path <@ ${before.path}::ltree and id <> ${s.id}`.execute(tx);
    }
  },
  [E.personRegistered]: async (tx, event) => {
    const s = event.payload as unknown as PersonState;
    await tx
      .insertInto('people')
      .values({ id: s.id, ...personColumns(s), created_at: event.time, updated_at: event.time })
      .execute();
  },
  [E.personUpdated]: async (tx, event) => {
    const s = event.payload as unknown as PersonState;
    await tx
      .updateTable('people')
      .set({ ...personColumns(s), updated_at: event.time, version: sql`version + 1` })
      .where('id', '=', s.id)
      .execute();
  },
  [E.leadershipAppointed]: async (tx, event) => {
    const s = event.payload as unknown as LeadershipAppointed;
    await tx
      .insertInto('leadership_terms')
      .values({
        id: s.termId,
        organisation_id: s.organisationId,
        person_id: s.personId,
        role: s.role,
        starts_on: s.startsOn,
        ends_on: null,
        basis: s.basis,
        created_at: event.time,
      })
      .execute();
  },
  [E.leadershipEnded]: async (tx, event) => {
    const s = event.payload as unknown as LeadershipEnded;
    await tx.updateTable('leadership_terms').set({ ends_on: s.endsOn }).where('id', '=', s.termId).execute();
  },
  [E.accountCreated]: async (tx, event) => {
    const s = event.payload as unknown as AccountState;
    await tx
      .insertInto('accounts')
      .values({
        id: s.id,
        username: s.username,
        person_id: s.personId,
        display_name: s.displayName,
        roles: s.roles,
        scope_organisation_id: s.scopeOrganisationId,
        disabled: s.disabled,
        // The hash is set by the use case outside the ledger; until then nobody can log in.
        password_hash: '!',
        must_change_password: true,
        password_changed_at: event.time,
        created_at: event.time,
        updated_at: event.time,
      })
      .execute();
  },
  [E.accountUpdated]: async (tx, event) => {
    const s = event.payload as unknown as AccountState;
    await tx
      .updateTable('accounts')
      .set({
        display_name: s.displayName,
        person_id: s.personId,
        roles: s.roles,
        scope_organisation_id: s.scopeOrganisationId,
        disabled: s.disabled,
        updated_at: event.time,
        version: sql`version + 1`,
      })
      .where('id', '=', s.id)
      .execute();
  },
  [E.accountPasswordSet]: async (tx, event) => {
    const s = event.payload as unknown as AccountPasswordSet;
    await tx
      .updateTable('accounts')
      .set({ must_change_password: s.mustChange, password_changed_at: event.time, failed_logins: 0, locked_until: null })
      .where('id', '=', s.id)
      .execute();
  },
  // An import's own effects are recorded as the individual registered/updated events; this
  // event is the evidence of the file itself (name, SHA-256, counts) and projects nothing.
  [E.importCompleted]: async () => {},
};
