import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';
import { Page } from '../components/page.tsx';
import { useI18n } from '../i18n/i18n.tsx';

export function NotFoundPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Page title={t('notfound.title')}>
      <Result
        status="404"
        subTitle={t('notfound.body')}
        extra={
          <Button type="primary" onClick={() => navigate('/inbox')}>
            {t('notfound.back')}
          </Button>
        }
      />
    </Page>
  );
}
