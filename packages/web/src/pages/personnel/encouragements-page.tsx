import { DownloadOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  Drawer,
  Empty,
  Form,
  Grid,
  Input,
  List,
  Row,
  Select,
  Space,
  Spin,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, unwrap, type JsonBody } from '../../api/client.ts';
import { Page } from '../../components/page.tsx';
import { PersonSelect } from '../../components/remote-select.tsx';
import { usePaged } from '../../components/use-paged.ts';
import { useShowProblem } from '../../components/use-problem.tsx';
import { formatDate, formatNumber, isoDateInVietnam } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSession } from '../../session/session.tsx';
import { saveServerFile, useDownloads } from '../dashboard/download.ts';
import { startingUnits, UnitTreeSelect, type Unit } from '../dashboard/unit-tree-select.tsx';
import {
  detailsOf,
  filterQuery,
  KINDS,
  KIND_LABELS,
  kindLabel,
  type Encouragement,
  type EncouragementKind,
} from './encouragement-shape.ts';
import { SectionTitle } from '../../components/section-title.tsx';

type ListPage = JsonBody<'/api/v1/encouragements', 'get'>;
type PersonRecords = JsonBody<'/api/v1/people/{id}/encouragements', 'get'>['items'];
type Statistics = JsonBody<'/api/v1/statistics', 'get'>;

