import { EditOutlined, PlusOutlined, UserAddOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Empty,
  Form,
  Input,
  Row,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Tree,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState, type Key } from 'react';
import { useSearchParams } from 'react-router-dom';
import { LEADERSHIP_ROLES } from '@khien/core/organisation';
import { api, unwrap, type JsonBody } from '../../api/client.ts';
import { LEADERSHIP_ROLE_LABELS, ORGANISATION_KIND_LABELS } from '../../components/labels.ts';
import { Page } from '../../components/page.tsx';
import { PersonSelect } from '../../components/remote-select.tsx';
import { useShowProblem } from '../../components/use-problem.tsx';
import { formatDate, formatNumber, isoDateInVietnam } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { canManageDirectory } from '../../layout/navigation.ts';
import { useSession } from '../../session/session.tsx';
import { ruleFrom } from '../../validation/antd-rule.ts';
import { optional, validateSelected, validateTermEnd } from '../../validation/forms.ts';
import { OrganisationForm } from './organisation-form.tsx';
import { FormModal } from '../../components/form-modal.tsx';

type Organisation = JsonBody<'/api/v1/organisations', 'get'>['items'][number];
type Detail = JsonBody<'/api/v1/organisations/{id}', 'get'>;
type Term = Detail['leadership'][number];

interface TreeNode {
  key: string;
  title: string;
  isLeaf?: boolean;
  children?: TreeNode[];
}

const DATE_FORMAT = 'DD/MM/YYYY';

async function childrenOf(parentId: string | null): Promise<Organisation[]> {
  const query = parentId ? { parentId, limit: 500 } : { roots: 'true' as const, limit: 500 };
  return (await unwrap(api.GET('/api/v1/organisations', { params: { query } }))).items;
}

function toNodes(items: Organisation[]): TreeNode[] {
  return items.map((o) => ({ key: o.id, title: o.name }));
}

function insertChildren(nodes: TreeNode[], key: string, children: TreeNode[]): TreeNode[] {
  return nodes.map((node) => {
    if (node.key === key) return { ...node, children, isLeaf: children.length === 0 };
    return node.children ? { ...node, children: insertChildren(node.children, key, children) } : node;
  });
}

