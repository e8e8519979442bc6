import { BellOutlined, CheckOutlined } from '@ant-design/icons';
import { App, Button, Empty, Radio, Spin, Typography } from 'antd';
import { useCallback, useEffect, useState, type CSSProperties } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api, unwrap, type JsonBody } from '../../api/client.ts';
import { Page } from '../../components/page.tsx';
import { useShowProblem } from '../../components/use-problem.tsx';
import { formatDateTime, formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { Pill } from '../proposals/due-tag.tsx';
import { unreadStore } from './unread-store.ts';

type NotificationPage = JsonBody<'/api/v1/notifications', 'get'>;
type Notification = NotificationPage['items'][number];

const STEP = 50; // newest first, a page at a time

const list: CSSProperties = { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 12 };
const cardStyle = (unread: boolean): CSSProperties => ({
  background: unread ? '#fff' : '#fafafa',
  border: '1px solid #f0f0f0',
  borderInlineStart: unread ? '4px solid #a8071a' : '1px solid #f0f0f0',
  borderRadius: 8,
  padding: '12px 16px',
});

/**
 * What kind of notice this is, in the reader's language. Subject and body are stored in
 * Vietnamese, as they were e-mailed. The kinds come from the OpenAPI document, so a kind added
 * on the server without a label in i18n/texts/lists.ts fails the type check here.
 */
function kindLabel(kind: Notification['kind']): MessageKey {
  return `notification.kind.${kind}`;
}

const markRead = (id: string) => unwrap(api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } }));

/**
 * My notifications (`GET /api/v1/notifications`), newest first, all or only the unread ones;
 * each can be marked read, and opens its case when it is about one. The header bell's count
 * follows every change made here.
 */
