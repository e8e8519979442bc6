import { DownloadOutlined } from '@ant-design/icons';
import {
  Alert,
  Breadcrumb,
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Form,
  Grid,
  Row,
  Select,
  Space,
  Spin,
  Statistic,
  Table,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { api, isApiError, unwrap } from '../../api/client.ts';
import { Page } from '../../components/page.tsx';
import { useShowProblem } from '../../components/use-problem.tsx';
import { formatDate, formatNumber, isoDateInVietnam } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSession } from '../../session/session.tsx';
import { saveBlob, saveServerFile, useDownloads } from './download.ts';
import { csvOf } from './files.ts';
import { StatChart } from './stat-chart.tsx';
import {
  checkRange,
  defaultRange,
  defaultReviewPeriod,
  FIGURE_LABELS,
  GRANULARITIES,
  GRANULARITY_LABELS,
  hasAnyFigure,
  KPI_FIGURES,
  PERIOD_TABLE_FIGURES,
  periodChartOption,
  periodLabel,
  rangePresets,
  reviewPeriods,
  trail,
  UNIT_TABLE_GROUPS,
  unitChartHeight,
  unitChartOption,
  unitRows,
  withParam,
  type FigureKey,
  type Figures,
  type Granularity,
  type Statistics,
  type UnitRow,
} from './statistics-shape.ts';
import { startingUnits, UnitTreeSelect, type Unit } from './unit-tree-select.tsx';
import { SectionTitle } from '../../components/section-title.tsx';

const DATE_FORMAT = 'DD/MM/YYYY';
type PeriodRow = Statistics['periods'][number];
type RootFigures = { organisation: UnitRow['organisation']; figures: Figures };

/** Ancestors of a unit (the unit first), from the organisation API; cached for the session. */
const parents = new Map<string, Promise<{ id: string; name: string; parentId: string | null } | null>>();
function organisationOf(id: string) {
  let pending = parents.get(id);
  if (!pending) {
    pending = unwrap(api.GET('/api/v1/organisations/{id}', { params: { path: { id } } }))
      .then((o) => ({ id: o.id, name: o.name, parentId: o.parentId }))
      .catch(() => null);
    parents.set(id, pending);
  }
  return pending;
}
async function chainOf(id: string): Promise<Unit[]> {
  const chain: Unit[] = [];
  let next: string | null = id;
  for (let depth = 0; next && depth < 12; depth++) {
    const unit = await organisationOf(next);
    if (!unit) break;
    chain.push({ id: unit.id, name: unit.name });
    next = unit.parentId;
  }
  return chain;
}

/**
 * A wide table scrolls inside its own box (Ant Design's `scroll.x`, first column fixed). The
 * scrolling element gets the keyboard focus and a name so that it can be scrolled without a
 * mouse (WCAG 2.1.1; axe scrollable-region-focusable): Ant Design gives it neither.
 */
function ScrollBox({ label, children }: { label: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    for (const el of box.current?.querySelectorAll<HTMLElement>('.ant-table-content, .ant-table-body') ?? []) {
      el.tabIndex = 0;
      el.setAttribute('role', 'region');
      el.setAttribute('aria-label', label);
    }
  });
  return (
    <div ref={box} className="block-gap-top">
      {children}
    </div>
  );
}

/** Width of a figure column; the table scrolls sideways when they do not fit. */
const FIGURE_WIDTH = 92;

