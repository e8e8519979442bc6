import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { isDomainError } from '../errors.ts';
import { leadershipCollectiveOn, tallyVotes } from './voting.ts';
import type { Ballot, CollectiveMember, TieRule, VoteChoice } from './voting.ts';

const head: CollectiveMember = { personId: 'h', role: 'head' };
const deputies = (n: number): CollectiveMember[] => Array.from({ length: n }, (_, i) => ({ personId: `d${i}`, role: 'deputy' as const }));

function tally(
  members: CollectiveMember[],
  choices: Record<string, VoteChoice>,
  tieRule: TieRule = 'equalForAndAgainst',
  proposer: string | null = null,
) {
  const ballots: Ballot[] = Object.entries(choices).map(([personId, choice]) => ({ personId, choice }));
  return tallyVotes({ members, proposerPersonId: proposer, ballots, tieRule });
}

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (isDomainError(error)) return error.code;
    throw error;
  }
  return 'no error';
}

describe('tallyVotes', () => {
  test('ND73 Art. 8(1): passes with more than 50% of the entitled members in favour', () => {
    const result = tally([head, ...deputies(2)], { h: 'for', d0: 'for', d1: 'against' });
    assert.equal(result.passed, true);
    assert.equal(result.decidedBy, 'majority');
    assert.deepEqual(result.counts, { for: 2, against: 1, abstain: 0, absent: 0 });
    assert.equal(result.citation, 'ND73/2023 Art. 8(1)');
  });

  test('ND73 Art. 8(1): exactly 50% in favour is not "more than 50%" without the head on that side', () => {
    const result = tally([head, ...deputies(3)], { h: 'against', d0: 'for', d1: 'for', d2: 'against' });
    assert.equal(result.passed, false);
    assert.equal(result.decidedBy, 'headSide');
  });

  test('ND73 Art. 8(1): absent and abstaining members count in the base but not in favour', () => {
    // 2 for of 5 entitled = 40%: fails even though nobody voted against.
    const result = tally([head, ...deputies(4)], { h: 'for', d0: 'for', d1: 'abstain' });
    assert.equal(result.base, 5);
    assert.deepEqual(result.counts, { for: 2, against: 0, abstain: 1, absent: 2 });
    assert.equal(result.passed, false);
  });

  test("ND73 Art. 8(1): a tie is won by the head's side (head for → passes)", () => {
    const result = tally([head, ...deputies(3)], { h: 'for', d0: 'for', d1: 'against', d2: 'against' });
    assert.equal(result.tie, true);
    assert.equal(result.passed, true);
    assert.equal(result.decidedBy, 'headSide');
  });

  test("ND73 Art. 8(1): a tie is won by the head's side (head against → fails)", () => {
    const result = tally([head, ...deputies(3)], { h: 'against', d0: 'against', d1: 'for', d2: 'for' });
    assert.equal(result.passed, false);
    assert.equal(result.decidedBy, 'headSide');
  });

  test('ND73 Art. 8(1) [U] default tie rule: equal for and against among eligible members, abstentions aside', () => {
    // 2 for (head among them), 2 against, 1 abstain: a tie under the default rule → passes,
    // although only 40% of the base is in favour.
    const result = tally([head, ...deputies(4)], { h: 'for', d0: 'for', d1: 'against', d2: 'against', d3: 'abstain' });
    assert.equal(result.tie, true);
    assert.equal(result.passed, true);
    assert.equal(result.tieRule, 'equalForAndAgainst');
    assert.equal(result.tieRuleStatus, 'configurable');
  });

  test('ND73 Art. 8(1) [U] tie rule halfOfEntitled: the same votes are no tie and fail', () => {
    const result = tally([head, ...deputies(4)], { h: 'for', d0: 'for', d1: 'against', d2: 'against', d3: 'abstain' }, 'halfOfEntitled');
    assert.equal(result.tie, false);
    assert.equal(result.passed, false);
  });

  test('ND73 Art. 8(1) [U] tie rule halfOfEntitled: half in favour with the head → passes', () => {
    const result = tally([head, ...deputies(3)], { h: 'for', d0: 'for', d1: 'abstain' }, 'halfOfEntitled');
    assert.equal(result.tie, true);
    assert.equal(result.passed, true);
  });

  test('ND73 Art. 8(1): a head who abstains has no side, so a tie fails', () => {
    const result = tally([head, ...deputies(2)], { h: 'abstain', d0: 'for', d1: 'against' });
    assert.equal(result.tie, true);
    assert.equal(result.passed, false);
    assert.equal(result.decidedBy, 'noMajority');
  });

  test('ND73 Art. 8(1): a deputy who is the proposer is recused and leaves the base', () => {
    const result = tally([head, ...deputies(3)], { h: 'for', d0: 'for', d1: 'against' }, 'equalForAndAgainst', 'd2');
    assert.deepEqual(result.recused, ['d2']);
    assert.equal(result.base, 3);
    assert.equal(result.passed, true);
  });

  test('ND73 Art. 8(1): a ballot from the recused proposer is refused', () => {
    assert.equal(
      code(() => tally([head, ...deputies(2)], { h: 'for', d1: 'for' }, 'equalForAndAgainst', 'd1')),
      'vote.recused_member',
    );
  });

  test('ND73 Art. 8(1): only members of the collective on the meeting date vote', () => {
    assert.equal(
      code(() => tally([head, ...deputies(1)], { h: 'for', stranger: 'for' })),
      'vote.not_a_member',
    );
  });

  test('ND73 Art. 8(1): one ballot per member', () => {
    assert.equal(
      code(() =>
        tallyVotes({
          members: [head, ...deputies(1)],
          proposerPersonId: null,
          ballots: [
            { personId: 'd0', choice: 'for' },
            { personId: 'd0', choice: 'against' },
          ],
          tieRule: 'equalForAndAgainst',
        }),
      ),
      'vote.duplicate_ballot',
    );
  });

  test('ND73 Art. 7(4): a head who is the proposer cannot chair the vote on it', () => {
    assert.equal(
      code(() => tally([head, ...deputies(2)], { d0: 'for' }, 'equalForAndAgainst', 'h')),
      'vote.head_is_proposer',
    );
  });

  test('ND73 Art. 8(1): the collective needs exactly one head', () => {
    assert.equal(
      code(() => tally(deputies(3), { d0: 'for' })),
      'vote.collective_without_single_head',
    );
    assert.equal(
      code(() => tally([head, { personId: 'h2', role: 'head' }], { h: 'for' })),
      'vote.collective_without_single_head',
    );
  });

  test('the explanation states the share in both languages', () => {
    const result = tally([head, ...deputies(2)], { h: 'for', d0: 'for', d1: 'against' });
    assert.match(result.explanation.vi, /2\/3 \(66\.7%\)/u);
    assert.match(result.explanation.en, /more than 50%/u);
  });
});

