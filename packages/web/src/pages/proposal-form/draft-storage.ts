/**
 * The unsent copy of the plan kept in the browser (localStorage), so a closed tab, a lost
 * connection or a refused save loses nothing: written on every edit, removed once the server
 * holds the same edit. One copy per account and per draft ("new" before the draft exists), so
 * people sharing a computer do not see each other's copies. Pure apart from the Storage passed in.
 */
import { cleanText } from '@khien/core/text';
import { normaliseForm, type PlanFormValues } from './plan-model.ts';

export interface LocalCopy {
  /** The draft it belongs to; null for a plan not yet created on the server. */
  proposalId: string | null;
  /** The draft's version the edits started from (a newer server version means someone saved since). */
  baseVersion: number | null;
  values: PlanFormValues;
  /** ISO time of the last edit. */
  editedAt: string;
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const PREFIX = 'khien.proposal-plan.v1';

export function copyKey(accountId: string, proposalId: string | null): string {
  return `${PREFIX}.${accountId}.${proposalId ?? 'new'}`;
}

export function readCopy(storage: StorageLike | null | undefined, key: string): LocalCopy | null {
  try {
    const raw = storage?.getItem(key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<LocalCopy> | null;
    if (typeof parsed !== 'object' || parsed === null || typeof parsed.editedAt !== 'string') return null;
    return {
      proposalId: typeof parsed.proposalId === 'string' ? parsed.proposalId : null,
      baseVersion: typeof parsed.baseVersion === 'number' ? parsed.baseVersion : null,
      values: normaliseForm(parsed.values),
      editedAt: parsed.editedAt,
    };
  } catch {
    return null; // unreadable or blocked storage: there is no copy to offer
  }
}

/** False when the browser refuses (private mode, quota): the caller may say so. */
export function writeCopy(storage: StorageLike | null | undefined, key: string, copy: LocalCopy): boolean {
  try {
    if (!storage) return false;
    storage.setItem(key, JSON.stringify(copy));
    return true;
  } catch {
    return false;
  }
}

export function removeCopy(storage: StorageLike | null | undefined, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // nothing to clean up
  }
}

/** Every text as the server stores it (trimmed, spaces collapsed, NFC), lists in a stable order. */
function canonical(value: unknown): unknown {
  if (typeof value === 'string') return cleanText(value);
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

/**
 * A copy worth offering: it says something the server's values do not. Differences the server
 * would erase anyway (spaces, line breaks, the order of implementers) do not count.
 */
export function differsFrom(copy: LocalCopy, serverValues: PlanFormValues): boolean {
  const key = (v: PlanFormValues) => JSON.stringify(canonical({ ...v, implementerIds: [...v.implementerIds].sort() }));
  return key(copy.values) !== key(serverValues);
}

/** Whether a copy holds anything typed at all (an untouched new form is not worth a restore offer). */
export function hasContent(values: PlanFormValues): boolean {
  return (
    values.title.trim() !== '' ||
    Object.values(values.contents).some((v) => v.trim() !== '') ||
    Object.values(values.conditions).some((v) => v.trim() !== '') ||
    values.relatedParties.length > 0 ||
    values.implementerIds.length > 0
  );
}

export function browserStorage(): StorageLike | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
