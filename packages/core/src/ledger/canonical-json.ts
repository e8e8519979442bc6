/**
 * RFC 8785 (JCS) canonical JSON through `canonicalize`, written by the RFC's author. The wrapper
 * only turns its plain Errors (NaN, Infinity, lone surrogates, cycles) and the values JSON cannot
 * carry at all (undefined, functions, BigInt) into a DomainError, because a payload that has no
 * canonical form must be refused at append time, not discovered at verification time.
 */
import canonicalize from 'canonicalize';
import { utf8 } from './bytes.ts';
import { ledgerError } from './ledger-error.ts';

export function canonicalJson(value: unknown): string {
  let text: string | undefined;
  try {
    text = canonicalize(value);
  } catch (error) {
    throw ledgerError(
      'ledger.bad_payload',
      'Dữ liệu không biểu diễn được dưới dạng JSON chuẩn tắc (RFC 8785).',
      'The value has no canonical JSON form (RFC 8785).',
      { reason: error instanceof Error ? error.message : String(error) },
    );
  }
  if (typeof text !== 'string') {
    throw ledgerError('ledger.bad_payload', 'Dữ liệu không biểu diễn được dưới dạng JSON.', 'The value cannot be represented as JSON.');
  }
  return text;
}

export function canonicalJsonBytes(value: unknown): Uint8Array {
  return utf8(canonicalJson(value));
}
