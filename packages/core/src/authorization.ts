import { isWithinPath, type LeadershipRole } from './organisation.ts';

/**
 * Who may see and do what, as pure functions over an actor and a resource located in the
 * organisation tree. The HTTP layer asks `decide(...)` and maps the answer once: `hidden`
 * becomes 404 (we do not confirm that something exists to someone who may not see it),
 * `deny` becomes 403 (visible, but not yours to change).
 */
export const SYSTEM_ROLES = ['system_admin', 'org_officer', 'inspector'] as const;
export type SystemRole = (typeof SYSTEM_ROLES)[number];

export interface Position {
  organisationId: string;
  organisationPath: string;
  role: LeadershipRole;
}

export interface Actor {
  accountId: string;
  personId: string | null;
  roles: readonly SystemRole[];
  /** ltree path of the organisation where org_officer / inspector roles apply. */
  scopePath: string | null;
  /** ltree path of the person's own organisation. */
  organisationPath: string | null;
  /** Leadership positions held today (head, deputy, Party committee member). */
  positions: readonly Position[];
}

export type ResourceKind = 'organisation' | 'person' | 'account' | 'import';
export type Action = 'read' | 'create' | 'update' | 'manage';
export type Decision = 'allow' | 'deny' | 'hidden';

export interface Resource {
  kind: ResourceKind;
  /** Where the resource sits: the organisation's own path, a person's organisation path… */
  path: string | null;
  /** For accounts and people: the person it belongs to (self-service). */
  personId?: string | null;
  /** For accounts: the account it is. */
  accountId?: string | null;
  /** For accounts: whether the target holds the system_admin role (only admins touch those). */
  targetIsAdmin?: boolean;
}

function has(actor: Actor, role: SystemRole): boolean {
  return actor.roles.includes(role);
}

function inScope(actor: Actor, path: string | null): boolean {
  return actor.scopePath !== null && path !== null && isWithinPath(path, actor.scopePath);
}

/** Subtrees whose people a person may read: their own organisation and what they lead. */
function positionalScopes(actor: Actor): string[] {
  const scopes = actor.positions.filter((p) => p.role !== 'member').map((p) => p.organisationPath);
  if (actor.organisationPath) scopes.push(actor.organisationPath);
  return scopes;
}

/** May the actor see this resource at all? */
export function canSee(actor: Actor, resource: Resource): boolean {
  if (has(actor, 'system_admin')) return true;
  switch (resource.kind) {
    case 'organisation':
      // The organisation tree (names, kinds, leadership collectives) is public administrative
      // information that every official needs to route a proposal: visible to every account.
      return true;
    case 'person':
      if (resource.personId && resource.personId === actor.personId) return true;
      if ((has(actor, 'org_officer') || has(actor, 'inspector')) && inScope(actor, resource.path)) return true;
      return resource.path !== null && positionalScopes(actor).some((scope) => isWithinPath(resource.path!, scope));
    case 'account':
      if (resource.accountId && resource.accountId === actor.accountId) return true;
      return (has(actor, 'org_officer') || has(actor, 'inspector')) && inScope(actor, resource.path);
    case 'import':
      return has(actor, 'org_officer') && inScope(actor, resource.path);
  }
}

export function decide(actor: Actor, action: Action, resource: Resource): Decision {
  // Something being created does not exist yet, so there is nothing to hide: its place in
  // the tree (an organisation) is visible to everyone, and a refusal is an honest 403.
  if (action !== 'create' && !canSee(actor, resource)) return 'hidden';
  if (action === 'read') return 'allow';
  if (has(actor, 'system_admin')) return 'allow';
  // Inspectors oversee; they never change what they inspect.
  const officer = has(actor, 'org_officer') && inScope(actor, resource.path);
  switch (resource.kind) {
    case 'organisation':
      // An officer manages the subtree below their scope root, not the root itself or above.
      if (action === 'create') return officer ? 'allow' : 'deny';
      return officer && resource.path !== actor.scopePath ? 'allow' : 'deny';
    case 'person':
    case 'import':
      return officer ? 'allow' : 'deny';
    case 'account':
      if (resource.targetIsAdmin) return 'deny';
      return officer ? 'allow' : 'deny';
  }
}

/** The subtrees an actor may list a kind of resource in; 'all' for unrestricted. */
export function visibleScopes(actor: Actor, kind: 'person' | 'account'): 'all' | string[] {
  if (has(actor, 'system_admin')) return 'all';
  const scopes: string[] = [];
  if ((has(actor, 'org_officer') || has(actor, 'inspector')) && actor.scopePath) scopes.push(actor.scopePath);
  if (kind === 'person') scopes.push(...positionalScopes(actor));
  return [...new Set(scopes)];
}
