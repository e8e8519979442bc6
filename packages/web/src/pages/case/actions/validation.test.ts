import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  extentsFor,
  optionalText,
  requiredText,
  validateAcknowledged,
  validateAdjustChanges,
  validateAfterToday,
  validateAgencyRequests,
  validateCause,
  validateEncouragement,
  validateEvaluation,
  validateKpi,
  validateKpiActuals,
  validateMeetingDate,
  validateMoney,
  validateNotAfterToday,
  validateNumber,
  validateOverride,
  validateProtection,
  validateQuantity,
  validateScope,
  validateSpending,
  validateUpload,
} from './validation.ts';

const TODAY = '2026-03-10';
const AGENCY = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';

describe('action dialogs: what is checked before a step is sent', () => {
  it('ND73 Art. 8(1) override: written reasons and the acknowledged personal responsibility are both required', () => {
    assert.equal(validateOverride({ reasons: '', acknowledged: true }), 'validation.required');
    assert.equal(validateOverride({ reasons: '   ', acknowledged: true }), 'validation.required');
    assert.equal(
      validateOverride({ reasons: 'Cấp bách, lợi ích chung rõ ràng.', acknowledged: false }),
      'action.validation.acknowledge_required',
    );
    assert.equal(validateOverride({ reasons: 'Cấp bách, lợi ích chung rõ ràng.' }), 'action.validation.acknowledge_required');
    assert.equal(validateOverride({ reasons: 'x'.repeat(5_001), acknowledged: true }), 'validation.too_long');
    assert.equal(validateOverride({ reasons: 'Cấp bách, lợi ích chung rõ ràng.', acknowledged: true }), null);
    assert.equal(validateAcknowledged('true'), 'action.validation.acknowledge_required', 'only a ticked box counts');
  });

  it('texts: required ones cannot be blank, both respect the server limits', () => {
    assert.equal(requiredText(10)(' \u00a0 '), 'validation.required');
    assert.equal(requiredText(3)('abcd'), 'validation.too_long');
    assert.equal(requiredText(3)('abc'), null);
    assert.equal(optionalText(3)(undefined), null);
    assert.equal(optionalText(3)('abcd'), 'validation.too_long');
  });

  it('scope envelope: at least one objective and one area, pilot end after today, budget whole and not negative', () => {
    const good = {
      objectives: [{ text: 'Giảm thời gian cấp phép' }],
      areas: ['Phường Hòa Bình'],
      pilotEndDate: '2026-12-31',
      budgetCeiling: 0,
    };
    assert.equal(validateScope(good, TODAY), null);
    assert.equal(validateScope({ ...good, objectives: [{ text: '  ' }] }, TODAY), 'action.validation.objective_required');
    assert.equal(validateScope({ ...good, objectives: [] }, TODAY), 'action.validation.objective_required');
    assert.equal(validateScope({ ...good, areas: [''] }, TODAY), 'action.validation.area_required');
    assert.equal(validateScope({ ...good, pilotEndDate: TODAY }, TODAY), 'action.validation.after_today');
    assert.equal(validateScope({ ...good, pilotEndDate: '2026-03-09' }, TODAY), 'action.validation.after_today');
    assert.equal(validateScope({ ...good, pilotEndDate: null }, TODAY), 'validation.date_required');
    assert.equal(validateScope({ ...good, budgetCeiling: -1 }, TODAY), 'action.validation.not_negative');
    assert.equal(validateScope({ ...good, budgetCeiling: 1.5 }, TODAY), 'action.validation.whole_dong');
    assert.equal(validateScope({ ...good, budgetCeiling: null }, TODAY), 'action.validation.amount_required');
    assert.equal(
      validateScope({ ...good, kpis: [{ name: 'Hồ sơ trực tuyến', unit: '%', baseline: 10 }] }, TODAY),
      'action.validation.number_required',
      'a KPI needs its target',
    );
  });

  it('KPIs: name, unit, baseline and target; actuals are numbers or left empty', () => {
    assert.equal(validateKpi({ name: 'Tỷ lệ', unit: '%', baseline: 0, target: 80 }), null);
    assert.equal(validateKpi({ name: '', unit: '%', baseline: 0, target: 80 }), 'validation.required');
    assert.equal(validateKpi({ name: 'Tỷ lệ', unit: '', baseline: 0, target: 80 }), 'validation.required');
    assert.equal(validateKpi(undefined), 'action.validation.kpi_incomplete');
    assert.equal(validateKpiActuals({ K1: 42.5, K2: null, K3: undefined }), null);
    assert.equal(validateKpiActuals({ K1: Number.NaN }), 'action.validation.number');
    assert.equal(validateKpiActuals({ K1: '12' }), 'action.validation.number');
    assert.equal(validateNumber(-3.25), null, 'a KPI value may be negative (e.g. a reduction)');
    assert.equal(validateNumber(Number.POSITIVE_INFINITY), 'action.validation.number');
  });

  it('money, quantities and spending rows', () => {
    assert.equal(validateMoney(1_500_000), null);
    assert.equal(validateMoney(undefined, true), null);
    assert.equal(validateMoney(Number.MAX_SAFE_INTEGER + 2), 'action.validation.too_large');
    assert.equal(validateQuantity(-1), 'action.validation.not_negative');
    assert.equal(validateQuantity(2.5), null);
    assert.equal(validateSpending({ date: '2026-03-01', amount: 200_000 }), null);
    assert.equal(validateSpending({ date: '2026-03-01' }), 'action.validation.amount_required');
    assert.equal(validateSpending({ amount: 200_000 }), 'validation.date_required');
    assert.equal(validateSpending(undefined), 'action.validation.spending_incomplete');
  });

  it('dates: meeting not before the receipt, pilot end after today, actual end not after today', () => {
    assert.equal(validateMeetingDate('2026-03-05', '2026-03-06'), 'action.validation.meeting_before_receipt');
    assert.equal(validateMeetingDate('2026-03-06', '2026-03-06'), null);
    assert.equal(validateMeetingDate('06/03/2026', null), 'validation.date_required');
    assert.equal(validateAfterToday('2026-03-11', TODAY), null);
    assert.equal(validateNotAfterToday(TODAY, TODAY), null);
    assert.equal(validateNotAfterToday('2026-03-11', TODAY), 'action.validation.not_future');
  });

  it('adjusting the scope needs at least one change', () => {
    assert.equal(validateAdjustChanges({}), 'action.validation.change_required');
    assert.equal(
      validateAdjustChanges({ addAreas: ['  '], addObjectives: [{ text: '' }], kpiTargets: { K1: null } }),
      'action.validation.change_required',
    );
    assert.equal(validateAdjustChanges({ pilotEndDate: '2026-12-31' }), null);
    assert.equal(validateAdjustChanges({ budgetCeiling: 0 }), null, 'lowering the ceiling to zero is a change');
    assert.equal(validateAdjustChanges({ removeAreas: ['Xã A'] }), null);
    assert.equal(validateAdjustChanges({ kpiTargets: { K1: 90 } }), null);
  });

  it('ND73 Art. 11(4), 18 evaluation: extent matches the outcome, three findings and complete causes when not completed', () => {
    assert.deepEqual(extentsFor('completed'), ['full']);
    assert.deepEqual(extentsFor('notCompletedWithDamage'), ['partly', 'not']);
    assert.equal(validateEvaluation({}), 'action.validation.outcome_required');
    assert.equal(validateEvaluation({ outcome: 'completed', extent: 'full', causes: [] }), null);
    assert.equal(validateEvaluation({ outcome: 'completed', extent: 'partly' }), 'action.validation.extent_mismatch');
    const findings = { followedApprovedLine: true, pureMotive: true, commonInterest: false };
    const cause = { kind: 'objective' as const, description: 'Thiên tai', attributedTo: 'Yếu tố khách quan' };
    assert.equal(
      validateEvaluation({ outcome: 'notCompletedNoDamage', extent: 'full', findings, causes: [cause] }),
      'action.validation.extent_mismatch',
    );
    assert.equal(
      validateEvaluation({ outcome: 'notCompletedNoDamage', extent: 'partly', findings: { pureMotive: true }, causes: [cause] }),
      'action.validation.findings_required',
    );
    assert.equal(
      validateEvaluation({ outcome: 'notCompletedNoDamage', extent: 'partly', findings, causes: [] }),
      'action.validation.causes_required',
    );
    assert.equal(
      validateEvaluation({ outcome: 'notCompletedWithDamage', extent: 'not', findings, causes: [{ ...cause, attributedTo: ' ' }] }),
      'action.validation.cause_incomplete',
    );
    assert.equal(validateEvaluation({ outcome: 'notCompletedWithDamage', extent: 'not', findings, causes: [cause] }), null);
    assert.equal(validateCause({ description: 'x', attributedTo: 'y' }), 'action.validation.cause_incomplete', 'the kind is required');
    assert.equal(validateCause({ ...cause, description: 'x'.repeat(2_001) }), 'validation.too_long');
  });

  it('ND73 Art. 11 protection: a departure names another protection with written reasons; abuse is described', () => {
    assert.equal(validateProtection({}, 'noLiability'), 'validation.select_required');
    assert.equal(validateProtection({ decision: 'confirm' }, 'noLiability'), null);
    assert.equal(validateProtection({ decision: 'depart' }, 'liabilityExcluded'), 'action.validation.protection_required');
    assert.equal(
      validateProtection({ decision: 'depart', protection: 'liabilityExcluded', departureReasons: 'Lý do' }, 'liabilityExcluded'),
      'action.validation.departure_same',
    );
    assert.equal(
      validateProtection({ decision: 'depart', protection: 'notProtected', departureReasons: ' ' }, 'liabilityExcluded'),
      'action.validation.departure_reasons_required',
    );
    assert.equal(
      validateProtection({ decision: 'depart', protection: 'notProtected', departureReasons: 'Vượt phạm vi.' }, 'liabilityExcluded'),
      null,
    );
    assert.equal(validateProtection({ decision: 'confirm', abuse: true }, 'notProtected'), 'action.validation.abuse_description_required');
    assert.equal(validateProtection({ decision: 'confirm', abuse: true, abuseDescription: 'Trục lợi.' }, 'notProtected'), null);
  });

  it("ND73 Art. 10 encouragement: core's rule, a named beneficiary, purposes for a personnel priority", () => {
    const person = { beneficiaryKind: 'individual' as const, beneficiaryPersonId: AGENCY };
    assert.equal(validateEncouragement({ ...person, kind: 'commendation' }, 'completed'), null);
    assert.equal(validateEncouragement({ ...person, kind: 'commendation' }, 'notCompletedNoDamage'), 'action.validation.not_completed');
    assert.equal(
      validateEncouragement({ beneficiaryKind: 'individual', kind: 'reward' }, 'completed'),
      'action.validation.beneficiary_required',
    );
    assert.equal(validateEncouragement({ ...person, kind: 'personnelPriority' }, 'completed'), 'action.validation.purpose_required');
    assert.equal(validateEncouragement({ ...person, kind: 'personnelPriority', personnelPurposes: ['appointment'] }, 'completed'), null);
    assert.equal(
      validateEncouragement({ beneficiaryKind: 'organisation', beneficiaryOrganisationId: OTHER, kind: 'earlySalaryStep' }, 'completed'),
      'action.validation.individual_only',
    );
    assert.equal(validateEncouragement({ ...person, kind: 'earlySalaryStep' }, 'completed'), null, 'the 12 months are fixed by Art. 10');
    assert.equal(validateEncouragement({ ...person }, 'completed'), 'validation.select_required');
  });

  it('ND73 Art. 8(2) consultation: at least one agency, each once, not the deciding agency, due date not past', () => {
    assert.equal(validateAgencyRequests([], OTHER, TODAY), 'action.validation.agency_required');
    assert.equal(validateAgencyRequests([{}], OTHER, TODAY), 'action.validation.agency_required');
    assert.equal(validateAgencyRequests([{ agencyId: AGENCY }], AGENCY, TODAY), 'action.validation.agency_is_decider');
    assert.equal(validateAgencyRequests([{ agencyId: AGENCY }, { agencyId: AGENCY }], OTHER, TODAY), 'action.validation.agency_duplicate');
    assert.equal(validateAgencyRequests([{ agencyId: AGENCY, dueOn: '2026-03-09' }], OTHER, TODAY), 'action.validation.due_in_past');
    assert.equal(validateAgencyRequests([{ agencyId: AGENCY, dueOn: TODAY }, { agencyId: OTHER }], null, TODAY), null);
  });

  it('attached files: none is fine, an empty or oversize one is not', () => {
    assert.equal(validateUpload(null), null);
    assert.equal(validateUpload({ size: 0 }), 'validation.file_empty');
    assert.equal(validateUpload({ size: 11 }, 10), 'validation.file_too_large');
    assert.equal(validateUpload({ size: 10 }, 10), null);
  });
});
