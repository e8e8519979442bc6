/**
 * The approved scope envelope (what Art. 11 later protects): objectives, areas or units, pilot
 * end date, budget ceiling, safeguards and KPIs; resource support (Art. 10); and written
 * adjustments of the envelope from an effective date.
 */
import { Form, Select } from 'antd';
import type { ScopeEnvelope } from '@khien/core/procedure/scope-conformance';
import { formatDate, formatNumber } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import type { MessageKey } from '../../../i18n/messages.ts';
import { ruleFrom } from '../../../validation/antd-rule.ts';
import { adjustBody, envelopeNow, resourcesBody, scopeBody, type ResourceValues } from './bodies.ts';
import {
  AddButton,
  DateItem,
  DocumentNumberItem,
  Group,
  Hint,
  MoneyInput,
  NumberInput,
  ReasonsItem,
  RemoveButton,
  TextItem,
} from './parts.tsx';
import { defineForm, type FieldsProps } from './types.ts';
import {
  LIMITS,
  requiredText,
  validateAdjustChanges,
  validateAfterToday,
  validateAtLeastOne,
  validateChoice,
  validateDate,
  validateMoney,
  validateNumber,
  validateQuantity,
  validateScope,
  type AdjustValues,
  type ScopeValues,
} from './validation.ts';

interface TextListProps {
  name: string;
  /** "Mục tiêu {n}" */
  label: MessageKey;
  add: MessageKey;
  remove: MessageKey;
  /** Items are `{ text }` objects (objectives, safeguards) or plain strings (areas). */
  objects: boolean;
  max: number;
  /** At least one (the message when empty). */
  atLeastOne?: MessageKey;
  rows?: number;
}

/** A list of texts (objectives, areas, safeguards) with numbered, labelled rows. */
export function TextList({ name, label, add, remove, objects, max, atLeastOne, rows }: TextListProps) {
  const { t } = useI18n();
  return (
    <Form.List
      name={name}
      rules={
        atLeastOne
          ? [
              {
                validator: (_rule, list: unknown[] | undefined) => {
                  const key = validateAtLeastOne(list ?? [], atLeastOne);
                  return key ? Promise.reject(new Error(t(key))) : Promise.resolve();
                },
              },
            ]
          : undefined
      }
    >
      {(fields, { add: addRow, remove: removeRow }, { errors }) => (
        <>
          {fields.map((field, index) => (
            <div key={field.key} style={{ display: 'flex', gap: 4, alignItems: 'flex-start' }}>
              <div style={{ flex: 1, minWidth: 0 }}>
                <TextItem
                  name={objects ? [field.name, 'text'] : field.name}
                  label={t(label, { n: index + 1 })}
                  required
                  check={requiredText(max)}
                  rows={rows}
                />
              </div>
              <div style={{ paddingTop: 30 }}>
                <RemoveButton onClick={() => removeRow(field.name)} label={t(remove, { n: index + 1 })} />
              </div>
            </div>
          ))}
          <Form.ErrorList errors={errors} />
          <div style={{ marginBottom: 16 }}>
            <AddButton onClick={() => addRow(objects ? { text: '' } : '')} label={t(add)} />
          </div>
        </>
      )}
    </Form.List>
  );
}

function KpiList() {
  const { t } = useI18n();
  return (
    <Form.List name="kpis">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, index) => (
            <Group
              key={field.key}
              title={t('action.scope.kpi_row', { n: index + 1 })}
              extra={<RemoveButton onClick={() => remove(field.name)} label={t('action.scope.kpi_remove', { n: index + 1 })} />}
            >
              <TextItem
                name={[field.name, 'name']}
                label={t('action.scope.kpi_name', { n: index + 1 })}
                required
                check={requiredText(LIMITS.kpiName)}
              />
              <TextItem
                name={[field.name, 'unit']}
                label={t('action.scope.kpi_unit', { n: index + 1 })}
                required
                check={requiredText(LIMITS.kpiUnit)}
              />
              <Form.Item
                name={[field.name, 'baseline']}
                label={t('action.scope.kpi_baseline', { n: index + 1 })}
                required
                rules={[ruleFrom((v) => validateNumber(v), t)]}
              >
                <NumberInput />
              </Form.Item>
              <Form.Item
                name={[field.name, 'target']}
                label={t('action.scope.kpi_target', { n: index + 1 })}
                required
                rules={[ruleFrom((v) => validateNumber(v), t)]}
              >
                <NumberInput />
              </Form.Item>
            </Group>
          ))}
          <div style={{ marginBottom: 16 }}>
            <AddButton onClick={() => add({})} label={t('action.scope.kpi_add')} />
          </div>
        </>
      )}
    </Form.List>
  );
}

