import { CheckCircleFilled, CloseCircleFilled, FileProtectOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Card, Descriptions, Layout, Result, Space, Spin, Table, Tag, Typography, Upload } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { Link } from 'react-router-dom';
import type { EventVerdict } from '@khien/core/ledger';
import { LanguageSwitch } from '../components/language-switch.tsx';
import { Page } from '../components/page.tsx';
import { formatDateTime, formatNumber } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import type { MessageKey } from '../i18n/messages.ts';
import { useSession } from '../session/session.tsx';
import { validateDossierFile } from '../validation/forms.ts';
import {
  DossierError,
  openDossier,
  verifyDossier,
  type DocumentStatus,
  type DossierReport,
  type OpenedDossier,
} from '../verify/dossier.ts';

interface EventRow {
  key: number;
  position: number;
  envelope: Record<string, unknown> | null;
  payload: unknown;
  verdict: EventVerdict;
}

const DOCUMENT_STATUS: Record<DocumentStatus, { color: string; key: MessageKey }> = {
  ok: { color: 'green', key: 'verify.doc.ok' },
  mismatch: { color: 'red', key: 'verify.doc.mismatch' },
  missing: { color: 'red', key: 'verify.doc.missing' },
  damaged: { color: 'red', key: 'verify.doc.damaged' },
  bad_hash: { color: 'red', key: 'verify.doc.bad_hash' },
  not_included: { color: 'default', key: 'verify.doc.not_included' },
};

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * The static dossier verifier: open a dossier ZIP (or its dossier.json) and check it in the
 * browser — signatures, inclusion proofs, payload commitments and document hashes — with the
 * same core code as `khien dossier verify`. The file never leaves the computer; the page makes
 * no request while verifying, and needs no login.
 */