export function OrganisationsPage() {
  const { t, pick, locale } = useI18n();
  const { session } = useSession();
  const { message } = App.useApp();
  const showProblem = useShowProblem();
  const [params, setParams] = useSearchParams();
  const selectedId = params.get('id');
  const [tree, setTree] = useState<TreeNode[] | null>(null);
  const [detail, setDetail] = useState<Detail | null>(null);
  const [loadingDetail, setLoadingDetail] = useState(false);
  const [formOpen, setFormOpen] = useState<'create' | 'edit' | null>(null);
  const [appointOpen, setAppointOpen] = useState(false);
  const [ending, setEnding] = useState<Term | null>(null);
  const manage = canManageDirectory(session?.roles ?? []);

  const loadRoots = useCallback(async () => {
    try {
      setTree(toNodes(await childrenOf(null)));
    } catch (error) {
      showProblem(error);
      setTree([]);
    }
  }, [showProblem]);

  useEffect(() => {
    void loadRoots();
  }, [loadRoots]);

  const loadDetail = useCallback(
    async (id: string) => {
      setLoadingDetail(true);
      try {
        setDetail(await unwrap(api.GET('/api/v1/organisations/{id}', { params: { path: { id } } })));
      } catch (error) {
        setDetail(null);
        showProblem(error);
      } finally {
        setLoadingDetail(false);
      }
    },
    [showProblem],
  );

  useEffect(() => {
    if (selectedId) void loadDetail(selectedId);
    else setDetail(null);
  }, [selectedId, loadDetail]);

  async function loadData(node: { key: Key }) {
    const key = String(node.key);
    const children = toNodes(await childrenOf(key));
    setTree((current) => (current ? insertChildren(current, key, children) : current));
  }

  const select = (id: string) => setParams({ id });

  const columns = [
    { title: t('org.leader.name'), dataIndex: 'personName', key: 'personName' },
    { title: t('org.leader.role'), key: 'role', render: (_: unknown, term: Term) => pick(LEADERSHIP_ROLE_LABELS[term.role]) },
    { title: t('org.leader.position'), dataIndex: 'positionTitle', key: 'positionTitle', responsive: ['md' as const] },
    {
      title: t('org.leader.term'),
      key: 'term',
      render: (_: unknown, term: Term) =>
        `${formatDate(term.startsOn)} – ${term.endsOn ? formatDate(term.endsOn) : t('org.leader.ongoing')}`,
    },
    {
      title: t('org.leader.status'),
      key: 'current',
      render: (_: unknown, term: Term) =>
        term.current ? <Tag color="green">{t('org.leader.current')}</Tag> : <Tag>{t('org.leader.past')}</Tag>,
    },
    ...(manage
      ? [
          {
            title: <span className="visually-hidden">{t('common.actions')}</span>,
            key: 'actions',
            render: (_: unknown, term: Term) =>
              term.endsOn === null ? (
                <Button size="small" onClick={() => setEnding(term)} aria-label={`${t('org.leader.end')}: ${term.personName}`}>
                  {t('org.leader.end')}
                </Button>
              ) : null,
          },
        ]
      : []),
  ];

  return (
    <Page
      title={t('org.title')}
      extra={
        manage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setFormOpen('create')}>
            {detail ? t('org.add_child') : t('org.add')}
          </Button>
        )
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9}>
          <Card title={<h2 className="card-title">{t('org.tree')}</h2>}>
            {tree === null ? (
              <Spin />
            ) : tree.length === 0 ? (
              <Empty description={t('org.empty')} />
            ) : (
              <Tree
                treeData={tree}
                loadData={loadData}
                selectedKeys={selectedId ? [selectedId] : []}
                onSelect={(keys) => keys[0] && select(String(keys[0]))}
                aria-label={t('org.tree')}
                blockNode
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={15}>
          {loadingDetail && <Spin />}
          {!loadingDetail && !detail && (
            <Card>
              <Empty description={t('org.select_hint')} />
            </Card>
          )}
          {!loadingDetail && detail && (
            <Space direction="vertical" size={16} style={{ width: '100%' }}>
              <Card
                title={<h2 className="card-title">{detail.name}</h2>}
                extra={
                  manage && (
                    <Button icon={<EditOutlined />} onClick={() => setFormOpen('edit')}>
                      {t('common.edit')}
                    </Button>
                  )
                }
              >
                <Descriptions column={{ xs: 1, md: 2 }} size="small">
                  <Descriptions.Item label={t('org.field.code')}>{detail.code}</Descriptions.Item>
                  <Descriptions.Item label={t('org.field.kind')}>{pick(ORGANISATION_KIND_LABELS[detail.kind])}</Descriptions.Item>
                  {detail.shortName && <Descriptions.Item label={t('org.field.short_name')}>{detail.shortName}</Descriptions.Item>}
                  {detail.abbreviation && <Descriptions.Item label={t('org.field.abbreviation')}>{detail.abbreviation}</Descriptions.Item>}
                  {detail.address && <Descriptions.Item label={t('org.field.address')}>{detail.address}</Descriptions.Item>}
                  {detail.email && <Descriptions.Item label={t('org.field.email')}>{detail.email}</Descriptions.Item>}
                  {detail.phone && <Descriptions.Item label={t('org.field.phone')}>{detail.phone}</Descriptions.Item>}
                  <Descriptions.Item label={t('org.children')}>{formatNumber(detail.childCount, locale)}</Descriptions.Item>
                </Descriptions>
              </Card>
              <Card
                title={<h2 className="card-title">{t('org.leadership')}</h2>}
                extra={
                  manage && (
                    <Button icon={<UserAddOutlined />} onClick={() => setAppointOpen(true)}>
                      {t('org.leader.appoint')}
                    </Button>
                  )
                }
              >
                <Table<Term>
                  rowKey="id"
                  size="small"
                  dataSource={detail.leadership}
                  columns={columns}
                  pagination={false}
                  scroll={{ x: true }}
                  locale={{ emptyText: t('org.leader.none') }}
                />
              </Card>
            </Space>
          )}
        </Col>
      </Row>
      <OrganisationForm
        open={formOpen !== null}
        editing={formOpen === 'edit' ? detail : null}
        parentId={formOpen === 'create' ? (detail?.id ?? null) : null}
        onClose={() => setFormOpen(null)}
        onSaved={(id) => {
          setFormOpen(null);
          void message.success(t('common.saved'));
          void loadRoots();
          if (id === selectedId) void loadDetail(id);
          else select(id);
        }}
      />
      {detail && (
        <AppointDialog
          open={appointOpen}
          organisationId={detail.id}
          onClose={() => setAppointOpen(false)}
          onDone={(next) => {
            setAppointOpen(false);
            setDetail(next);
            void message.success(t('org.leader.appointed'));
          }}
        />
      )}
      {detail && ending && (
        <EndTermDialog
          term={ending}
          organisationId={detail.id}
          onClose={() => setEnding(null)}
          onDone={(next) => {
            setEnding(null);
            setDetail(next);
            void message.success(t('org.leader.ended'));
          }}
        />
      )}
    </Page>
  );
}

