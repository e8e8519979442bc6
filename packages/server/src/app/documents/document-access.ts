import type { Actor } from '@khien/core/authorization';
import { isWithinPath } from '@khien/core/organisation';

/**
 * Who may read and issue an agency's official documents. Kept beside the use cases until the
 * proposal area settles its case policy in core; the rules mirror core/authorization:
 * - read: system admins; officers and inspectors whose scope contains the issuing agency; heads
 *   and deputies of the agency or of an agency above it; the people the document concerns
 *   (proposer, implementers, voting members), who hold it as their evidence;
 * - issue / upload a signed copy: system admins; officers in scope; the agency's head or deputy.
 * Someone who may not read gets "hidden" (404), someone who may read but not act gets "deny".
 */
export interface DocumentLocation {
  organisationPath: string;
  concernedPersonIds: readonly string[];
}

function leads(actor: Actor, path: string): boolean {
  return actor.positions.some((p) => p.role !== 'member' && isWithinPath(path, p.organisationPath));
}

function officerOf(actor: Actor, path: string): boolean {
  return actor.roles.includes('org_officer') && actor.scopePath !== null && isWithinPath(path, actor.scopePath);
}

export function canReadDocument(actor: Actor, doc: DocumentLocation): boolean {
  if (actor.roles.includes('system_admin')) return true;
  if (
    (actor.roles.includes('org_officer') || actor.roles.includes('inspector')) &&
    actor.scopePath &&
    isWithinPath(doc.organisationPath, actor.scopePath)
  )
    return true;
  if (leads(actor, doc.organisationPath)) return true;
  return actor.personId !== null && doc.concernedPersonIds.includes(actor.personId);
}

export function decideDocument(actor: Actor, action: 'read' | 'issue', doc: DocumentLocation): 'allow' | 'deny' | 'hidden' {
  if (action === 'read') return canReadDocument(actor, doc) ? 'allow' : 'hidden';
  if (actor.roles.includes('system_admin') || officerOf(actor, doc.organisationPath)) return 'allow';
  // Issuing in an agency's name is for its head or deputies (Decree 30 signing authority).
  if (actor.positions.some((p) => p.role !== 'member' && p.organisationPath === doc.organisationPath)) return 'allow';
  // An agency's existence is public; refusing someone who cannot read its documents is still a 403.
  return 'deny';
}

/** SQL-side visibility for lists: the subtrees the actor reads whole, plus "concerns me". */
export function readableSubtrees(actor: Actor): 'all' | string[] {
  if (actor.roles.includes('system_admin')) return 'all';
  const scopes: string[] = [];
  if ((actor.roles.includes('org_officer') || actor.roles.includes('inspector')) && actor.scopePath) scopes.push(actor.scopePath);
  for (const p of actor.positions) if (p.role !== 'member') scopes.push(p.organisationPath);
  return [...new Set(scopes)];
}
