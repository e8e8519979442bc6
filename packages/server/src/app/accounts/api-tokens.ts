import { z } from 'zod';
import type { Actor } from '@khien/core/authorization';
import { API_TOKEN_PREFIX, hashSecret, newSecret } from '../../auth/tokens.ts';
import { notFound } from '../errors.ts';
import type { Services } from '../services.ts';
import { requiredText } from '../validation.ts';

export const issueApiTokenInput = z.strictObject({
  name: requiredText(100),
  expiresInDays: z.number().int().min(1).max(730).optional(),
});

export const apiTokenView = z.object({
  id: z.uuid(),
  name: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});
export type ApiTokenView = z.infer<typeof apiTokenView>;

const iso = (value: Date | string | null) => (value ? new Date(value).toISOString() : null);

/**
 * Tokens for machine clients (a provincial reporting system, a witness). The secret is shown
 * once; only its hash is kept. Token management is operational state, not a domain event.
 */
export async function issueApiToken(
  services: Services,
  actor: Actor,
  input: z.infer<typeof issueApiTokenInput>,
): Promise<{ token: string; apiToken: ApiTokenView }> {
  const token = newSecret(API_TOKEN_PREFIX);
  const now = services.now();
  const row = await services.database.db
    .insertInto('api_tokens')
    .values({
      id: services.newId(),
      account_id: actor.accountId,
      name: input.name,
      token_hash: hashSecret(token),
      created_at: now,
      expires_at: input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * 86_400_000) : null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { token, apiToken: toApiTokenView(row) };
}

function toApiTokenView(row: {
  id: string;
  name: string;
  created_at: Date | string;
  expires_at: Date | string | null;
  revoked_at: Date | string | null;
  last_used_at: Date | string | null;
}): ApiTokenView {
  return {
    id: row.id,
    name: row.name,
    createdAt: new Date(row.created_at).toISOString(),
    expiresAt: iso(row.expires_at),
    revokedAt: iso(row.revoked_at),
    lastUsedAt: iso(row.last_used_at),
  };
}

export async function listApiTokens(services: Services, actor: Actor): Promise<ApiTokenView[]> {
  const rows = await services.database.db
    .selectFrom('api_tokens')
    .selectAll()
    .where('account_id', '=', actor.accountId)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map(toApiTokenView);
}

export async function revokeApiToken(services: Services, actor: Actor, id: string): Promise<ApiTokenView> {
  const row = await services.database.db
    .updateTable('api_tokens')
    .set({ revoked_at: services.now() })
    .where('id', '=', id)
    .where('account_id', '=', actor.accountId)
    .where('revoked_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw notFound('apiToken', id);
  return toApiTokenView(row);
}
