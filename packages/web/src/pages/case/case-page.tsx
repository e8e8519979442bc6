import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Result, Row, Spin } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { Page } from '../../components/page.tsx';
import { useShowProblem } from '../../components/use-problem.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSession } from '../../session/session.tsx';
import { ActionDialog, type AllowedAction, type Proposal } from './actions/action-dialog.tsx';
import { ActionPanel } from './action-panel.tsx';
import { CaseDetails } from './case-details.tsx';
import { CaseSummary } from './case-summary.tsx';
import { CaseTimeline } from './case-timeline.tsx';
import { CurrentStepCard } from './current-step-card.tsx';
import { DownloadsCard } from './downloads-card.tsx';
import { useCase, useConformance, useDefinitionLabels, usePersonNames } from './use-case-data.ts';
import './case-page.css';

/**
 * The case page (`/proposals/:id`, issue 5): who filed what, where it stands, what the user
 * may do now and why not the rest, every ledger event, the approved scope with its KPIs, the
 * documents, and the protection dossier.
 */
export function CasePage() {
  const { id = '' } = useParams();
  // A new id is a new page: nothing of the previous case may linger while the next loads.
  return <CaseView key={id} id={id} />;
}

function CaseView({ id }: { id: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const showProblem = useShowProblem();
  const onError = useCallback((error: unknown) => showProblem(error), [showProblem]);
  const { load, refreshing, reload, replace } = useCase(id, onError);

  if (load.status === 'ready') return <CaseScreen proposal={load.proposal} refreshing={refreshing} reload={reload} replace={replace} />;
  if (load.status === 'notFound') {
    return (
      <Page title={t('case.not_found.title')}>
        <Result
          status="404"
          subTitle={t('case.not_found.body')}
          extra={
            <Button type="primary" onClick={() => navigate('/proposals')}>
              {t('case.back_to_list')}
            </Button>
          }
        />
      </Page>
    );
  }
  return (
    <Page title={t('case.title')}>
      {load.status === 'loading' ? (
        <Spin size="large" className="page-spinner" description={t('common.loading')} />
      ) : (
        <Alert
          type="error"
          showIcon
          title={t('case.load_failed')}
          action={
            <Button type="primary" onClick={reload} loading={refreshing}>
              {t('common.retry')}
            </Button>
          }
        />
      )}
    </Page>
  );
}

const personField = (record: Record<string, unknown>, field: string): string | null =>
  typeof record[field] === 'string' ? record[field] : null;

function CaseScreen({
  proposal,
  refreshing,
  reload,
  replace,
}: {
  proposal: Proposal;
  refreshing: boolean;
  reload: () => void;
  replace: (proposal: Proposal) => void;
}) {
  const { t, pick } = useI18n();
  const { session } = useSession();
  const labels = useDefinitionLabels(proposal.procedure);
  const conformance = useConformance(proposal);
  const [open, setOpen] = useState<AllowedAction | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const viewer = useMemo(
    () => ({ personId: session?.account.personId ?? null, roles: session?.roles ?? [] }),
    [session?.account.personId, session?.roles],
  );

  // The server names everyone the case refers to; anyone it could not name is looked up.
  const known = useMemo(() => new Map(proposal.people.map((p) => [p.id, p.name])), [proposal.people]);
  const people = usePersonNames(known, [
    ...proposal.timeline.map((e) => e.byPersonId),
    ...proposal.decisions.map((d) => d.decidedBy),
    ...proposal.encouragements.map((e) => personField(e, 'beneficiaryPersonId')),
    ...proposal.progressReports.map((r) => personField(r, 'reportedBy')),
    ...proposal.inspections.map((r) => personField(r, 'inspectorId')),
  ]);

  const done = useCallback(
    (updated: Proposal) => {
      setOpen(null);
      replace(updated);
      setAnnouncement(t('case.updated', { state: pick(updated.stateLabel) }));
    },
    [replace, t, pick],
  );
  const reloadAfterConflict = useCallback(() => {
    setOpen(null);
    reload();
  }, [reload]);

  return (
    <Page
      title={proposal.title}
      extra={
        <Button icon={<ReloadOutlined />} onClick={reload} loading={refreshing}>
          {t('case.reload')}
        </Button>
      }
    >
      <div className="visually-hidden" aria-live="polite">
        {announcement}
      </div>
      <div className="case-page">
        <CaseSummary proposal={proposal} labels={labels} />
        <Row gutter={[16, 16]} className="case-columns">
          <Col xs={{ span: 24, order: 1 }} lg={{ span: 9, order: 2 }}>
            <div className="case-stack">
              <CurrentStepCard proposal={proposal} />
              <ActionPanel proposal={proposal} labels={labels} viewer={viewer} onOpen={setOpen} />
              <DownloadsCard proposal={proposal} viewer={viewer} />
            </div>
          </Col>
          <Col xs={{ span: 24, order: 2 }} lg={{ span: 15, order: 1 }}>
            <div className="case-stack">
              <CaseTimeline proposal={proposal} labels={labels} people={people} viewer={viewer} />
              <CaseDetails proposal={proposal} people={people} viewer={viewer} conformance={conformance} />
            </div>
          </Col>
        </Row>
      </div>
      {open && (
        <ActionDialog proposal={proposal} action={open} onDone={done} onCancel={() => setOpen(null)} onReload={reloadAfterConflict} />
      )}
    </Page>
  );
}
