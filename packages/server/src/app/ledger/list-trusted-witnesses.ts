import type { Actor } from '@khien/core/authorization';
import { witnessDb } from '../../ledger/witness-tables.ts';
import { forbidden } from '../errors.ts';
import type { Services } from '../services.ts';
import { toTrustedWitnessView, type TrustedWitnessView } from './trust-witness.ts';

export async function listTrustedWitnesses(services: Services, actor: Actor): Promise<TrustedWitnessView[]> {
  if (!actor.roles.includes('system_admin') && !actor.roles.includes('inspector')) throw forbidden();
  const rows = await witnessDb(services.database.db).selectFrom('ledger_trusted_witnesses').selectAll().orderBy('key_name').execute();
  return rows.map(toTrustedWitnessView);
}
