import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { builtInProfiles } from '@khien/core/procedure';
import { ACTION_FORMS, formFor } from './registry.tsx';
import type { AllowedAction } from './types.ts';

const kebab = (action: string) => action.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

describe('action dialogs: every step of the built-in procedures opens its own form', () => {
  const actions = new Set(builtInProfiles.flatMap((profile) => profile.transitions.map((t) => t.id)));

  it('each transition of every built-in profile has a dedicated dialog posting to its own route', () => {
    assert.ok(actions.size >= 30, `only ${actions.size} actions found`);
    for (const action of actions) {
      const spec = ACTION_FORMS[action];
      assert.ok(spec, `no dialog for ${action}`);
      assert.equal(spec.path, `/api/v1/proposals/{id}/${kebab(action)}`, action);
    }
  });

  it('no dialog is registered for an action the procedures do not have', () => {
    assert.deepEqual(
      Object.keys(ACTION_FORMS).filter((a) => !actions.has(a)),
      [],
    );
  });

  it('an unknown action gets a form from its declared inputs, posting to its path', () => {
    const id = '77777777-7777-4777-8777-777777777777';
    const action = {
      action: 'recordLocalReview',
      path: `/proposals/${id}/record-local-review`,
      inputs: [{ name: 'opinion', label: { vi: 'Ý kiến', en: 'Opinion' }, required: true }],
    } as unknown as AllowedAction;
    const spec = formFor(action, id);
    assert.equal(spec.path, '/api/v1/proposals/{id}/record-local-review');
    assert.deepEqual((spec.toBody as (v: unknown, c: unknown) => unknown)({ opinion: ' Đồng ý ' }, {}), { opinion: 'Đồng ý' });
  });
});
