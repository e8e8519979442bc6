/**
 * The profiles shipped with the system. A case stores `{ id, version }` of the profile in
 * force when it was submitted and is always run against exactly that version; variants
 * derived by agencies are stored by the server and looked up there.
 */
import type { ProcedureDefinition } from './definition-schema.ts';
import { kl14PartyProfile } from './profile-kl14-party.ts';
import { nd73Profile } from './profile-nd73-2023.ts';

export const builtInProfiles: readonly ProcedureDefinition[] = [nd73Profile, kl14PartyProfile];

export function findBuiltInProfile(id: string, version: number): ProcedureDefinition | undefined {
  return builtInProfiles.find((profile) => profile.id === id && profile.version === version);
}
