/**
 * The implementer's reports: periodic progress (KPI actuals against the approved scope,
 * spending, where and on which objectives work ran, evidence) and the completion report
 * (ND73 Art. 18: within 05 working days of finishing); and the incidents and inspections
 * recorded while the pilot runs.
 */
import { AutoComplete, Checkbox, Form, Radio, Select } from 'antd';
import type { ScopeEnvelope } from '@khien/core/procedure/scope-conformance';
import { formatNumber } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { ruleFrom } from '../../../validation/antd-rule.ts';
import { completionBody, envelopeNow, progressBody, type CompletionValues, type ProgressValues } from './bodies.ts';
import { AddButton, DateItem, Group, Hint, MoneyInput, NumberInput, RemoveButton, TextItem, TimeLimits } from './parts.tsx';
import { defineForm, type FieldsProps } from './types.ts';
import {
  LIMITS,
  optionalText,
  requiredText,
  textOrNull,
  validateChoice,
  validateDate,
  validateKpiActuals,
  validateMoney,
  validateNotAfterToday,
  validateNumber,
  validateSpending,
  type SpendingValues,
} from './validation.ts';

/** One field per KPI of the scope in force; blank = not measured this time. */
export function KpiActuals({ envelope }: { envelope: ScopeEnvelope | null }) {
  const { t, locale } = useI18n();
  if (!envelope || envelope.kpis.length === 0) return <Hint>{t('action.report.no_kpis')}</Hint>;
  return (
    <Group title={t('action.report.kpis')}>
      {envelope.kpis.map((kpi) => (
        <Form.Item
          key={kpi.id}
          name={['kpi', kpi.id]}
          label={t('action.report.kpi_actual', { name: kpi.name, unit: kpi.unit })}
          extra={t('action.report.kpi_target', {
            baseline: formatNumber(kpi.baseline, locale),
            target: formatNumber(kpi.target, locale),
            unit: kpi.unit,
          })}
          rules={[ruleFrom((v) => validateNumber(v, true), t)]}
        >
          <NumberInput />
        </Form.Item>
      ))}
    </Group>
  );
}

export function SpendingList() {
  const { t } = useI18n();
  return (
    <Group title={t('action.report.spending')}>
      <Form.List name="spending">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Group
                key={field.key}
                title={t('action.report.spending_row', { n: index + 1 })}
                extra={<RemoveButton onClick={() => remove(field.name)} label={t('action.report.spending_remove', { n: index + 1 })} />}
              >
                <DateItem
                  name={[field.name, 'date']}
                  label={t('action.report.spending_date', { n: index + 1 })}
                  required
                  check={validateDate}
                />
                <Form.Item
                  name={[field.name, 'amount']}
                  label={t('action.report.spending_amount', { n: index + 1 })}
                  required
                  rules={[ruleFrom((v) => validateMoney(v), t)]}
                >
                  <MoneyInput />
                </Form.Item>
                <TextItem
                  name={[field.name, 'description']}
                  label={t('action.report.spending_description', { n: index + 1 })}
                  check={optionalText(LIMITS.spendingDescription)}
                />
              </Group>
            ))}
            <div style={{ marginBottom: 16 }}>
              <AddButton onClick={() => add({})} label={t('action.report.spending_add')} />
            </div>
          </>
        )}
      </Form.List>
    </Group>
  );
}

function WorkedAreas({ envelope, today }: { envelope: ScopeEnvelope | null; today: string }) {
  const { t } = useI18n();
  return (
    <Group title={t('action.report.areas')}>
      <Hint>{t('action.report.areas_note')}</Hint>
      <Form.List name="areas">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Group
                key={field.key}
                title={t('action.report.area_row', { n: index + 1 })}
                extra={<RemoveButton onClick={() => remove(field.name)} label={t('action.report.area_remove', { n: index + 1 })} />}
              >
                <Form.Item
                  name={[field.name, 'areaId']}
                  label={t('action.report.area', { n: index + 1 })}
                  required
                  rules={[ruleFrom(requiredText(LIMITS.area), t)]}
                >
                  <AutoComplete options={(envelope?.areas ?? []).map((a) => ({ value: a }))} />
                </Form.Item>
                <DateItem
                  name={[field.name, 'since']}
                  label={t('action.report.since', { n: index + 1 })}
                  required
                  check={(v) => validateNotAfterToday(v, today)}
                />
              </Group>
            ))}
            <div style={{ marginBottom: 16 }}>
              <AddButton onClick={() => add({})} label={t('action.report.area_add')} />
            </div>
          </>
        )}
      </Form.List>
      <Form.List name="objectives">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Group
                key={field.key}
                title={t('action.report.objective_row', { n: index + 1 })}
                extra={<RemoveButton onClick={() => remove(field.name)} label={t('action.report.objective_remove', { n: index + 1 })} />}
              >
                <Form.Item
                  name={[field.name, 'objectiveId']}
                  label={t('action.report.objective', { n: index + 1 })}
                  required
                  rules={[ruleFrom(validateChoice, t)]}
                >
                  <Select options={(envelope?.objectives ?? []).map((o) => ({ value: o.id, label: `${o.id}. ${o.text}` }))} />
                </Form.Item>
                <DateItem
                  name={[field.name, 'since']}
                  label={t('action.report.objective_since', { n: index + 1 })}
                  required
                  check={(v) => validateNotAfterToday(v, today)}
                />
              </Group>
            ))}
            <div style={{ marginBottom: 16 }}>
              <AddButton onClick={() => add({})} label={t('action.report.objective_add')} />
            </div>
          </>
        )}
      </Form.List>
    </Group>
  );
}

