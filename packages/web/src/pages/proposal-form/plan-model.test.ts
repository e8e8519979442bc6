import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  emptyPlanForm,
  formPathOf,
  formPathOfReason,
  normaliseForm,
  otherImplementers,
  planToForm,
  stepOfReason,
  toPlanBody,
} from './plan-model.ts';
import { copyKey, differsFrom, hasContent, readCopy, removeCopy, writeCopy } from './draft-storage.ts';

describe('proposal plan form ↔ API plan', () => {
  it('an empty form is a valid draft body of the shape planInput takes', () => {
    const body = toPlanBody({ ...emptyPlanForm(), title: 'Đề xuất' });
    assert.equal(Object.keys(body.contents).length, 14);
    assert.equal(Object.keys(body.conditions).length, 4);
    assert.deepEqual(body.declarations, {
      withinCompetence: false,
      noContravention: false,
      noPersonalOrGroupBenefit: false,
      relatedParties: null,
    });
  });

  it('an unticked condition sends no justification; a ticked one sends it, NFC', () => {
    const values = emptyPlanForm();
    values.conditions.removesUnregulatedBottleneck = 'Giải trình';
    assert.equal(toPlanBody(values).conditions.removesUnregulatedBottleneck, '');
    values.conditionChecks.removesUnregulatedBottleneck = true;
    values.conditions.removesUnregulatedBottleneck = 'Gia\u0309i tri\u0300nh'; // decomposed diacritics
    assert.equal(toPlanBody(values).conditions.removesUnregulatedBottleneck, 'Giải trình');
  });

  it('related parties: "none" is [], not yet answered is null, "some" sends complete rows only (null while none is complete)', () => {
    const values = emptyPlanForm();
    assert.equal(toPlanBody(values).declarations.relatedParties, null);
    values.relatedPartiesMode = 'none';
    values.relatedParties = [{ name: 'bỏ qua', relation: 'bỏ qua' }];
    assert.deepEqual(toPlanBody(values).declarations.relatedParties, []);
    values.relatedPartiesMode = 'some';
    values.relatedParties = [{ name: 'Nguyễn Văn Bình' }];
    assert.equal(toPlanBody(values).declarations.relatedParties, null, 'an empty list would wrongly declare "none"');
    values.relatedParties.push({ name: 'Trần Thị Cúc', relation: 'Vợ' });
    assert.deepEqual(toPlanBody(values).declarations.relatedParties, [{ name: 'Trần Thị Cúc', relation: 'Vợ' }]);
  });

  it('a stored plan comes back into the form: ticks follow the justifications, [] is "none"', () => {
    const values = emptyPlanForm();
    values.title = 'Đề xuất';
    values.contents.scope = 'Ba xã';
    values.conditionChecks.urgentNeedWithoutHarm = true;
    values.conditions.urgentNeedWithoutHarm = 'Cấp bách';
    values.declarations.noContravention = true;
    values.relatedPartiesMode = 'none';
    const back = planToForm(toPlanBody(values), ['p-2']);
    assert.deepEqual(back, { ...values, implementerIds: ['p-2'] });
    assert.equal(planToForm({ declarations: { relatedParties: [{ name: 'A', relation: 'B' }] } }).relatedPartiesMode, 'some');
    assert.equal(planToForm(null).title, '', 'a missing plan is an empty form');
  });

  it('normaliseForm repairs whatever a stale local copy holds', () => {
    const repaired = normaliseForm({
      title: 5,
      contents: { scope: 'x', unknown: 'y' },
      relatedPartiesMode: 'maybe',
      relatedParties: [null],
    });
    assert.equal(repaired.title, '');
    assert.equal(repaired.contents.scope, 'x');
    assert.equal('unknown' in repaired.contents, false);
    assert.equal(repaired.relatedPartiesMode, null);
    assert.deepEqual(repaired.relatedParties, [{ name: '', relation: '' }]);
  });

  it('implementers besides the proposer come from the snapshot', () => {
    assert.deepEqual(otherImplementers({ parties: { implementerIds: ['me', 'p-2'] } }, 'me'), ['p-2']);
    assert.deepEqual(otherImplementers(null, 'me'), []);
  });

  it('server fields and submission refusals land on the right form field and step', () => {
    assert.deepEqual(formPathOf('body.plan.title'), ['title']);
    assert.deepEqual(formPathOf('plan.contents.legalGap'), ['contents', 'legalGap']);
    assert.deepEqual(formPathOf('body.plan.declarations.relatedParties.2.relation'), ['relatedParties', 2, 'relation']);
    assert.deepEqual(formPathOf('plan.declarations.relatedParties'), ['relatedPartiesMode']);
    assert.equal(formPathOf('plan.contents.nonsense'), null);
    const reason = (code: string, citation: string, field?: string) => ({ code, vi: '', en: '', citation, ...(field ? { field } : {}) });
    assert.deepEqual(formPathOfReason(reason('proposal.condition_unjustified', 'ND73/2023 Art. 5(1)(c)')), [
      'conditions',
      'urgentNeedWithoutHarm',
    ]);
    assert.deepEqual(formPathOfReason(reason('proposal.motive_not_declared', 'ND73/2023 Art. 6')), [
      'declarations',
      'noPersonalOrGroupBenefit',
    ]);
    assert.deepEqual(formPathOfReason(reason('proposal.plan_content_missing', 'ND73/2023 Art. 7', 'plan.contents.scope')), [
      'contents',
      'scope',
    ]);
    assert.equal(stepOfReason(reason('proposal.plan_content_missing', 'ND73/2023 Art. 7')), 'sections');
    assert.equal(stepOfReason(reason('proposal.related_parties_not_declared', 'ND73/2023 Art. 6')), 'declarations');
    assert.equal(stepOfReason(reason('proposal.out_of_scope_legal_normative_document', 'ND73/2023 Art. 1')), 'general');
    assert.equal(stepOfReason(reason('proposal.proposer_not_eligible', 'ND73/2023 Art. 2')), null, 'about the proposer, not the form');
  });
});

