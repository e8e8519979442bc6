import { BellOutlined } from '@ant-design/icons';
import { useEffect, useSyncExternalStore } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { api, unwrap } from '../../api/client.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { badgeText, unreadStore } from './unread-store.ts';

/** Polling is modest: on each navigation (at most every 5 s) and every minute while the tab is visible. */
const POLL_MS = 60_000;

const loadUnread = async () => (await unwrap(api.GET('/api/v1/notifications', { params: { query: { unread: 'true', limit: 1 } } }))).unread;

/**
 * The header bell: a link to /notifications whose name says how many are unread. In the first
 * download, so it uses no Ant Design component beyond the icon.
 */
export function NotificationBell({ accountId }: { accountId: string | undefined }) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const count = useSyncExternalStore(unreadStore.subscribe, unreadStore.get);

  useEffect(() => {
    // Another account on the same tab must not see the previous one's count.
    unreadStore.set(null);
    void unreadStore.refresh(loadUnread, { force: true });
  }, [accountId]);
  useEffect(() => {
    void unreadStore.refresh(loadUnread);
  }, [pathname]);
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void unreadStore.refresh(loadUnread);
    }, POLL_MS);
    return () => clearInterval(timer);
  }, []);

  const badge = badgeText(count);
  const label = count ? t('notification.bell_unread', { count }) : t('notification.bell');
  return (
    <Link
      to="/notifications"
      aria-label={label}
      title={label}
      aria-current={pathname === '/notifications' ? 'page' : undefined}
      style={{
        position: 'relative',
        display: 'inline-flex',
        alignItems: 'center',
        justifyContent: 'center',
        width: 36,
        height: 36,
        borderRadius: 6,
        color: 'rgba(0, 0, 0, 0.88)',
        fontSize: 20,
        flex: 'none',
      }}
    >
      <BellOutlined aria-hidden />
      {badge && (
        <span
          aria-hidden
          style={{
            position: 'absolute',
            top: 0,
            right: -4,
            minWidth: 18,
            height: 18,
            padding: '0 5px',
            borderRadius: 9,
            background: '#a8071a',
            color: '#fff',
            fontSize: 11,
            fontWeight: 600,
            lineHeight: '18px',
            textAlign: 'center',
            boxSizing: 'border-box',
          }}
        >
          {badge}
        </span>
      )}
    </Link>
  );
}