export function DashboardPage() {
  const { t, locale } = useI18n();
  const { session } = useSession();
  const showProblem = useShowProblem();
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const narrow = !screens.md;
  const { busy, run } = useDownloads();

  const today = isoDateInVietnam(new Date());
  const fallback = defaultRange(today);
  const orgId = params.get('org');
  const periodParam = params.get('period');
  const period: Granularity = GRANULARITIES.includes(periodParam as Granularity) ? (periodParam as Granularity) : 'month';
  const from = params.get('from') ?? fallback.from;
  const to = params.get('to') ?? fallback.to;
  const rangeError = checkRange(from, to);
  const starts = useMemo(() => startingUnits(session), [session]);
  const admin = starts === 'all';

  const [view, setView] = useState<Statistics | null>(null);
  const [roots, setRoots] = useState<RootFigures[]>([]);
  const [loading, setLoading] = useState(false);
  const [forbidden, setForbidden] = useState(false);
  const [chain, setChain] = useState<Unit[]>([]);

  useEffect(() => {
    if (rangeError) return;
    let live = true;
    setLoading(true);
    setForbidden(false);
    const query = { period, from, to, ...(orgId ? { organisationId: orgId } : {}) };
    unwrap(api.GET('/api/v1/statistics', { params: { query } }))
      .then(async (result) => {
        if (!live) return;
        setView(result);
        if (result.organisation !== null) return setRoots([]);
        // The whole system (administrator): one line per top-level agency.
        const top = await unwrap(api.GET('/api/v1/organisations', { params: { query: { roots: 'true', limit: 50 } } }));
        const lines = await Promise.all(
          top.items.map(async (o) => {
            const s = await unwrap(
              api.GET('/api/v1/statistics', { params: { query: { organisationId: o.id, period: 'year', from, to } } }),
            );
            return { organisation: { id: o.id, code: o.code, name: o.name }, figures: s.totals };
          }),
        );
        if (live) setRoots(lines);
      })
      .catch((error: unknown) => {
        if (!live) return;
        setView(null);
        if (isApiError(error) && error.status === 403) setForbidden(true);
        else showProblem(error);
      })
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [orgId, period, from, to, rangeError, showProblem]);

  const currentId = view?.organisation?.id ?? null;
  useEffect(() => {
    let live = true;
    if (!currentId) {
      setChain([]);
      return;
    }
    void chainOf(currentId).then((c) => live && setChain(c));
    return () => {
      live = false;
    };
  }, [currentId]);

  const setParam = useCallback(
    (name: string, value: string | null) => {
      const next = new URLSearchParams(params);
      if (value === null) next.delete(name);
      else next.set(name, value);
      setParams(next);
    },
    [params, setParams],
  );
  const setRange = (range: { from: string; to: string }) => {
    const next = new URLSearchParams(params);
    next.set('from', range.from);
    next.set('to', range.to);
    setParams(next);
  };
  const drillTo = (id: string | null) => `/dashboard${withParam(location.search, 'org', id)}`;

  const format = (n: number) => formatNumber(n, locale);
  const unitName = view?.organisation?.name ?? t('dashboard.unit.all');
  const rows = view ? unitRows(view, roots) : [];
  const chartOptions = { t, locale, format, narrow };

  // The breadcrumb: from the account's starting unit (or the whole system) down to the current unit.
  const startIds = new Set(admin ? [] : starts);
  if (!admin && !orgId && currentId) startIds.add(currentId);
  const crumbs = view?.organisation ? (trail(chain, startIds) ?? (admin ? [...chain].reverse() : chain.slice(0, 1))) : [];
  const breadcrumbItems = [
    ...(admin
      ? [{ key: 'all', title: view?.organisation ? <Link to={drillTo(null)}>{t('dashboard.unit.all')}</Link> : t('dashboard.unit.all') }]
      : []),
    ...crumbs.map((u, i) => ({
      key: u.id,
      title: i === crumbs.length - 1 ? u.name : <Link to={drillTo(u.id)}>{u.name}</Link>,
    })),
  ];

  const numberColumn = (k: FigureKey) => ({
    title: t(FIGURE_LABELS[k]),
    key: k,
    align: 'right' as const,
    width: FIGURE_WIDTH,
    render: (_: unknown, r: { figures: Figures }) => format(r.figures[k]),
  });

  const periodColumns = [
    {
      title: t('dashboard.column.period'),
      key: 'period',
      fixed: 'left' as const,
      width: narrow ? 96 : 170,
      render: (_: unknown, p: PeriodRow) => periodLabel(p.key, t, locale),
    },
    ...PERIOD_TABLE_FIGURES.map(numberColumn),
  ];

  const unitColumns = [
    {
      title: t('dashboard.column.unit'),
      key: 'unit',
      fixed: 'left' as const,
      width: narrow ? 120 : 260,
      render: (_: unknown, r: UnitRow) =>
        r.own ? (
          t('dashboard.by_unit.own', { name: r.organisation.name })
        ) : (
          <Link to={drillTo(r.organisation.id)} title={t('dashboard.by_unit.drill', { name: r.organisation.name })}>
            {r.organisation.name}
          </Link>
        ),
    },
    ...UNIT_TABLE_GROUPS.map((g) => ({ title: t(g.label), key: g.label, children: g.figures.map(numberColumn) })),
  ];

  const totalRow = (columns: readonly FigureKey[], label: string, leading = 1) =>
    view ? (
      <Table.Summary>
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={leading}>
            <strong>{label}</strong>
          </Table.Summary.Cell>
          {columns.map((k, i) => (
            <Table.Summary.Cell key={k} index={i + leading} align="right">
              <strong>{format(view.totals[k])}</strong>
            </Table.Summary.Cell>
          ))}
        </Table.Summary.Row>
      </Table.Summary>
    ) : null;

  const statisticsExport = (fileFormat: 'csv' | 'xlsx', key: string) =>
    run(key, () =>
      saveServerFile(
        api.GET('/api/v1/statistics/export', {
          params: { query: { period, from, to, format: fileFormat, ...(currentId ? { organisationId: currentId } : {}) } },
          parseAs: 'blob',
        }),
        `${t('dashboard.title')}.${fileFormat}`,
      ),
    );

  const unitCsv = () =>
    run('unit-csv', async () => {
      const unitFigures = UNIT_TABLE_GROUPS.flatMap((g) => g.figures);
      const text = csvOf(
        [t('dashboard.column.unit'), ...unitFigures.map((k) => t(FIGURE_LABELS[k]))],
        [
          ...rows.map((r) => [
            r.own ? t('dashboard.by_unit.own', { name: r.organisation.name }) : r.organisation.name,
            ...unitFigures.map((k) => r.figures[k]),
          ]),
          ...(view ? [[t('dashboard.total'), ...unitFigures.map((k) => view.totals[k])]] : []),
        ],
      );
      const name = `${t('dashboard.by_unit.heading')} - ${unitName} ${from} ${to}.csv`;
      saveBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), name);
      return name;
    });

  const exportButtons = (table: string, csv: () => void, xlsx: () => void, keys: [string, string]) => (
    <>
      <Button
        icon={<DownloadOutlined />}
        loading={busy === keys[0]}
        onClick={csv}
        aria-label={t('dashboard.export.of', { format: t('dashboard.export.csv'), table })}
      >
        {t('dashboard.export.csv')}
      </Button>
      <Button
        icon={<DownloadOutlined />}
        loading={busy === keys[1]}
        onClick={xlsx}
        aria-label={t('dashboard.export.of', { format: t('dashboard.export.xlsx'), table })}
        title={t('dashboard.export.xlsx_note')}
      >
        {t('dashboard.export.xlsx')}
      </Button>
    </>
  );

  const reviewOptions = reviewPeriods({ from, to }, today);
  const [reviewPeriod, setReviewPeriod] = useState<string | null>(null);
  const chosenReview =
    reviewPeriod && reviewOptions.includes(reviewPeriod)
      ? reviewPeriod
      : (reviewOptions.find((k) => k === defaultReviewPeriod({ from, to })) ?? reviewOptions[0] ?? null);
  const reviewDownload = (fileFormat: 'docx' | 'pdf' | 'xlsx') =>
    currentId && chosenReview
      ? run(`review-${fileFormat}`, () =>
          saveServerFile(
            api.GET('/api/v1/reports/review', {
              params: { query: { organisationId: currentId, period: chosenReview, format: fileFormat } },
              parseAs: 'blob',
            }),
            `${t('dashboard.review.heading')}.${fileFormat}`,
          ),
        )
      : undefined;

  const presets = rangePresets(today).map((p) => ({
    label: t(p.label),
    value: [dayjs(p.range.from), dayjs(p.range.to)] as [Dayjs, Dayjs],
  }));
  const anyFigure = view ? hasAnyFigure(view.totals) : false;

  return (
    <>
      <Page title={t('dashboard.title')}>
        <Typography.Paragraph type="secondary" style={{ maxWidth: 860 }}>
          {t('dashboard.intro')}
        </Typography.Paragraph>
        {!forbidden && (
          <Card size="small" className="block-gap">
            <Form layout="vertical" component="div" aria-label={t('dashboard.filters')} role="group">
              <Row gutter={[16, 0]}>
                <Col xs={24} md={10}>
                  <Form.Item label={t('dashboard.unit')} htmlFor="dashboard-unit" style={{ marginBottom: 8 }}>
                    <UnitTreeSelect
                      id="dashboard-unit"
                      roots={starts}
                      value={view?.organisation ? { id: view.organisation.id, name: view.organisation.name } : null}
                      onChange={(unit) => setParam('org', unit?.id ?? null)}
                      allowClear={admin}
                      placeholder={t('dashboard.unit.all')}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={8} md={4}>
                  <Form.Item label={t('dashboard.period')} htmlFor="dashboard-period" style={{ marginBottom: 8 }}>
                    <Select<Granularity>
                      id="dashboard-period"
                      value={period}
                      onChange={(v) => setParam('period', v)}
                      options={GRANULARITIES.map((g) => ({ value: g, label: t(GRANULARITY_LABELS[g]) }))}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={16} md={10}>
                  <Form.Item
                    label={t('dashboard.range')}
                    htmlFor="dashboard-from"
                    style={{ marginBottom: 8 }}
                    validateStatus={rangeError ? 'error' : undefined}
                    help={rangeError ? t(rangeError) : undefined}
                  >
                    <label htmlFor="dashboard-to" className="visually-hidden">
                      {t('dashboard.range.to')}
                    </label>
                    <DatePicker.RangePicker
                      id={{ start: 'dashboard-from', end: 'dashboard-to' }}
                      format={DATE_FORMAT}
                      allowClear={false}
                      value={rangeError ? null : [dayjs(from), dayjs(to)]}
                      placeholder={[t('dashboard.range.from'), t('dashboard.range.to')]}
                      presets={presets}
                      onChange={(values) => {
                        if (values?.[0] && values[1])
                          setRange({ from: values[0].format('YYYY-MM-DD'), to: values[1].format('YYYY-MM-DD') });
                      }}
                      style={{ width: '100%' }}
                    />
                  </Form.Item>
                </Col>
              </Row>
            </Form>
          </Card>
        )}

        {breadcrumbItems.length > 0 && (
          <nav aria-label={t('dashboard.breadcrumb')} className="block-gap">
            <Breadcrumb items={breadcrumbItems} />
          </nav>
        )}

        {forbidden && <Alert type="warning" showIcon title={t('dashboard.forbidden.title')} description={t('dashboard.forbidden.body')} />}
        {loading && !view && <Spin description={t('common.loading')} />}

        {view && !forbidden && (
          <Spin spinning={loading} description={t('common.loading')}>
            <Typography.Paragraph strong style={{ fontSize: 16, marginBottom: 4 }}>
              {t('dashboard.heading', { unit: unitName, from: formatDate(view.from), to: formatDate(view.to) })}
            </Typography.Paragraph>
            {!anyFigure && <Alert type="info" showIcon title={t('dashboard.empty')} className="block-gap-top" />}

            <section aria-labelledby="dashboard-kpi">
              <SectionTitle id="dashboard-kpi">{t('dashboard.kpi.heading')}</SectionTitle>
              <Row gutter={[12, 12]}>
                {KPI_FIGURES.map((k) => (
                  <Col key={k} xs={12} sm={8} lg={6} xxl={3}>
                    <Card size="small" style={{ height: '100%' }}>
                      <Statistic
                        title={t(FIGURE_LABELS[k])}
                        value={view.totals[k]}
                        formatter={(v) => format(Number(v))}
                        styles={{ content: k === 'overdueSteps' && view.totals[k] > 0 ? { color: '#a8071a' } : undefined }}
                      />
                    </Card>
                  </Col>
                ))}
              </Row>
              <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
                {t('dashboard.stock_note', { date: formatDate(view.to) })}
              </Typography.Paragraph>
            </section>

            <section aria-labelledby="dashboard-by-period">
              <SectionTitle
                id="dashboard-by-period"
                extra={exportButtons(
                  t('dashboard.by_period.heading'),
                  () => void statisticsExport('csv', 'period-csv'),
                  () => void statisticsExport('xlsx', 'period-xlsx'),
                  ['period-csv', 'period-xlsx'],
                )}
              >
                {t('dashboard.by_period.heading')}
              </SectionTitle>
              {anyFigure && (
                <StatChart
                  option={periodChartOption(view, chartOptions)}
                  label={t('dashboard.by_period.chart')}
                  height={narrow ? 300 : 340}
                />
              )}
              <ScrollBox label={t('dashboard.table', { table: t('dashboard.by_period.heading') })}>
                <Table<PeriodRow>
                  rowKey="key"
                  size="small"
                  dataSource={view.periods}
                  columns={periodColumns}
                  pagination={false}
                  scroll={{ x: (narrow ? 96 : 170) + PERIOD_TABLE_FIGURES.length * FIGURE_WIDTH }}
                  summary={() => totalRow(PERIOD_TABLE_FIGURES, t('dashboard.total'))}
                />
              </ScrollBox>
            </section>

            <section aria-labelledby="dashboard-by-unit">
              <SectionTitle
                id="dashboard-by-unit"
                extra={exportButtons(
                  t('dashboard.by_unit.heading'),
                  () => void unitCsv(),
                  () => void statisticsExport('xlsx', 'unit-xlsx'),
                  ['unit-csv', 'unit-xlsx'],
                )}
              >
                {t('dashboard.by_unit.heading')}
              </SectionTitle>
              <Typography.Paragraph type="secondary">
                {view.organisation === null ? t('dashboard.by_unit.roots') : t('dashboard.by_unit.hint')}
              </Typography.Paragraph>
              {rows.length > 0 && anyFigure && (
                <StatChart
                  option={unitChartOption(rows, chartOptions)}
                  label={t('dashboard.by_unit.chart')}
                  height={unitChartHeight(rows.length)}
                  onCategoryClick={(index) => {
                    const row = rows[index];
                    if (row && !row.own) void navigate(drillTo(row.organisation.id));
                  }}
                />
              )}
              {rows.length === 0 ? (
                <Empty description={t('dashboard.empty')} />
              ) : (
                <ScrollBox label={t('dashboard.table', { table: t('dashboard.by_unit.heading') })}>
                  <Table<UnitRow>
                    rowKey="key"
                    size="small"
                    bordered
                    dataSource={rows}
                    columns={unitColumns}
                    pagination={false}
                    scroll={{ x: (narrow ? 120 : 260) + UNIT_TABLE_GROUPS.flatMap((g) => g.figures).length * FIGURE_WIDTH }}
                    summary={() =>
                      totalRow(
                        UNIT_TABLE_GROUPS.flatMap((g) => g.figures),
                        t('dashboard.total'),
                      )
                    }
                  />
                </ScrollBox>
              )}
            </section>

            <section aria-labelledby="dashboard-review">
              <SectionTitle id="dashboard-review">{t('dashboard.review.heading')}</SectionTitle>
              {currentId && chosenReview ? (
                <>
                  <Typography.Paragraph type="secondary">{t('dashboard.review.hint', { unit: unitName })}</Typography.Paragraph>
                  <Space wrap align="end">
                    <Form layout="vertical" component="div">
                      <Form.Item label={t('dashboard.review.period')} htmlFor="dashboard-review-period" style={{ marginBottom: 0 }}>
                        <Select<string>
                          id="dashboard-review-period"
                          value={chosenReview}
                          onChange={setReviewPeriod}
                          options={reviewOptions.map((k) => ({ value: k, label: periodLabel(k, t, locale) }))}
                          style={{ minWidth: 220 }}
                        />
                      </Form.Item>
                    </Form>
                    <Button icon={<DownloadOutlined />} loading={busy === 'review-docx'} onClick={() => void reviewDownload('docx')}>
                      {t('dashboard.review.docx')}
                    </Button>
                    <Button icon={<DownloadOutlined />} loading={busy === 'review-pdf'} onClick={() => void reviewDownload('pdf')}>
                      {t('dashboard.review.pdf')}
                    </Button>
                    <Button icon={<DownloadOutlined />} loading={busy === 'review-xlsx'} onClick={() => void reviewDownload('xlsx')}>
                      {t('dashboard.review.xlsx')}
                    </Button>
                  </Space>
                </>
              ) : (
                <Typography.Paragraph type="secondary">{t('dashboard.review.need_unit')}</Typography.Paragraph>
              )}
            </section>
          </Spin>
        )}
      </Page>
    </>
  );
}
