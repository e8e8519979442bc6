import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import {
  adjustBody,
  completionBody,
  encouragementBody,
  envelopeNow,
  evaluationBody,
  genericBody,
  overrideBody,
  progressBody,
  protectionBody,
  reasonsBody,
  resourcesBody,
  scopeBody,
} from './bodies.ts';
import { addedAttachmentId, commandPathOf } from './command.ts';
import type { Proposal } from './types.ts';

// The committed OpenAPI document the server serves: each body must fit its route's schema.
const openapi = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../../../../docs/api/openapi.json'), 'utf8')) as {
  paths: Record<string, { post?: { requestBody?: { content: { 'application/json': { schema: Schema } } } } }>;
};

interface Schema {
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean;
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  anyOf?: Schema[];
  minimum?: number;
  maximum?: number;
  pattern?: string;
}

/** The subset of JSON Schema the generated document uses; returns the paths that do not fit. */
function problems(schema: Schema, value: unknown, at = 'body'): string[] {
  if (schema.anyOf) return schema.anyOf.some((s) => problems(s, value, at).length === 0) ? [] : [`${at}: matches no alternative`];
  const out: string[] = [];
  const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  const typeOf = (v: unknown) =>
    v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v === 'number' ? 'number' : typeof v;
  if (types.length && !types.some((t) => t === typeOf(value) || (t === 'number' && typeOf(value) === 'integer'))) {
    return [`${at}: ${typeOf(value)} is not ${types.join('|')}`];
  }
  if (schema.enum && !schema.enum.includes(value)) out.push(`${at}: ${String(value)} not in enum`);
  if (typeof value === 'string' && schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) out.push(`${at}: pattern`);
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) out.push(`${at}: below minimum`);
    if (schema.maximum !== undefined && value > schema.maximum) out.push(`${at}: above maximum`);
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) out.push(`${at}: too few items`);
    if (schema.maxItems !== undefined && value.length > schema.maxItems) out.push(`${at}: too many items`);
    if (schema.items) value.forEach((item, i) => out.push(...problems(schema.items!, item, `${at}[${i}]`)));
  }
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    for (const name of schema.required ?? []) if (!(name in object)) out.push(`${at}.${name}: missing`);
    for (const [name, item] of Object.entries(object)) {
      const property = schema.properties?.[name];
      if (!property) {
        if (schema.additionalProperties === false) out.push(`${at}.${name}: not allowed`);
        continue;
      }
      if (item !== undefined) out.push(...problems(property, item, `${at}.${name}`));
    }
  }
  return out;
}

function assertFits(route: string, body: unknown) {
  const schema = openapi.paths[route]?.post?.requestBody?.content['application/json'].schema;
  assert.ok(schema, `no request body schema for ${route}`);
  assert.deepEqual(problems(schema, body), [], `${route} body does not fit the OpenAPI schema`);
}

