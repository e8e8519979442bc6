import { z } from 'zod';
import { openCheckpoint, parseVerifierKey } from '@khien/core/ledger';
import { DomainError, isDomainError } from '@khien/core/errors';
import { checkpointAt } from '../../ledger/checkpoints.ts';
import { witnessDb } from '../../ledger/witness-tables.ts';
import type { Services } from '../services.ts';

export const submitCosignatureInput = z.strictObject({
  size: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).meta({ description: 'Size of the checkpoint that was cosigned' }),
  cosignature: z.string().max(1000).meta({ description: 'The C2SP signed-note signature line, "— <witness name> <base64>"' }),
});
export type SubmitCosignatureInput = z.infer<typeof submitCosignatureInput>;

const LINE = /^\u2014 (\S+) ([A-Za-z0-9+/]+={0,2})$/u;

function refused(code: string, vi: string, en: string, details?: Record<string, unknown>): DomainError {
  return new DomainError(code, { vi, en }, details);
}

/**
 * A witness hands back its cosignature of one of our checkpoints. It is stored only if it is a
 * valid cosignature/v1 signature, by a trusted witness key, over exactly the checkpoint we
 * signed at that size; the signature authenticates the witness, whoever carries it. Stored
 * lines are appended to the note served by GET /ledger/checkpoint.
 */
export async function submitCosignature(services: Services, input: SubmitCosignatureInput) {
  const line = input.cosignature.replace(/\n$/, '');
  const match = LINE.exec(line);
  if (!match) {
    throw refused(
      'ledger.bad_cosignature',
      'Dòng đồng ký sai định dạng ("— tên base64").',
      'The cosignature line is malformed ("— name base64").',
    );
  }
  const name = match[1]!;
  const db = witnessDb(services.database.db);
  const witness = await db.selectFrom('ledger_trusted_witnesses').selectAll().where('key_name', '=', name).executeTakeFirst();
  if (!witness) {
    throw refused(
      'ledger.untrusted_witness',
      `Nhân chứng "${name}" chưa được tin cậy (khien ledger trust-witness).`,
      `Witness "${name}" is not trusted by this log (khien ledger trust-witness).`,
      { name },
    );
  }
  const checkpoint = await checkpointAt(services.database.db, input.size);
  if (!checkpoint) {
    throw refused(
      'ledger_checkpoint.not_found',
      `Không có điểm kiểm kích thước ${input.size}.`,
      `There is no checkpoint of size ${input.size}.`,
      { size: input.size },
    );
  }
  const key = await services.logKey();
  try {
    const opened = await openCheckpoint(`${checkpoint.note}${line}\n`, [
      await parseVerifierKey(key.verifierKey),
      await parseVerifierKey(witness.verifier_key),
    ]);
    if (opened.cosignatures.length !== 1) throw new Error('no cosignature by the trusted key');
  } catch (error) {
    const reason = isDomainError(error) ? error.messages.en : (error as Error).message;
    throw refused(
      'ledger.bad_cosignature',
      `Đồng ký của "${name}" không khớp với điểm kiểm ${input.size} của sổ cái này.`,
      `The cosignature by "${name}" does not verify over this log's checkpoint ${input.size} (${reason}).`,
      { name, size: input.size },
    );
  }
  // Append-only: a later cosignature of the same checkpoint by the same witness keeps the first.
  await services.database.db
    .insertInto('ledger_cosignatures')
    .values({ checkpoint_size: input.size, witness_name: name, signature_line: line, received_at: services.now() })
    .onConflict((oc) => oc.columns(['checkpoint_size', 'witness_name']).doNothing())
    .execute();
  services.logger.info({ witness: name, size: input.size }, 'cosignature stored');
  return { size: input.size, witness: name, accepted: true as const };
}