describe('leadershipCollectiveOn', () => {
  const positions = [
    { personId: 'a', role: 'head' as const, from: '2024-01-01', until: '2026-03-09' },
    { personId: 'b', role: 'deputy' as const, from: '2024-01-01', until: '2026-03-09' },
    { personId: 'b', role: 'head' as const, from: '2026-03-10', until: null },
    { personId: 'c', role: 'deputy' as const, from: '2025-06-01', until: null },
    { personId: 'd', role: 'deputy' as const, from: '2026-04-01', until: null },
  ];

  test('ND73 Art. 8(1): members are the head and deputies in office on the meeting date', () => {
    assert.deepEqual(leadershipCollectiveOn(positions, '2026-03-09'), [
      { personId: 'a', role: 'head' },
      { personId: 'b', role: 'deputy' },
      { personId: 'c', role: 'deputy' },
    ]);
    assert.deepEqual(leadershipCollectiveOn(positions, '2026-03-10'), [
      { personId: 'b', role: 'head' },
      { personId: 'c', role: 'deputy' },
    ]);
  });

  test('ND73 Art. 8(1): a person holding both posts on a hand-over day counts once, as head', () => {
    const overlap = [
      { personId: 'x', role: 'deputy' as const, from: '2026-01-01', until: '2026-03-10' },
      { personId: 'x', role: 'head' as const, from: '2026-03-10', until: null },
    ];
    assert.deepEqual(leadershipCollectiveOn(overlap, '2026-03-10'), [{ personId: 'x', role: 'head' }]);
  });

  test('an invalid date is refused', () => {
    assert.equal(
      code(() => leadershipCollectiveOn(positions, '2026-13-01')),
      'date.invalid',
    );
  });
});