function ScopeFields({ today }: FieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <Hint>{t('action.scope.note')}</Hint>
      <Group title={t('action.scope.objectives')}>
        <TextList
          name="objectives"
          label="action.scope.objective"
          add="action.scope.objective_add"
          remove="action.scope.objective_remove"
          objects
          max={LIMITS.item}
          atLeastOne="action.validation.objective_required"
          rows={2}
        />
      </Group>
      <Group title={t('action.scope.areas')}>
        <TextList
          name="areas"
          label="action.scope.area"
          add="action.scope.area_add"
          remove="action.scope.area_remove"
          objects={false}
          max={LIMITS.area}
          atLeastOne="action.validation.area_required"
        />
      </Group>
      <DateItem
        name="pilotEndDate"
        label={t('action.scope.pilot_end')}
        required
        check={(v) => validateAfterToday(v, today)}
        disabledDate={(iso) => iso <= today}
      />
      <Form.Item
        name="budgetCeiling"
        label={t('action.scope.budget')}
        required
        rules={[ruleFrom((v) => validateMoney(v), t)]}
        extra={t('action.scope.budget_hint')}
      >
        <MoneyInput />
      </Form.Item>
      <Group title={t('action.scope.safeguards')}>
        <TextList
          name="safeguards"
          label="action.scope.safeguard"
          add="action.scope.safeguard_add"
          remove="action.scope.safeguard_remove"
          objects
          max={LIMITS.item}
          rows={2}
        />
      </Group>
      <Group title={t('action.scope.kpis')}>
        <KpiList />
      </Group>
      <DocumentNumberItem />
    </>
  );
}

export const approveScopeForm = defineForm({
  path: '/api/v1/proposals/{id}/approve-scope',
  ok: 'action.ok.approve_scope',
  Fields: ScopeFields,
  wide: true,
  initialValues: () => ({ objectives: [{ text: '' }], areas: [''], safeguards: [], kpis: [] }),
  validate: (values, { today }) => validateScope(values, today),
  toBody: (values: ScopeValues & { documentNumber?: string }) => scopeBody(values),
});

const RESOURCE_KINDS: Array<{ value: NonNullable<ResourceValues['kind']>; label: MessageKey }> = [
  { value: 'equipment', label: 'action.resources.kind.equipment' },
  { value: 'facilities', label: 'action.resources.kind.facilities' },
  { value: 'people', label: 'action.resources.kind.people' },
  { value: 'funds', label: 'action.resources.kind.funds' },
];

function ResourcesFields() {
  const { t } = useI18n();
  return (
    <>
      <Hint>{t('action.resources.note')}</Hint>
      <Form.List
        name="resources"
        rules={[
          {
            validator: (_rule, list: unknown[] | undefined) => {
              const key = validateAtLeastOne(list ?? [], 'action.validation.resource_required');
              return key ? Promise.reject(new Error(t(key))) : Promise.resolve();
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field, index) => (
              <Group
                key={field.key}
                title={t('action.resources.row', { n: index + 1 })}
                extra={<RemoveButton onClick={() => remove(field.name)} label={t('action.resources.remove', { n: index + 1 })} />}
              >
                <Form.Item
                  name={[field.name, 'kind']}
                  label={t('action.resources.kind', { n: index + 1 })}
                  required
                  rules={[ruleFrom(validateChoice, t)]}
                >
                  <Select options={RESOURCE_KINDS.map((k) => ({ value: k.value, label: t(k.label) }))} />
                </Form.Item>
                <TextItem
                  name={[field.name, 'description']}
                  label={t('action.resources.description', { n: index + 1 })}
                  required
                  check={requiredText(LIMITS.resourceDescription)}
                  rows={2}
                />
                <Form.Item
                  name={[field.name, 'quantity']}
                  label={t('action.resources.quantity', { n: index + 1 })}
                  rules={[ruleFrom(validateQuantity, t)]}
                >
                  <NumberInput />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'amount']}
                  label={t('action.resources.amount', { n: index + 1 })}
                  rules={[ruleFrom((v) => validateMoney(v, true), t)]}
                >
                  <MoneyInput />
                </Form.Item>
              </Group>
            ))}
            <Form.ErrorList errors={errors} />
            <div style={{ marginBottom: 16 }}>
              <AddButton onClick={() => add({})} label={t('action.resources.add')} />
            </div>
          </>
        )}
      </Form.List>
      <DocumentNumberItem />
    </>
  );
}

export const assignResourcesForm = defineForm({
  path: '/api/v1/proposals/{id}/assign-resources',
  ok: 'action.ok.assign_resources',
  Fields: ResourcesFields,
  wide: true,
  initialValues: () => ({ resources: [{}] }),
  toBody: (values: { resources?: Array<ResourceValues | undefined>; documentNumber?: string }) => resourcesBody(values),
});

