/**
 * Payloads of the foundation's domain events. A payload carries everything its projector
 * needs, so the read tables can be rebuilt from the ledger alone (`khien verify` replays them).
 * Secrets never enter a payload: password hashes and tokens stay outside the ledger.
 */
export interface OrganisationState {
  id: string;
  code: string;
  name: string;
  shortName: string | null;
  abbreviation: string | null;
  kind: string;
  parentId: string | null;
  superiorAgencyId: string | null;
  partyCommitteeId: string | null;
  address: string | null;
  email: string | null;
  phone: string | null;
}

export interface PersonState {
  id: string;
  code: string;
  fullName: string;
  positionTitle: string | null;
  isLeadershipPost: boolean;
  nd73Category: string;
  organisationId: string;
  email: string | null;
  phone: string | null;
}

export interface LeadershipAppointed {
  termId: string;
  organisationId: string;
  personId: string;
  role: string;
  startsOn: string;
  basis: string | null;
}

export interface LeadershipEnded {
  termId: string;
  endsOn: string;
  basis: string | null;
}

export interface AccountState {
  id: string;
  username: string;
  personId: string | null;
  displayName: string;
  roles: string[];
  scopeOrganisationId: string | null;
  disabled: boolean;
}

export interface AccountPasswordSet {
  id: string;
  /** true after an admin reset (the user must choose a new one), false after a self change. */
  mustChange: boolean;
}

export interface ImportCompleted {
  kind: 'organisations' | 'people';
  fileName: string;
  fileSha256: string;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  encoding: string;
}

export const EVENT_TYPES = {
  organisationRegistered: 'organisation.registered',
  organisationUpdated: 'organisation.updated',
  personRegistered: 'person.registered',
  personUpdated: 'person.updated',
  leadershipAppointed: 'leadership.appointed',
  leadershipEnded: 'leadership.ended',
  accountCreated: 'account.created',
  accountUpdated: 'account.updated',
  accountPasswordSet: 'account.password_set',
  importCompleted: 'import.completed',
} as const;
