import { EditOutlined, KeyOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Form, Input, Space, Switch, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { SYSTEM_ROLES } from '@khien/core/authorization';
import { api, ifMatch, unwrap, type JsonBody } from '../../api/client.ts';
import { ROLE_LABELS } from '../../components/labels.ts';
import { Page } from '../../components/page.tsx';
import { OrganisationSelect, PersonSelect } from '../../components/remote-select.tsx';
import { useOrganisationNames } from '../../components/use-organisation-names.ts';
import { usePaged } from '../../components/use-paged.ts';
import { useShowProblem } from '../../components/use-problem.tsx';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ruleFrom } from '../../validation/antd-rule.ts';
import { optional, validateNewPassword, validateUsername } from '../../validation/forms.ts';
import { FormModal } from '../../components/form-modal.tsx';

type Account = JsonBody<'/api/v1/accounts/{id}', 'get'>;
type Role = Account['roles'][number];

const loadAccounts = (query: { q?: string; limit: number; offset: number }) => unwrap(api.GET('/api/v1/accounts', { params: { query } }));

export function AccountsPage() {
  const { t, locale } = useI18n();
  const showProblem = useShowProblem();
  const { data, loading, reload, search, pagination } = usePaged(loadAccounts, showProblem);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Account | null>(null);
  const [resetting, setResetting] = useState<Account | null>(null);
  const scopes = useOrganisationNames(data.items.map((a) => a.scopeOrganisationId));

  const columns = [
    { title: t('account.field.username'), dataIndex: 'username', key: 'username' },
    { title: t('account.field.display_name'), dataIndex: 'displayName', key: 'displayName', responsive: ['md' as const] },
    {
      title: t('account.field.roles'),
      key: 'roles',
      render: (_: unknown, a: Account) => a.roles.map((r) => <Tag key={r}>{t(ROLE_LABELS[r])}</Tag>),
    },
    {
      title: t('account.field.scope'),
      key: 'scope',
      responsive: ['lg' as const],
      render: (_: unknown, a: Account) => (a.scopeOrganisationId ? (scopes[a.scopeOrganisationId] ?? '…') : ''),
    },
    {
      title: t('account.field.status'),
      key: 'status',
      render: (_: unknown, a: Account) => (
        <Space size={4} wrap>
          {a.disabled ? <Tag color="red">{t('account.status.disabled')}</Tag> : <Tag color="green">{t('account.status.active')}</Tag>}
          {a.mustChangePassword && <Tag color="gold">{t('account.status.must_change')}</Tag>}
          {a.lockedUntil && <Tag color="orange">{t('account.status.locked')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('account.field.created'),
      key: 'created',
      responsive: ['lg' as const],
      render: (_: unknown, a: Account) => formatDate(a.createdAt),
    },
    {
      title: <span className="visually-hidden">{t('common.actions')}</span>,
      key: 'actions',
      render: (_: unknown, a: Account) => (
        <Space size={4}>
          <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(a)} aria-label={`${t('common.edit')}: ${a.username}`} />
          <Button size="small" icon={<KeyOutlined />} onClick={() => setResetting(a)} aria-label={`${t('account.reset')}: ${a.username}`} />
        </Space>
      ),
    },
  ];

  return (
    <Page
      title={t('account.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('account.add')}
        </Button>
      }
    >
      <div role="search" className="table-toolbar">
        <Input.Search allowClear aria-label={t('account.search')} placeholder={t('account.search')} onSearch={search} />
      </div>
      <Table<Account>
        rowKey="id"
        loading={loading}
        dataSource={data.items}
        columns={columns}
        pagination={{ ...pagination, showTotal: (total) => t('common.total', { count: formatNumber(total, locale) }) }}
        scroll={{ x: true }}
      />
      <CreateAccountDialog open={creating} onClose={() => setCreating(false)} onDone={() => (setCreating(false), reload())} />
      {editing && <EditAccountDialog account={editing} onClose={() => setEditing(null)} onDone={() => (setEditing(null), reload())} />}
      {resetting && <ResetPasswordDialog account={resetting} onClose={() => setResetting(null)} />}
    </Page>
  );
}

function RolesField() {
  const { t } = useI18n();
  return (
    <Form.Item label={t('account.field.roles')} name="roles" extra={t('account.roles_hint')}>
      <Checkbox.Group options={SYSTEM_ROLES.map((r) => ({ value: r, label: t(ROLE_LABELS[r]) }))} />
    </Form.Item>
  );
}

interface CreateValues {
  username: string;
  password: string;
  displayName?: string;
  personId?: string | null;
  roles: Role[];
  scopeOrganisationId?: string | null;
}

function CreateAccountDialog({ open, onClose, onDone }: { open: boolean; onClose: () => void; onDone: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showProblem = useShowProblem();
  const [form] = Form.useForm<CreateValues>();
  const [busy, setBusy] = useState(false);
  async function save(values: CreateValues) {
    setBusy(true);
    try {
      await unwrap(
        api.POST('/api/v1/accounts', {
          body: {
            username: values.username,
            password: values.password,
            displayName: values.displayName || null,
            personId: values.personId ?? null,
            roles: values.roles ?? [],
            scopeOrganisationId: values.scopeOrganisationId ?? null,
          },
        }),
      );
      void message.success(t('account.created'));
      form.resetFields();
      onDone();
    } catch (error) {
      showProblem(error, { form });
    } finally {
      setBusy(false);
    }
  }
  return (
    <FormModal open={open} title={t('account.create_title')} destroyOnHidden form={form} busy={busy} onClose={onClose}>
      <Typography.Paragraph type="secondary">{t('account.create_hint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={save} name="create-account" initialValues={{ roles: [] }}>
        <Form.Item
          label={t('account.field.username')}
          name="username"
          required
          rules={[ruleFrom(validateUsername, t)]}
          extra={t('account.username_hint')}
        >
          <Input autoComplete="off" autoCapitalize="none" />
        </Form.Item>
        <Form.Item
          label={t('account.field.temporary_password')}
          name="password"
          required
          rules={[ruleFrom(validateNewPassword, t)]}
          extra={t('profile.password.hint')}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item label={t('account.field.person')} name="personId" extra={t('account.person_hint')}>
          <PersonSelect allowClear />
        </Form.Item>
        <Form.Item label={t('account.field.display_name')} name="displayName" rules={[ruleFrom(optional(200), t)]}>
          <Input />
        </Form.Item>
        <RolesField />
        <Form.Item label={t('account.field.scope')} name="scopeOrganisationId" extra={t('account.scope_hint')}>
          <OrganisationSelect allowClear />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

interface EditValues {
  displayName?: string;
  roles: Role[];
  scopeOrganisationId?: string | null;
  disabled: boolean;
}

function EditAccountDialog({ account, onClose, onDone }: { account: Account; onClose: () => void; onDone: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showProblem = useShowProblem();
  const [form] = Form.useForm<EditValues>();
  const [busy, setBusy] = useState(false);
  const [version, setVersion] = useState(account.version);

  useEffect(() => {
    form.setFieldsValue({
      displayName: account.displayName,
      roles: account.roles,
      scopeOrganisationId: account.scopeOrganisationId,
      disabled: account.disabled,
    });
  }, [account, form]);

  async function reloadLatest() {
    try {
      const latest = await unwrap(api.GET('/api/v1/accounts/{id}', { params: { path: { id: account.id } } }));
      form.setFieldsValue({
        displayName: latest.displayName,
        roles: latest.roles,
        scopeOrganisationId: latest.scopeOrganisationId,
        disabled: latest.disabled,
      });
      setVersion(latest.version);
    } catch (error) {
      showProblem(error);
    }
  }

  async function save(values: EditValues) {
    setBusy(true);
    try {
      await unwrap(
        api.PUT('/api/v1/accounts/{id}', {
          params: { path: { id: account.id } },
          headers: ifMatch(version),
          body: {
            displayName: values.displayName || null,
            roles: values.roles ?? [],
            scopeOrganisationId: values.scopeOrganisationId ?? null,
            disabled: values.disabled,
          },
        }),
      );
      void message.success(t('common.saved'));
      onDone();
    } catch (error) {
      showProblem(error, { form, onReload: () => void reloadLatest() });
    } finally {
      setBusy(false);
    }
  }
  return (
    <FormModal open title={t('account.edit_title', { username: account.username })} form={form} busy={busy} onClose={onClose}>
      <Form form={form} layout="vertical" onFinish={save} name="edit-account">
        <Form.Item label={t('account.field.display_name')} name="displayName" rules={[ruleFrom(optional(200), t)]}>
          <Input />
        </Form.Item>
        <RolesField />
        <Form.Item label={t('account.field.scope')} name="scopeOrganisationId" extra={t('account.scope_hint')}>
          <OrganisationSelect allowClear />
        </Form.Item>
        <Form.Item label={t('account.field.disabled')} name="disabled" valuePropName="checked" extra={t('account.disabled_hint')}>
          <Switch />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

function ResetPasswordDialog({ account, onClose }: { account: Account; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showProblem = useShowProblem();
  const [form] = Form.useForm<{ temporaryPassword: string }>();
  const [busy, setBusy] = useState(false);
  async function save(values: { temporaryPassword: string }) {
    setBusy(true);
    try {
      await unwrap(api.POST('/api/v1/accounts/{id}/reset-password', { params: { path: { id: account.id } }, body: values }));
      void message.success(t('account.reset_done'));
      onClose();
    } catch (error) {
      showProblem(error, { form });
    } finally {
      setBusy(false);
    }
  }
  return (
    <FormModal
      open
      title={t('account.reset_title', { username: account.username })}
      okText={t('account.reset')}
      form={form}
      busy={busy}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">{t('account.reset_hint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={save} name="reset-password">
        <Form.Item
          label={t('account.field.temporary_password')}
          name="temporaryPassword"
          required
          rules={[ruleFrom(validateNewPassword, t)]}
          extra={t('profile.password.hint')}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
