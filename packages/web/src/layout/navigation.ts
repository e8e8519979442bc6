/**
 * Which screens each account sees in the menu. The server still decides every request; this
 * only keeps people from wandering into screens that would answer "forbidden".
 */
import type { MessageKey } from '../i18n/messages.ts';

export type Role = 'system_admin' | 'org_officer' | 'inspector';

export interface NavItem {
  path: string;
  label: MessageKey;
  icon:
    | 'inbox'
    | 'proposals'
    | 'notifications'
    | 'dashboard'
    | 'encouragements'
    | 'procedures'
    | 'calendar'
    | 'search'
    | 'org'
    | 'people'
    | 'accounts'
    | 'import'
    | 'ledger'
    | 'verify'
    | 'profile';
}

export interface NavGroup {
  label: MessageKey | null;
  items: NavItem[];
}

export function navigationFor(roles: readonly Role[]): NavGroup[] {
  const admin = roles.includes('system_admin');
  const officer = roles.includes('org_officer');
  const inspector = roles.includes('inspector');
  const groups: NavGroup[] = [
    {
      label: null,
      items: [
        { path: '/inbox', label: 'nav.inbox', icon: 'inbox' },
        { path: '/proposals', label: 'nav.proposals', icon: 'proposals' },
        { path: '/notifications', label: 'nav.notifications', icon: 'notifications' },
        { path: '/dashboard', label: 'nav.dashboard', icon: 'dashboard' },
        { path: '/search', label: 'nav.search', icon: 'search' },
      ],
    },
  ];
  const directory: NavItem[] = [];
  if (admin || officer || inspector) {
    directory.push({ path: '/admin/organisations', label: 'nav.organisations', icon: 'org' });
    directory.push({ path: '/admin/people', label: 'nav.people', icon: 'people' });
    directory.push({ path: '/personnel/encouragements', label: 'nav.encouragements', icon: 'encouragements' });
  }
  if (admin || officer) {
    directory.push({ path: '/admin/accounts', label: 'nav.accounts', icon: 'accounts' });
    directory.push({ path: '/admin/imports', label: 'nav.imports', icon: 'import' });
  }
  if (directory.length) groups.push({ label: 'nav.group.admin', items: directory });
  // Everyone may read the procedure in force and the calendar. A system administrator edits the
  // calendar; variants may also be adopted by a personnel officer for units below their scope.
  groups.push({
    label: 'nav.group.rules',
    items: [
      { path: '/admin/procedures', label: 'nav.procedures', icon: 'procedures' },
      { path: '/admin/calendar', label: 'nav.calendar', icon: 'calendar' },
    ],
  });
  const oversight: NavItem[] = [];
  if (admin || inspector) oversight.push({ path: '/ledger', label: 'nav.ledger', icon: 'ledger' });
  oversight.push({ path: '/verify', label: 'nav.verify', icon: 'verify' });
  groups.push({ label: 'nav.group.oversight', items: oversight });
  groups.push({ label: null, items: [{ path: '/profile', label: 'nav.profile', icon: 'profile' }] });
  return groups;
}

/** May this account change directory data (not just read it)? */
export function canManageDirectory(roles: readonly Role[]): boolean {
  return roles.includes('system_admin') || roles.includes('org_officer');
}
