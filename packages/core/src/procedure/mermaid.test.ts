import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { deriveVariant } from './derive-variant.ts';
import { toMermaid } from './mermaid.ts';
import { kl14PartyProfile } from './profile-kl14-party.ts';
import { nd73Profile as nd73 } from './profile-nd73-2023.ts';

describe('toMermaid', () => {
  const diagram = toMermaid(nd73);

  test('declares every state with its Vietnamese label and the start and end markers', () => {
    assert.match(diagram, /^stateDiagram-v2\n/u);
    for (const state of nd73.states) assert.ok(diagram.includes(`state "${state.label.vi}" as ${state.id}`), state.id);
    assert.ok(diagram.includes('[*] --> draft'));
    assert.ok(diagram.includes('notApproved --> [*]'));
    assert.ok(diagram.includes('closed --> [*]'));
  });

  test('draws every state-changing transition, marking configurable ones [U]', () => {
    assert.ok(diagram.includes('meetingScheduled --> approved : decideOverride\n'));
    assert.ok(diagram.includes('submitted --> draft : returnForRevision [U]'));
    assert.ok(diagram.includes('suspended --> terminated : terminate [U]'));
    const arrows = diagram.split('\n').filter((l) => / --> /u.test(l) && !l.includes('[*]'));
    const expected = nd73.transitions.flatMap((t) => t.from.filter((f) => t.to !== null && t.to !== f));
    assert.equal(arrows.length, expected.length);
  });

  test('lists actions that keep the state in a note beside it', () => {
    assert.match(diagram, /note right of meetingScheduled\n(?: {4}.*\n)* {4}recordVote\n/u);
  });

  test('English and bilingual labels; switched-off transitions hidden unless asked', () => {
    assert.ok(toMermaid(nd73, { locale: 'en' }).includes('state "Approved" as approved'));
    assert.ok(toMermaid(nd73, { locale: 'both' }).includes('state "Đã phê duyệt / Approved" as approved'));
    const variant = deriveVariant(nd73, {
      id: 'nd73-2023-z',
      version: 1,
      parameterOverrides: { allowEscalation: false },
      legalBasis: { citation: 'QĐ 9', title: { vi: 'QĐ 9', en: 'Decision 9' } },
    });
    assert.ok(!toMermaid(variant).includes('escalate'));
    assert.ok(toMermaid(variant, { includeDisabled: true }).includes('meetingScheduled --> submitted : escalate [U] (off)'));
  });

  test('the Party-side profile renders too, without the Party-committee consultation', () => {
    const party = toMermaid(kl14PartyProfile);
    assert.ok(party.includes('%% kl14-party v1'));
    assert.ok(!party.includes('requestPartyOpinion'));
  });
});