/** The envelope in force, read-only, so the adjustment is made against what stands today. */
export function EnvelopeSummary({ envelope }: { envelope: ScopeEnvelope }) {
  const { t, locale } = useI18n();
  return (
    <Group title={t('action.adjust.current')}>
      <ul style={{ margin: '0 0 12px', paddingInlineStart: 18 }}>
        <li>{t('action.adjust.current_end', { date: formatDate(envelope.pilotEndDate) })}</li>
        <li>{t('action.adjust.current_budget', { amount: formatNumber(envelope.budgetCeiling, locale) })}</li>
        <li>{t('action.adjust.current_areas', { areas: envelope.areas.join('; ') })}</li>
        <li>{t('action.adjust.current_objectives', { count: formatNumber(envelope.objectives.length, locale) })}</li>
      </ul>
    </Group>
  );
}

function AdjustFields({ proposal, today }: FieldsProps) {
  const { t } = useI18n();
  const envelope = envelopeNow(proposal);
  return (
    <>
      {envelope && <EnvelopeSummary envelope={envelope} />}
      <DateItem name="effectiveDate" label={t('action.adjust.effective')} required check={validateDate} />
      <DateItem
        name="pilotEndDate"
        label={t('action.adjust.pilot_end')}
        check={(v) => (v ? validateAfterToday(v, today) : null)}
        disabledDate={(iso) => iso <= today}
      />
      <Form.Item name="budgetCeiling" label={t('action.adjust.budget')} rules={[ruleFrom((v) => validateMoney(v, true), t)]}>
        <MoneyInput />
      </Form.Item>
      <Group title={t('action.adjust.areas')}>
        <TextList
          name="addAreas"
          label="action.adjust.area_add_item"
          add="action.adjust.area_add"
          remove="action.adjust.area_remove_item"
          objects={false}
          max={LIMITS.area}
        />
        <Form.Item name="removeAreas" label={t('action.adjust.remove_areas')}>
          <Select mode="multiple" allowClear options={(envelope?.areas ?? []).map((a) => ({ value: a, label: a }))} />
        </Form.Item>
      </Group>
      <ChangeItems kind="objective" current={envelope?.objectives ?? []} />
      <ChangeItems kind="safeguard" current={envelope?.safeguards ?? []} />
      {envelope && envelope.kpis.length > 0 && (
        <Group title={t('action.adjust.kpis')}>
          {envelope.kpis.map((kpi) => (
            <Form.Item
              key={kpi.id}
              name={['kpiTargets', kpi.id]}
              label={t('action.adjust.kpi_target', { name: kpi.name, unit: kpi.unit })}
              extra={t('action.adjust.kpi_target_now', { target: String(kpi.target) })}
              rules={[ruleFrom((v) => validateNumber(v, true), t)]}
            >
              <NumberInput />
            </Form.Item>
          ))}
        </Group>
      )}
      <ReasonsItem label="action.adjust.reasons" />
      <DocumentNumberItem />
    </>
  );
}

export const adjustScopeForm = defineForm({
  path: '/api/v1/proposals/{id}/adjust-scope',
  ok: 'action.ok.adjust_scope',
  Fields: AdjustFields,
  wide: true,
  initialValues: (_proposal, today) => ({ effectiveDate: today, addAreas: [], addObjectives: [], addSafeguards: [] }),
  validate: (values) => validateAdjustChanges(values),
  toBody: (values: AdjustValues & { effectiveDate?: string; reasons?: string; documentNumber?: string }) => adjustBody(values),
});

/** The objectives or safeguards of an adjustment: new ones to add, current ones to take out. */
function ChangeItems({ kind, current }: { kind: 'objective' | 'safeguard'; current: ReadonlyArray<{ id: string; text: string }> }) {
  const { t } = useI18n();
  const plural = kind === 'objective' ? 'Objectives' : 'Safeguards';
  return (
    <Group title={t(`action.adjust.${kind}s`)}>
      <TextList
        name={`add${plural}`}
        label={`action.adjust.${kind}_add_item`}
        add={`action.adjust.${kind}_add`}
        remove={`action.adjust.${kind}_remove_item`}
        objects
        max={LIMITS.item}
        rows={2}
      />
      <Form.Item name={`remove${plural}`} label={t(`action.adjust.remove_${kind}s`)}>
        <Select mode="multiple" allowClear options={current.map((o) => ({ value: o.id, label: `${o.id}. ${o.text}` }))} />
      </Form.Item>
    </Group>
  );
}
