import { LockOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api, unwrap } from '../api/client.ts';
import { describeProblem } from '../api/problem-text.ts';
import { LanguageSwitch } from '../components/language-switch.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../session/session.tsx';
import { validateLoginPassword, validateLoginUsername } from '../validation/forms.ts';
import { ruleFrom } from '../validation/antd-rule.ts';

/** Only same-site paths are followed after login (no open redirect through ?next=). */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/login')) return '/inbox';
  return next;
}

export function LoginPage() {
  const { t, pick } = useI18n();
  const { session, setSession, lost, status, refresh } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [error, setError] = useState<{ message: string; next: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const next = safeNext(params.get('next'));

  useEffect(() => {
    document.title = `${t('login.title')} · Khiên`;
  }, [t]);
  useEffect(() => {
    if (status === 'idle') void refresh();
  }, [status, refresh]);
  useEffect(() => {
    if (status === 'ready' && session) navigate(next, { replace: true });
  }, [status, session, next, navigate]);

  async function submit(values: { username: string; password: string }) {
    setBusy(true);
    setError(null);
    try {
      const result = await unwrap(api.POST('/api/v1/auth/login', { body: values }));
      setSession(result);
      navigate(result.account.mustChangePassword ? '/profile' : next, { replace: true });
    } catch (caught) {
      const text = describeProblem(caught, pick);
      setError({ message: text.message ?? t(text.messageKey ?? 'problem.unexpected'), next: t(text.next) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="login-screen">
      <div className="login-language">
        <LanguageSwitch />
      </div>
      <main id="main" className="login-main">
        <div className="panel login-card">
          <div className="login-brand">
            <img src="/favicon.svg" alt="" width={48} height={48} />
            <div>
              <Typography.Title level={1} className="login-title">
                {t('login.title')}
              </Typography.Title>
              <Typography.Text type="secondary">{t('login.subtitle')}</Typography.Text>
            </div>
          </div>
          {lost && !error && <Alert type="warning" showIcon className="login-alert" title={t('login.session_lost')} />}
          {error && <Alert type="error" showIcon className="login-alert" role="alert" title={error.message} description={error.next} />}
          <Form layout="vertical" requiredMark={false} onFinish={submit} disabled={busy} name="login">
            <Form.Item label={t('login.username')} name="username" rules={[ruleFrom(validateLoginUsername, t)]}>
              <Input prefix={<UserOutlined aria-hidden />} autoComplete="username" autoFocus size="large" autoCapitalize="none" />
            </Form.Item>
            <Form.Item label={t('login.password')} name="password" rules={[ruleFrom(validateLoginPassword, t)]}>
              <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" size="large" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block size="large" loading={busy}>
              {t('login.submit')}
            </Button>
          </Form>
          <Typography.Paragraph type="secondary" className="login-help">
            {t('login.help')}
          </Typography.Paragraph>
          <Link to="/verify" className="login-verify">
            <SafetyCertificateOutlined aria-hidden /> {t('login.verify_link')}
          </Link>
        </div>
      </main>
    </div>
  );
}
