import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { interpolate } from '../../i18n/interpolate.ts';
// The screen texts load with the screens; register them as app.tsx does.
import '../../i18n/texts/index.ts';
import { messages, type MessageKey } from '../../i18n/messages.ts';
import { detailsOf, filterQuery, KIND_LABELS, KINDS, kindLabel, PURPOSE_LABELS } from './encouragement-shape.ts';

const vi = (key: MessageKey, params?: Record<string, string | number>) => interpolate(messages.vi[key] ?? `MISSING ${key}`, params);
const en = (key: MessageKey, params?: Record<string, string | number>) => interpolate(messages.en[key] ?? `MISSING ${key}`, params);

describe('encouragement screen', () => {
  it('names every Art. 10 kind and personnel purpose of the API in both languages', () => {
    assert.deepEqual(KINDS, ['commendation', 'reward', 'personnelPriority', 'earlySalaryStep', 'rankPromotion']);
    for (const key of [...Object.values(KIND_LABELS), ...Object.values(PURPOSE_LABELS)]) {
      assert.ok(messages.vi[key] && messages.en[key], key);
    }
    assert.equal(kindLabel('earlySalaryStep', vi), 'Nâng bậc lương trước thời hạn');
    assert.equal(kindLabel('commendation', en), 'Commendation before the collective');
    // An unknown kind (a newer server) is shown as it is rather than hidden.
    assert.equal(kindLabel('medal', vi), 'medal');
  });

  it('describes the purposes of a priority and the months of an early salary step', () => {
    assert.deepEqual(detailsOf({ personnelPurposes: ['planning', 'appointment'], earlySalaryStepMonths: null }, vi), [
      'Ưu tiên khi: quy hoạch, bổ nhiệm',
    ]);
    assert.deepEqual(detailsOf({ personnelPurposes: [], earlySalaryStepMonths: 12 }, vi), ['Trước thời hạn 12 tháng']);
    assert.deepEqual(detailsOf({ personnelPurposes: [], earlySalaryStepMonths: 12 }, en), ['12 months early']);
    assert.deepEqual(detailsOf({ personnelPurposes: [], earlySalaryStepMonths: null }, vi), []);
  });

  it('sends only the filters in use', () => {
    assert.deepEqual(filterQuery({ kind: null, under: null, q: '  ' }), {});
    assert.deepEqual(filterQuery({ kind: 'reward', under: 'u1', q: ' nguyen van an ' }), {
      kind: 'reward',
      under: 'u1',
      q: 'nguyen van an',
    });
  });
});
