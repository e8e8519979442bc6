import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Form, Input, Select, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { ND73_CATEGORIES } from '@khien/core/organisation';
import { api, ifMatch, unwrap, type JsonBody, type JsonRequest } from '../../api/client.ts';
import { ND73_CATEGORY_LABELS } from '../../components/labels.ts';
import { Page } from '../../components/page.tsx';
import { OrganisationSelect } from '../../components/remote-select.tsx';
import { usePaged } from '../../components/use-paged.ts';
import { useShowProblem } from '../../components/use-problem.tsx';
import { formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { canManageDirectory } from '../../layout/navigation.ts';
import { useSession } from '../../session/session.tsx';
import { ruleFrom } from '../../validation/antd-rule.ts';
import { optional, required, validateCode, validateEmail, validatePhone, validateSelected } from '../../validation/forms.ts';
import { FormModal } from '../../components/form-modal.tsx';

type Person = JsonBody<'/api/v1/people/{id}', 'get'>;
type PersonBody = JsonRequest<'/api/v1/people', 'post'>;

const loadPeople = (query: { q?: string; limit: number; offset: number }) => unwrap(api.GET('/api/v1/people', { params: { query } }));

export function PeoplePage() {
  const { t, pick, locale } = useI18n();
  const { session } = useSession();
  const showProblem = useShowProblem();
  const { data, loading, reload, search, pagination } = usePaged(loadPeople, showProblem);
  const [editing, setEditing] = useState<Person | 'new' | null>(null);
  const manage = canManageDirectory(session?.roles ?? []);

  const columns = [
    { title: t('person.field.full_name'), dataIndex: 'fullName', key: 'fullName' },
    { title: t('person.field.code'), dataIndex: 'code', key: 'code', responsive: ['md' as const] },
    { title: t('person.field.position'), dataIndex: 'positionTitle', key: 'positionTitle', responsive: ['md' as const] },
    { title: t('person.field.organisation'), dataIndex: 'organisationName', key: 'organisationName' },
    {
      title: t('person.field.category'),
      key: 'category',
      responsive: ['lg' as const],
      render: (_: unknown, p: Person) => <Tag>{pick(ND73_CATEGORY_LABELS[p.nd73Category])}</Tag>,
    },
    ...(manage
      ? [
          {
            title: <span className="visually-hidden">{t('common.actions')}</span>,
            key: 'actions',
            render: (_: unknown, p: Person) => (
              <Button
                size="small"
                icon={<EditOutlined />}
                onClick={() => setEditing(p)}
                aria-label={`${t('common.edit')}: ${p.fullName}`}
              />
            ),
          },
        ]
      : []),
  ];

  return (
    <Page
      title={t('person.title')}
      extra={
        manage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('person.add')}
          </Button>
        )
      }
    >
      <div role="search" className="table-toolbar">
        <Input.Search allowClear aria-label={t('person.search')} placeholder={t('person.search')} onSearch={search} />
      </div>
      <Table<Person>
        rowKey="id"
        loading={loading}
        dataSource={data.items}
        columns={columns}
        pagination={{ ...pagination, showTotal: (total) => t('common.total', { count: formatNumber(total, locale) }) }}
        scroll={{ x: true }}
      />
      <PersonForm
        editing={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          reload();
        }}
      />
    </Page>
  );
}

function PersonForm({ editing, onClose, onSaved }: { editing: Person | 'new' | null; onClose: () => void; onSaved: () => void }) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const showProblem = useShowProblem();
  const [form] = Form.useForm<PersonBody>();
  const [busy, setBusy] = useState(false);
  const person = editing && editing !== 'new' ? editing : null;
  // The version the edit is based on; a reload after a 409 moves it to the latest.
  const [version, setVersion] = useState<number | null>(null);

  useEffect(() => {
    if (!editing) return;
    form.resetFields();
    setVersion(person?.version ?? null);
    if (person) {
      form.setFieldsValue({
        code: person.code,
        fullName: person.fullName,
        positionTitle: person.positionTitle,
        isLeadershipPost: person.isLeadershipPost,
        nd73Category: person.nd73Category,
        organisationId: person.organisationId,
        email: person.email ?? '',
        phone: person.phone ?? '',
      });
    }
  }, [editing, person, form]);

  const reloadLatest = useCallback(async () => {
    if (!person) return;
    try {
      const latest = await unwrap(api.GET('/api/v1/people/{id}', { params: { path: { id: person.id } } }));
      form.setFieldsValue({ ...latest, email: latest.email ?? '', phone: latest.phone ?? '' });
      setVersion(latest.version);
    } catch (error) {
      showProblem(error);
    }
  }, [person, form, showProblem]);

  async function save(values: PersonBody) {
    setBusy(true);
    const body: PersonBody = {
      ...values,
      positionTitle: values.positionTitle || null,
      isLeadershipPost: values.isLeadershipPost ?? false,
      email: values.email ?? '',
      phone: values.phone ?? '',
    };
    try {
      if (person)
        await unwrap(
          api.PUT('/api/v1/people/{id}', { params: { path: { id: person.id } }, headers: ifMatch(version ?? person.version), body }),
        );
      else await unwrap(api.POST('/api/v1/people', { body }));
      void message.success(t('common.saved'));
      onSaved();
    } catch (error) {
      showProblem(error, { form, onReload: () => void reloadLatest() });
    } finally {
      setBusy(false);
    }
  }

  return (
    <FormModal
      open={editing !== null}
      title={person ? t('person.edit_title') : t('person.create_title')}
      destroyOnHidden
      form={form}
      busy={busy}
      onClose={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={save}
        name="person"
        initialValues={{ isLeadershipPost: false, nd73Category: 'not_eligible' }}
      >
        <Form.Item label={t('person.field.full_name')} name="fullName" required rules={[ruleFrom(required(200), t)]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item label={t('person.field.code')} name="code" required rules={[ruleFrom(validateCode, t)]}>
          <Input />
        </Form.Item>
        <Form.Item label={t('person.field.organisation')} name="organisationId" required rules={[ruleFrom(validateSelected, t)]}>
          <OrganisationSelect />
        </Form.Item>
        <Form.Item label={t('person.field.position')} name="positionTitle" rules={[ruleFrom(optional(200), t)]}>
          <Input />
        </Form.Item>
        <Form.Item name="isLeadershipPost" valuePropName="checked">
          <Checkbox>{t('person.field.leadership_post')}</Checkbox>
        </Form.Item>
        <Form.Item label={t('person.field.category')} name="nd73Category" required rules={[ruleFrom(validateSelected, t)]}>
          <Select options={ND73_CATEGORIES.map((c) => ({ value: c, label: pick(ND73_CATEGORY_LABELS[c]) }))} />
        </Form.Item>
        <Form.Item label={t('person.field.email')} name="email" rules={[ruleFrom(validateEmail, t)]}>
          <Input type="email" autoComplete="off" />
        </Form.Item>
        <Form.Item label={t('person.field.phone')} name="phone" rules={[ruleFrom(validatePhone, t)]}>
          <Input type="tel" autoComplete="off" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
