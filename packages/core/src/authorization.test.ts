import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decide, visibleScopes, type Action, type Actor, type Decision, type Resource } from './authorization.ts';

// A small tree: province P with department D (unit U below it) and commune C.
const P = 'p';
const D = 'p.d';
const U = 'p.d.u';
const C = 'p.c';

const base = { personId: null, scopePath: null, organisationPath: null, positions: [] } as const;
const actors: Record<string, Actor> = {
  admin: { ...base, accountId: 'admin', roles: ['system_admin'] },
  officerD: { ...base, accountId: 'officerD', roles: ['org_officer'], scopePath: D, personId: 'po', organisationPath: D },
  inspectorP: { ...base, accountId: 'inspectorP', roles: ['inspector'], scopePath: P },
  headD: {
    ...base,
    accountId: 'headD',
    roles: [],
    personId: 'ph',
    organisationPath: D,
    positions: [{ organisationId: 'd', organisationPath: D, role: 'head' }],
  },
  staffC: { ...base, accountId: 'staffC', roles: [], personId: 'ps', organisationPath: C },
  partyMember: {
    ...base,
    accountId: 'party',
    roles: [],
    personId: 'pm',
    organisationPath: 'p.k',
    positions: [{ organisationId: 'k', organisationPath: 'p.k', role: 'member' }],
  },
};

const person = (path: string, personId = 'x'): Resource => ({ kind: 'person', path, personId });
const account = (path: string, extra: Partial<Resource> = {}): Resource => ({ kind: 'account', path, ...extra });
const org = (path: string | null): Resource => ({ kind: 'organisation', path });

// actor × action × resource → decision. "hidden" answers 404, "deny" 403.
const table: Array<[string, Action, Resource, Decision, string]> = [
  ['admin', 'create', org(null), 'allow', 'a system admin creates root organisations'],
  ['officerD', 'create', org(null), 'deny', 'an officer cannot create a root organisation'],
  ['officerD', 'create', org(D), 'allow', 'an officer creates units under their scope'],
  ['officerD', 'create', org(C), 'deny', 'an officer cannot create outside their scope'],
  ['officerD', 'update', org(U), 'allow', 'an officer updates units below their scope root'],
  ['officerD', 'update', org(D), 'deny', 'an officer cannot edit their own scope root'],
  ['staffC', 'read', org(D), 'allow', 'the organisation tree is visible to every account'],
  ['staffC', 'update', org(C), 'deny', 'a plain user cannot edit organisations'],
  ['inspectorP', 'update', org(U), 'deny', 'an inspector never changes anything'],
  ['officerD', 'read', person(U), 'allow', 'an officer sees people in their subtree'],
  ['officerD', 'read', person(C), 'hidden', 'an officer does not see people outside their subtree'],
  ['officerD', 'update', person(U), 'allow', 'an officer edits people in their subtree'],
  ['inspectorP', 'read', person(C), 'allow', 'an inspector reads everything in scope'],
  ['inspectorP', 'update', person(C), 'deny', 'an inspector cannot edit people'],
  ['headD', 'read', person(U), 'allow', 'a head sees the people of the agency they lead'],
  ['headD', 'read', person(C), 'hidden', 'a head does not see other agencies’ people'],
  ['headD', 'update', person(U), 'deny', 'a head is not the personnel office'],
  ['staffC', 'read', person(C), 'allow', 'colleagues in the same organisation are visible'],
  ['staffC', 'read', person('p.c.x'), 'allow', 'own organisation includes its sub-units'],
  ['staffC', 'read', person(D), 'hidden', 'people of other organisations are hidden'],
  ['staffC', 'read', person(D, 'ps'), 'allow', 'everyone sees their own record'],
  ['staffC', 'update', person(C, 'ps'), 'deny', 'nobody edits their own personnel record'],
  ['partyMember', 'read', person('p.k'), 'allow', 'a Party committee member sees their committee'],
  ['partyMember', 'read', person(D), 'hidden', 'committee membership gives no view of agencies'],
  ['officerD', 'manage', account(U), 'allow', 'an officer manages accounts in scope'],
  ['officerD', 'manage', account(U, { targetIsAdmin: true }), 'deny', 'only admins touch admin accounts'],
  ['officerD', 'read', account(C), 'hidden', 'accounts outside scope are hidden'],
  ['staffC', 'read', account(C, { accountId: 'staffC' }), 'allow', 'everyone sees their own account'],
  ['staffC', 'manage', account(C, { accountId: 'staffC' }), 'deny', 'nobody manages their own roles'],
  ['headD', 'read', account(U), 'hidden', 'a head does not see accounts'],
  ['admin', 'manage', account(C, { targetIsAdmin: true }), 'allow', 'an admin manages admin accounts'],
  ['officerD', 'create', { kind: 'import', path: D }, 'allow', 'an officer imports into their scope'],
  ['inspectorP', 'create', { kind: 'import', path: P }, 'deny', 'an inspector has no import'],
  ['staffC', 'create', { kind: 'import', path: C }, 'deny', 'a plain user has no import'],
  ['officerD', 'create', person(C), 'deny', 'creating outside scope is refused openly (the place is visible)'],
];

for (const [actor, action, resource, expected, rule] of table) {
  test(`authorization: ${rule} (${actor} ${action} ${resource.kind} ${resource.path ?? 'root'} → ${expected})`, () => {
    assert.equal(decide(actors[actor]!, action, resource), expected);
  });
}

test('authorization: list scopes follow the same rules as single reads', () => {
  assert.equal(visibleScopes(actors.admin!, 'person'), 'all');
  assert.deepEqual(visibleScopes(actors.officerD!, 'person'), [D]);
  assert.deepEqual(visibleScopes(actors.headD!, 'person'), [D]);
  assert.deepEqual(visibleScopes(actors.staffC!, 'account'), []);
  assert.deepEqual(visibleScopes(actors.inspectorP!, 'account'), [P]);
});

test('authorization: a path prefix is not a subtree ("p.d" does not contain "p.dx")', () => {
  assert.equal(decide(actors.officerD!, 'read', person('p.dx')), 'hidden');
});
