import { Form, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { ORGANISATION_KINDS } from '@khien/core/organisation';
import { api, ifMatch, unwrap, type JsonBody, type JsonRequest } from '../../api/client.ts';
import { ORGANISATION_KIND_LABELS } from '../../components/labels.ts';
import { OrganisationSelect } from '../../components/remote-select.tsx';
import { useShowProblem } from '../../components/use-problem.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { ruleFrom } from '../../validation/antd-rule.ts';
import {
  optional,
  required,
  validateAbbreviation,
  validateCode,
  validateEmail,
  validatePhone,
  validateSelected,
} from '../../validation/forms.ts';
import { FormModal } from '../../components/form-modal.tsx';

type OrganisationView = JsonBody<'/api/v1/organisations/{id}', 'get'>;
type OrganisationBody = JsonRequest<'/api/v1/organisations', 'post'>;

export interface OrganisationFormProps {
  open: boolean;
  /** Edit this organisation; without it, create a new one under `parentId`. */
  editing: OrganisationView | null;
  parentId: string | null;
  onClose: () => void;
  onSaved: (id: string) => void;
}

export function OrganisationForm({ open, editing, parentId, onClose, onSaved }: OrganisationFormProps) {
  const { t, pick } = useI18n();
  const showProblem = useShowProblem();
  const [form] = Form.useForm<OrganisationBody>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (editing) {
      form.setFieldsValue({
        code: editing.code,
        name: editing.name,
        shortName: editing.shortName,
        abbreviation: editing.abbreviation,
        kind: editing.kind,
        parentId: editing.parentId,
        partyCommitteeId: editing.partyCommitteeId,
        address: editing.address,
        email: editing.email ?? '',
        phone: editing.phone ?? '',
      });
    } else {
      form.setFieldsValue({ parentId });
    }
  }, [open, editing, parentId, form]);

  async function save(values: OrganisationBody) {
    setBusy(true);
    const body: OrganisationBody = {
      ...values,
      shortName: values.shortName || null,
      abbreviation: values.abbreviation || null,
      address: values.address || null,
      email: values.email ?? '',
      phone: values.phone ?? '',
      parentId: values.parentId ?? null,
      partyCommitteeId: values.partyCommitteeId ?? null,
    };
    try {
      const saved = editing
        ? await unwrap(
            api.PUT('/api/v1/organisations/{id}', { params: { path: { id: editing.id } }, headers: ifMatch(editing.version), body }),
          )
        : await unwrap(api.POST('/api/v1/organisations', { body }));
      onSaved(saved.id);
    } catch (error) {
      showProblem(error, {
        form,
        onReload: editing
          ? () => {
              onClose();
              onSaved(editing.id);
            }
          : undefined,
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <FormModal
      open={open}
      title={editing ? t('org.form.edit_title') : t('org.form.create_title')}
      destroyOnHidden
      form={form}
      busy={busy}
      onClose={onClose}
    >
      <Form form={form} layout="vertical" onFinish={save} name="organisation">
        <Form.Item label={t('org.field.name')} name="name" required rules={[ruleFrom(required(300), t)]}>
          <Input />
        </Form.Item>
        <Form.Item label={t('org.field.code')} name="code" required rules={[ruleFrom(validateCode, t)]} extra={t('org.field.code_hint')}>
          <Input />
        </Form.Item>
        <Form.Item label={t('org.field.kind')} name="kind" required rules={[ruleFrom(validateSelected, t)]}>
          <Select options={ORGANISATION_KINDS.map((k) => ({ value: k, label: pick(ORGANISATION_KIND_LABELS[k]) }))} />
        </Form.Item>
        <Form.Item label={t('org.field.parent')} name="parentId">
          <OrganisationSelect allowClear />
        </Form.Item>
        <Form.Item label={t('org.field.short_name')} name="shortName" rules={[ruleFrom(optional(120), t)]}>
          <Input />
        </Form.Item>
        <Form.Item
          label={t('org.field.abbreviation')}
          name="abbreviation"
          rules={[ruleFrom(validateAbbreviation, t)]}
          extra={t('org.field.abbreviation_hint')}
        >
          <Input />
        </Form.Item>
        <Form.Item label={t('org.field.party_committee')} name="partyCommitteeId">
          <OrganisationSelect allowClear />
        </Form.Item>
        <Form.Item label={t('org.field.address')} name="address" rules={[ruleFrom(optional(500), t)]}>
          <Input />
        </Form.Item>
        <Form.Item label={t('org.field.email')} name="email" rules={[ruleFrom(validateEmail, t)]}>
          <Input type="email" autoComplete="off" />
        </Form.Item>
        <Form.Item label={t('org.field.phone')} name="phone" rules={[ruleFrom(validatePhone, t)]}>
          <Input type="tel" autoComplete="off" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
