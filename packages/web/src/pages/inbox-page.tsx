import { InboxOutlined } from '@ant-design/icons';
import { Empty, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { Page } from '../components/page.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../session/session.tsx';

/**
 * "What waits for me". The proposal lifecycle API (packages/server/src/http/routes/proposals.ts)
 * is what fills this list — steps with their holder and due date in working days. Until the
 * web app is wired to it, the page says so plainly instead of showing sample rows.
 */
export function InboxPage() {
  const { t } = useI18n();
  const { session } = useSession();
  return (
    <Page title={t('inbox.title')}>
      <Typography.Paragraph>{t('inbox.greeting', { name: session?.account.displayName ?? '' })}</Typography.Paragraph>
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
    </Page>
  );
}
