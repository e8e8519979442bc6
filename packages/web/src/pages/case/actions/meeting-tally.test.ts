import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { meetingTally } from './meeting-tally.ts';
import type { Proposal } from './types.ts';

type Meeting = Proposal['meetings'][number];

const members = [
  { personId: 'head', role: 'head' as const, name: 'Giám đốc' },
  { personId: 'd1', role: 'deputy' as const, name: 'Phó Giám đốc 1' },
  { personId: 'd2', role: 'deputy' as const, name: 'Phó Giám đốc 2' },
];
const ballot = (personId: string, choice: 'for' | 'against' | 'abstain') => ({
  personId,
  choice,
  reason: null,
  castAt: '2026-03-10T02:00:00Z',
});
const meeting = (ballots: Meeting['ballots'], extra: Partial<Meeting> = {}): Meeting => ({
  id: 'm1',
  kind: 'approval',
  date: '2026-03-10',
  members,
  ballots,
  closed: false,
  tally: null,
  ...extra,
});

describe('action dialogs: the vote the deciding head sees (ND73 Art. 8(1), core tallyVotes)', () => {
  it('every member voted, 1 of 3 for: final and failed — the case for an override', () => {
    const tally = meetingTally(meeting([ballot('head', 'for'), ballot('d1', 'against'), ballot('d2', 'against')]), 'proposer');
    assert.equal(tally.final, true);
    assert.equal(tally.result?.passed, false);
    assert.deepEqual(tally.result?.counts, { for: 1, against: 2, abstain: 0, absent: 0 });
  });

  it('before everyone voted the count is interim, even when it already looks passed', () => {
    const tally = meetingTally(meeting([ballot('head', 'for'), ballot('d1', 'for')]), 'proposer');
    assert.equal(tally.final, false);
    assert.equal(tally.cast, 2);
  });

  it('a closed meeting: members who did not vote count as absent, in the base', () => {
    const tally = meetingTally(meeting([ballot('head', 'for'), ballot('d1', 'for')], { closed: true }), 'proposer');
    assert.equal(tally.final, true);
    assert.equal(tally.result?.base, 3);
    assert.equal(tally.result?.passed, true, '2 of 3 is more than 50%');
  });

  it('a deputy who is the proposer is recused: the other two decide', () => {
    const tally = meetingTally(meeting([ballot('head', 'for'), ballot('d2', 'against')]), 'd1');
    assert.equal(tally.final, true);
    assert.equal(tally.result?.base, 2);
  });

  it("the server's stored tally wins once there is one", () => {
    const stored = {
      counts: { for: 3, against: 0, abstain: 0, absent: 0 },
      base: 3,
      passed: true,
      explanation: { vi: 'Đạt', en: 'Passed' },
      citation: 'ND73/2023 Art. 8(1)',
    };
    const tally = meetingTally(meeting([], { closed: true, tally: stored }), null);
    assert.equal(tally.result, stored);
  });
});
