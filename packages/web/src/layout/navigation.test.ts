import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canManageDirectory, navigationFor } from './navigation.ts';

const paths = (roles: Parameters<typeof navigationFor>[0]) => navigationFor(roles).flatMap((g) => g.items.map((i) => i.path));

describe('role-aware navigation', () => {
  it('everyone gets the inbox, proposals, notifications, dashboard, search, the procedure and calendar, the dossier verifier and the profile', () => {
    assert.deepEqual(paths([]), [
      '/inbox',
      '/proposals',
      '/notifications',
      '/dashboard',
      '/search',
      '/admin/procedures',
      '/admin/calendar',
      '/verify',
      '/profile',
    ]);
  });
  it('administrators get the directory, imports and the ledger', () => {
    assert.deepEqual(paths(['system_admin']), [
      '/inbox',
      '/proposals',
      '/notifications',
      '/dashboard',
      '/search',
      '/admin/organisations',
      '/admin/people',
      '/personnel/encouragements',
      '/admin/accounts',
      '/admin/imports',
      '/admin/procedures',
      '/admin/calendar',
      '/ledger',
      '/verify',
      '/profile',
    ]);
  });
  it('inspectors read the directory and the ledger but manage nothing', () => {
    const inspector = paths(['inspector']);
    assert.ok(inspector.includes('/ledger') && inspector.includes('/admin/people'));
    assert.ok(!inspector.includes('/admin/accounts') && !inspector.includes('/admin/imports'));
    assert.equal(canManageDirectory(['inspector']), false);
  });
  it('personnel officers manage the directory and imports, without the ledger', () => {
    const officer = paths(['org_officer']);
    assert.ok(officer.includes('/admin/imports') && !officer.includes('/ledger'));
    assert.equal(canManageDirectory(['org_officer']), true);
  });
});
