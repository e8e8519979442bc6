import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  optional,
  required,
  validateAbbreviation,
  validateCode,
  validateDossierFile,
  validateEmail,
  validateImportFile,
  validateLoginUsername,
  validateNewPassword,
  validatePasswordChange,
  validatePasswordConfirmation,
  validatePhone,
  validateSelected,
  validateTermEnd,
  validateUsername,
} from './forms.ts';

describe('form validation (mirrors the server rules so mistakes show before sending)', () => {
  it('login: both fields are required, whitespace is not a username', () => {
    assert.equal(validateLoginUsername('   '), 'validation.username_required');
    assert.equal(validateLoginUsername('admin'), null);
  });

  it('new passwords: at least 10 characters, not only digits, at most 200', () => {
    assert.equal(validateNewPassword(''), 'validation.password_required');
    assert.equal(validateNewPassword('ngan'), 'validation.password_short');
    assert.equal(validateNewPassword('0123456789012'), 'validation.password_digits');
    assert.equal(validateNewPassword('x'.repeat(201)), 'validation.too_long');
    assert.equal(validateNewPassword('mùa thu Hà Nội'), null);
  });

  it('password change: confirmation must match, new must differ from current', () => {
    assert.equal(validatePasswordConfirmation('mật khẩu mới 1', ''), 'validation.confirm_required');
    assert.equal(validatePasswordConfirmation('mật khẩu mới 1', 'mật khẩu mới 2'), 'validation.confirm_mismatch');
    assert.equal(validatePasswordConfirmation('mật khẩu mới 1', 'mật khẩu mới 1'), null);
    assert.equal(validatePasswordChange('Khien@2026xx', 'Khien@2026xx'), 'validation.password_same');
    assert.equal(validatePasswordChange('Khien@2026xx', 'khác hẳn rồi'), null);
  });

  it('usernames: 3–64 lower-case ASCII letters, digits, ".", "_", "-"', () => {
    assert.equal(validateUsername('an'), 'validation.username_format');
    assert.equal(validateUsername('nguyễn.an'), 'validation.username_format');
    assert.equal(validateUsername('Nguyenvan.An'), null, 'upper case is lowered, as the server does');
    assert.equal(validateUsername('-an'), 'validation.username_format');
  });

  it('codes, abbreviations, e-mail and Vietnamese phone numbers', () => {
    assert.equal(validateCode('SNV-HS'), null);
    assert.equal(validateCode('SỞ NV'), 'validation.code_format');
    assert.equal(validateCode(''), 'validation.required');
    assert.equal(validateAbbreviation('UBND'), null);
    assert.equal(validateAbbreviation('ĐHQG-HN'), null);
    assert.equal(validateAbbreviation('ubnd'), 'validation.abbreviation_format');
    assert.equal(validateEmail(''), null, 'optional');
    assert.equal(validateEmail('vanthu@hoason.gov.vn'), null);
    assert.equal(validateEmail('vanthu@'), 'validation.email_format');
    assert.equal(validatePhone('0912 345 678'), null);
    assert.equal(validatePhone('+84 912 345 678'), null);
    assert.equal(validatePhone('12345'), 'validation.phone_format');
  });

  it('required and optional texts count characters after NFC cleaning', () => {
    assert.equal(required(5)(' \t '), 'validation.required');
    assert.equal(required(5)('Hà Nội'), 'validation.too_long');
    assert.equal(required(6)('Ha\u0300 Nội'), null, 'decomposed input is composed before counting');
    assert.equal(optional(3)(undefined), null);
    assert.equal(validateSelected(undefined), 'validation.select_required');
    assert.equal(validateSelected('x'), null);
  });

  it('a leadership term cannot end before it starts', () => {
    assert.equal(validateTermEnd('2026-01-02', '2026-01-01'), 'validation.ends_before_start');
    assert.equal(validateTermEnd('2026-01-02', '2026-01-02'), null);
    assert.equal(validateTermEnd('2026-01-02', null), 'validation.date_required');
  });

  it('import files: CSV or XLSX, not empty, within the limit', () => {
    assert.equal(validateImportFile(null, 100), 'validation.file_required');
    assert.equal(validateImportFile({ name: 'can-bo.xls', size: 10 }, 100), 'validation.file_type');
    assert.equal(validateImportFile({ name: 'can-bo.CSV', size: 0 }, 100), 'validation.file_empty');
    assert.equal(validateImportFile({ name: 'can-bo.xlsx', size: 101 }, 100), 'validation.file_too_large');
    assert.equal(validateImportFile({ name: 'can-bo.xlsx', size: 100 }, 100), null);
  });

  it('dossier files: .zip or .json', () => {
    assert.equal(validateDossierFile({ name: 'ho-so.pdf', size: 5 }), 'verify.error.file_type');
    assert.equal(validateDossierFile({ name: 'ho-so.zip', size: 5 }), null);
    assert.equal(validateDossierFile({ name: 'dossier.json', size: 0 }), 'validation.file_empty');
  });
});
