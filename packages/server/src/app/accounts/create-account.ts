import { decide, type Actor } from '@khien/core/authorization';
import { hashPassword } from '../../auth/password.ts';
import { runCommand, type CommandScope } from '../command.ts';
import { duplicate, forbidden } from '../errors.ts';
import { EVENT_TYPES, type AccountPasswordSet, type AccountState } from '../events.ts';
import type { Services } from '../services.ts';
import type { CreateAccountInput } from './account-input.ts';
import { getAccountRow, toAccountView, type AccountView } from './account-view.ts';
import { locateAccountTarget } from './locate-account-target.ts';

/**
 * An account without a usable password (imports): it exists, linked to its person, and can
 * log in once an officer sets a temporary password with reset-password.
 */
export async function createAccountIn(
  services: Services,
  { tx, actor, record }: CommandScope,
  input: Omit<CreateAccountInput, 'password'>,
): Promise<string> {
  const target = await locateAccountTarget(tx, input.personId, input.scopeOrganisationId);
  const decision = decide(actor, 'create', { kind: 'account', path: target.path, targetIsAdmin: input.roles.includes('system_admin') });
  if (decision !== 'allow') throw forbidden();
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
  return state.id;
}

export async function createAccount(
  services: Services,
  actor: Actor,
  input: CreateAccountInput,
  options: { mustChangePassword?: boolean } = {},
): Promise<AccountView> {
  const passwordHash = await hashPassword(input.password);
  return runCommand(services, actor, async (scope) => {
    const id = await createAccountIn(services, scope, input);
    // The hash itself never enters the ledger; the fact that a password was set does.
    await scope.tx.updateTable('accounts').set({ password_hash: passwordHash }).where('id', '=', id).execute();
    const passwordSet: AccountPasswordSet = { id, mustChange: options.mustChangePassword ?? true };
    await scope.record({ type: EVENT_TYPES.accountPasswordSet, aggregateId: id, payload: { ...passwordSet } });
    return toAccountView(await getAccountRow(scope.tx, id));
  });
}
