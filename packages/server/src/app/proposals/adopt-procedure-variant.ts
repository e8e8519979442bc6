import { z } from 'zod';
import { DomainError } from '@khien/core/errors';
import { decide, type Actor } from '@khien/core/authorization';
import { deriveVariant, findBuiltInProfile } from '@khien/core/procedure';
import { runCommand } from '../command.ts';
import { forbidden, notFound } from '../errors.ts';
import type { Services } from '../services.ts';
import { requiredText, uuid } from '../validation.ts';
import { loadDefinition } from './definitions.ts';
import { PROCEDURE_EVENTS } from './events.ts';

export const adoptVariantInput = z.strictObject({
  baseId: z.string().min(1).max(60),
  baseVersion: z.number().int().positive(),
  id: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'kebab-case id' })
    .max(60),
  version: z.number().int().positive(),
  /** The agency (and its subtree) adopting the variant. */
  organisationId: uuid,
  parameterOverrides: z.record(z.string().max(60), z.union([z.number(), z.string().max(60), z.boolean(), z.null()])),
  legalBasis: z.strictObject({
    citation: requiredText(200),
    title: z.strictObject({ vi: requiredText(500), en: requiredText(500) }),
  }),
});

export const procedureView = z.object({ id: z.string(), version: z.number().int(), definition: z.record(z.string(), z.unknown()) });

/**
 * An agency adopts a local variant of a profile with its legal basis recorded (issue §1): only
 * configurable ([U]) parameters may change — core refuses a confirmed one, naming the article.
 * New submissions in the agency's subtree bind to it; cases already submitted keep theirs.
 */
export async function adoptProcedureVariant(services: Services, actor: Actor, input: z.infer<typeof adoptVariantInput>) {
  return runCommand(services, actor, async ({ tx, record }) => {
    const org = await tx.selectFrom('organisations').select(['id', 'path']).where('id', '=', input.organisationId).executeTakeFirst();
    if (!org) throw notFound('organisation', input.organisationId);
    if (decide(actor, 'update', { kind: 'organisation', path: org.path }) !== 'allow') throw forbidden();
    const base = findBuiltInProfile(input.baseId, input.baseVersion) ?? (await loadDefinition(tx, input.baseId, input.baseVersion));
    const taken =
      findBuiltInProfile(input.id, input.version) ??
      (await tx
        .selectFrom('procedure_variants')
        .select('id')
        .where('id', '=', input.id)
        .where('version', '=', input.version)
        .executeTakeFirst());
    if (taken) {
      throw new DomainError('procedure.already_exists', {
        vi: `Quy trình ${input.id}@${input.version} đã có.`,
        en: `Procedure ${input.id}@${input.version} already exists.`,
      });
    }
    const definition = deriveVariant(base, {
      id: input.id,
      version: input.version,
      parameterOverrides: input.parameterOverrides,
      legalBasis: input.legalBasis,
    });
    const rootBase = base.derivedFrom ?? { id: base.id, version: base.version };
    await record({
      type: PROCEDURE_EVENTS.variantAdopted,
      aggregateId: `procedure:${input.id}@${input.version}`,
      procedureVersion: `${input.id}@${input.version}`,
      payload: {
        id: input.id,
        version: input.version,
        baseId: rootBase.id,
        baseVersion: rootBase.version,
        organisationId: input.organisationId,
        definition,
        legalBasis: input.legalBasis,
      },
    });
    return { id: definition.id, version: definition.version, definition: definition as unknown as Record<string, unknown> };
  });
}