export function EncouragementsPage() {
  const { t, locale } = useI18n();
  const { session } = useSession();
  const showProblem = useShowProblem();
  const screens = Grid.useBreakpoint();
  const { busy, run } = useDownloads();
  const starts = useMemo(() => startingUnits(session), [session]);

  const [kind, setKind] = useState<EncouragementKind | null>(null);
  const [unit, setUnit] = useState<Unit | null>(null);
  const [byKind, setByKind] = useState<ListPage['byKind']>([]);
  const [person, setPerson] = useState<{ id: string; name: string } | null>(null);
  const [figures, setFigures] = useState<Statistics | null>(null);

  const load = useCallback(
    async (query: { q?: string; limit: number; offset: number }) => {
      const page = await unwrap(
        api.GET('/api/v1/encouragements', {
          params: { query: { ...query, ...filterQuery({ kind, under: unit?.id ?? null, q: query.q ?? '' }) } },
        }),
      );
      setByKind(page.byKind);
      return page;
    },
    [kind, unit],
  );
  const { data, loading, search, pagination } = usePaged<Encouragement>(load, showProblem);
  const [q, setQ] = useState('');
  const [searched, setSearched] = useState('');

  // A filter change starts again at the first page.
  const { onChange: changePage, pageSize } = pagination;
  const refilter = useCallback(() => changePage(1, pageSize), [changePage, pageSize]);

  // The §8 figure of the unit (or the account's scope) for this year, from the statistics.
  const today = isoDateInVietnam(new Date());
  const year = today.slice(0, 4);
  useEffect(() => {
    let live = true;
    const query = { period: 'year' as const, from: `${year}-01-01`, to: today, ...(unit ? { organisationId: unit.id } : {}) };
    unwrap(api.GET('/api/v1/statistics', { params: { query } }))
      .then((s) => live && setFigures(s))
      // Statistics are a summary here: without the right to read them the list still works.
      .catch(() => live && setFigures(null));
    return () => {
      live = false;
    };
  }, [unit, year, today]);

  const exportList = (format: 'csv' | 'xlsx') =>
    void run(`export-${format}`, () =>
      saveServerFile(
        api.GET('/api/v1/encouragements/export', {
          params: { query: { ...filterQuery({ kind, under: unit?.id ?? null, q: searched }), format } },
          parseAs: 'blob',
        }),
        `${t('encouragement.list.heading')}.${format}`,
      ),
    );

  const columns = [
    {
      title: t('encouragement.column.beneficiary'),
      key: 'beneficiary',
      onCell: () => ({ style: { minWidth: 120 } }),
      render: (_: unknown, r: Encouragement) =>
        r.beneficiaryKind === 'individual' ? (
          <Button
            type="link"
            style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
            onClick={() => setPerson(r.beneficiary)}
            aria-label={t('encouragement.person.open', { name: r.beneficiary.name })}
          >
            {r.beneficiary.name}
          </Button>
        ) : (
          <Space size={4} wrap>
            <span>{r.beneficiary.name}</span>
            <Tag>{t('encouragement.organisation')}</Tag>
          </Space>
        ),
    },
    {
      title: t('encouragement.column.kind'),
      key: 'kind',
      onCell: () => ({ style: { minWidth: 170 } }),
      render: (_: unknown, r: Encouragement) => (
        <>
          <div>{kindLabel(r.kind, t)}</div>
          {detailsOf(r, t).map((line) => (
            <Typography.Text key={line} type="secondary" style={{ display: 'block', fontSize: 13 }}>
              {line}
            </Typography.Text>
          ))}
        </>
      ),
    },
    {
      title: t('encouragement.column.unit'),
      key: 'unit',
      responsive: ['md' as const],
      render: (_: unknown, r: Encouragement) => r.unit?.name ?? '',
    },
    {
      title: t('encouragement.column.proposal'),
      key: 'proposal',
      render: (_: unknown, r: Encouragement) => (
        <Link to={`/proposals/${r.proposalId}`}>
          <span style={{ whiteSpace: 'nowrap' }}>{r.proposalCode}</span>
          {screens.md ? ` — ${r.proposalTitle}` : ''}
        </Link>
      ),
    },
    {
      title: t('encouragement.column.date'),
      key: 'date',
      width: 120,
      render: (_: unknown, r: Encouragement) => formatDate(r.recordedAt),
    },
    {
      title: t('encouragement.column.decision'),
      key: 'decision',
      responsive: ['lg' as const],
      render: (_: unknown, r: Encouragement) => r.decision ?? '',
    },
  ];

  return (
    <>
      <Page title={t('encouragement.title')}>
        <Typography.Paragraph type="secondary" style={{ maxWidth: 860 }}>
          {t('encouragement.intro')}
        </Typography.Paragraph>

        <Card size="small" className="block-gap">
          <Form layout="vertical" component="div" role="search" aria-label={t('encouragement.filters')}>
            <Row gutter={[16, 0]}>
              <Col xs={24} md={12} xl={6}>
                <Form.Item label={t('encouragement.filter.kind')} htmlFor="encouragement-kind" style={{ marginBottom: 8 }}>
                  <Select<EncouragementKind>
                    id="encouragement-kind"
                    allowClear
                    placeholder={t('encouragement.filter.kind_all')}
                    value={kind ?? undefined}
                    onChange={(v) => {
                      setKind(v ?? null);
                      refilter();
                    }}
                    options={KINDS.map((k) => ({ value: k, label: t(KIND_LABELS[k]) }))}
                    popupMatchSelectWidth={false}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={12} xl={6}>
                <Form.Item label={t('encouragement.filter.unit')} htmlFor="encouragement-unit" style={{ marginBottom: 8 }}>
                  <UnitTreeSelect
                    id="encouragement-unit"
                    roots={starts}
                    value={unit}
                    onChange={(u) => {
                      setUnit(u);
                      refilter();
                    }}
                    allowClear
                    placeholder={t('encouragement.filter.unit_all')}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={12} xl={6}>
                <Form.Item label={t('encouragement.search')} htmlFor="encouragement-search" style={{ marginBottom: 8 }}>
                  <Input.Search
                    id="encouragement-search"
                    allowClear
                    value={q}
                    onChange={(e) => setQ(e.target.value)}
                    onSearch={(value) => {
                      setSearched(value);
                      search(value);
                    }}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={12} xl={6}>
                <Form.Item label={t('encouragement.person.lookup')} htmlFor="encouragement-person" style={{ marginBottom: 8 }}>
                  <PersonSelect
                    id="encouragement-person"
                    value={person?.id ?? null}
                    onChange={(id) => {
                      if (!id) return setPerson(null);
                      void unwrap(api.GET('/api/v1/people/{id}', { params: { path: { id } } }))
                        .then((p) => setPerson({ id: p.id, name: p.fullName }))
                        .catch(showProblem);
                    }}
                    allowClear
                  />
                </Form.Item>
              </Col>
            </Row>
          </Form>
        </Card>

        <section aria-labelledby="encouragement-figures">
          <SectionTitle id="encouragement-figures">{t('encouragement.figures.heading')}</SectionTitle>
          <Row gutter={[12, 12]}>
            {figures && (
              <Col xs={24} md={8} xl={6}>
                <Card size="small" style={{ height: '100%' }}>
                  <Statistic
                    title={t('encouragement.figures.statistics', { year })}
                    value={figures.totals.encouragements}
                    formatter={(v) => formatNumber(Number(v), locale)}
                  />
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {t('encouragement.figures.statistics_note', {
                      unit: figures.organisation?.name ?? t('dashboard.unit.all'),
                      from: formatDate(figures.from),
                      to: formatDate(figures.to),
                    })}
                  </Typography.Text>
                </Card>
              </Col>
            )}
            <Col xs={24} md={figures ? 16 : 24} xl={figures ? 18 : 24}>
              <Card size="small" title={<h3 className="card-title">{t('encouragement.figures.by_kind')}</h3>} style={{ height: '100%' }}>
                <Row gutter={[12, 12]}>
                  {byKind.map((k) => (
                    <Col key={k.kind} xs={12} sm={8}>
                      <Statistic
                        title={t(KIND_LABELS[k.kind])}
                        value={k.count}
                        formatter={(v) => formatNumber(Number(v), locale)}
                        styles={{ title: { fontSize: 13 } }}
                      />
                    </Col>
                  ))}
                </Row>
              </Card>
            </Col>
          </Row>
        </section>

        <section aria-labelledby="encouragement-list">
          <SectionTitle
            id="encouragement-list"
            extra={
              <>
                <Button
                  icon={<DownloadOutlined />}
                  loading={busy === 'export-csv'}
                  onClick={() => exportList('csv')}
                  aria-label={t('dashboard.export.of', { format: t('dashboard.export.csv'), table: t('encouragement.list.heading') })}
                >
                  {t('dashboard.export.csv')}
                </Button>
                <Button
                  icon={<DownloadOutlined />}
                  loading={busy === 'export-xlsx'}
                  onClick={() => exportList('xlsx')}
                  aria-label={t('dashboard.export.of', { format: t('dashboard.export.xlsx'), table: t('encouragement.list.heading') })}
                >
                  {t('dashboard.export.xlsx')}
                </Button>
              </>
            }
          >
            {t('encouragement.list.heading')}
          </SectionTitle>
          <Table<Encouragement>
            rowKey="id"
            loading={loading}
            dataSource={data.items}
            columns={columns}
            locale={{ emptyText: <Empty description={t('encouragement.empty')} /> }}
            pagination={{ ...pagination, showTotal: (total) => t('common.total', { count: formatNumber(total, locale) }) }}
            scroll={{ x: true }}
          />
        </section>

        <PersonDrawer person={person} onClose={() => setPerson(null)} narrow={!screens.sm} />
      </Page>
    </>
  );
}