interface AppointValues {
  personId: string;
  role: Term['role'];
  startsOn: Dayjs;
  basis?: string;
}

function AppointDialog({
  open,
  organisationId,
  onClose,
  onDone,
}: {
  open: boolean;
  organisationId: string;
  onClose: () => void;
  onDone: (d: Detail) => void;
}) {
  const { t, pick } = useI18n();
  const showProblem = useShowProblem();
  const [form] = Form.useForm<AppointValues>();
  const [busy, setBusy] = useState(false);
  async function save(values: AppointValues) {
    setBusy(true);
    try {
      onDone(
        await unwrap(
          api.POST('/api/v1/organisations/{id}/leadership', {
            params: { path: { id: organisationId } },
            body: {
              personId: values.personId,
              role: values.role,
              startsOn: values.startsOn.format('YYYY-MM-DD'),
              basis: values.basis ?? null,
            },
          }),
        ),
      );
      form.resetFields();
    } catch (error) {
      showProblem(error, { form });
    } finally {
      setBusy(false);
    }
  }
  return (
    <FormModal
      open={open}
      title={t('org.leader.appoint')}
      okText={t('org.leader.appoint')}
      destroyOnHidden
      form={form}
      busy={busy}
      onClose={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={save}
        name="appoint"
        initialValues={{ role: 'deputy', startsOn: dayjs(isoDateInVietnam(new Date())) }}
      >
        <Form.Item label={t('org.leader.person')} name="personId" required rules={[ruleFrom(validateSelected, t)]}>
          <PersonSelect />
        </Form.Item>
        <Form.Item label={t('org.leader.role')} name="role" required rules={[ruleFrom(validateSelected, t)]}>
          <Select options={LEADERSHIP_ROLES.map((r) => ({ value: r, label: pick(LEADERSHIP_ROLE_LABELS[r]) }))} />
        </Form.Item>
        <Form.Item label={t('org.leader.starts_on')} name="startsOn" required rules={[ruleFrom(validateSelected, t)]}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label={t('org.leader.basis')} name="basis" extra={t('org.leader.basis_hint')} rules={[ruleFrom(optional(300), t)]}>
          <Input />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

function EndTermDialog({
  term,
  organisationId,
  onClose,
  onDone,
}: {
  term: Term;
  organisationId: string;
  onClose: () => void;
  onDone: (d: Detail) => void;
}) {
  const { t } = useI18n();
  const showProblem = useShowProblem();
  const [form] = Form.useForm<{ endsOn: Dayjs; basis?: string }>();
  const [busy, setBusy] = useState(false);
  async function save(values: { endsOn: Dayjs; basis?: string }) {
    setBusy(true);
    try {
      onDone(
        await unwrap(
          api.POST('/api/v1/organisations/{id}/leadership/{termId}/end', {
            params: { path: { id: organisationId, termId: term.id } },
            body: { endsOn: values.endsOn.format('YYYY-MM-DD'), basis: values.basis ?? null },
          }),
        ),
      );
    } catch (error) {
      showProblem(error, { form });
    } finally {
      setBusy(false);
    }
  }
  return (
    <FormModal
      open
      title={t('org.leader.end_title', { name: term.personName })}
      okText={t('org.leader.end')}
      form={form}
      busy={busy}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">{t('org.leader.end_hint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={save} name="end-term" initialValues={{ endsOn: dayjs(isoDateInVietnam(new Date())) }}>
        <Form.Item
          label={t('org.leader.ends_on')}
          name="endsOn"
          required
          rules={[ruleFrom((v) => validateTermEnd(term.startsOn, v ? (v as Dayjs).format('YYYY-MM-DD') : null), t)]}
        >
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label={t('org.leader.basis')} name="basis" rules={[ruleFrom(optional(300), t)]}>
          <Input />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
