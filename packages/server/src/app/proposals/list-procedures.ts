import { z } from 'zod';
import { builtInProfiles } from '@khien/core/procedure';
import type { Services } from '../services.ts';
import { loadDefinition } from './definitions.ts';

export const procedureList = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      version: z.number().int(),
      title: z.object({ vi: z.string(), en: z.string() }),
      derivedFrom: z.object({ id: z.string(), version: z.number().int() }).nullable(),
      organisationId: z.string().nullable(),
      builtIn: z.boolean(),
    }),
  ),
});

/** The built-in profiles and every adopted local variant. */
export async function listProcedures(services: Services): Promise<z.infer<typeof procedureList>> {
  const rows = await services.database.db
    .selectFrom('procedure_variants')
    .select(['id', 'version', 'organisation_id', 'definition'])
    .orderBy('adopted_at')
    .execute();
  return {
    items: [
      ...builtInProfiles.map((p) => ({
        id: p.id,
        version: p.version,
        title: p.title,
        derivedFrom: p.derivedFrom,
        organisationId: null,
        builtIn: true,
      })),
      ...rows.map((r) => {
        const d = r.definition as { title: { vi: string; en: string }; derivedFrom: { id: string; version: number } | null };
        return {
          id: r.id,
          version: r.version,
          title: d.title,
          derivedFrom: d.derivedFrom,
          organisationId: r.organisation_id,
          builtIn: false,
        };
      }),
    ],
  };
}

export async function getProcedure(services: Services, id: string, version: number) {
  const definition = await loadDefinition(services.database.db, id, version);
  return { id, version, definition: definition as unknown as Record<string, unknown> };
}
