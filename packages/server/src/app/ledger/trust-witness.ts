import { z } from 'zod';
import { parseVerifierKey } from '@khien/core/ledger';
import { DomainError } from '@khien/core/errors';
import type { Actor } from '@khien/core/authorization';
import { witnessDb } from '../../ledger/witness-tables.ts';
import { forbidden } from '../errors.ts';
import type { Services } from '../services.ts';
import { requiredText } from '../validation.ts';

export const trustWitnessInput = z.strictObject({
  label: requiredText(200).meta({ description: 'Cơ quan vận hành nhân chứng (the agency running the witness)' }),
  verifierKey: requiredText(500).meta({ description: 'name+keyid+base64, signature type 0x04 (cosignature/v1)' }),
});
export type TrustWitnessInput = z.infer<typeof trustWitnessInput>;

export const trustedWitnessView = z.object({
  name: z.string(),
  label: z.string(),
  verifierKey: z.string(),
  addedBy: z.string(),
  addedAt: z.string(),
});
export type TrustedWitnessView = z.infer<typeof trustedWitnessView>;

export function toTrustedWitnessView(row: {
  key_name: string;
  label: string;
  verifier_key: string;
  added_by: string;
  added_at: Date | string;
}): TrustedWitnessView {
  return {
    name: row.key_name,
    label: row.label,
    verifierKey: row.verifier_key,
    addedBy: row.added_by,
    addedAt: new Date(row.added_at).toISOString(),
  };
}

/**
 * Accept cosignatures from a witness key (a superior agency's instance). Configuration by a
 * system administrator, not a domain event: trusting a witness changes no record, and every
 * cosignature it later sends is checked against this key before it is stored.
 */
export async function trustWitness(services: Services, actor: Actor, input: TrustWitnessInput): Promise<TrustedWitnessView> {
  if (!actor.roles.includes('system_admin')) throw forbidden();
  const verifier = await parseVerifierKey(input.verifierKey);
  if (verifier.kind !== 'cosignature/v1') {
    throw new DomainError('ledger.bad_key', {
      vi: 'Khóa nhân chứng phải có loại chữ ký 0x04 (cosignature/v1), không phải khóa của một sổ cái.',
      en: 'A witness key must have signature type 0x04 (cosignature/v1), not a log key.',
    });
  }
  const db = witnessDb(services.database.db);
  const existing = await db.selectFrom('ledger_trusted_witnesses').selectAll().where('key_name', '=', verifier.name).executeTakeFirst();
  if (existing) {
    if (existing.verifier_key === input.verifierKey) return toTrustedWitnessView(existing);
    throw new DomainError(
      'ledger_witness.already_exists',
      {
        vi: `Đã có nhân chứng tên "${verifier.name}" với khóa khác. Không thể thay khóa âm thầm.`,
        en: `A witness named "${verifier.name}" is already trusted with another key; keys are not silently replaced.`,
      },
      { name: verifier.name },
    );
  }
  const row = await db
    .insertInto('ledger_trusted_witnesses')
    .values({
      key_name: verifier.name,
      label: input.label,
      verifier_key: input.verifierKey,
      added_by: actor.accountId,
      added_at: services.now(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  services.logger.info({ witness: verifier.name }, 'witness key trusted');
  return toTrustedWitnessView(row);
}
