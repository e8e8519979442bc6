import {
  ApartmentOutlined,
  BarChartOutlined,
  BellOutlined,
  CalendarOutlined,
  FileTextOutlined,
  PartitionOutlined,
  TrophyOutlined,
  AuditOutlined,
  CloudUploadOutlined,
  InboxOutlined,
  LogoutOutlined,
  MenuOutlined,
  SafetyCertificateOutlined,
  SearchOutlined,
  TeamOutlined,
  UserOutlined,
  IdcardOutlined,
} from '@ant-design/icons';
import { Button, Grid, Layout, Menu, Spin, Typography, type MenuProps } from 'antd';
import { lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { LanguageSwitch } from '../components/language-switch.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { NotificationBell } from '../pages/notifications/notification-bell.tsx';
import { useSession } from '../session/session.tsx';
import { navigationFor, type NavItem } from './navigation.ts';

const MobileMenu = lazy(() => import('./mobile-menu.tsx').then((m) => ({ default: m.MobileMenu })));

const ICONS: Record<NavItem['icon'], ReactNode> = {
  inbox: <InboxOutlined />,
  proposals: <FileTextOutlined />,
  notifications: <BellOutlined />,
  dashboard: <BarChartOutlined />,
  encouragements: <TrophyOutlined />,
  procedures: <PartitionOutlined />,
  calendar: <CalendarOutlined />,
  search: <SearchOutlined />,
  org: <ApartmentOutlined />,
  people: <TeamOutlined />,
  accounts: <IdcardOutlined />,
  import: <CloudUploadOutlined />,
  ledger: <AuditOutlined />,
  verify: <SafetyCertificateOutlined />,
  profile: <UserOutlined />,
};

export function Brand() {
  return (
    <Link to="/" className="brand" aria-label="Khiên">
      <img src="/favicon.svg" alt="" width={28} height={28} />
      <span>Khiên</span>
    </Link>
  );
}

export function AppShell() {
  const { t } = useI18n();
  const { session, logout } = useSession();
  const screens = Grid.useBreakpoint();
  const navigate = useNavigate();
  const location = useLocation();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const narrow = !screens.lg;

  const items = useMemo<MenuProps['items']>(
    () =>
      navigationFor(session?.roles ?? []).map((group, i) => {
        const children = group.items.map((item) => ({ key: item.path, icon: ICONS[item.icon], label: t(item.label) }));
        return group.label
          ? { type: 'group' as const, key: `g${i}`, label: t(group.label), children }
          : { type: 'group' as const, key: `g${i}`, children };
      }),
    [session, t],
  );
  const selected =
    '/' +
    location.pathname
      .split('/')
      .filter(Boolean)
      .slice(0, location.pathname.startsWith('/admin') ? 2 : 1)
      .join('/');

  const menu = (
    <nav aria-label={t('nav.label')}>
      <Menu
        mode="inline"
        items={items}
        selectedKeys={[selected]}
        onClick={({ key }) => {
          setDrawerOpen(false);
          navigate(key);
        }}
      />
    </nav>
  );

  return (
    <Layout className="shell">
      <a className="skip-link" href="#main">
        {t('shell.skip_to_content')}
      </a>
      <Layout.Header className="shell-header">
        {narrow && <Button type="text" icon={<MenuOutlined />} aria-label={t('shell.open_menu')} onClick={() => setDrawerOpen(true)} />}
        <Brand />
        <div className="shell-header-right">
          <NotificationBell accountId={session?.account.id} />
          <LanguageSwitch />
          {!narrow && (
            <Typography.Text className="shell-user" ellipsis>
              {session?.account.displayName}
            </Typography.Text>
          )}
          <Button
            icon={<LogoutOutlined />}
            onClick={async () => {
              await logout().catch(() => undefined);
              navigate('/login', { replace: true });
            }}
          >
            {narrow ? null : t('shell.logout')}
            {narrow && <span className="visually-hidden">{t('shell.logout')}</span>}
          </Button>
        </div>
      </Layout.Header>
      <Layout>
        {!narrow && (
          <Layout.Sider width={248} theme="light" className="shell-sider">
            {menu}
          </Layout.Sider>
        )}
        {narrow && drawerOpen && (
          <Suspense fallback={null}>
            <MobileMenu open={drawerOpen} onClose={() => setDrawerOpen(false)} title={t('nav.label')}>
              {menu}
            </MobileMenu>
          </Suspense>
        )}
        {/* Not Layout.Content: that renders a <main> of its own, and the page needs exactly one. */}
        <div className="shell-content">
          <main id="main" className="shell-main" tabIndex={-1}>
            <Suspense fallback={<Spin size="large" className="page-spinner" description={t('common.loading')} />}>
              <Outlet />
            </Suspense>
          </main>
        </div>
      </Layout>
    </Layout>
  );
}
