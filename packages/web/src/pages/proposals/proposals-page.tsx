import { DownloadOutlined, FilterOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Grid, Input, Select, Table, Typography, type TableProps } from 'antd';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api, unwrap, type JsonBody } from '../../api/client.ts';
import { Page } from '../../components/page.tsx';
import { OrganisationSelect, PersonSelect } from '../../components/remote-select.tsx';
import { useShowProblem } from '../../components/use-problem.tsx';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSession } from '../../session/session.tsx';
import { DueDate } from './due-tag.tsx';
import {
  DEFAULT_FILTERS,
  PAGE_SIZES,
  exportHref,
  filtersFromSearch,
  filtersToSearch,
  isFiltered,
  listQuery,
  withFilters,
  type ProposalFilters,
  type Sort,
} from './list-query.ts';
import { stateOptions, type StateOption } from './state-options.ts';
import { useDueStatus } from '../../components/use-working-calendar.ts';

type ProposalPage = JsonBody<'/api/v1/proposals', 'get'>;
type Proposal = ProposalPage['items'][number];

/** The states of every procedure in force (built-in and local variants), for the state filter. */
async function loadStates(): Promise<StateOption[]> {
  const { items } = await unwrap(api.GET('/api/v1/procedures'));
  const definitions = await Promise.all(
    items.map((p) => unwrap(api.GET('/api/v1/procedures/{id}/{version}', { params: { path: { id: p.id, version: p.version } } }))),
  );
  return stateOptions(definitions.map((d) => d.definition));
}

