import { z } from 'zod';
import { decide, type Actor } from '@khien/core/authorization';
import { notFound } from '../errors.ts';
import type { Services } from '../services.ts';
import { iso } from './proposal-view.ts';

export const personEncouragementsView = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      proposalId: z.string(),
      proposalCode: z.string(),
      proposalTitle: z.string(),
      kind: z.string(),
      personnelPurposes: z.array(z.string()),
      earlySalaryStepMonths: z.number().int().nullable(),
      decision: z.string().nullable(),
      recordedAt: z.string(),
    }),
  ),
});

/** ND73 Art. 10 on the person's profile: what the personnel office must take into account. */
export async function listPersonEncouragements(
  services: Services,
  actor: Actor,
  personId: string,
): Promise<z.infer<typeof personEncouragementsView>> {
  const db = services.database.db;
  const person = await db
    .selectFrom('people')
    .innerJoin('organisations', 'organisations.id', 'people.organisation_id')
    .select(['people.id', 'organisations.path'])
    .where('people.id', '=', personId)
    .executeTakeFirst();
  if (!person || decide(actor, 'read', { kind: 'person', path: person.path, personId }) !== 'allow') throw notFound('person', personId);
  const rows = await db
    .selectFrom('proposal_encouragements as e')
    .innerJoin('proposals as p', 'p.id', 'e.proposal_id')
    .select([
      'e.id',
      'e.proposal_id',
      'p.code',
      'p.title',
      'e.kind',
      'e.personnel_purposes',
      'e.early_salary_step_months',
      'e.decision',
      'e.recorded_at',
    ])
    .where('e.beneficiary_person_id', '=', personId)
    .orderBy('e.recorded_at', 'desc')
    .execute();
  return {
    items: rows.map((r) => ({
      id: r.id,
      proposalId: r.proposal_id,
      proposalCode: r.code,
      proposalTitle: r.title,
      kind: r.kind,
      personnelPurposes: r.personnel_purposes as string[],
      earlySalaryStepMonths: r.early_salary_step_months,
      decision: r.decision,
      recordedAt: iso(r.recorded_at)!,
    })),
  };
}