/** One person's encouragements (`GET /people/{id}/encouragements`), as on the personnel file. */
function PersonDrawer({ person, onClose, narrow }: { person: { id: string; name: string } | null; onClose: () => void; narrow: boolean }) {
  const { t, locale } = useI18n();
  const showProblem = useShowProblem();
  const [items, setItems] = useState<PersonRecords | null>(null);
  useEffect(() => {
    if (!person) return;
    let live = true;
    setItems(null);
    unwrap(api.GET('/api/v1/people/{id}/encouragements', { params: { path: { id: person.id } } }))
      .then((r) => live && setItems(r.items))
      .catch((error: unknown) => {
        if (!live) return;
        setItems([]);
        showProblem(error);
      });
    return () => {
      live = false;
    };
  }, [person, showProblem]);

  return (
    <Drawer
      open={person !== null}
      onClose={onClose}
      title={person ? t('encouragement.person.title', { name: person.name }) : ''}
      size={narrow ? '100%' : 560}
      destroyOnHidden
    >
      {items === null ? (
        <Spin description={t('common.loading')} />
      ) : items.length === 0 ? (
        <Alert type="info" showIcon title={t('encouragement.person.empty')} />
      ) : (
        <>
          <Typography.Paragraph>{t('encouragement.person.count', { count: formatNumber(items.length, locale) })}</Typography.Paragraph>
          <List
            dataSource={items}
            renderItem={(r) => (
              <List.Item key={r.id}>
                <List.Item.Meta
                  title={kindLabel(r.kind, t)}
                  description={
                    <>
                      {detailsOf(r, t).map((line) => (
                        <div key={line}>{line}</div>
                      ))}
                      <div>
                        {t('encouragement.column.proposal')}:{' '}
                        <Link to={`/proposals/${r.proposalId}`}>{`${r.proposalCode} — ${r.proposalTitle}`}</Link>
                      </div>
                      <div>
                        {t('encouragement.column.date')}: {formatDate(r.recordedAt)}
                      </div>
                      {r.decision && (
                        <div>
                          {t('encouragement.column.decision')}: {r.decision}
                        </div>
                      )}
                    </>
                  }
                />
              </List.Item>
            )}
          />
        </>
      )}
    </Drawer>
  );
}
