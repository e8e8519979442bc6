import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { builtInProfiles } from '@khien/core/procedure';
import { stateOptions } from './state-options.ts';

describe('the state filter is read off the procedures in force', () => {
  it('every state of the built-in procedures once, with its Vietnamese and English label', () => {
    const options = stateOptions(builtInProfiles);
    const ids = new Set(builtInProfiles.flatMap((p) => p.states.map((s) => s.id)));
    assert.equal(options.length, ids.size);
    assert.deepEqual(options[0], { id: 'draft', label: { vi: 'Dự thảo', en: 'Draft' } });
    assert.ok(options.some((o) => o.id === 'implementing'));
  });

  it('the first procedure names a state shared with a variant', () => {
    const a = { states: [{ id: 'submitted', label: { vi: 'Đã tiếp nhận', en: 'Received' } }] };
    const b = {
      states: [
        { id: 'submitted', label: { vi: 'Khác', en: 'Other' } },
        { id: 'x', label: { vi: 'X', en: 'X' } },
      ],
    };
    assert.deepEqual(
      stateOptions([a, b]).map((o) => o.label.vi),
      ['Đã tiếp nhận', 'X'],
    );
  });

  it('malformed definitions and states are skipped, not shown as blank choices', () => {
    assert.deepEqual(stateOptions([null, 'x', {}, { states: 'no' }, { states: [null, { id: '' }, { id: 'a', label: { vi: 'A' } }] }]), []);
  });
});
