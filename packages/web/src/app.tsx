import { Alert, App as AntApp, Button, ConfigProvider, Spin } from 'antd';
// The ES builds of the locales: antd/locale/* are CommonJS and would pull a second copy of
// the date picker and pagination code into the first download.
import enUS from 'antd/es/locale/en_US';
import viVN from 'antd/es/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { createBrowserRouter, Navigate, Outlet, RouterProvider, useLocation } from 'react-router-dom';
import { I18nProvider, useI18n } from './i18n/i18n.tsx';
import { AppShell } from './layout/app-shell.tsx';
import { LoginPage } from './pages/login-page.tsx';
import { InboxPage } from './pages/inbox-page.tsx';
import { SessionProvider, useSession } from './session/session.tsx';
import { canManageDirectory } from './layout/navigation.ts';

// Login and inbox ship in the first load; every other screen is its own chunk, fetched
// together with the lifecycle screens' texts (one shared chunk, cached after the first use).
function withTexts<T>(screen: Promise<T>): Promise<T> {
  return Promise.all([screen, import('./i18n/texts/index.ts')]).then(([module]) => module);
}
const NotFoundPage = lazy(() => withTexts(import('./pages/not-found-page.tsx')).then((m) => ({ default: m.NotFoundPage })));
const SearchPage = lazy(() => withTexts(import('./pages/search-page.tsx')).then((m) => ({ default: m.SearchPage })));
const ProfilePage = lazy(() => withTexts(import('./pages/profile-page.tsx')).then((m) => ({ default: m.ProfilePage })));
const OrganisationsPage = lazy(() =>
  withTexts(import('./pages/admin/organisations-page.tsx')).then((m) => ({ default: m.OrganisationsPage })),
);
const PeoplePage = lazy(() => withTexts(import('./pages/admin/people-page.tsx')).then((m) => ({ default: m.PeoplePage })));
const AccountsPage = lazy(() => withTexts(import('./pages/admin/accounts-page.tsx')).then((m) => ({ default: m.AccountsPage })));
const ImportsPage = lazy(() => withTexts(import('./pages/admin/imports-page.tsx')).then((m) => ({ default: m.ImportsPage })));
const LedgerPage = lazy(() => withTexts(import('./pages/ledger-page.tsx')).then((m) => ({ default: m.LedgerPage })));
const ProposalsPage = lazy(() => withTexts(import('./pages/proposals/proposals-page.tsx')).then((m) => ({ default: m.ProposalsPage })));
const ProposalFormPage = lazy(() =>
  withTexts(import('./pages/proposal-form/proposal-form-page.tsx')).then((m) => ({ default: m.ProposalFormPage })),
);
const CasePage = lazy(() => withTexts(import('./pages/case/case-page.tsx')).then((m) => ({ default: m.CasePage })));
const NotificationsPage = lazy(() =>
  withTexts(import('./pages/notifications/notifications-page.tsx')).then((m) => ({ default: m.NotificationsPage })),
);
const DashboardPage = lazy(() => withTexts(import('./pages/dashboard/dashboard-page.tsx')).then((m) => ({ default: m.DashboardPage })));
const EncouragementsPage = lazy(() =>
  withTexts(import('./pages/personnel/encouragements-page.tsx')).then((m) => ({ default: m.EncouragementsPage })),
);
const ProceduresPage = lazy(() =>
  withTexts(import('./pages/admin/procedures/procedures-page.tsx')).then((m) => ({ default: m.ProceduresPage })),
);
const ProcedurePage = lazy(() =>
  withTexts(import('./pages/admin/procedures/procedure-page.tsx')).then((m) => ({ default: m.ProcedurePage })),
);
const CalendarPage = lazy(() => withTexts(import('./pages/admin/calendar-page.tsx')).then((m) => ({ default: m.CalendarPage })));
const VerifierPage = lazy(() => withTexts(import('./pages/verifier-page.tsx')).then((m) => ({ default: m.VerifierPage })));

function Loading() {
  const { t } = useI18n();
  return <Spin size="large" className="page-spinner" description={t('common.loading')} />;
}

function Unreachable({ onRetry }: { onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <main id="main" className="login-main">
      <Alert
        type="warning"
        showIcon
        title={t('problem.network')}
        description={t('problem.next.network')}
        action={
          <Button type="primary" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        }
      />
    </main>
  );
}