// ── Properties ────────────────────────────────────────────────────────────────────────────

const choiceArb = fc.constantFrom<VoteChoice | 'absent'>('for', 'against', 'abstain', 'absent');
const tieRuleArb = fc.constantFrom<TieRule>('equalForAndAgainst', 'halfOfEntitled');

/** A collective of 1 head + 0..10 deputies, each with a choice (or absent). */
const meetingArb = fc
  .record({ deputies: fc.integer({ min: 0, max: 10 }), proposerIndex: fc.option(fc.nat(), { nil: null }) })
  .chain(({ deputies: n, proposerIndex }) =>
    fc.record({
      members: fc.constant([head, ...deputies(n)]),
      // The proposer, if any, is one of the deputies.
      proposer: fc.constant(n > 0 && proposerIndex !== null ? `d${proposerIndex % n}` : null),
      choices: fc.array(choiceArb, { minLength: n + 1, maxLength: n + 1 }),
    }),
  );

function ballotsOf(members: readonly CollectiveMember[], choices: ReadonlyArray<VoteChoice | 'absent'>, proposer: string | null): Ballot[] {
  return members.flatMap((member, i) => {
    const choice = choices[i] ?? 'absent';
    return choice === 'absent' || member.personId === proposer ? [] : [{ personId: member.personId, choice }];
  });
}

