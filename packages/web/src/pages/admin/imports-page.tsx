import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Col, Descriptions, Radio, Row, Space, Statistic, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { isApiError, postFile } from '../../api/client.ts';
import { Page } from '../../components/page.tsx';
import { useShowProblem } from '../../components/use-problem.tsx';
import { formatBytes, formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { IMPORT_EXTENSIONS, validateImportFile } from '../../validation/forms.ts';
import { asImportReport, type ImportReport } from './import-report.ts';

/** The server's default upload limit (KHIEN_UPLOAD_LIMIT_BYTES); the server enforces its own. */
const MAX_BYTES = 20 * 1024 * 1024;

type Kind = 'organisations' | 'people';

export function ImportsPage() {
  const { t, pick, locale } = useI18n();
  const showProblem = useShowProblem();
  const [kind, setKind] = useState<Kind>('organisations');
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(true);
  const [fileError, setFileError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [unavailable, setUnavailable] = useState(false);

  function choose(chosen: File) {
    const problem = validateImportFile(chosen, MAX_BYTES);
    setFileError(problem ? t(problem, { max: formatBytes(MAX_BYTES, locale) }) : null);
    setFile(problem ? null : chosen);
    setReport(null);
  }

  async function upload() {
    const problem = validateImportFile(file, MAX_BYTES);
    if (problem || !file) {
      setFileError(t(problem ?? 'validation.file_required', { max: formatBytes(MAX_BYTES, locale) }));
      return;
    }
    setBusy(true);
    setReport(null);
    try {
      const answer = await postFile(`/api/v1/imports/${kind}?dryRun=${dryRun ? 'true' : 'false'}`, file);
      const parsed = asImportReport(answer);
      if (!parsed) throw new Error('unexpected import report');
      setReport(parsed);
    } catch (error) {
      if (isApiError(error) && error.status === 404 && error.problem?.code === 'route.not_found') setUnavailable(true);
      else showProblem(error);
    } finally {
      setBusy(false);
    }
  }

  const rejectedRows =
    report?.rejected.flatMap((row) =>
      row.errors.map((e, i) => ({ key: `${row.rowNumber}-${i}`, rowNumber: row.rowNumber, field: e.field, message: pick(e) })),
    ) ?? [];

  return (
    <Page title={t('import.title')}>
      <Typography.Paragraph>{t('import.intro')}</Typography.Paragraph>
      {unavailable && (
        <Alert type="warning" showIcon className="block-gap" title={t('import.unavailable')} description={t('import.unavailable_hint')} />
      )}
      <Card>
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Radio.Group
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as Kind);
              setReport(null);
            }}
            optionType="button"
            aria-label={t('import.kind')}
            options={[
              { value: 'organisations', label: t('import.kind.organisations') },
              { value: 'people', label: t('import.kind.people') },
            ]}
          />
          <Typography.Text type="secondary">
            {kind === 'organisations' ? t('import.columns.organisations') : t('import.columns.people')}
          </Typography.Text>
          <Upload.Dragger
            accept={IMPORT_EXTENSIONS.join(',')}
            multiple={false}
            showUploadList={false}
            beforeUpload={(chosen) => {
              choose(chosen);
              return false;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined aria-hidden />
            </p>
            <p className="ant-upload-text">{t('import.drop')}</p>
            <p className="ant-upload-hint">{t('import.drop_hint', { max: formatBytes(MAX_BYTES, locale) })}</p>
          </Upload.Dragger>
          {file && (
            <Typography.Text>
              {t('import.chosen')}: <strong>{file.name}</strong> ({formatBytes(file.size, locale)})
            </Typography.Text>
          )}
          {fileError && <Alert type="error" showIcon role="alert" title={fileError} />}
          <Checkbox checked={dryRun} onChange={(e) => setDryRun(e.target.checked)}>
            {t('import.dry_run')}
          </Checkbox>
          <Button type="primary" onClick={upload} loading={busy} disabled={!file}>
            {dryRun ? t('import.check') : t('import.submit')}
          </Button>
        </Space>
      </Card>
      {report && (
        <Card
          className="block-gap-top"
          title={<h2 className="card-title">{report.dryRun ? t('import.report.dry_title') : t('import.report.title')}</h2>}
        >
          <Row gutter={[16, 16]}>
            {(['rowsRead', 'created', 'updated', 'unchanged'] as const).map((field) => (
              <Col xs={12} md={6} key={field}>
                <Statistic title={t(`import.report.${field}`)} value={formatNumber(report[field], locale)} />
              </Col>
            ))}
          </Row>
          <Descriptions size="small" column={1} className="block-gap-top">
            <Descriptions.Item label={t('import.report.file')}>{report.fileName}</Descriptions.Item>
            <Descriptions.Item label={t('import.report.rejected_count')}>{formatNumber(report.rejected.length, locale)}</Descriptions.Item>
            {report.ledgerIndex !== null && (
              <Descriptions.Item label={t('import.report.ledger_index')}>{formatNumber(report.ledgerIndex, locale)}</Descriptions.Item>
            )}
          </Descriptions>
          {report.notices.map((notice) => (
            <Alert
              key={notice.code}
              className="block-gap"
              type={notice.level === 'warning' ? 'warning' : 'info'}
              showIcon
              title={pick(notice)}
            />
          ))}
          {report.rejected.length === 0 ? (
            <Alert type="success" showIcon title={t('import.report.all_ok')} />
          ) : (
            <>
              <Typography.Title level={3} className="section-title">
                {t('import.report.rejected_title')}
              </Typography.Title>
              <Typography.Paragraph type="secondary">{t('import.report.rejected_hint')}</Typography.Paragraph>
              <Table
                size="small"
                rowKey="key"
                dataSource={rejectedRows}
                pagination={{ pageSize: 50, hideOnSinglePage: true }}
                scroll={{ x: true }}
                columns={[
                  { title: t('import.report.row'), dataIndex: 'rowNumber', key: 'row', width: 90 },
                  { title: t('import.report.field'), dataIndex: 'field', key: 'field', width: 160 },
                  { title: t('import.report.reason'), dataIndex: 'message', key: 'message' },
                ]}
              />
            </>
          )}
        </Card>
      )}
    </Page>
  );
}
