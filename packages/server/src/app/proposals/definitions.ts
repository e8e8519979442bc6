import { sql, type Kysely } from 'kysely';
import { DomainError } from '@khien/core/errors';
import { findBuiltInProfile, kl14PartyProfile, loadProcedure, nd73Profile } from '@khien/core/procedure';
import type { ProcedureDefinition } from '@khien/core/procedure';
import type { DB } from '../../db/schema.ts';

/**
 * Procedure definitions by id@version: the built-in profiles from core, or a local variant an
 * agency adopted (stored in `procedure_variants`, validated again when loaded). A case always
 * runs against the exact version it is bound to.
 */
const cache = new Map<string, ProcedureDefinition>();

export function procedureRef(definition: Pick<ProcedureDefinition, 'id' | 'version'>): string {
  return `${definition.id}@${definition.version}`;
}

export async function loadDefinition(db: Kysely<DB>, id: string, version: number): Promise<ProcedureDefinition> {
  const builtIn = findBuiltInProfile(id, version);
  if (builtIn) return builtIn;
  const key = `${id}@${version}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const row = await db
    .selectFrom('procedure_variants')
    .select('definition')
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (!row) {
    throw new DomainError('procedure.not_found', {
      vi: `Không có quy trình ${key}.`,
      en: `No procedure ${key}.`,
    });
  }
  // Variants are immutable once adopted (id@version), so caching by key is safe.
  const definition = loadProcedure(row.definition as ProcedureDefinition);
  cache.set(key, definition);
  return definition;
}

/**
 * The profile in force for an agency now: the most specific local variant adopted by the
 * agency or one of its ancestors (latest first), else the built-in profile for its kind
 * (Party bodies follow KL14, everyone else Decree 73).
 */
export async function definitionInForce(db: Kysely<DB>, agency: { path: string; kind: string }): Promise<ProcedureDefinition> {
  const base = agency.kind === 'party_committee' ? kl14PartyProfile : nd73Profile;
  const variant = await db
    .selectFrom('procedure_variants as v')
    .innerJoin('organisations as o', 'o.id', 'v.organisation_id')
    .select(['v.id', 'v.version'])
    .where('v.base_id', '=', base.id)
    .where(sql<boolean>`${agency.path}::ltree <@ o.path`)
    .orderBy(sql`nlevel(o.path)`, 'desc')
    .orderBy('v.adopted_at', 'desc')
    .orderBy('v.version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return variant ? loadDefinition(db, variant.id, variant.version) : base;
}
