import { AuditOutlined, DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Card, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Proposal } from './actions/action-dialog.tsx';
import { SubHeading } from './case-bits.tsx';
import { mayDownloadDossier, mayExportEvidence, seesLedger, type Viewer } from './case-model.ts';

/**
 * The protection dossier (a ZIP of every ledger event of the case with proofs, the signed
 * checkpoint and the documents; docs/dossier-format.md) and, once protection is determined,
 * the Decree 172/2025 evidence export.
 */
export function DownloadsCard({ proposal, viewer }: { proposal: Proposal; viewer: Viewer }) {
  const { t } = useI18n();
  const parties = { proposerId: proposal.proposer?.id ?? null, decidingHeadId: proposal.decidingHead?.id ?? null };
  const dossier = mayDownloadDossier(viewer, parties);
  const evidence = mayExportEvidence(viewer, parties, proposal.protectionDetermination !== null);
  const base = `/api/v1/proposals/${proposal.id}`;
  return (
    <Card title={<h2 className="card-title">{t('case.downloads.title')}</h2>} size="small">
      <SubHeading>{t('case.dossier.title')}</SubHeading>
      <Typography.Paragraph>{t('case.dossier.explain')}</Typography.Paragraph>
      {dossier ? (
        <Button type="default" icon={<DownloadOutlined aria-hidden />} href={`${base}/dossier`} download className="case-wrap-button">
          {t('case.dossier.download')}
        </Button>
      ) : (
        <Typography.Paragraph type="secondary">{t('case.dossier.not_yours')}</Typography.Paragraph>
      )}
      <Typography.Paragraph className="block-gap-top">
        <Link to="/verify">
          <SafetyCertificateOutlined aria-hidden /> {t('case.dossier.verify')}
        </Link>
      </Typography.Paragraph>
      {seesLedger(viewer) && (
        <Typography.Paragraph>
          <Link to={`/ledger?proposal=${proposal.id}`}>
            <AuditOutlined aria-hidden /> {t('case.ledger.link')}
          </Link>
        </Typography.Paragraph>
      )}
      {evidence && (
        <>
          <SubHeading>{t('case.evidence.title')}</SubHeading>
          <Typography.Paragraph>{t('case.evidence.explain')}</Typography.Paragraph>
          <div className="case-action-buttons">
            <Button icon={<DownloadOutlined aria-hidden />} href={`${base}/evidence/decree-172/pdf`} download>
              {t('case.evidence.pdf')}
            </Button>
            <Button icon={<DownloadOutlined aria-hidden />} href={`${base}/evidence/decree-172/docx`} download>
              {t('case.evidence.docx')}
            </Button>
            <Button icon={<DownloadOutlined aria-hidden />} href={`${base}/evidence/decree-172`} download={`${proposal.code}-nd172.json`}>
              {t('case.evidence.json')}
            </Button>
          </div>
        </>
      )}
    </Card>
  );
}
