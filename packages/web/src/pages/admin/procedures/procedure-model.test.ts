import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deriveVariant, kl14PartyProfile, nd73Profile } from '@khien/core/procedure';
import { actorText, configurableParameters, parameterRows, parseDefinition, timerRows, transitionRows } from './procedure-model.ts';

describe('procedure page model (definition as data → tables)', () => {
  it('accepts the built-in definitions and refuses something that is not one', () => {
    assert.ok(parseDefinition(JSON.parse(JSON.stringify(nd73Profile))));
    assert.equal(parseDefinition({ id: 'x' }), null);
    assert.equal(parseDefinition(null), null);
  });

  it('ND73 Art. 8(1): the 7-working-day approval limit is [C] and not offered for a local variant', () => {
    const configurable = configurableParameters(nd73Profile).map((p) => p.key);
    assert.ok(!configurable.includes('approvalWorkingDays'));
    assert.ok(configurable.includes('wideScopeWorkingDays'));
    assert.ok(configurableParameters(nd73Profile).every((p) => p.status === 'configurable'));
    // KL14 re-cites every rule as configurable.
    assert.equal(configurableParameters(kl14PartyProfile).length, Object.keys(kl14PartyProfile.parameters).length);
  });

  it('groups parameters by kind whatever order the stored object has, [U] first when asked', () => {
    const shuffled = { ...nd73Profile, parameters: Object.fromEntries(Object.entries(nd73Profile.parameters).reverse()) };
    const units = parameterRows(shuffled).map((p) => p.unit);
    const order = ['workingDays', 'calendarDays', 'months', 'choice', 'flag'];
    assert.deepEqual(
      units,
      [...units].sort((a, b) => order.indexOf(a) - order.indexOf(b)),
    );
    const statuses = parameterRows(nd73Profile, true).map((p) => p.status);
    assert.equal(statuses.indexOf('confirmed'), statuses.lastIndexOf('configurable') + 1);
    assert.deepEqual(
      parameterRows(shuffled)
        .map((p) => p.key)
        .sort(),
      Object.keys(nd73Profile.parameters).sort(),
    );
  });

  it('transitions: "stays" for actions that keep the state; a switched-off one names its flag', () => {
    const rows = transitionRows(nd73Profile);
    const vote = rows.find((r) => r.id === 'recordVote')!;
    assert.equal(vote.to, null);
    const submit = rows.find((r) => r.id === 'submit')!;
    assert.deepEqual(submit.to, nd73Profile.states.find((s) => s.id === 'submitted')!.label);
    assert.ok(submit.documents.length > 0);
    const variant = deriveVariant(nd73Profile, {
      id: 'nd73-2023-test',
      version: 1,
      parameterOverrides: { allowEscalation: false },
      legalBasis: { citation: 'QĐ 1', title: { vi: 'QĐ 1', en: 'QĐ 1' } },
    });
    const escalate = transitionRows(variant).find((r) => r.id === 'escalate')!;
    assert.equal(escalate.enabled, false);
    assert.equal(escalate.enabledBy?.name, 'allowEscalation');
    assert.equal(transitionRows(nd73Profile).find((r) => r.id === 'escalate')!.enabled, true);
  });

  it('who acts: the relation, and when it only holds under a condition, that condition', () => {
    const text = actorText({ relation: 'employingHead', when: 'routedToEmployingAgency' });
    assert.equal(text.vi, 'người đứng đầu cơ quan sử dụng cán bộ (khi: trình người đứng đầu cơ quan sử dụng cán bộ)');
    assert.equal(actorText({ role: 'system_admin' }).en, 'system administrator');
  });

  it("timers carry the value of their duration parameter (a variant's new value included)", () => {
    const approval = timerRows(nd73Profile).find((r) => r.parameter === 'approvalWorkingDays')!;
    assert.equal(approval.value, 7);
    assert.equal(approval.unit, 'workingDays');
    assert.equal(approval.status, 'confirmed');
    const variant = deriveVariant(nd73Profile, {
      id: 'nd73-2023-test',
      version: 1,
      parameterOverrides: { wideScopeWorkingDays: 10 },
      legalBasis: { citation: 'QĐ 1', title: { vi: 'QĐ 1', en: 'QĐ 1' } },
    });
    assert.equal(timerRows(variant).find((r) => r.parameter === 'wideScopeWorkingDays')!.value, 10);
  });
});
