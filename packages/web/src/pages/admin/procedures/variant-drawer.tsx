import { Alert, App, Button, DatePicker, Drawer, Form, Grid, Input, InputNumber, Select, Space, Switch, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { ParameterValue, ProcedureDefinition } from '@khien/core/procedure';
import { api, isApiError, unwrap } from '../../../api/client.ts';
import { OrganisationSelect } from '../../../components/remote-select.tsx';
import { useShowProblem } from '../../../components/use-problem.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import type { MessageKey } from '../../../i18n/messages.ts';
import { ruleFrom } from '../../../validation/antd-rule.ts';
import { procedurePath } from './paths.ts';
import { configurableParameters, type ParameterRow } from './procedure-model.ts';
import { RuleStatusTag } from './rule-status-tag.tsx';
import { useParameterValueText, CHOICE_LABELS } from './parameter-value.tsx';
import {
  fieldsOfVariantProblem,
  initialVariantValues,
  suggestVariantId,
  validateIssuedOn,
  validateIssuer,
  validateLegalDocument,
  validateOrganisation,
  validateParameterValue,
  validateSummary,
  validateSummaryEn,
  validateVariantForm,
  validateVariantId,
  validateVariantVersion,
  variantRequestFrom,
  type ExistingProcedure,
  type VariantFormValues,
} from './variant-form.ts';

const DATE_FORMAT = 'DD/MM/YYYY';

/** The form's values as antd holds them (the date picker gives a Dayjs). */
type Values = Omit<VariantFormValues, 'legal'> & {
  legal?: Omit<NonNullable<VariantFormValues['legal']>, 'issuedOn'> & { issuedOn?: Dayjs | null };
};

function plain(values: Values): VariantFormValues {
  return { ...values, legal: { ...values.legal, issuedOn: values.legal?.issuedOn ? values.legal.issuedOn.format('YYYY-MM-DD') : null } };
}

/**
 * "Tạo phương án địa phương": the configurable ([U]) parameters of this definition with their
 * current values, the agency that adopts the variant and the legal act that sets the new values.
 * Core refuses anything else; the same checks run here first (variant-form.ts).
 */
export function VariantDrawer({
  base,
  existing,
  officerOnly,
  open,
  onClose,
  onCreated,
}: {
  base: ProcedureDefinition;
  existing: readonly ExistingProcedure[];
  /** An organisation officer (not a system administrator): only units below their scope. */
  officerOnly: boolean;
  open: boolean;
  onClose: () => void;
  onCreated: () => void;
}) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const showProblem = useShowProblem();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const [idTouched, setIdTouched] = useState(false);
  const parameters = useMemo(() => configurableParameters(base), [base]);
  const rootId = base.derivedFrom?.id ?? base.id;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    setFormProblem(null);
    setIdTouched(false);
  }, [open, form]);

  async function suggestId(organisationId: string | null | undefined) {
    if (idTouched || !organisationId) return;
    try {
      const org = await unwrap(api.GET('/api/v1/organisations/{id}', { params: { path: { id: organisationId } } }));
      if (!idTouched) form.setFieldValue('id', suggestVariantId(rootId, org.code));
    } catch {
      // A suggestion only: the user types the id.
    }
  }

  async function submit(values: Values) {
    setFormProblem(null);
    const current = plain(values);
    const problems = validateVariantForm(base, current, existing);
    if (problems.length > 0) {
      const onFields = problems.filter((p) => p.name.length > 1 || p.name[0] !== 'parameters');
      const general = problems.find((p) => p.name.length === 1 && p.name[0] === 'parameters');
      form.setFields(onFields.map((p) => ({ name: p.name as never, errors: [t(p.key, p.params)] })));
      if (general) setFormProblem(t(general.key, general.params));
      return;
    }
    setBusy(true);
    try {
      const created = await unwrap(api.POST('/api/v1/procedures/variants', { body: variantRequestFrom(base, current) }));
      void message.success(t('procedure.variant.created', { id: `${created.id}@${created.version}` }));
      onCreated();
      navigate(procedurePath(created));
    } catch (error) {
      const fields = fieldsOfVariantProblem(base, isApiError(error) ? error.problem : null);
      form.setFields(
        fields
          .filter((f) => f.name.length > 1 || f.name[0] !== 'parameters')
          .map((f) => ({ name: f.name as never, errors: [t(f.key, f.params)] })),
      );
      const general = fields.find((f) => f.name.length === 1 && f.name[0] === 'parameters');
      if (general) setFormProblem(t(general.key, general.params));
      showProblem(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Drawer
        open={open}
        onClose={onClose}
        title={t('procedure.variant.title')}
        size={screens.md ? 720 : '100%'}
        destroyOnHidden
        footer={
          <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="primary" loading={busy} onClick={() => form.submit()}>
              {t('procedure.variant.submit')}
            </Button>
          </Space>
        }
      >
        <Typography.Paragraph>
          {t('procedure.variant.intro', { title: pick(base.title), id: `${base.id}@${base.version}` })}
        </Typography.Paragraph>
        <Form<Values>
          form={form}
          layout="vertical"
          name="procedure-variant"
          onFinish={submit}
          initialValues={initialVariantValues(base) as Values}
          onValuesChange={(changed: Partial<Values>) => {
            if ('organisationId' in changed) void suggestId(changed.organisationId);
            if ('id' in changed) setIdTouched(true);
            if ('parameters' in changed) setFormProblem(null);
          }}
        >
          <Typography.Title level={3} className="section-title">
            {t('procedure.variant.section_scope')}
          </Typography.Title>
          <Form.Item
            label={t('procedure.variant.organisation')}
            name="organisationId"
            required
            extra={officerOnly ? t('procedure.variant.organisation_officer_hint') : t('procedure.variant.organisation_hint')}
            rules={[ruleFrom(validateOrganisation, t)]}
          >
            <OrganisationSelect />
          </Form.Item>
          <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
            <Form.Item
              label={t('procedure.variant.id')}
              name="id"
              required
              extra={t('procedure.variant.id_hint')}
              rules={[ruleFrom(validateVariantId, t)]}
              style={{ flex: '1 1 260px' }}
            >
              <Input autoComplete="off" spellCheck={false} />
            </Form.Item>
            <Form.Item
              label={t('procedure.variant.version')}
              name="version"
              required
              rules={[ruleFrom(validateVariantVersion, t)]}
              style={{ flex: '0 0 120px' }}
            >
              <InputNumber min={1} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </div>

          <Typography.Title level={3} className="section-title">
            {t('procedure.variant.section_parameters')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('procedure.variant.parameters_hint')}</Typography.Paragraph>
          {formProblem && <Alert type="error" showIcon title={formProblem} className="block-gap" role="alert" />}
          {parameters.map((parameter) => (
            <ParameterField key={parameter.key} parameter={parameter} />
          ))}

          <Typography.Title level={3} className="section-title">
            {t('procedure.variant.section_legal')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('procedure.variant.legal_hint')}</Typography.Paragraph>
          <Form.Item
            label={t('procedure.variant.document')}
            name={['legal', 'document']}
            required
            rules={[ruleFrom(validateLegalDocument, t)]}
            extra={t('procedure.variant.document_hint')}
          >
            <Input placeholder={t('procedure.variant.document_placeholder')} />
          </Form.Item>
          <Form.Item
            label={t('procedure.variant.issued_on')}
            name={['legal', 'issuedOn']}
            required
            rules={[ruleFrom((v) => validateIssuedOn(v ? (v as Dayjs).format('YYYY-MM-DD') : null), t)]}
          >
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label={t('procedure.variant.issuer')} name={['legal', 'issuer']} required rules={[ruleFrom(validateIssuer, t)]}>
            <Input placeholder={t('procedure.variant.issuer_placeholder')} />
          </Form.Item>
          <Form.Item label={t('procedure.variant.summary')} name={['legal', 'summary']} required rules={[ruleFrom(validateSummary, t)]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} placeholder={t('procedure.variant.summary_placeholder')} />
          </Form.Item>
          <Form.Item
            label={t('procedure.variant.summary_en')}
            name={['legal', 'summaryEn']}
            extra={t('procedure.variant.summary_en_hint')}
            rules={[ruleFrom(validateSummaryEn, t)]}
          >
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} />
          </Form.Item>
        </Form>
      </Drawer>
    </>
  );
}

