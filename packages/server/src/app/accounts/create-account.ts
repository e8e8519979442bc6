import { decide, type Actor } from '@khien/core/authorization';
import { hashPassword } from '../../auth/password.ts';
import { runCommand } from '../command.ts';
import { duplicate, forbidden, notFound } from '../errors.ts';
import { EVENT_TYPES, type AccountPasswordSet, type AccountState } from '../events.ts';
import type { Services } from '../services.ts';
import type { CreateAccountInput } from './account-input.ts';
import { getAccountRow, toAccountView, type AccountView } from './account-view.ts';
import { locateAccountTarget } from './locate-account-target.ts';

export async function createAccount(
  services: Services,
  actor: Actor,
  input: CreateAccountInput,
  options: { mustChangePassword?: boolean } = {},
): Promise<AccountView> {
  const passwordHash = await hashPassword(input.password);
  return runCommand(services, actor, async ({ tx, record }) => {
    const target = await locateAccountTarget(tx, input.personId, input.scopeOrganisationId);
    const decision = decide(actor, 'create', { kind: 'account', path: target.path, targetIsAdmin: input.roles.includes('system_admin') });
    if (decision === 'hidden') throw notFound(input.personId ? 'person' : 'organisation');
    if (decision === 'deny') throw forbidden();
    if (await tx.selectFrom('accounts').select('id').where('username', '=', input.username).executeTakeFirst()) {
      throw duplicate('account', 'username', input.username);
    }
    if (input.personId && (await tx.selectFrom('accounts').select('id').where('person_id', '=', input.personId).executeTakeFirst())) {
      throw duplicate('account', 'personId', input.personId);
    }
    const state: AccountState = {
      id: services.newId(),
      username: input.username,
      personId: input.personId,
      displayName: input.displayName ?? target.personName ?? input.username,
      roles: input.roles,
      scopeOrganisationId: input.scopeOrganisationId,
      disabled: false,
    };
    await record({ type: EVENT_TYPES.accountCreated, aggregateId: state.id, payload: { ...state } });
    // The hash itself never enters the ledger; the fact that a password was set does.
    await tx.updateTable('accounts').set({ password_hash: passwordHash }).where('id', '=', state.id).execute();
    const passwordSet: AccountPasswordSet = { id: state.id, mustChange: options.mustChangePassword ?? true };
    await record({ type: EVENT_TYPES.accountPasswordSet, aggregateId: state.id, payload: { ...passwordSet } });
    return toAccountView(await getAccountRow(tx, state.id));
  });
}
