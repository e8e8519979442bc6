import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CONDITION_KEYS, CONTENT_KEYS, DECLARATION_KEYS, emptyPlanForm, type PlanFormValues } from './plan-model.ts';
import {
  LIMITS,
  checkConditionText,
  checkConditionTick,
  checkDeclaration,
  checkPartyText,
  checkRelatedMode,
  checkSection,
  checkTitle,
  issuesByStep,
  planIssues,
  saveBlocker,
} from './plan-validation.ts';

/** A plan the server accepts at submission (the demo plan's shape). */
function completePlan(): PlanFormValues {
  const values = emptyPlanForm();
  values.title = 'Số hóa hồ sơ cấp phép tại ba xã thí điểm';
  for (const key of CONTENT_KEYS) values.contents[key] = `Nội dung mục ${key}.`;
  for (const key of CONDITION_KEYS) {
    values.conditionChecks[key] = true;
    values.conditions[key] = `Giải trình điều kiện ${key}.`;
  }
  for (const key of DECLARATION_KEYS) values.declarations[key] = true;
  values.relatedPartiesMode = 'none';
  return values;
}

const paths = (values: PlanFormValues, mode: 'draft' | 'submit') => planIssues(values, mode).map((i) => `${i.path.join('.')}:${i.key}`);

describe('proposal plan form validation (mirrors planInput and the ND73 intake rules)', () => {
  it('a complete plan has no problem at either level', () => {
    assert.deepEqual(planIssues(completePlan(), 'draft'), []);
    assert.deepEqual(planIssues(completePlan(), 'submit'), []);
  });

  it('the title is required even to save a draft, and at most 300 characters after collapsing spaces', () => {
    assert.deepEqual(checkTitle('   '), { key: 'proposal.validation.title_required' });
    assert.deepEqual(checkTitle('x'.repeat(301)), { key: 'proposal.validation.too_long', params: { max: 300 } });
    assert.equal(checkTitle(`${'x'.repeat(150)}     ${'y'.repeat(149)}`), null, 'inner spaces collapse to one, as cleanText does');
    const values = emptyPlanForm();
    assert.equal(saveBlocker(values), 'title', 'nothing is saved before there is a title');
    values.title = 'Đề xuất';
    assert.equal(saveBlocker(values), null, 'a titled but otherwise empty draft saves');
  });

  it('Art. 7: every one of the 14 sections is required to submit, none to save a draft', () => {
    const values = completePlan();
    values.contents.legalGap = '  \n ';
    values.contents.expectedEffectiveness = '';
    assert.deepEqual(paths(values, 'submit'), [
      'contents.legalGap:proposal.validation.section_required',
      'contents.expectedEffectiveness:proposal.validation.section_required',
    ]);
    assert.deepEqual(paths(values, 'draft'), []);
    const blank = emptyPlanForm();
    blank.title = 'Đề xuất';
    assert.equal(planIssues(blank, 'submit').filter((i) => i.step === 'sections').length, 14);
  });

  it('sections and justifications: at most 10 000 characters at both levels (the server would refuse the save)', () => {
    assert.equal(checkSection('ă'.repeat(LIMITS.text), 'draft'), null);
    assert.deepEqual(checkSection('ă'.repeat(LIMITS.text + 1), 'draft'), { key: 'proposal.validation.too_long', params: { max: 10_000 } });
    assert.deepEqual(checkConditionText('a'.repeat(10_001), 'draft'), { key: 'proposal.validation.too_long', params: { max: 10_000 } });
    const values = completePlan();
    values.contents.scope = 'x'.repeat(10_001);
    assert.equal(saveBlocker(values), 'invalid');
    assert.deepEqual(paths(values, 'draft'), ['contents.scope:proposal.validation.too_long']);
  });

  it('Art. 5(1): all four conditions must be ticked and justified to submit', () => {
    assert.deepEqual(checkConditionTick(false, 'submit'), { key: 'proposal.validation.condition_unchecked' });
    assert.equal(checkConditionTick(false, 'draft'), null);
    assert.deepEqual(checkConditionText(' ', 'submit'), { key: 'proposal.validation.condition_justification_required' });
    const values = completePlan();
    values.conditionChecks.urgentNeedWithoutHarm = false;
    values.conditions.promotesDecentralisationReformOrIt = '';
    assert.deepEqual(paths(values, 'submit'), [
      'conditionChecks.urgentNeedWithoutHarm:proposal.validation.condition_unchecked',
      'conditions.promotesDecentralisationReformOrIt:proposal.validation.condition_justification_required',
    ]);
    assert.deepEqual(issuesByStep(planIssues(values, 'submit')), { conditions: 2 });
  });

  it('Art. 4(2), Art. 6: the three declarations must all be made before submitting', () => {
    assert.deepEqual(checkDeclaration(false, 'submit'), { key: 'proposal.validation.declaration_required' });
    assert.deepEqual(checkDeclaration(undefined, 'submit'), { key: 'proposal.validation.declaration_required' });
    assert.equal(checkDeclaration(false, 'draft'), null);
    for (const key of DECLARATION_KEYS) {
      const values = completePlan();
      values.declarations[key] = false;
      assert.deepEqual(paths(values, 'submit'), [`declarations.${key}:proposal.validation.declaration_required`]);
    }
  });

  it('Art. 1: a pilot of a legal normative document cannot be submitted under Decree 73', () => {
    const values = completePlan();
    values.pilotsLegalNormativeDocument = true;
    assert.deepEqual(paths(values, 'submit'), ['pilotsLegalNormativeDocument:proposal.validation.pilots_out_of_scope']);
    assert.deepEqual(paths(values, 'draft'), []);
  });

  it('related parties: "none" must be chosen on purpose; declared rows need both a name and a relation', () => {
    assert.deepEqual(checkRelatedMode(null, [], 'submit'), { key: 'proposal.validation.related_mode_required' });
    assert.deepEqual(checkRelatedMode('some', [], 'submit'), { key: 'proposal.validation.related_rows_required' });
    assert.equal(checkRelatedMode('none', [], 'submit'), null);
    assert.equal(checkRelatedMode(null, [], 'draft'), null);
    assert.deepEqual(
      checkRelatedMode(
        'some',
        Array.from({ length: 101 }, () => ({})),
        'draft',
      ),
      {
        key: 'proposal.validation.too_many',
        params: { max: 100 },
      },
    );
    assert.deepEqual(checkPartyText('', 'submit', 'name'), { key: 'proposal.validation.related_name_required' });
    assert.deepEqual(checkPartyText('', 'submit', 'relation'), { key: 'proposal.validation.related_relation_required' });
    assert.deepEqual(checkPartyText('x'.repeat(201), 'draft', 'name'), { key: 'proposal.validation.too_long', params: { max: 200 } });

    const values = completePlan();
    values.relatedPartiesMode = 'some';
    values.relatedParties = [{ name: 'Công ty TNHH Hòa Sơn Số', relation: 'Em rể là giám đốc' }, { name: 'Nguyễn Văn Bình' }];
    assert.deepEqual(paths(values, 'submit'), ['relatedParties.1.relation:proposal.validation.related_relation_required']);
    assert.deepEqual(paths(values, 'draft'), [], 'a half-filled row is simply not sent while drafting');
    values.relatedParties[0]!.name = 'x'.repeat(201);
    assert.deepEqual(
      paths(values, 'draft'),
      ['relatedParties.0.name:proposal.validation.too_long'],
      'a complete row is sent, so its length counts',
    );
    values.relatedPartiesMode = 'none';
    assert.deepEqual(paths(values, 'submit'), [], 'rows left behind after answering "none" are ignored');
  });

  it('problems are listed in the order of the steps, each with its step', () => {
    const values = emptyPlanForm();
    const steps = [...new Set(planIssues(values, 'submit').map((i) => i.step))];
    assert.deepEqual(steps, ['general', 'sections', 'conditions', 'declarations']);
  });
});
