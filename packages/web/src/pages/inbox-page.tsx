import { InboxOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Spin, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState, type CSSProperties, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api, unwrap, type JsonBody } from '../api/client.ts';
import { Page } from '../components/page.tsx';
import { useShowProblem } from '../components/use-problem.tsx';
import { formatNumber } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../session/session.tsx';
import { DueDate, Pill } from './proposals/due-tag.tsx';
import { useDueStatus } from '../components/use-working-calendar.ts';

type InboxItem = JsonBody<'/api/v1/me/inbox', 'get'>['items'][number];
type Deadline = JsonBody<'/api/v1/me/deadlines', 'get'>['items'][number];

/** Rows per request; "Xem thêm" asks for the next ones (the server pages, soonest due first). */
const PAGE = 20;

// Plain elements with inline styles: this page is in the first download (≤ 300 KB gzip with the
// login), so it avoids Ant Design's List, Card, Table and Pagination.
const card: CSSProperties = {
  background: '#fff',
  border: '1px solid #f0f0f0',
  borderRadius: 8,
  padding: '12px 16px',
  display: 'flex',
  flexWrap: 'wrap',
  gap: '8px 24px',
  justifyContent: 'space-between',
};
const list: CSSProperties = { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 12 };
const main: CSSProperties = { flex: '1 1 320px', minWidth: 0 };
const side: CSSProperties = { flex: '0 1 260px', minWidth: 0, display: 'grid', gap: 4, alignContent: 'start' };
const itemTitle: CSSProperties = { fontSize: 16, margin: '4px 0 8px', overflowWrap: 'anywhere' };
const small: CSSProperties = { fontSize: 13 };

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div style={small}>
      <Typography.Text type="secondary">{label}: </Typography.Text>
      {children}
    </div>
  );
}

/**
 * "What waits for me": the cases at a step of mine (`GET /api/v1/me/inbox`, soonest due first)
 * with what I may do now, the step's due date in dd/MM/yyyy and the working days left on the
 * calendar in force, overdue and escalated steps marked; below, other people's overdue steps
 * reported to me (`GET /api/v1/me/deadlines`, `as: escalation`).
 */
