import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nd73Profile } from '@khien/core/procedure';
import {
  changedParameters,
  fieldOfPath,
  fieldsOfVariantProblem,
  initialVariantValues,
  legalBasisFrom,
  suggestVariantId,
  validateParameterValue,
  validateVariantForm,
  validateVariantId,
  variantRequestFrom,
  type VariantFormValues,
} from './variant-form.ts';

const ORG = '7affe425-998e-4e2a-bea4-e218edebd8f4';

function filled(overrides: Partial<VariantFormValues> = {}): VariantFormValues {
  const start = initialVariantValues(nd73Profile);
  return {
    ...start,
    organisationId: ORG,
    id: 'nd73-2023-hoa-son',
    version: 1,
    parameters: { ...start.parameters, wideScopeWorkingDays: 10 },
    legal: {
      document: 'Quyết định số 15/2026/QĐ-UBND',
      issuedOn: '2026-03-05',
      issuer: 'Ủy ban nhân dân tỉnh Hòa Sơn',
      summary: 'về việc quy định thời hạn xem xét đề xuất đổi mới, sáng tạo',
      summaryEn: '',
    },
    ...overrides,
  };
}

describe('local variant form ⇄ POST /procedures/variants (ND73 [U] parameters only)', () => {
  it('starts from the current values of the configurable parameters only', () => {
    const values = initialVariantValues(nd73Profile);
    assert.equal(values.parameters!['wideScopeWorkingDays'], 15);
    assert.equal(values.parameters!['partyOpinionWorkingDays'], null);
    assert.ok(!('approvalWorkingDays' in values.parameters!), 'Art. 8(1) 7 working days is fixed ([C])');
    assert.equal(values.version, 1);
  });

  it('sends only the parameters that changed, with the legal basis composed from number, date and issuer', () => {
    const body = variantRequestFrom(nd73Profile, filled());
    assert.deepEqual(body, {
      baseId: 'nd73-2023',
      baseVersion: 1,
      id: 'nd73-2023-hoa-son',
      version: 1,
      organisationId: ORG,
      parameterOverrides: { wideScopeWorkingDays: 10 },
      legalBasis: {
        citation: 'Quyết định số 15/2026/QĐ-UBND (5/3/2026)',
        title: {
          vi: 'Quyết định số 15/2026/QĐ-UBND ngày 5/3/2026 của Ủy ban nhân dân tỉnh Hòa Sơn về việc quy định thời hạn xem xét đề xuất đổi mới, sáng tạo',
          en: 'Quyết định số 15/2026/QĐ-UBND ngày 5/3/2026 của Ủy ban nhân dân tỉnh Hòa Sơn về việc quy định thời hạn xem xét đề xuất đổi mới, sáng tạo',
        },
      },
    });
  });

  it('uses the English summary when given, and cleans spaces', () => {
    const basis = legalBasisFrom({
      document: '  Quyết định   số 1/QĐ-UBND ',
      issuedOn: '2026-12-31',
      issuer: 'UBND tỉnh',
      summary: 'về việc',
      summaryEn: 'on limits',
    });
    assert.equal(basis.citation, 'Quyết định số 1/QĐ-UBND (31/12/2026)');
    assert.equal(basis.title.en, 'Quyết định số 1/QĐ-UBND of 31/12/2026 (UBND tỉnh) on limits');
  });

  it('clearing a time limit sends null (the timer is switched off); switching a flag sends false', () => {
    const values = filled({
      parameters: { ...initialVariantValues(nd73Profile).parameters, relatedAgencyOpinionWorkingDays: null, allowEscalation: false },
    });
    assert.deepEqual(changedParameters(nd73Profile, values.parameters), { relatedAgencyOpinionWorkingDays: null, allowEscalation: false });
  });

  it('never sends a confirmed ([C]) parameter even if the values carry one', () => {
    assert.deepEqual(changedParameters(nd73Profile, { approvalWorkingDays: 3, wideScopeWorkingDays: 12 }), { wideScopeWorkingDays: 12 });
  });

  it('suggests a kebab-case id from the base and the organisation code', () => {
    assert.equal(suggestVariantId('nd73-2023', 'HS-SKHCN'), 'nd73-2023-hs-skhcn');
    assert.equal(suggestVariantId('nd73-2023', 'Sở Nội vụ'), 'nd73-2023-so-noi-vu');
    assert.equal(suggestVariantId('nd73-2023', ''), 'nd73-2023');
    assert.ok(suggestVariantId('nd73-2023', 'x'.repeat(80)).length <= 60);
  });
});