/** Screens behind the login: without a session, go to the login page and come back after. */
function RequireSession() {
  const { status, session, refresh } = useSession();
  const location = useLocation();
  useEffect(() => {
    if (status === 'idle') void refresh();
  }, [status, refresh]);
  if (status === 'idle' || status === 'loading') return <Loading />;
  if (status === 'error') return <Unreachable onRetry={() => void refresh()} />;
  if (!session) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  // A temporary password (new account, admin reset) must be replaced before anything else.
  if (session.account.mustChangePassword && location.pathname !== '/profile') return <Navigate to="/profile" replace />;
  return <Outlet />;
}

function RequireRole({
  check,
  children,
}: {
  check: (roles: readonly ('system_admin' | 'org_officer' | 'inspector')[]) => boolean;
  children: ReactNode;
}) {
  const { session } = useSession();
  if (!session || !check(session.roles)) return <NotFoundPage />;
  return <>{children}</>;
}

const directoryReader = (roles: readonly string[]) => roles.some((r) => r === 'system_admin' || r === 'org_officer' || r === 'inspector');
const ledgerReader = (roles: readonly string[]) => roles.includes('system_admin') || roles.includes('inspector');

const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    // Public and offline: the dossier verifier never calls the server.
    path: '/verify',
    element: (
      <Suspense fallback={<Loading />}>
        <VerifierPage />
      </Suspense>
    ),
  },
  {
    element: <RequireSession />,
    children: [
      {
        element: <AppShell />,
        children: [
          { index: true, element: <Navigate to="/inbox" replace /> },
          { path: '/inbox', element: <InboxPage /> },
          { path: '/search', element: <SearchPage /> },
          { path: '/proposals', element: <ProposalsPage /> },
          { path: '/proposals/new', element: <ProposalFormPage /> },
          { path: '/proposals/:id/edit', element: <ProposalFormPage /> },
          { path: '/proposals/:id', element: <CasePage /> },
          { path: '/notifications', element: <NotificationsPage /> },
          { path: '/dashboard', element: <DashboardPage /> },
          {
            path: '/personnel/encouragements',
            element: (
              <RequireRole check={directoryReader}>
                <EncouragementsPage />
              </RequireRole>
            ),
          },
          { path: '/admin/procedures', element: <ProceduresPage /> },
          { path: '/admin/procedures/:id/:version', element: <ProcedurePage /> },
          { path: '/admin/calendar', element: <CalendarPage /> },
          { path: '/profile', element: <ProfilePage /> },
          {
            path: '/admin/organisations',
            element: (
              <RequireRole check={directoryReader}>
                <OrganisationsPage />
              </RequireRole>
            ),
          },
          {
            path: '/admin/people',
            element: (
              <RequireRole check={directoryReader}>
                <PeoplePage />
              </RequireRole>
            ),
          },
          {
            path: '/admin/accounts',
            element: (
              <RequireRole check={canManageDirectory}>
                <AccountsPage />
              </RequireRole>
            ),
          },
          {
            path: '/admin/imports',
            element: (
              <RequireRole check={canManageDirectory}>
                <ImportsPage />
              </RequireRole>
            ),
          },
          {
            path: '/ledger',
            element: (
              <RequireRole check={ledgerReader}>
                <LedgerPage />
              </RequireRole>
            ),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

const THEME = {
  token: {
    // Deep red and gold of Vietnamese official documents; contrast checked against white (axe).
    colorPrimary: '#a8071a',
    colorLink: '#a8071a',
    // Ant Design's default grey texts (45 % black) fall short of WCAG AA contrast on white.
    colorTextSecondary: '#595959',
    colorTextDescription: '#595959',
    colorTextTertiary: '#595959',
    // Placeholders ("Gõ để tìm…") too: the default 25 % black fails axe's contrast check.
    colorTextPlaceholder: '#666666',
    colorError: '#cf1322',
    borderRadius: 6,
    fontFamily: "'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif",
  },
};

function Localised({ children }: { children: ReactNode }) {
  const { locale } = useI18n();
  useEffect(() => {
    dayjs.locale(locale === 'vi' ? 'vi' : 'en');
  }, [locale]);
  return (
    <ConfigProvider locale={locale === 'vi' ? viVN : enUS} theme={THEME}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <I18nProvider>
      <Localised>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </Localised>
    </I18nProvider>
  );
}
