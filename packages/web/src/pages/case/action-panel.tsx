import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useI18n } from '../../i18n/i18n.tsx';
import type { AllowedAction, Proposal } from './actions/action-dialog.tsx';
import { Citation, Empty, SubHeading } from './case-bits.tsx';
import { mainAction, type DefinitionLabels, type Viewer } from './case-model.ts';

/** The proposer may still edit the plan while the case is a draft (also after a return). */
export function mayEditDraft(proposal: Pick<Proposal, 'state' | 'proposer'>, viewer: Viewer): boolean {
  return proposal.state === 'draft' && viewer.personId !== null && proposal.proposer?.id === viewer.personId;
}

/**
 * What the user may do now, from the server's `allowedActions`: a button for each allowed
 * action (the main next step primary); the others disabled, each with a "Vì sao?" disclosure
 * listing the reasons and their legal basis — readable by keyboard and screen reader, which a
 * tooltip on a disabled button is not.
 */
export function ActionPanel({
  proposal,
  labels,
  viewer,
  onOpen,
}: {
  proposal: Proposal;
  labels: DefinitionLabels;
  viewer: Viewer;
  onOpen: (action: AllowedAction) => void;
}) {
  const { t, pick } = useI18n();
  const navigate = useNavigate();
  const stops = proposal.currentStep ? (labels.timerStops.get(proposal.currentStep.timerId) ?? []) : [];
  const main = mainAction(proposal.allowedActions, proposal.state, stops);
  // The main next step first, the others in the procedure's order.
  const allowed = proposal.allowedActions.filter((a) => a.allowed).sort((a, b) => Number(b.action === main) - Number(a.action === main));
  const blocked = proposal.allowedActions.filter((a) => !a.allowed);
  const editable = mayEditDraft(proposal, viewer);

  return (
    <Card title={<h2 className="card-title">{t('case.actions.title')}</h2>} size="small">
      {(allowed.length > 0 || editable) && (
        <div className="case-action-buttons">
          {editable && (
            <Button icon={<EditOutlined aria-hidden />} onClick={() => navigate(`/proposals/${proposal.id}/edit`)}>
              {t('case.edit_draft')}
            </Button>
          )}
          {allowed.map((a) => (
            <Button key={a.action} type={a.action === main ? 'primary' : 'default'} onClick={() => onOpen(a)} data-action={a.action}>
              {pick(a.label)}
            </Button>
          ))}
        </div>
      )}
      {allowed.length === 0 && !editable && (
        <Empty>{t(proposal.terminal || proposal.readOnly ? 'case.actions.none_closed' : 'case.actions.none')}</Empty>
      )}
      {blocked.length > 0 && (
        <>
          <SubHeading>{t('case.actions.blocked')}</SubHeading>
          <ul className="case-blocked">
            {blocked.map((a) => (
              <li key={a.action}>
                <Button disabled data-action={a.action}>
                  {pick(a.label)}
                </Button>
                <details className="case-why">
                  <summary>
                    {t('case.actions.why')}
                    <span className="visually-hidden"> ({pick(a.label)})</span>
                  </summary>
                  {a.reasons.length ? (
                    <ul>
                      {a.reasons.map((r, i) => (
                        <li key={`${r.code}-${i}`}>
                          {pick(r)} <Citation citation={r.citation} status={r.status} />
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p className="case-p">{t('case.actions.no_reason')}</p>
                  )}
                </details>
              </li>
            ))}
          </ul>
        </>
      )}
      {proposal.allowedActions.length > 0 && (
        <Typography.Paragraph type="secondary" className="case-legend">
          {t('case.rule.legend')}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