describe('tallyVotes properties', () => {
  test('ND73 Art. 8(1): the result does not depend on the order of the ballots', () => {
    fc.assert(
      fc.property(
        meetingArb,
        tieRuleArb,
        fc.array(fc.integer(), { minLength: 11, maxLength: 11 }),
        ({ members, proposer, choices }, tieRule, keys) => {
          const ballots = ballotsOf(members, choices, proposer);
          // A permutation driven by random sort keys, so fast-check can shrink it.
          const shuffled = ballots
            .map((ballot, i) => ({ ballot, key: keys[i] ?? 0 }))
            .sort((x, y) => x.key - y.key)
            .map((entry) => entry.ballot);
          const a = tallyVotes({ members, proposerPersonId: proposer, ballots, tieRule });
          const b = tallyVotes({ members, proposerPersonId: proposer, ballots: shuffled, tieRule });
          assert.deepEqual(b, a);
        },
      ),
    );
  });

  test("ND73 Art. 8(1): strictly more than 50% in favour always passes; otherwise only the head's side on a tie passes", () => {
    fc.assert(
      fc.property(meetingArb, tieRuleArb, ({ members, proposer, choices }, tieRule) => {
        const result = tallyVotes({ members, proposerPersonId: proposer, ballots: ballotsOf(members, choices, proposer), tieRule });
        const strictMajority = result.counts.for * 2 > result.base;
        if (strictMajority) assert.equal(result.passed, true);
        else assert.equal(result.passed, result.tie && result.headChoice === 'for');
      }),
    );
  });

  test('ND73 Art. 8(1): the base is the entitled members and every one of them is counted once', () => {
    fc.assert(
      fc.property(meetingArb, tieRuleArb, ({ members, proposer, choices }, tieRule) => {
        const result = tallyVotes({ members, proposerPersonId: proposer, ballots: ballotsOf(members, choices, proposer), tieRule });
        const { for: f, against, abstain, absent } = result.counts;
        assert.equal(result.base, members.length - (proposer === null ? 0 : 1));
        assert.equal(f + against + abstain + absent, result.base);
      }),
    );
  });

  test('ND73 Art. 8(1): a recused proposer-deputy changes nothing compared with a collective without them', () => {
    fc.assert(
      fc.property(meetingArb, tieRuleArb, ({ members, proposer, choices }, tieRule) => {
        if (proposer === null) return;
        const ballots = ballotsOf(members, choices, proposer);
        const withRecusal = tallyVotes({ members, proposerPersonId: proposer, ballots, tieRule });
        const without = tallyVotes({ members: members.filter((m) => m.personId !== proposer), proposerPersonId: null, ballots, tieRule });
        assert.equal(withRecusal.passed, without.passed);
        assert.deepEqual(withRecusal.counts, without.counts);
      }),
    );
  });

  test('ND73 Art. 8(1) [U] halfOfEntitled: turning any ballot into "for" never turns a pass into a fail', () => {
    fc.assert(
      fc.property(meetingArb, fc.nat(), ({ members, proposer, choices }, pick) => {
        const before = tallyVotes({
          members,
          proposerPersonId: proposer,
          ballots: ballotsOf(members, choices, proposer),
          tieRule: 'halfOfEntitled',
        });
        const changed = [...choices];
        changed[pick % changed.length] = 'for';
        const after = tallyVotes({
          members,
          proposerPersonId: proposer,
          ballots: ballotsOf(members, changed, proposer),
          tieRule: 'halfOfEntitled',
        });
        if (before.passed) assert.equal(after.passed, true);
      }),
    );
  });

  test('ND73 Art. 8(1) [U] equalForAndAgainst: turning a ballot into "for" never undoes a strict-majority pass', () => {
    fc.assert(
      fc.property(meetingArb, fc.nat(), ({ members, proposer, choices }, pick) => {
        const before = tallyVotes({
          members,
          proposerPersonId: proposer,
          ballots: ballotsOf(members, choices, proposer),
          tieRule: 'equalForAndAgainst',
        });
        const changed = [...choices];
        changed[pick % changed.length] = 'for';
        const after = tallyVotes({
          members,
          proposerPersonId: proposer,
          ballots: ballotsOf(members, changed, proposer),
          tieRule: 'equalForAndAgainst',
        });
        if (before.decidedBy === 'majority') assert.equal(after.passed, true);
      }),
    );
  });

  test('ND73 Art. 8(1) [U] equalForAndAgainst is not monotone (documented so the domain owner can choose the rule)', () => {
    // 2 for (head + d0), 1 against, 2 abstain: 40% and no tie → fails. One abstainer then
    // votes against: 2–2 is a tie under the default rule, the head's side wins → passes.
    // Likewise one more "for" can undo a tie-won pass. `halfOfEntitled` has neither effect.
    const members = [head, ...deputies(4)];
    const before = tally(members, { h: 'for', d0: 'for', d1: 'against', d2: 'abstain', d3: 'abstain' });
    const after = tally(members, { h: 'for', d0: 'for', d1: 'against', d2: 'against', d3: 'abstain' });
    assert.equal(before.passed, false);
    assert.equal(after.passed, true);
    const tieWon = tally([head, ...deputies(5)], { h: 'for', d0: 'for', d1: 'against', d2: 'against', d3: 'abstain', d4: 'abstain' });
    const oneMoreFor = tally([head, ...deputies(5)], { h: 'for', d0: 'for', d1: 'against', d2: 'against', d3: 'for', d4: 'abstain' });
    assert.equal(tieWon.passed, true);
    assert.equal(oneMoreFor.passed, false);
  });
});