export function VerifierPage() {
  const { t, pick, locale } = useI18n();
  const { session } = useSession();
  const [fileName, setFileName] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ key: MessageKey; detail: string | null } | null>(null);
  const [opened, setOpened] = useState<OpenedDossier | null>(null);
  const [report, setReport] = useState<DossierReport | null>(null);

  async function check(file: File) {
    setFileName(file.name);
    setReport(null);
    setOpened(null);
    setFailure(null);
    const invalid = validateDossierFile(file);
    if (invalid) {
      setFailure({ key: invalid, detail: null });
      return;
    }
    setBusy(true);
    try {
      const dossier = await openDossier(new Uint8Array(await file.arrayBuffer()));
      setOpened(dossier);
      setReport(await verifyDossier(dossier));
    } catch (error) {
      setFailure(
        error instanceof DossierError
          ? { key: error.key, detail: error.detail }
          : { key: 'verify.error.unexpected', detail: error instanceof Error ? error.message : null },
      );
    } finally {
      setBusy(false);
    }
  }

  const rows: EventRow[] =
    opened && report
      ? opened.dossier.events.map((e, i) => ({
          key: i,
          position: i + 1,
          envelope: typeof e.envelope === 'object' && e.envelope !== null ? (e.envelope as Record<string, unknown>) : null,
          payload: e.payload,
          verdict: report.bundle.events[i]!,
        }))
      : [];
  const failedEvents = report ? report.bundle.events.filter((e) => !e.ok).length : 0;

  return (
    <Layout className="shell">
      <a className="skip-link" href="#main">
        {t('shell.skip_to_content')}
      </a>
      <Layout.Header className="shell-header">
        <Link to="/" className="brand">
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <span>Khiên</span>
        </Link>
        <div className="shell-header-right">
          <LanguageSwitch />
          <Link to={session ? '/inbox' : '/login'}>{session ? t('verify.back_to_app') : t('verify.login')}</Link>
        </div>
      </Layout.Header>
      <Layout.Content>
        <main id="main" className="shell-main verifier" tabIndex={-1}>
          <Page title={t('verify.title')}>
            <Typography.Paragraph>{t('verify.intro')}</Typography.Paragraph>
            <Alert type="info" showIcon icon={<SafetyCertificateOutlined />} title={t('verify.offline')} className="block-gap" />
            <Upload.Dragger
              accept=".zip,.json,application/zip,application/json"
              multiple={false}
              showUploadList={false}
              beforeUpload={(file) => {
                void check(file);
                return false;
              }}
            >
              <p className="ant-upload-drag-icon">
                <FileProtectOutlined aria-hidden />
              </p>
              <p className="ant-upload-text">{t('verify.drop')}</p>
              <p className="ant-upload-hint">{t('verify.drop_hint')}</p>
            </Upload.Dragger>

            <div aria-live="polite" className="block-gap-top">
              {busy && <Spin description={t('verify.checking')} />}
              {failure && (
                <Result
                  status="error"
                  title={t('verify.cannot_open', { name: fileName ?? '' })}
                  subTitle={
                    <>
                      {t(failure.key)}
                      {failure.detail && (
                        <>
                          <br />
                          <code>{failure.detail}</code>
                        </>
                      )}
                    </>
                  }
                />
              )}
              {report && (
                <Result
                  data-testid="dossier-verdict"
                  data-verdict={report.ok ? 'valid' : 'invalid'}
                  icon={report.ok ? <CheckCircleFilled className="verdict-ok" /> : <CloseCircleFilled className="verdict-bad" />}
                  title={report.ok ? t('verify.verdict.ok') : t('verify.verdict.bad')}
                  subTitle={
                    report.ok
                      ? t('verify.verdict.ok_detail', { count: formatNumber(rows.length, locale) })
                      : t('verify.verdict.bad_detail', {
                          failed: formatNumber(failedEvents, locale),
                          count: formatNumber(rows.length, locale),
                        })
                  }
                />
              )}
            </div>

            {report && opened && (
              <Space direction="vertical" size={16} style={{ width: '100%' }}>
                <Card title={<h2 className="card-title">{t('verify.checkpoint')}</h2>}>
                  {report.bundle.checkpointIssues.map((issue) => (
                    <Alert key={issue.code} type="error" showIcon title={pick(issue)} className="block-gap" />
                  ))}
                  {report.bundle.checkpoint && (
                    <Descriptions column={1} size="small">
                      <Descriptions.Item label={t('verify.origin')}>{report.bundle.checkpoint.origin}</Descriptions.Item>
                      <Descriptions.Item label={t('verify.tree_size')}>
                        {formatNumber(report.bundle.checkpoint.size, locale)}
                      </Descriptions.Item>
                      <Descriptions.Item label={t('verify.root')}>
                        <code className="hash">{report.bundle.checkpoint.rootHash}</code>
                      </Descriptions.Item>
                      <Descriptions.Item label={t('verify.signed_by')}>{report.bundle.checkpoint.logKeys.join(', ')}</Descriptions.Item>
                      <Descriptions.Item label={t('verify.cosigned_by')}>
                        {report.bundle.checkpoint.cosignatures.length
                          ? report.bundle.checkpoint.cosignatures.map((c) => (
                              <div key={c.witness}>
                                {c.witness} — {formatDateTime(new Date(c.timestamp * 1000))}
                              </div>
                            ))
                          : t('verify.no_cosignatures')}
                      </Descriptions.Item>
                    </Descriptions>
                  )}
                  <Typography.Paragraph type="secondary" className="hint">
                    {t('verify.key_hint')}
                  </Typography.Paragraph>
                </Card>

                <Card title={<h2 className="card-title">{t('verify.events', { count: formatNumber(rows.length, locale) })}</h2>}>
                  <Table<EventRow>
                    size="small"
                    rowKey="key"
                    dataSource={rows}
                    pagination={{ pageSize: 50, hideOnSinglePage: true }}
                    scroll={{ x: true }}
                    expandable={{
                      expandedRowRender: (row) => (
                        <pre className="payload">
                          {row.payload === null ? t('verify.redacted_payload') : JSON.stringify(row.payload, null, 2)}
                        </pre>
                      ),
                    }}
                    onRow={(row) => ({ 'data-verdict': row.verdict.ok ? 'valid' : 'invalid' }) as HTMLAttributes<HTMLElement>}
                    columns={[
                      {
                        title: t('verify.col.index'),
                        key: 'index',
                        render: (_, r) => (r.verdict.index === null ? '—' : formatNumber(r.verdict.index, locale)),
                      },
                      {
                        title: t('verify.col.verdict'),
                        key: 'verdict',
                        render: (_, r) => (
                          <Space direction="vertical" size={2}>
                            <Space size={4} wrap>
                              {r.verdict.ok ? (
                                <Tag color="green" icon={<CheckCircleFilled />}>
                                  {t('verify.event.ok')}
                                </Tag>
                              ) : (
                                <Tag color="red" icon={<CloseCircleFilled />}>
                                  {t('verify.event.bad')}
                                </Tag>
                              )}
                              {r.verdict.redacted && <Tag color="blue">{t('verify.event.redacted')}</Tag>}
                            </Space>
                            {r.verdict.reasons.map((reason, i) => (
                              <Typography.Text key={i} type="danger" className="reason">
                                {pick(reason)}
                              </Typography.Text>
                            ))}
                          </Space>
                        ),
                      },
                      { title: t('verify.col.type'), key: 'type', render: (_, r) => <code>{str(r.envelope?.type)}</code> },
                      {
                        title: t('verify.col.time'),
                        key: 'time',
                        responsive: ['sm'],
                        render: (_, r) => formatDateTime(str(r.envelope?.time)),
                      },
                      { title: t('verify.col.actor'), key: 'actor', responsive: ['lg'], render: (_, r) => str(r.envelope?.actor) },
                    ]}
                  />
                </Card>

                <Card title={<h2 className="card-title">{t('verify.documents')}</h2>}>
                  {opened.files === null && <Alert type="info" showIcon title={t('verify.json_only')} className="block-gap" />}
                  <Table
                    size="small"
                    rowKey="name"
                    dataSource={report.documents}
                    pagination={false}
                    scroll={{ x: true }}
                    locale={{ emptyText: t('verify.no_documents') }}
                    columns={[
                      { title: t('verify.doc.name'), dataIndex: 'name', key: 'name' },
                      {
                        title: t('verify.doc.sha256'),
                        key: 'sha',
                        responsive: ['md'],
                        render: (_, d) => <code className="hash">{d.sha256}</code>,
                      },
                      {
                        title: t('verify.col.verdict'),
                        key: 'status',
                        render: (_, d) => (
                          <Space size={4} wrap>
                            <Tag color={DOCUMENT_STATUS[d.status].color}>{t(DOCUMENT_STATUS[d.status].key)}</Tag>
                            {d.anchored && <Tag color="green">{t('verify.doc.anchored')}</Tag>}
                          </Space>
                        ),
                      },
                    ]}
                  />
                  {report.unlisted.length > 0 && (
                    <Alert
                      type="warning"
                      showIcon
                      className="block-gap-top"
                      title={t('verify.unlisted')}
                      description={report.unlisted.join(', ')}
                    />
                  )}
                </Card>
              </Space>
            )}
          </Page>
        </main>
      </Layout.Content>
    </Layout>
  );
}
