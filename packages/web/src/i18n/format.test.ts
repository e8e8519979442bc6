import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatBytes, formatDate, formatDateTime, formatNumber, isoDateInVietnam } from './format.ts';

describe('dates and numbers (issue 5: dd/MM/yyyy in Asia/Ho_Chi_Minh, Vietnamese separators)', () => {
  it('writes instants as dd/MM/yyyy in Vietnam time, whatever the UTC date', () => {
    // 17:30 UTC on 31 Dec is already 1 Jan in Hà Nội (UTC+7).
    assert.equal(formatDate('2025-12-31T17:30:00.000Z'), '01/01/2026');
    assert.equal(formatDateTime('2025-12-31T17:30:00.000Z'), '01/01/2026 00:30');
    assert.equal(formatDate(new Date(Date.UTC(2026, 1, 3, 1, 0))), '03/02/2026');
  });

  it('keeps a calendar date on its own day', () => {
    assert.equal(formatDate('2026-01-02'), '02/01/2026');
    assert.equal(isoDateInVietnam(new Date('2025-12-31T17:30:00.000Z')), '2026-01-01');
  });

  it('shows nothing for missing or unreadable values', () => {
    assert.equal(formatDate(null), '');
    assert.equal(formatDate(''), '');
    assert.equal(formatDateTime('not a date'), '');
  });

  it('groups thousands with "." and decimals with "," in Vietnamese', () => {
    assert.equal(formatNumber(1234567.5, 'vi'), '1.234.567,5');
    assert.equal(formatNumber(1234567.5, 'en'), '1,234,567.5');
    assert.equal(formatBytes(2.5 * 1024 * 1024, 'vi'), '2,5 MB');
  });
});