function FilterField({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div style={{ display: 'grid', gap: 4, flex: '1 1 200px', minWidth: 0 }}>
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}

/**
 * Every proposal the account may see: filters, diacritic-insensitive search and sorting all on
 * the server, one page at a time (fast with tens of thousands of cases), the filters kept in
 * the address, and the same filters exported to CSV/XLSX. A row opens the case.
 */
export function ProposalsPage() {
  const { t, pick, locale } = useI18n();
  const { session } = useSession();
  const navigate = useNavigate();
  const showProblem = useShowProblem();
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.toString();
  const filters = useMemo(() => filtersFromSearch(new URLSearchParams(search)), [search]);
  const [data, setData] = useState<ProposalPage>({ items: [], total: 0, limit: DEFAULT_FILTERS.pageSize, offset: 0 });
  const [loading, setLoading] = useState(true);
  const [states, setStates] = useState<StateOption[]>([]);
  const [q, setQ] = useState(filters.q);
  // Phones hide the code and due columns (the code then shows above the title, the due date
  // under the state) and fold the filters away behind a button.
  const screens = Grid.useBreakpoint();
  const wide = screens.md ?? true;
  const dueColumn = screens.sm ?? true;
  const [filtersOpen, setFiltersOpen] = useState(() => isFiltered(filters));

  // Back/Forward or a link changes the address: the search box follows.
  useEffect(() => setQ(filters.q), [filters.q]);

  useEffect(() => {
    let live = true;
    loadStates()
      .then((found) => live && setStates(found))
      .catch(() => undefined); // the filter then offers no state; the list still works
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    let live = true;
    setLoading(true);
    unwrap(api.GET('/api/v1/proposals', { params: { query: listQuery(filters) } }))
      .then((page) => live && setData(page))
      .catch((error: unknown) => live && showProblem(error))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [filters, showProblem]);

  const update = (change: Partial<ProposalFilters>) => setSearchParams(filtersToSearch(withFilters(filters, change)));
  const statusOf = useDueStatus(useMemo(() => data.items.flatMap((p) => (p.nextDue ? [p.nextDue.dueOn] : [])), [data.items]));

  const sortOrder = (key: Sort) => (filters.sort === key ? (filters.order === 'asc' ? ('ascend' as const) : ('descend' as const)) : null);
  const columns: TableProps<Proposal>['columns'] = [
    {
      title: t('proposals.col.code'),
      dataIndex: 'code',
      key: 'code',
      sorter: true,
      sortOrder: sortOrder('code'),
      responsive: ['md'],
      render: (code: string) => <span style={{ whiteSpace: 'nowrap' }}>{code}</span>,
    },
    {
      title: t('proposals.col.title'),
      key: 'title',
      sorter: true,
      sortOrder: sortOrder('title'),
      render: (_: unknown, p: Proposal) => (
        <>
          {!wide && (
            <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
              {p.code}
            </Typography.Text>
          )}
          <Link to={`/proposals/${p.id}`} style={{ overflowWrap: 'anywhere' }}>
            {p.title}
          </Link>
        </>
      ),
    },
    {
      title: t('proposals.col.state'),
      key: 'state',
      render: (_: unknown, p: Proposal) => (
        <>
          {pick(p.stateLabel)}
          {!dueColumn && p.nextDue && (
            <div style={{ marginTop: 4 }}>
              <DueDate dueOn={p.nextDue.dueOn} status={statusOf(p.nextDue)} />
            </div>
          )}
        </>
      ),
    },
    {
      title: t('proposals.col.proposer'),
      key: 'proposer',
      responsive: ['lg'],
      render: (_: unknown, p: Proposal) => p.proposer?.name ?? '',
    },
    {
      title: t('proposals.col.agency'),
      key: 'agency',
      responsive: ['xl'],
      render: (_: unknown, p: Proposal) => p.employingAgency.name,
    },
    {
      title: t('proposals.col.due'),
      key: 'due',
      responsive: ['sm'],
      render: (_: unknown, p: Proposal) => (p.nextDue ? <DueDate dueOn={p.nextDue.dueOn} status={statusOf(p.nextDue)} /> : ''),
    },
    {
      title: t('proposals.col.updated'),
      key: 'updated',
      sorter: true,
      sortOrder: sortOrder('updated'),
      responsive: ['md'],
      render: (_: unknown, p: Proposal) => formatDate(p.updatedAt),
    },
    {
      title: t('proposals.col.created'),
      key: 'created',
      sorter: true,
      sortOrder: sortOrder('created'),
      responsive: ['xxl'],
      render: (_: unknown, p: Proposal) => formatDate(p.createdAt),
    },
  ];

  const onChange: TableProps<Proposal>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'sort') {
      const one = Array.isArray(sorter) ? sorter[0] : sorter;
      const key = one?.order ? (String(one.columnKey) as Sort) : DEFAULT_FILTERS.sort;
      update({ sort: key, order: one?.order === 'ascend' ? 'asc' : one?.order ? 'desc' : DEFAULT_FILTERS.order });
    } else if (extra.action === 'paginate') {
      const pageSize = pagination.pageSize ?? filters.pageSize;
      update({ page: pageSize === filters.pageSize ? (pagination.current ?? 1) : 1, pageSize });
    }
  };

  const any = { value: '', label: t('proposals.filter.any') };
  return (
    <Page
      title={t('proposals.title')}
      extra={
        session?.account.personId && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/proposals/new')}>
            {t('proposals.new')}
          </Button>
        )
      }
    >
      <form
        role="search"
        className="block-gap"
        style={{ maxWidth: 560 }}
        // Enter and the search button both go through the box's onSearch (one history entry).
        onSubmit={(event) => event.preventDefault()}
      >
        <label htmlFor="proposals-q" style={{ display: 'block', marginBottom: 4 }}>
          {t('proposals.search')}
        </label>
        <Input.Search
          id="proposals-q"
          allowClear
          value={q}
          maxLength={200}
          placeholder={t('proposals.search_placeholder')}
          onChange={(event) => {
            setQ(event.target.value);
            // Clearing the box (its × button) shows everything again at once.
            if (!event.target.value && filters.q) update({ q: '' });
          }}
          onSearch={(value) => update({ q: value })}
          enterButton
        />
      </form>
      {!wide && (
        <Button
          className="block-gap"
          icon={<FilterOutlined />}
          aria-expanded={filtersOpen}
          aria-controls="proposals-filters"
          onClick={() => setFiltersOpen((open) => !open)}
        >
          {t('proposals.filters_show')}
        </Button>
      )}
      <>
        <section
          id="proposals-filters"
          hidden={!wide && !filtersOpen}
          aria-label={t('proposals.filters')}
          className="block-gap"
          style={{ display: !wide && !filtersOpen ? 'none' : 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'end' }}
        >
          <FilterField id="proposals-state" label={t('proposals.filter.state')}>
            <Select
              id="proposals-state"
              value={filters.state ?? ''}
              onChange={(value: string) => update({ state: value || null })}
              options={[any, ...states.map((s) => ({ value: s.id, label: pick(s.label) }))]}
              showSearch={{ optionFilterProp: 'label' }}
            />
          </FilterField>
          <FilterField id="proposals-agency" label={t('proposals.filter.agency')}>
            <OrganisationSelect
              id="proposals-agency"
              allowClear
              value={filters.agencyId}
              onChange={(value) => update({ agencyId: value })}
            />
          </FilterField>
          <FilterField id="proposals-proposer" label={t('proposals.filter.proposer')}>
            <PersonSelect
              id="proposals-proposer"
              allowClear
              value={filters.proposerId}
              onChange={(value) => update({ proposerId: value })}
            />
          </FilterField>
          <FilterField id="proposals-overdue" label={t('proposals.filter.overdue')}>
            <Select
              id="proposals-overdue"
              value={filters.overdue ?? ''}
              onChange={(value: string) => update({ overdue: value === 'true' || value === 'false' ? value : null })}
              options={[
                any,
                { value: 'true', label: t('proposals.filter.overdue_true') },
                { value: 'false', label: t('proposals.filter.overdue_false') },
              ]}
            />
          </FilterField>
          <FilterField id="proposals-approval" label={t('proposals.filter.approval')}>
            <Select
              id="proposals-approval"
              value={filters.approvalKind ?? ''}
              onChange={(value: string) => update({ approvalKind: value === 'vote' || value === 'override' ? value : null })}
              options={[
                any,
                { value: 'vote', label: t('proposals.filter.approval_vote') },
                { value: 'override', label: t('proposals.filter.approval_override') },
              ]}
            />
          </FilterField>
          {isFiltered(filters) && (
            <Button
              onClick={() =>
                setSearchParams(
                  filtersToSearch({ ...DEFAULT_FILTERS, sort: filters.sort, order: filters.order, pageSize: filters.pageSize }),
                )
              }
            >
              {t('proposals.filter.clear')}
            </Button>
          )}
        </section>
      </>
      <div className="block-gap" style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
        <Button icon={<DownloadOutlined />} href={exportHref(filters, 'csv')} download>
          {t('proposals.export.csv')}
        </Button>
        <Button icon={<DownloadOutlined />} href={exportHref(filters, 'xlsx')} download>
          {t('proposals.export.xlsx')}
        </Button>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t('proposals.export.hint')}
        </Typography.Text>
      </div>
      <Table<Proposal>
        rowKey="id"
        loading={loading}
        dataSource={data.items}
        columns={columns}
        onChange={onChange}
        showSorterTooltip={false}
        locale={{ emptyText: isFiltered(filters) ? t('proposals.empty') : t('proposals.empty_all') }}
        onRow={(p) => ({
          onClick: (event) => {
            // The title is a link already (keyboard, open in a new tab); a click elsewhere on the row opens the case too.
            if ((event.target as HTMLElement).closest('a, button')) return;
            navigate(`/proposals/${p.id}`);
          },
          style: { cursor: 'pointer' },
        })}
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: data.total,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES.map(String),
          showTotal: (total) => t('common.total', { count: formatNumber(total, locale) }),
        }}
        scroll={{ x: true }}
      />
    </Page>
  );
}
