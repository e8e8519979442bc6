import { DomainError } from '../errors.ts';

/**
 * One place that builds the ledger's DomainErrors, so every code carries a Vietnamese and an
 * English message and callers can match on the stable code alone.
 */
export function ledgerError(code: `ledger.${string}`, vi: string, en: string, details?: Record<string, unknown>): DomainError {
  return new DomainError(code, { vi, en }, details);
}

/** A problem found while verifying, reported (not thrown) so one bad event does not hide the rest. */
export interface LedgerIssue {
  readonly code: `ledger.${string}`;
  readonly vi: string;
  readonly en: string;
}

export function issueFromError(error: unknown, fallback: LedgerIssue): LedgerIssue {
  if (error instanceof DomainError && error.code.startsWith('ledger.')) {
    return { code: error.code as `ledger.${string}`, vi: error.messages.vi, en: error.messages.en };
  }
  return fallback;
}
