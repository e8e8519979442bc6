import { Alert, Card, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Proposal } from './actions/action-dialog.tsx';
import { Facts } from './case-bits.tsx';
import { labelOf, OUTCOME_LABELS, PROTECTION_LABELS } from './case-labels.ts';
import { parseProcedureRef, type DefinitionLabels } from './case-model.ts';

/** Colour of the state tag: where the case is in its life, not whether it is good news. */
export function stateColor(proposal: Pick<Proposal, 'state' | 'terminal'>): string {
  if (proposal.state === 'notApproved') return 'red';
  if (proposal.terminal) return 'default';
  if (proposal.state === 'draft') return 'default';
  if (proposal.state === 'suspended' || proposal.state === 'terminated') return 'orange';
  if (['approved', 'implementing'].includes(proposal.state)) return 'green';
  return 'blue';
}

export function CaseSummary({ proposal, labels }: { proposal: Proposal; labels: DefinitionLabels }) {
  const { t, pick } = useI18n();
  const override = proposal.approvalKind === 'override';
  const overrideDecision = proposal.decisions.find((d) => d.kind === 'override');
  const ref = parseProcedureRef(proposal.procedure);
  const procedureText = labels.title ? `${pick(labels.title)} (${proposal.procedure})` : proposal.procedure;

  return (
    <Card title={<h2 className="card-title">{t('case.summary')}</h2>} className="block-gap case-summary">
      {override && (
        <Alert
          type="warning"
          showIcon
          className="block-gap"
          title={t('case.override.title')}
          description={
            <>
              <p className="case-p">{t('case.override.body')}</p>
              {overrideDecision?.reasons && (
                <p className="case-p">
                  <strong>{t('case.override.reasons')}:</strong> {overrideDecision.reasons}
                </p>
              )}
            </>
          }
        />
      )}
      {proposal.readOnly && <Alert type="info" showIcon className="block-gap" title={t('case.read_only')} />}
      <Facts
        items={[
          [t('case.field.code'), <strong key="code">{proposal.code}</strong>],
          [
            t('case.field.state'),
            <Tag key="state" color={stateColor(proposal)} className="case-state-tag">
              {pick(proposal.stateLabel)}
            </Tag>,
          ],
          [t('case.field.proposer'), proposal.proposer?.name ?? '—'],
          [t('case.field.employing_agency'), proposal.employingAgency.name],
          [
            t('case.field.deciding_agency'),
            proposal.decidingAgency
              ? `${proposal.decidingAgency.name}${proposal.routing === 'superior' ? ` (${t('case.routing.superior')})` : ''}`
              : null,
          ],
          [t('case.field.deciding_head'), proposal.decidingHead?.name ?? null],
          [t('case.field.track'), t(proposal.track === 'wideScope' ? 'case.track.wide_scope' : 'case.track.ordinary')],
          [
            t('case.field.approval_kind'),
            proposal.approvalKind === null ? null : override ? (
              <Tag color="red" key="override" className="case-wrap-tag">
                {t('case.approval.override')}
              </Tag>
            ) : (
              t('case.approval.vote')
            ),
          ],
          [t('case.field.outcome'), proposal.outcome ? labelOf(t, OUTCOME_LABELS, proposal.outcome) : null],
          [
            t('case.field.protection'),
            proposal.protection ? (
              <Tag color={proposal.protection === 'notProtected' ? 'red' : 'green'} key="protection" className="case-wrap-tag">
                {labelOf(t, PROTECTION_LABELS, proposal.protection)}
              </Tag>
            ) : null,
          ],
          [
            t('case.field.procedure'),
            ref ? (
              <Link key="procedure" to={`/admin/procedures/${encodeURIComponent(ref.id)}/${ref.version}`}>
                {procedureText}
              </Link>
            ) : (
              procedureText
            ),
          ],
          [t('case.field.submitted_at'), proposal.submittedAt ? formatDateTime(proposal.submittedAt) : t('case.not_submitted')],
          [t('case.field.updated_at'), formatDateTime(proposal.updatedAt)],
        ]}
      />
    </Card>
  );
}
