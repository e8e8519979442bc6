/**
 * Typed domain errors. Domain code never speaks HTTP: it throws a DomainError with a stable
 * code; the HTTP layer maps the code to a status once (server/src/http/problem.ts).
 * Every error carries a Vietnamese and an English message so that any adapter (API, CLI,
 * web) can show the user's language without a lookup table of its own.
 */
export interface ErrorMessage {
  vi: string;
  en: string;
}

export class DomainError extends Error {
  readonly code: string;
  readonly messages: ErrorMessage;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: string, messages: ErrorMessage, details?: Record<string, unknown>) {
    super(`${code}: ${messages.en}`);
    this.name = 'DomainError';
    this.code = code;
    this.messages = messages;
    this.details = details;
  }
}

export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError;
}
