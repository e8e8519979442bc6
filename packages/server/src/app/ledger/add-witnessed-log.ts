import { z } from 'zod';
import { parseVerifierKey } from '@khien/core/ledger';
import { DomainError } from '@khien/core/errors';
import type { Actor } from '@khien/core/authorization';
import { forbidden } from '../errors.ts';
import type { Services } from '../services.ts';

export const addWitnessedLogInput = z.strictObject({
  origin: z
    .string()
    .min(1)
    .max(300)
    .regex(/^[^\n]+$/u, { error: 'one line' }),
  verifierKey: z.string().min(1).max(500),
  url: z.url({ protocol: /^https?$/ }).nullable(),
});
export type AddWitnessedLogInput = z.infer<typeof addWitnessedLogInput>;

/**
 * Register a log this instance will witness: its origin line, its checkpoint verifier key
 * (type 0x01) and the base URL of its Khiên API. Re-registering the same key updates the URL;
 * a different key for a known origin is refused — a log does not change keys silently.
 */
export async function addWitnessedLog(services: Services, actor: Actor, raw: AddWitnessedLogInput) {
  if (!actor.roles.includes('system_admin')) throw forbidden();
  const parsed = addWitnessedLogInput.safeParse(raw);
  if (!parsed.success) {
    const list = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new DomainError('request.invalid', { vi: `Dữ liệu không hợp lệ: ${list}`, en: `Invalid input: ${list}` });
  }
  const input = parsed.data;
  const verifier = await parseVerifierKey(input.verifierKey);
  if (verifier.kind !== 'ed25519') {
    throw new DomainError('ledger.bad_key', {
      vi: 'Khóa của sổ cái được theo dõi phải là khóa ký điểm kiểm Ed25519 (loại 0x01).',
      en: 'A watched log key must be an Ed25519 checkpoint key (type 0x01).',
    });
  }
  const { db } = services.database;
  const existing = await db.selectFrom('witnessed_logs').selectAll().where('origin', '=', input.origin).executeTakeFirst();
  if (existing && existing.verifier_key !== input.verifierKey) {
    throw new DomainError(
      'witness.log_key_conflict',
      {
        vi: `Sổ cái "${input.origin}" đã được đăng ký với một khóa khác.`,
        en: `Log "${input.origin}" is already registered with a different key.`,
      },
      { origin: input.origin },
    );
  }
  if (existing) {
    await db.updateTable('witnessed_logs').set({ url: input.url, updated_at: services.now() }).where('origin', '=', input.origin).execute();
  } else {
    await db
      .insertInto('witnessed_logs')
      .values({
        origin: input.origin,
        verifier_key: input.verifierKey,
        url: input.url,
        last_size: 0,
        last_root: null,
        last_checkpoint: null,
        updated_at: services.now(),
      })
      .execute();
  }
  return { origin: input.origin, verifierKey: input.verifierKey, url: input.url };
}
