import { Alert, App, Button, Card, Col, Descriptions, Form, Input, Row, Tag } from 'antd';
import { useState } from 'react';
import { api, unwrap } from '../api/client.ts';
import { LEADERSHIP_ROLE_LABELS, ROLE_LABELS } from '../components/labels.ts';
import { Page } from '../components/page.tsx';
import { useOrganisationNames } from '../components/use-organisation-names.ts';
import { useShowProblem } from '../components/use-problem.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { formatDateTime } from '../i18n/format.ts';
import { useSession } from '../session/session.tsx';
import { ruleFrom } from '../validation/antd-rule.ts';
import { validateLoginPassword, validateNewPassword, validatePasswordChange, validatePasswordConfirmation } from '../validation/forms.ts';

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  confirmation: string;
}

export function ProfilePage() {
  const { t, pick } = useI18n();
  const { session, refresh } = useSession();
  const { message } = App.useApp();
  const showProblem = useShowProblem();
  const [form] = Form.useForm<PasswordForm>();
  const [busy, setBusy] = useState(false);
  const names = useOrganisationNames([session?.account.scopeOrganisationId, ...(session?.positions.map((p) => p.organisationId) ?? [])]);
  if (!session) return null;
  const { account } = session;

  async function changePassword(values: PasswordForm) {
    setBusy(true);
    try {
      await unwrap(
        api.POST('/api/v1/auth/password', { body: { currentPassword: values.currentPassword, newPassword: values.newPassword } }),
      );
      form.resetFields();
      void message.success(t('profile.password.done'));
      await refresh();
    } catch (error) {
      showProblem(error, { form });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title={t('profile.title')}>
      {account.mustChangePassword && <Alert type="warning" showIcon className="block-gap" title={t('profile.must_change')} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={<h2 className="card-title">{t('profile.account')}</h2>}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('profile.username')}>{account.username}</Descriptions.Item>
              <Descriptions.Item label={t('profile.display_name')}>{account.displayName}</Descriptions.Item>
              <Descriptions.Item label={t('profile.roles')}>
                {session.roles.length ? session.roles.map((r) => <Tag key={r}>{t(ROLE_LABELS[r])}</Tag>) : t('profile.no_roles')}
              </Descriptions.Item>
              {account.scopeOrganisationId && (
                <Descriptions.Item label={t('profile.scope')}>{names[account.scopeOrganisationId] ?? '…'}</Descriptions.Item>
              )}
              <Descriptions.Item label={t('profile.positions')}>
                {session.positions.length
                  ? session.positions.map((p) => (
                      <div key={`${p.organisationId}-${p.role}`}>
                        {pick(LEADERSHIP_ROLE_LABELS[p.role])} — {names[p.organisationId] ?? '…'}
                      </div>
                    ))
                  : t('profile.no_positions')}
              </Descriptions.Item>
              {session.expiresAt && (
                <Descriptions.Item label={t('profile.session_expires')}>{formatDateTime(session.expiresAt)}</Descriptions.Item>
              )}
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={<h2 className="card-title">{t('profile.password.title')}</h2>}>
            <Form form={form} layout="vertical" onFinish={changePassword} disabled={busy} name="password">
              <Form.Item label={t('profile.password.current')} name="currentPassword" required rules={[ruleFrom(validateLoginPassword, t)]}>
                <Input.Password autoComplete="current-password" />
              </Form.Item>
              <Form.Item
                label={t('profile.password.new')}
                name="newPassword"
                required
                extra={t('profile.password.hint')}
                dependencies={['currentPassword']}
                rules={[
                  ruleFrom(validateNewPassword, t),
                  ruleFrom((v) => validatePasswordChange(form.getFieldValue('currentPassword'), v), t),
                ]}
              >
                <Input.Password autoComplete="new-password" />
              </Form.Item>
              <Form.Item
                label={t('profile.password.confirm')}
                name="confirmation"
                required
                dependencies={['newPassword']}
                rules={[ruleFrom((v) => validatePasswordConfirmation(form.getFieldValue('newPassword'), v), t)]}
              >
                <Input.Password autoComplete="new-password" />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={busy}>
                {t('profile.password.submit')}
              </Button>
            </Form>
          </Card>
        </Col>
      </Row>
    </Page>
  );
}
