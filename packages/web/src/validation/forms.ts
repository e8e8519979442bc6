/**
 * Form validation, as plain functions so node:test can prove them (forms.test.ts). Each
 * returns a message key — or null when the value is fine. They mirror the server's zod rules
 * (packages/server/src/app/…/…-input.ts) so people see the problem before sending; the server
 * still checks everything.
 */
import { cleanText, normaliseVietnamesePhone } from '@khien/core/text';
import type { MessageKey } from '../i18n/messages.ts';

export type Check<T = unknown> = (value: T) => MessageKey | null;

const text = (value: unknown): string => (typeof value === 'string' ? cleanText(value) : '');

export const validateLoginUsername: Check = (value) => (text(value) === '' ? 'validation.username_required' : null);
export const validateLoginPassword: Check = (value) => (typeof value !== 'string' || value === '' ? 'validation.password_required' : null);

export function required(max: number): Check {
  return (value) => {
    const clean = text(value);
    if (clean === '') return 'validation.required';
    if (clean.length > max) return 'validation.too_long';
    return null;
  };
}

export function optional(max: number): Check {
  return (value) => (text(value).length > max ? 'validation.too_long' : null);
}

/** Account names: 3–64 lower-case letters, digits, ".", "_" or "-" (server: account-input.ts). */
export const validateUsername: Check = (value) => {
  const clean = text(value).toLowerCase();
  if (clean === '') return 'validation.username_required';
  return /^[a-z0-9][a-z0-9._-]{2,63}$/.test(clean) ? null : 'validation.username_format';
};

/** New passwords: at least 10 characters, at most 200, not only digits. */
export const validateNewPassword: Check = (value) => {
  if (typeof value !== 'string' || value === '') return 'validation.password_required';
  if (value.length < 10) return 'validation.password_short';
  if (value.length > 200) return 'validation.too_long';
  if (/^\d+$/.test(value)) return 'validation.password_digits';
  return null;
};

export function validatePasswordConfirmation(password: unknown, confirmation: unknown): MessageKey | null {
  if (typeof confirmation !== 'string' || confirmation === '') return 'validation.confirm_required';
  return confirmation === password ? null : 'validation.confirm_mismatch';
}

export function validatePasswordChange(current: unknown, next: unknown): MessageKey | null {
  return typeof current === 'string' && current !== '' && current === next ? 'validation.password_same' : null;
}

/** Codes of organisations and people: letters, digits, ".", "_" or "-", up to 64. */
export const validateCode: Check = (value) => {
  const clean = text(value);
  if (clean === '') return 'validation.required';
  return /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(clean) ? null : 'validation.code_format';
};

export const validateEmail: Check = (value) => {
  const clean = text(value);
  if (clean === '') return null;
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(clean) ? null : 'validation.email_format';
};

export const validatePhone: Check = (value) => {
  const clean = text(value);
  if (clean === '') return null;
  return normaliseVietnamesePhone(clean) ? null : 'validation.phone_format';
};

/** Document-number abbreviations ("UBND", "SKHCN"): capital letters, digits and "-". */
export const validateAbbreviation: Check = (value) => {
  const clean = text(value);
  if (clean === '') return null;
  return /^[A-ZĐ0-9][A-ZĐ0-9-]*$/u.test(clean) && clean.length <= 30 ? null : 'validation.abbreviation_format';
};

export function validateSelected(value: unknown): MessageKey | null {
  return value === undefined || value === null || value === '' ? 'validation.select_required' : null;
}

/** A term cannot end before it starts; dates are ISO "yyyy-MM-dd" strings. */
export function validateTermEnd(startsOn: string, endsOn: string | null | undefined): MessageKey | null {
  if (!endsOn) return 'validation.date_required';
  return endsOn < startsOn ? 'validation.ends_before_start' : null;
}

export const IMPORT_EXTENSIONS = ['.csv', '.xlsx'] as const;

/** Before uploading: a CSV or XLSX file, not empty, within the server's size limit. */
export function validateImportFile(file: { name: string; size: number } | null | undefined, maxBytes: number): MessageKey | null {
  if (!file) return 'validation.file_required';
  const name = file.name.toLowerCase();
  if (!IMPORT_EXTENSIONS.some((ext) => name.endsWith(ext))) return 'validation.file_type';
  if (file.size === 0) return 'validation.file_empty';
  if (file.size > maxBytes) return 'validation.file_too_large';
  return null;
}

/** The verifier accepts a dossier ZIP or its dossier.json. */
export function validateDossierFile(file: { name: string; size: number } | null | undefined): MessageKey | null {
  if (!file) return 'validation.file_required';
  const name = file.name.toLowerCase();
  if (!name.endsWith('.zip') && !name.endsWith('.json')) return 'verify.error.file_type';
  if (file.size === 0) return 'validation.file_empty';
  return null;
}