export function InboxPage() {
  const { t, pick, locale } = useI18n();
  const { session } = useSession();
  const navigate = useNavigate();
  const showProblem = useShowProblem();
  const [items, setItems] = useState<InboxItem[]>([]);
  const [total, setTotal] = useState(0);
  const [deadlines, setDeadlines] = useState<Deadline[]>([]);
  const [status, setStatus] = useState<'loading' | 'ready' | 'error'>('loading');
  const [loadingMore, setLoadingMore] = useState(false);

  const load = useCallback(async () => {
    setStatus('loading');
    try {
      const [page, mine] = await Promise.all([
        unwrap(api.GET('/api/v1/me/inbox', { params: { query: { limit: PAGE, offset: 0 } } })),
        unwrap(api.GET('/api/v1/me/deadlines')),
      ]);
      setItems(page.items);
      setTotal(page.total);
      setDeadlines(mine.items);
      setStatus('ready');
    } catch (error) {
      setStatus('error');
      showProblem(error);
    }
  }, [showProblem]);

  useEffect(() => {
    void load();
  }, [load]);

  async function loadMore() {
    setLoadingMore(true);
    try {
      const page = await unwrap(api.GET('/api/v1/me/inbox', { params: { query: { limit: PAGE, offset: items.length } } }));
      setItems((current) => [...current, ...page.items.filter((i) => !current.some((c) => c.id === i.id))]);
      setTotal(page.total);
    } catch (error) {
      showProblem(error);
    } finally {
      setLoadingMore(false);
    }
  }

  const escalations = useMemo(() => deadlines.filter((d) => d.as === 'escalation'), [deadlines]);
  const overdueMine = deadlines.filter((d) => d.as === 'holder' && d.overdue).length;
  /** My own step on a case (the soonest; the server sorts by due time), else the case's next due date. */
  const dueOf = useCallback(
    (item: InboxItem) => {
      const mine = deadlines.find((d) => d.proposalId === item.id && d.as === 'holder');
      if (mine) return { dueOn: mine.dueOn, overdue: mine.overdue, label: mine.label, mine: true };
      return item.nextDue ? { dueOn: item.nextDue.dueOn, overdue: item.nextDue.overdue, label: null, mine: false } : null;
    },
    [deadlines],
  );
  const dueOns = useMemo(
    () => [...items.map((i) => dueOf(i)?.dueOn), ...escalations.map((d) => d.dueOn)].filter((d): d is string => Boolean(d)),
    [items, escalations, dueOf],
  );
  const statusOf = useDueStatus(dueOns);

  const canPropose = Boolean(session?.account.personId);
  const newProposal = canPropose && (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/proposals/new')}>
      {t('inbox.new_proposal')}
    </Button>
  );

  let body: ReactNode;
  if (status === 'loading') {
    body = <Spin size="large" className="page-spinner" description={t('common.loading')} />;
  } else if (status === 'error') {
    body = (
      <div className="panel">
        <Button onClick={() => void load()}>{t('common.retry')}</Button>
      </div>
    );
  } else if (items.length === 0 && escalations.length === 0) {
    body = (
      <div className="panel">
        <Empty
          image={<InboxOutlined className="empty-icon" aria-hidden />}
          description={
            <>
              <Typography.Title level={2} className="empty-title">
                {t('inbox.empty.title')}
              </Typography.Title>
              <Typography.Paragraph type="secondary">{t('inbox.empty.body')}</Typography.Paragraph>
            </>
          }
        >
          <Link to="/search">{t('inbox.empty.search')}</Link>
        </Empty>
      </div>
    );
  } else {
    body = (
      <>
        {items.length > 0 && (
          <section aria-labelledby="inbox-waiting">
            <Typography.Title level={2} id="inbox-waiting" className="section-title">
              {t('inbox.waiting.title')}
            </Typography.Title>
            <Typography.Paragraph>
              {t('inbox.waiting.count', { count: formatNumber(total, locale) })}{' '}
              {overdueMine > 0 && <Typography.Text type="danger">{t('inbox.overdue_count', { count: overdueMine })}</Typography.Text>}
            </Typography.Paragraph>
            <ul style={list}>
              {items.map((item) => {
                const due = dueOf(item);
                const escalated = escalations.some((d) => d.proposalId === item.id);
                return (
                  <li key={item.id} style={card}>
                    <div style={main}>
                      <Typography.Text type="secondary" style={small}>
                        <span className="visually-hidden">{t('inbox.field.code')}: </span>
                        {item.code}
                      </Typography.Text>
                      <h3 style={itemTitle}>
                        <Link to={`/proposals/${item.id}`}>{item.title}</Link>
                      </h3>
                      <Field label={t('inbox.field.state')}>
                        {pick(item.stateLabel)}
                        {item.routing === 'superior' && (
                          <Pill tone="blue" style={{ marginInlineStart: 8 }}>
                            {t('inbox.routed_superior')}
                          </Pill>
                        )}
                      </Field>
                      <Field label={t('inbox.field.actions')}>
                        {item.actions.length > 0 ? (
                          item.actions.map((a) => pick(a.label)).join('; ')
                        ) : (
                          <Typography.Text type="secondary">{t('inbox.no_action')}</Typography.Text>
                        )}
                      </Field>
                    </div>
                    <div style={side}>
                      {due?.label && <Field label={t('inbox.field.step')}>{pick(due.label)}</Field>}
                      <Field label={due && !due.mine ? t('inbox.field.case_due') : t('inbox.field.due')}>
                        {due ? <DueDate dueOn={due.dueOn} status={statusOf(due)} /> : t('inbox.no_due')}
                      </Field>
                      {escalated && (
                        <div>
                          <Pill tone="red">{t('inbox.escalated')}</Pill>
                        </div>
                      )}
                    </div>
                  </li>
                );
              })}
            </ul>
            <div className="block-gap-top" style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 12 }}>
              {items.length < total && (
                <Button onClick={() => void loadMore()} loading={loadingMore}>
                  {t('inbox.more')}
                </Button>
              )}
              <Typography.Text type="secondary">
                {t('inbox.shown', { shown: formatNumber(items.length, locale), total: formatNumber(total, locale) })}
              </Typography.Text>
              <Link to="/proposals">{t('inbox.all_proposals')}</Link>
            </div>
          </section>
        )}
        {escalations.length > 0 && (
          <section aria-labelledby="inbox-escalations" className="block-gap-top">
            <Typography.Title level={2} id="inbox-escalations" className="section-title">
              {t('inbox.escalations.title')}
            </Typography.Title>
            <Typography.Paragraph type="secondary">{t('inbox.escalations.intro')}</Typography.Paragraph>
            <ul style={list}>
              {escalations.map((d) => (
                <li key={`${d.proposalId}:${d.timerId}`} style={card}>
                  <div style={main}>
                    <Typography.Text type="secondary" style={small}>
                      <span className="visually-hidden">{t('inbox.field.code')}: </span>
                      {d.code}
                    </Typography.Text>
                    <h3 style={itemTitle}>
                      <Link to={`/proposals/${d.proposalId}`}>{d.title}</Link>
                    </h3>
                    <Field label={t('inbox.field.step')}>{pick(d.label)}</Field>
                  </div>
                  <div style={side}>
                    <Field label={t('inbox.field.due')}>
                      <DueDate dueOn={d.dueOn} status={statusOf(d)} />
                    </Field>
                    <div>
                      <Pill tone="red">{t('inbox.escalated')}</Pill>
                    </div>
                  </div>
                </li>
              ))}
            </ul>
          </section>
        )}
      </>
    );
  }

  return (
    <Page title={t('inbox.title')} extra={newProposal}>
      <Typography.Paragraph>{t('inbox.greeting', { name: session?.account.displayName ?? '' })}</Typography.Paragraph>
      {body}
    </Page>
  );
}