function ProgressFields({ proposal, today }: FieldsProps) {
  const { t } = useI18n();
  const envelope = envelopeNow(proposal);
  return (
    <>
      <TimeLimits proposal={proposal} timerIds={['progressReport']} />
      <DateItem name="periodEnd" label={t('action.report.period_end')} required check={validateDate} />
      <KpiActuals envelope={envelope} />
      <SpendingList />
      <WorkedAreas envelope={envelope} today={today} />
      <TextItem name="narrative" label={t('action.report.narrative')} check={optionalText(LIMITS.narrative)} rows={4} />
    </>
  );
}

function spendingProblem(values: { kpi?: Record<string, unknown>; spending?: Array<SpendingValues | undefined> }) {
  return validateKpiActuals(values.kpi) ?? (values.spending ?? []).map(validateSpending).find((k) => k !== null) ?? null;
}

export const fileProgressReportForm = defineForm({
  path: '/api/v1/proposals/{id}/file-progress-report',
  ok: 'action.ok.progress_report',
  Fields: ProgressFields,
  wide: true,
  initialValues: (_proposal, today) => ({ periodEnd: today, spending: [], areas: [], objectives: [] }),
  validate: (values: ProgressValues) => spendingProblem(values),
  toBody: (values: ProgressValues, { attachmentIds }) => progressBody(values, attachmentIds),
});

function CompletionFields({ proposal, today }: FieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <TimeLimits proposal={proposal} timerIds={['completionReportAfterPilotEnd', 'completionReportAfterTermination']} />
      <DateItem
        name="actualEndDate"
        label={t('action.completion.end')}
        required
        check={(v) => validateNotAfterToday(v, today)}
        disabledDate={(iso) => iso > today}
      />
      <TextItem name="results" label={t('action.completion.results')} required check={requiredText(LIMITS.results)} rows={5} />
      <KpiActuals envelope={envelopeNow(proposal)} />
      <SpendingList />
      <TextItem name="deviations" label={t('action.completion.deviations')} check={optionalText(LIMITS.deviations)} rows={3} />
    </>
  );
}

export const reportCompletionForm = defineForm({
  path: '/api/v1/proposals/{id}/report-completion',
  ok: 'action.ok.completion_report',
  Fields: CompletionFields,
  wide: true,
  initialValues: (_proposal, today) => ({ actualEndDate: today, spending: [] }),
  validate: (values: CompletionValues) => spendingProblem(values),
  toBody: (values: CompletionValues) => completionBody(values),
});

interface IncidentValues {
  occurredOn?: string;
  severity?: 'low' | 'medium' | 'high';
  description?: string;
  safeguardId?: string | null;
  damage?: boolean;
}

function IncidentFields({ proposal, today }: FieldsProps) {
  const { t } = useI18n();
  const envelope = envelopeNow(proposal);
  return (
    <>
      <DateItem
        name="occurredOn"
        label={t('action.incident.date')}
        required
        check={(v) => validateNotAfterToday(v, today)}
        disabledDate={(iso) => iso > today}
      />
      <Form.Item name="severity" label={t('action.incident.severity')} required rules={[ruleFrom(validateChoice, t)]}>
        <Radio.Group
          aria-label={t('action.incident.severity')}
          options={[
            { value: 'low', label: t('action.incident.severity.low') },
            { value: 'medium', label: t('action.incident.severity.medium') },
            { value: 'high', label: t('action.incident.severity.high') },
          ]}
        />
      </Form.Item>
      <TextItem name="description" label={t('action.incident.description')} required check={requiredText(LIMITS.incident)} rows={4} />
      <Form.Item name="safeguardId" label={t('action.incident.safeguard')} extra={t('action.incident.safeguard_hint')}>
        <Select allowClear options={(envelope?.safeguards ?? []).map((s) => ({ value: s.id, label: `${s.id}. ${s.text}` }))} />
      </Form.Item>
      <Form.Item name="damage" valuePropName="checked">
        <Checkbox>{t('action.incident.damage')}</Checkbox>
      </Form.Item>
    </>
  );
}

export const recordIncidentForm = defineForm({
  path: '/api/v1/proposals/{id}/record-incident',
  ok: 'action.ok.incident',
  Fields: IncidentFields,
  initialValues: (_proposal, today) => ({ occurredOn: today, damage: false }),
  toBody: (values: IncidentValues) => ({
    occurredOn: values.occurredOn ?? '',
    severity: values.severity ?? 'low',
    description: values.description ?? '',
    safeguardId: values.safeguardId ?? null,
    damage: values.damage === true,
  }),
});

function InspectionFields({ today }: FieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <DateItem
        name="inspectedOn"
        label={t('action.inspection.date')}
        required
        check={(v) => validateNotAfterToday(v, today)}
        disabledDate={(iso) => iso > today}
      />
      <TextItem name="findings" label={t('action.inspection.findings')} required check={requiredText(LIMITS.findings)} rows={5} />
    </>
  );
}

export const recordInspectionForm = defineForm({
  path: '/api/v1/proposals/{id}/record-inspection',
  ok: 'action.ok.inspection',
  Fields: InspectionFields,
  initialValues: (_proposal, today) => ({ inspectedOn: today }),
  toBody: (values: { inspectedOn?: string; findings?: string }) => ({
    inspectedOn: values.inspectedOn ?? '',
    findings: textOrNull(values.findings) ?? '',
  }),
});
