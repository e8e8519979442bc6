import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Select, Typography, Upload } from 'antd';
import { useState } from 'react';
import { postFile } from '../../api/client.ts';
import { useShowProblem } from '../../components/use-problem.tsx';
import { formatBytes, formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import type { ProposalDetail } from './use-plan-draft.ts';

/** The server's default upload limit (KHIEN_UPLOAD_LIMIT_BYTES); it refuses larger files itself. */
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;

const DOCUMENT_TYPES: Record<string, MessageKey> = {
  evidence: 'proposal.attachments.type.evidence',
  report: 'proposal.attachments.type.report',
  letter: 'proposal.attachments.type.letter',
  submission: 'proposal.attachments.type.submission',
  plan: 'proposal.attachments.type.plan',
};

function isDetail(value: unknown): value is ProposalDetail {
  const v = value as Partial<ProposalDetail> | null;
  return typeof v === 'object' && v !== null && typeof v.id === 'string' && typeof v.version === 'number' && Array.isArray(v.attachments);
}

interface Props {
  detail: ProposalDetail | null;
  /** Runs the upload after any save in progress (each carries the version the last one returned). */
  exclusive: <T>(work: () => Promise<T>) => Promise<T>;
  onDetail: (detail: ProposalDetail) => void;
}

/** Step 5: files attached to the draft (`POST /proposals/{id}/attachments`), each listed with size and SHA-256. */
export function AttachmentsStep({ detail, exclusive, onDetail }: Props) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const showProblem = useShowProblem();
  const [documentType, setDocumentType] = useState('evidence');
  const [uploading, setUploading] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const max = formatBytes(MAX_ATTACHMENT_BYTES, locale);

  if (!detail) return <Alert type="info" showIcon title={t('proposal.attachments.need_draft')} />;

  const upload = async (file: File) => {
    setFileError(null);
    if (file.size === 0) return setFileError(t('proposal.attachments.file_empty', { name: file.name }));
    if (file.size > MAX_ATTACHMENT_BYTES) return setFileError(t('proposal.attachments.file_too_large', { name: file.name, max }));
    setUploading(file.name);
    try {
      const answer = await exclusive(() => postFile(`/api/v1/proposals/${detail.id}/attachments`, file, { documentType }));
      if (isDetail(answer)) onDetail(answer);
      void message.success(t('proposal.attachments.uploaded', { name: file.name }));
    } catch (error) {
      showProblem(error);
    } finally {
      setUploading(null);
    }
  };

  const attachments = detail.attachments;
  return (
    <>
      <Typography.Paragraph>{t('proposal.attachments.intro')}</Typography.Paragraph>
      <div className="pf-upload-row">
        <div className="pf-upload-type">
          <label htmlFor="pf-attachment-type" className="pf-label">
            {t('proposal.attachments.type')}
          </label>
          <Select
            id="pf-attachment-type"
            value={documentType}
            onChange={setDocumentType}
            options={Object.entries(DOCUMENT_TYPES).map(([value, key]) => ({ value, label: t(key) }))}
          />
        </div>
        <Upload
          showUploadList={false}
          multiple={false}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={uploading !== null}>
            {t('proposal.attachments.choose')}
          </Button>
        </Upload>
      </div>
      <Typography.Paragraph type="secondary">{t('proposal.attachments.limit', { max })}</Typography.Paragraph>
      <div aria-live="polite">
        {uploading && <Typography.Paragraph>{t('proposal.attachments.uploading', { name: uploading })}</Typography.Paragraph>}
        {fileError && <Alert type="error" showIcon title={fileError} className="block-gap" />}
      </div>
      <Typography.Title level={3} className="section-title">
        {t('proposal.attachments.list')}
      </Typography.Title>
      {attachments.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('proposal.attachments.empty')}</Typography.Paragraph>
      ) : (
        <ul className="pf-attachments">
          {attachments.map((a) => (
            <li key={a.id} className="pf-attachment">
              <a
                href={`/api/v1/proposals/${detail.id}/attachments/${a.id}`}
                download={a.fileName}
                aria-label={t('proposal.attachments.download', { name: a.fileName })}
              >
                <PaperClipOutlined aria-hidden="true" /> {a.fileName}
              </a>
              <dl>
                <dt>{t('proposal.attachments.type')}</dt>
                <dd>{DOCUMENT_TYPES[a.documentType] ? t(DOCUMENT_TYPES[a.documentType]!) : a.documentType}</dd>
                <dt>{t('proposal.attachments.size')}</dt>
                <dd>{formatBytes(a.sizeBytes, locale)}</dd>
                <dt>{t('proposal.attachments.sha256')}</dt>
                <dd>
                  <code className="pf-hash">{a.sha256}</code>
                </dd>
                <dt>{t('proposal.attachments.uploaded_at')}</dt>
                <dd>{formatDateTime(a.uploadedAt)}</dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