function ParameterField({ parameter }: { parameter: ParameterRow }) {
  const { t, pick } = useI18n();
  const valueText = useParameterValueText();
  const name = ['parameters', parameter.key];
  const extra = (
    <span>
      <RuleStatusTag status={parameter.status} /> {parameter.citation} ·{' '}
      {t('procedure.variant.current_value', { value: valueText(parameter, parameter.value) })}
      {parameter.overriddenBy && <> · {t('procedure.parameter.overridden_by', { citation: parameter.overriddenBy.citation })}</>}
    </span>
  );
  const rules = [ruleFrom((v) => validateParameterValue(parameter)(v as ParameterValue), t)];
  switch (parameter.unit) {
    case 'flag':
      return (
        <Form.Item label={pick(parameter.label)} name={name} valuePropName="checked" extra={extra} rules={rules}>
          <Switch checkedChildren={t('procedure.value.yes')} unCheckedChildren={t('procedure.value.no')} />
        </Form.Item>
      );
    case 'choice':
      return (
        <Form.Item label={pick(parameter.label)} name={name} extra={extra} rules={rules}>
          <Select
            options={(parameter.allowed ?? []).map((value) => ({
              value,
              label: CHOICE_LABELS[value] ? t(CHOICE_LABELS[value] as MessageKey) : value,
            }))}
          />
        </Form.Item>
      );
    default:
      return (
        <Form.Item label={pick(parameter.label)} name={name} extra={extra} rules={rules}>
          <InputNumber
            min={1}
            precision={0}
            style={{ width: 220, maxWidth: '100%' }}
            placeholder={t('procedure.value.none')}
            suffix={t(unitKey(parameter.unit))}
          />
        </Form.Item>
      );
  }
}

function unitKey(unit: ParameterRow['unit']): MessageKey {
  if (unit === 'calendarDays') return 'procedure.unit.calendar_days_suffix';
  if (unit === 'months') return 'procedure.unit.months_suffix';
  return 'procedure.unit.working_days_suffix';
}
