/** The case's official documents (Decree 30 numbering) and attached files, each with its SHA-256. */
import { DownloadOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { formatBytes, formatDate, formatDateTime, formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Proposal } from './actions/action-dialog.tsx';
import { Empty, Hash, SubHeading } from './case-bits.tsx';
import { DOCUMENT_TYPE_LABELS, labelOf } from './case-labels.ts';

export function DocumentsSection({ proposal }: { proposal: Proposal }) {
  const { t, locale } = useI18n();
  return (
    <div>
      <SubHeading>{t('case.documents.title')}</SubHeading>
      {proposal.documents.length === 0 ? (
        <Empty>{t('case.documents.none')}</Empty>
      ) : (
        <ul className="case-records">
          {proposal.documents.map((d) => (
            <li key={d.id}>
              <div className="case-record-head">
                <strong>{d.numberLine}</strong>
                {d.signedOriginalFileId && <Tag color="green">{t('case.documents.signed_original')}</Tag>}
              </div>
              <p className="case-p">{d.title}</p>
              <p className="case-p case-muted">
                {t('case.documents.meta', {
                  date: formatDate(d.issuedOn),
                  organisation: d.organisationName,
                  index: formatNumber(d.ledgerIndex, locale),
                })}
              </p>
              <ul className="case-files">
                {d.files.map((f) => (
                  <li key={f.id}>
                    <a href={f.downloadUrl} download={f.fileName}>
                      <DownloadOutlined aria-hidden /> {f.fileName}
                    </a>{' '}
                    <span className="case-muted">
                      ({f.format.toUpperCase()}, {formatBytes(f.size, locale)}
                      {f.role === 'signed_copy' ? `, ${t('case.documents.signed_copy')}` : ''})
                    </span>
                    {f.isSignedOriginal && (
                      <Tag color="green" className="case-inline-tag">
                        {t('case.documents.signed_original')}
                      </Tag>
                    )}
                    <br />
                    <Hash value={f.sha256} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      <SubHeading>{t('case.attachments.title')}</SubHeading>
      {proposal.attachments.length === 0 ? (
        <Empty>{t('case.attachments.none')}</Empty>
      ) : (
        <ul className="case-files">
          {proposal.attachments.map((a) => (
            <li key={a.id}>
              <a href={`/api/v1/proposals/${proposal.id}/attachments/${a.id}`} download={a.fileName}>
                <DownloadOutlined aria-hidden /> {a.fileName}
              </a>{' '}
              <span className="case-muted">
                ({labelOf(t, DOCUMENT_TYPE_LABELS, a.documentType)}, {formatBytes(a.sizeBytes, locale)}, {formatDateTime(a.uploadedAt)}
                {a.source === 'generated' ? `, ${t('case.attachments.generated')}` : ''})
              </span>
              <br />
              <Hash value={a.sha256} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