export function NotificationsPage() {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const showProblem = useShowProblem();
  const [searchParams, setSearchParams] = useSearchParams();
  const unreadOnly = searchParams.get('unread') === 'true';
  const [data, setData] = useState<NotificationPage | null>(null);
  const [loading, setLoading] = useState(true);
  const [busy, setBusy] = useState<string | null>(null);

  const page = useCallback(
    (offset: number) =>
      unwrap(
        api.GET('/api/v1/notifications', {
          params: { query: { limit: STEP, offset, ...(unreadOnly ? { unread: 'true' as const } : {}) } },
        }),
      ),
    [unreadOnly],
  );

  /** The first page again (after a filter change or marking all read). */
  const load = useCallback(async () => {
    setLoading(true);
    try {
      const first = await page(0);
      setData(first);
      unreadStore.set(first.unread);
    } catch (error) {
      showProblem(error);
    } finally {
      setLoading(false);
    }
  }, [page, showProblem]);

  /**
   * The next page, after those shown. A notice that arrived meanwhile pushes the others down and
   * is not shown twice; in the unread list, those marked read here have left the server's list.
   */
  async function more() {
    if (!data) return;
    setLoading(true);
    try {
      const next = await page(unreadOnly ? data.items.filter((n) => !n.readAt).length : data.items.length);
      const shown = new Set(data.items.map((n) => n.id));
      setData({ ...next, items: [...data.items, ...next.items.filter((n) => !shown.has(n.id))] });
      unreadStore.set(next.unread);
    } catch (error) {
      showProblem(error);
    } finally {
      setLoading(false);
    }
  }

  useEffect(() => {
    void load();
  }, [load]);

  /** Show these as read here and lower the bell's count by as many. */
  const applyRead = (ids: string[]) => {
    const now = new Date().toISOString();
    const marked = (data?.items ?? []).filter((n) => ids.includes(n.id) && !n.readAt).length;
    unreadStore.set(Math.max(0, (unreadStore.get() ?? marked) - marked));
    setData(
      (current) =>
        current && {
          ...current,
          unread: Math.max(0, current.unread - marked),
          items: current.items.map((n) => (ids.includes(n.id) && !n.readAt ? { ...n, readAt: now } : n)),
        },
    );
  };

  async function markOne(n: Notification) {
    setBusy(n.id);
    try {
      await markRead(n.id);
      applyRead([n.id]);
    } catch (error) {
      showProblem(error);
    } finally {
      setBusy(null);
    }
  }

  async function markAll() {
    setBusy('all');
    try {
      const { marked } = await unwrap(api.POST('/api/v1/notifications/read-all'));
      void message.success(t('notification.marked_all', { count: formatNumber(marked, locale) }));
    } catch (error) {
      showProblem(error);
    } finally {
      setBusy(null);
      void load();
    }
  }

  const items = data?.items ?? [];
  const unread = data?.unread ?? 0;
  return (
    <Page
      title={t('notification.title')}
      extra={
        unread > 0 && (
          <Button
            icon={<CheckOutlined />}
            onClick={() => void markAll()}
            loading={busy === 'all'}
            disabled={busy !== null && busy !== 'all'}
          >
            {t('notification.mark_all_read')}
          </Button>
        )
      }
    >
      <div className="block-gap" style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center' }}>
        <Radio.Group
          aria-label={t('notification.show')}
          optionType="button"
          value={unreadOnly ? 'unread' : 'all'}
          onChange={(event) => {
            setSearchParams(event.target.value === 'unread' ? { unread: 'true' } : {});
          }}
          options={[
            { value: 'all', label: t('notification.filter.all') },
            { value: 'unread', label: t('notification.filter.unread') },
          ]}
        />
        {data && (
          <Typography.Text>
            {unread > 0 ? t('notification.unread_count', { count: formatNumber(unread, locale) }) : t('notification.none_unread')}
          </Typography.Text>
        )}
      </div>
      {!data && loading ? (
        <Spin size="large" className="page-spinner" description={t('common.loading')} />
      ) : items.length === 0 ? (
        <div className="panel">
          <Empty
            image={<BellOutlined className="empty-icon" aria-hidden />}
            description={unreadOnly ? t('notification.empty_unread') : t('notification.empty')}
          />
        </div>
      ) : (
        <>
          <ul style={list} aria-busy={loading}>
            {items.map((n) => {
              const isUnread = !n.readAt;
              const subjectId = `notification-${n.id}`;
              return (
                <li key={n.id} style={cardStyle(isUnread)}>
                  <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
                    {isUnread && <Pill tone="red">{t('notification.unread')}</Pill>}
                    <Pill tone="blue">{t(kindLabel(n.kind))}</Pill>
                    <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                      {formatDateTime(n.createdAt)}
                    </Typography.Text>
                  </div>
                  <h2 id={subjectId} style={{ fontSize: 15, fontWeight: isUnread ? 600 : 500, margin: '6px 0', overflowWrap: 'anywhere' }}>
                    {n.subject}
                  </h2>
                  <Typography.Paragraph style={{ marginBottom: 8, overflowWrap: 'anywhere' }}>{n.body}</Typography.Paragraph>
                  {n.emailedAt && (
                    <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
                      {t('notification.emailed', { time: formatDateTime(n.emailedAt) })}
                    </Typography.Paragraph>
                  )}
                  <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center' }}>
                    {n.proposalId && (
                      <Link
                        to={`/proposals/${n.proposalId}`}
                        aria-describedby={subjectId}
                        onClick={() => {
                          // Opening the case reads it; the request finishes in the background.
                          if (isUnread)
                            void markRead(n.id).then(
                              () => applyRead([n.id]),
                              () => undefined,
                            );
                        }}
                      >
                        {t('notification.open_case')}
                      </Link>
                    )}
                    {isUnread && (
                      <Button
                        size="small"
                        icon={<CheckOutlined />}
                        aria-describedby={subjectId}
                        loading={busy === n.id}
                        disabled={busy !== null && busy !== n.id}
                        onClick={() => void markOne(n)}
                      >
                        {t('notification.mark_read')}
                      </Button>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
          {items.length < (data?.total ?? 0) && (
            <div className="block-gap-top">
              <Button loading={loading} onClick={() => void more()}>
                {t('notification.more')}
              </Button>
            </div>
          )}
        </>
      )}
    </Page>
  );
}