describe('local variant form validation (mirrors the server and core deriveVariant)', () => {
  it('a complete form has no problems', () => {
    assert.deepEqual(validateVariantForm(nd73Profile, filled(), []), []);
  });

  it('names each missing field: organisation, id, legal basis parts', () => {
    const problems = validateVariantForm(
      nd73Profile,
      filled({ organisationId: null, id: '', legal: { document: '', issuedOn: null, issuer: ' ', summary: '' } }),
      [],
    );
    assert.deepEqual(
      problems.map((p) => [p.name.join('.'), p.key]),
      [
        ['organisationId', 'procedure.validation.organisation_required'],
        ['id', 'procedure.validation.id_required'],
        ['legal.document', 'procedure.validation.document_required'],
        ['legal.issuedOn', 'procedure.validation.issued_on_required'],
        ['legal.issuer', 'procedure.validation.issuer_required'],
        ['legal.summary', 'procedure.validation.summary_required'],
      ],
    );
  });

  it('the id is kebab-case like the server requires, and id@version must be free', () => {
    assert.equal(validateVariantId('Hoa Son'), 'procedure.validation.id_format');
    assert.equal(validateVariantId('hoa-son-'), 'procedure.validation.id_format');
    assert.equal(validateVariantId('hoa-son-2026'), null);
    const taken = validateVariantForm(nd73Profile, filled(), [{ id: 'nd73-2023-hoa-son', version: 1 }]);
    assert.deepEqual(taken, [{ name: ['id'], key: 'procedure.validation.id_taken', params: { id: 'nd73-2023-hoa-son@1' } }]);
    assert.deepEqual(validateVariantForm(nd73Profile, filled({ version: 2 }), [{ id: 'nd73-2023-hoa-son', version: 1 }]), []);
  });

  it('refuses a variant that changes nothing', () => {
    const problems = validateVariantForm(nd73Profile, filled({ parameters: initialVariantValues(nd73Profile).parameters }), []);
    assert.deepEqual(problems, [{ name: ['parameters'], key: 'procedure.validation.nothing_changed' }]);
  });

  it('time limits are positive whole numbers of days; choices come from the allowed list', () => {
    const days = validateParameterValue({ unit: 'workingDays', status: 'configurable' });
    assert.equal(days(0), 'procedure.validation.days_format');
    assert.equal(days(2.5), 'procedure.validation.days_format');
    assert.equal(days(null), null);
    assert.equal(days(3), null);
    const tie = validateParameterValue({ unit: 'choice', allowed: ['equalForAndAgainst', 'halfOfEntitled'], status: 'configurable' });
    assert.equal(tie('halfOfEntitled'), null);
    assert.equal(tie('coinToss'), 'procedure.validation.choice_required');
    const problems = validateVariantForm(
      nd73Profile,
      filled({ parameters: { ...initialVariantValues(nd73Profile).parameters, wideScopeWorkingDays: -1 } }),
      [],
    );
    assert.deepEqual(problems, [{ name: ['parameters', 'wideScopeWorkingDays'], key: 'procedure.validation.days_format' }]);
  });

  it('core refuses a limit shorter than its reminder: the problem lands on that parameter', () => {
    const problems = validateVariantForm(
      nd73Profile,
      filled({ parameters: { ...initialVariantValues(nd73Profile).parameters, wideScopeWorkingDays: 1 } }),
      [],
    );
    assert.equal(problems.length, 1);
    assert.deepEqual(problems[0]!.name, ['parameters', 'wideScopeWorkingDays']);
    assert.equal(problems[0]!.key, 'procedure.validation.definition_problem');
    assert.match(String(problems[0]!.params?.['detail']), /reminder 3 is not before a limit of 1/);
  });
});

describe("the server's refusals on the right fields", () => {
  it('400 paths map to the form fields', () => {
    assert.deepEqual(fieldOfPath('body.legalBasis.citation'), ['legal', 'document']);
    assert.deepEqual(fieldOfPath('body.legalBasis.title.vi'), ['legal', 'summary']);
    assert.deepEqual(fieldOfPath('body.legalBasis.title.en'), ['legal', 'summaryEn']);
    assert.deepEqual(fieldOfPath('body.parameterOverrides.tieRule'), ['parameters', 'tieRule']);
    assert.deepEqual(fieldOfPath('body.id'), ['id']);
    assert.equal(fieldOfPath('body.somethingElse'), null);
  });

  it('422 parameter_not_configurable names the parameter; invalid_definition a timer whose limit it is', () => {
    const notConfigurable = {
      code: 'procedure.parameter_not_configurable',
      messages: { vi: 'Tham số "approvalWorkingDays" do ND73/2023 Art. 8(1) quy định', en: 'fixed' },
      details: { problems: [{ code: 'parameter_not_configurable', parameter: 'approvalWorkingDays', message: 'fixed' }] },
    };
    assert.deepEqual(fieldsOfVariantProblem(nd73Profile, notConfigurable), [
      { name: ['parameters', 'approvalWorkingDays'], key: 'procedure.parameter_not_configurable' },
    ]);
    const timerIndex = nd73Profile.timers.findIndex((t) => t.duration.parameter === 'wideScopeWorkingDays');
    const invalid = {
      code: 'procedure.invalid_definition',
      messages: { vi: 'Định nghĩa quy trình không hợp lệ (1 lỗi).', en: 'Invalid procedure definition (1 problems).' },
      details: {
        problems: [
          {
            code: 'reminder_out_of_range',
            path: `timers[${timerIndex}] (x).remindersBefore[0]`,
            message: 'reminder 3 is not before a limit of 1',
          },
        ],
      },
    };
    assert.deepEqual(fieldsOfVariantProblem(nd73Profile, invalid), [
      {
        name: ['parameters', 'wideScopeWorkingDays'],
        key: 'procedure.invalid_definition',
        params: { detail: 'reminder 3 is not before a limit of 1' },
      },
    ]);
  });

  it('409 already_exists goes on the id; a problem without fields on none', () => {
    assert.deepEqual(fieldsOfVariantProblem(nd73Profile, { code: 'procedure.already_exists', messages: { vi: 'đã có', en: 'exists' } }), [
      { name: ['id'], key: 'procedure.already_exists' },
    ]);
    const invalid = {
      code: 'request.invalid',
      messages: { vi: 'x', en: 'x' },
      errors: [{ path: 'body.legalBasis.citation', message: 'must not be empty' }],
    };
    assert.deepEqual(fieldsOfVariantProblem(nd73Profile, invalid), [
      { name: ['legal', 'document'], key: 'procedure.validation.server_refused', params: { detail: 'must not be empty' } },
    ]);
    assert.deepEqual(fieldsOfVariantProblem(nd73Profile, { code: 'internal', messages: { vi: 'lỗi', en: 'error' } }), []);
    assert.deepEqual(fieldsOfVariantProblem(nd73Profile, null), []);
  });
});