describe('action dialogs: form values become exactly the request bodies of the API', () => {
  it('the schema check itself refuses a wrong body (so the checks below can fail)', () => {
    const schema = openapi.paths['/api/v1/proposals/{id}/decide-override']!.post!.requestBody!.content['application/json'].schema;
    assert.notDeepEqual(problems(schema, { reasons: 'x', personalResponsibilityAcknowledged: false }), []);
    assert.notDeepEqual(problems(schema, { reasons: 'x', personalResponsibilityAcknowledged: true, extra: 1 }), []);
    assert.notDeepEqual(problems(schema, { personalResponsibilityAcknowledged: true }), []);
  });

  it('ND73 Art. 8(1) override: reasons and personalResponsibilityAcknowledged: true, never without the acknowledgement', () => {
    const body = overrideBody({ reasons: '  Cấp bách  ', acknowledged: true, documentNumber: '' });
    assert.deepEqual(body, { reasons: 'Cấp bách', personalResponsibilityAcknowledged: true, documentNumber: null });
    assertFits('/api/v1/proposals/{id}/decide-override', body);
    assert.throws(() => overrideBody({ reasons: 'Cấp bách', acknowledged: false }));
  });

  it('written decisions: reasons trimmed, an empty document number is null', () => {
    const body = reasonsBody({ reasons: ' Chờ thẩm định an toàn ', documentNumber: ' 15/QĐ-SKHCN ' });
    assert.deepEqual(body, { reasons: 'Chờ thẩm định an toàn', documentNumber: '15/QĐ-SKHCN' });
    for (const route of ['suspend', 'resume', 'terminate', 'decide-rejection', 'return-for-revision', 'escalate']) {
      assertFits(`/api/v1/proposals/{id}/${route}`, body);
    }
  });

  it('scope envelope: blank rows are dropped, KPIs keep baseline, target and unit', () => {
    const body = scopeBody({
      objectives: [{ text: ' Giảm 50% thời gian ' }, { text: '' }, undefined],
      areas: ['Phường Hòa Bình', ' ', undefined],
      pilotEndDate: '2026-12-31',
      budgetCeiling: 1_500_000_000,
      safeguards: [{ text: 'Lưu song song hồ sơ giấy' }],
      kpis: [{ name: 'Hồ sơ trực tuyến', unit: '%', baseline: 12.5, target: 80 }, { name: '' }],
      documentNumber: '',
    });
    assert.deepEqual(body.objectives, [{ text: 'Giảm 50% thời gian' }]);
    assert.deepEqual(body.areas, ['Phường Hòa Bình']);
    assert.deepEqual(body.kpis, [{ name: 'Hồ sơ trực tuyến', unit: '%', baseline: 12.5, target: 80 }]);
    assertFits('/api/v1/proposals/{id}/approve-scope', body);
  });

  it('resources: kinds, quantities and amounts as numbers or null', () => {
    const body = resourcesBody({
      resources: [
        { kind: 'funds', description: 'Kinh phí thuê máy chủ', amount: 200_000_000 },
        { kind: 'people', description: '02 kỹ sư', quantity: 2 },
      ],
    });
    assert.deepEqual(body.resources[1], { kind: 'people', description: '02 kỹ sư', quantity: 2, amount: null });
    assertFits('/api/v1/proposals/{id}/assign-resources', body);
  });

  it('adjusting the scope sends only what changed', () => {
    const body = adjustBody({
      effectiveDate: '2026-04-01',
      reasons: 'Mở rộng địa bàn',
      addAreas: ['Xã Tân Lập', ''],
      removeAreas: [],
      addObjectives: [{ text: '' }],
      kpiTargets: { K1: 90, K2: null },
    });
    assert.deepEqual(body.changes, { addAreas: ['Xã Tân Lập'], kpiTargets: { K1: 90 } });
    assertFits('/api/v1/proposals/{id}/adjust-scope', body);
  });

  it('progress report: KPI actuals only for measured KPIs, spending rows, evidence ids', () => {
    const body = progressBody(
      {
        periodEnd: '2026-03-31',
        kpi: { K1: 35, K2: null, K3: 0 },
        spending: [{ date: '2026-03-15', amount: 12_000_000, description: '' }, undefined],
        areas: [
          { areaId: 'Phường Hòa Bình', since: '2026-03-01' },
          { areaId: '', since: null },
        ],
        objectives: [{ objectiveId: 'O1', since: '2026-03-01' }],
        narrative: ' ',
      },
      ['33333333-3333-4333-8333-333333333333'],
    );
    assert.deepEqual(body.kpiActuals, [
      { kpiId: 'K1', value: 35 },
      { kpiId: 'K3', value: 0 },
    ]);
    assert.deepEqual(body.spending, [{ date: '2026-03-15', amount: 12_000_000 }]);
    assert.equal(body.narrative, null);
    assert.equal(body.areas?.length, 1);
    assertFits('/api/v1/proposals/{id}/file-progress-report', body);
  });

  it('completion report', () => {
    const body = completionBody({
      actualEndDate: '2026-03-10',
      results: 'Đạt 4/5 chỉ tiêu',
      kpi: { K1: 82 },
      spending: [],
      deviations: '',
    });
    assert.deepEqual(body, {
      actualEndDate: '2026-03-10',
      results: 'Đạt 4/5 chỉ tiêu',
      kpiActuals: [{ kpiId: 'K1', value: 82 }],
      spending: [],
      deviations: null,
    });
    assertFits('/api/v1/proposals/{id}/report-completion', body);
  });

  it('evaluation: findings only for a not/partly completed outcome, causes as entered', () => {
    const completed = evaluationBody({ outcome: 'completed', extent: 'full', findings: { pureMotive: false }, causes: [] });
    assert.equal(completed.findings, null);
    assertFits('/api/v1/proposals/{id}/record-evaluation', completed);
    const failed = evaluationBody({
      outcome: 'notCompletedWithDamage',
      extent: 'partly',
      findings: { followedApprovedLine: true, pureMotive: true, commonInterest: true },
      causes: [{ kind: 'objective', description: ' Bão lũ ', attributedTo: 'Thiên tai' }],
      conclusion: 'Kết luận',
    });
    assert.deepEqual(failed.findings, { followedApprovedLine: true, pureMotive: true, commonInterest: true });
    assert.deepEqual(failed.causes, [{ kind: 'objective', description: 'Bão lũ', attributedTo: 'Thiên tai' }]);
    assertFits('/api/v1/proposals/{id}/record-evaluation', failed);
  });

  it('protection: confirm sends no departure; a departure carries the protection and reasons; abuse its description', () => {
    const confirm = protectionBody({
      decision: 'confirm',
      protection: 'notProtected',
      departureReasons: 'x',
      abuse: false,
      documentForm: 'notice',
    });
    assert.deepEqual(confirm, { confirmed: true, departure: null, abuse: false, abuseDescription: null, documentForm: 'notice' });
    assertFits('/api/v1/proposals/{id}/determine-protection', confirm);
    const depart = protectionBody({
      decision: 'depart',
      protection: 'notProtected',
      departureReasons: ' Vượt phạm vi ',
      abuse: true,
      abuseDescription: 'Trục lợi',
    });
    assert.deepEqual(depart.departure, { protection: 'notProtected', reasons: 'Vượt phạm vi' });
    assert.equal(depart.abuseDescription, 'Trục lợi');
    assertFits('/api/v1/proposals/{id}/determine-protection', depart);
  });

  it('encouragement: the beneficiary of the chosen kind, 12 months for the salary step, purposes only for a priority', () => {
    const salary = encouragementBody({
      kind: 'earlySalaryStep',
      beneficiaryKind: 'individual',
      beneficiaryPersonId: '44444444-4444-4444-8444-444444444444',
      beneficiaryOrganisationId: '55555555-5555-4555-8555-555555555555',
      personnelPurposes: ['rating'],
    });
    assert.equal(salary.earlySalaryStepMonths, 12);
    assert.equal(salary.beneficiaryOrganisationId, null);
    assert.deepEqual(salary.personnelPurposes, []);
    assertFits('/api/v1/proposals/{id}/record-encouragement', salary);
    const org = encouragementBody({
      kind: 'reward',
      beneficiaryKind: 'organisation',
      beneficiaryOrganisationId: '55555555-5555-4555-8555-555555555555',
      decision: '',
    });
    assert.equal(org.beneficiaryPersonId, null);
    assert.equal(org.decision, null);
    assertFits('/api/v1/proposals/{id}/record-encouragement', org);
  });

  it('a step without a dedicated dialog sends one value per declared input', () => {
    assert.deepEqual(genericBody([{ name: 'opinion' }, { name: 'note' }], { opinion: ' Đồng ý ', note: '', ignored: 'x' }), {
      opinion: 'Đồng ý',
      note: null,
    });
  });

  it('the scope in force applies the adjust decisions (core envelopeInForce)', () => {
    const proposal = {
      scope: {
        envelope: {
          objectives: [{ id: 'O1', text: 'A' }],
          areas: ['Xã A'],
          pilotEndDate: '2026-06-30',
          budgetCeiling: 100,
          safeguards: [],
          kpis: [{ id: 'K1', name: 'Tỷ lệ', baseline: 0, target: 50, unit: '%' }],
        },
      },
      decisions: [
        { id: 'd1', kind: 'adjust', details: { effectiveDate: '2026-04-01', changes: { addAreas: ['Xã B'], kpiTargets: { K1: 70 } } } },
        { id: 'd2', kind: 'approval', details: {} },
      ],
    } as unknown as Proposal;
    const envelope = envelopeNow(proposal)!;
    assert.deepEqual(envelope.areas, ['Xã A', 'Xã B']);
    assert.equal(envelope.kpis[0]!.target, 70);
    assert.equal(envelopeNow({ scope: null, decisions: [] } as unknown as Proposal), null);
  });

  it('commands go to the route the action names; the new attachment is the one not there before', () => {
    const id = '66666666-6666-4666-8666-666666666666';
    assert.equal(commandPathOf(`/proposals/${id}/record-vote`, id), '/api/v1/proposals/{id}/record-vote');
    assert.equal(commandPathOf(`/api/v1/proposals/${id}/decide-override`, id), '/api/v1/proposals/{id}/decide-override');
    const after = [
      { id: 'a1', fileName: 'cu.pdf' },
      { id: 'a2', fileName: 'Ý kiến chi bộ.pdf' },
    ];
    assert.equal(addedAttachmentId(['a1'], after, 'Ý kiến chi bộ.pdf'), 'a2');
    assert.equal(addedAttachmentId(['a1', 'a2'], after, 'Ý kiến chi bộ.pdf'), null);
  });
});