describe('the unsent local copy', () => {
  const memory = () => {
    const data = new Map<string, string>();
    return {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
      removeItem: (k: string) => void data.delete(k),
      data,
    };
  };

  it('is kept per account and per draft, and survives a round trip', () => {
    const storage = memory();
    const values = { ...emptyPlanForm(), title: 'Đề xuất' };
    assert.notEqual(copyKey('acc-1', null), copyKey('acc-2', null));
    assert.notEqual(copyKey('acc-1', null), copyKey('acc-1', 'id-1'));
    assert.ok(
      writeCopy(storage, copyKey('acc-1', 'id-1'), { proposalId: 'id-1', baseVersion: 3, values, editedAt: '2026-03-05T07:32:00Z' }),
    );
    assert.deepEqual(readCopy(storage, copyKey('acc-1', 'id-1')), {
      proposalId: 'id-1',
      baseVersion: 3,
      values,
      editedAt: '2026-03-05T07:32:00Z',
    });
    removeCopy(storage, copyKey('acc-1', 'id-1'));
    assert.equal(readCopy(storage, copyKey('acc-1', 'id-1')), null);
  });

  it('a damaged copy or a refusing browser is no copy, never a crash', () => {
    const storage = memory();
    storage.setItem('k', '{not json');
    assert.equal(readCopy(storage, 'k'), null);
    storage.setItem('k', 'null');
    assert.equal(readCopy(storage, 'k'), null);
    const refusing = {
      ...memory(),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    assert.equal(writeCopy(refusing, 'k', { proposalId: null, baseVersion: null, values: emptyPlanForm(), editedAt: 'x' }), false);
    assert.equal(readCopy(null, 'k'), null);
  });

  it('is offered back only when it says more than the server holds (not for spaces the server collapses)', () => {
    const server = { ...emptyPlanForm(), title: 'Đề xuất', implementerIds: ['a', 'b'] };
    const copy = {
      proposalId: 'id',
      baseVersion: 2,
      editedAt: 'x',
      values: { ...server, title: '  Đề   xuất ', implementerIds: ['b', 'a'] },
    };
    assert.equal(differsFrom(copy, server), false);
    copy.values = { ...copy.values, contents: { ...copy.values.contents, scope: 'Ba xã' } };
    assert.equal(differsFrom(copy, server), true);
    assert.equal(hasContent(emptyPlanForm()), false);
    assert.equal(hasContent(copy.values), true);
  });
});
