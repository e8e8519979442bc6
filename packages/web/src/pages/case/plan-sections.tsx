/** Plan, opinions, meetings and decisions: what was filed and how it was decided. */
import { EditOutlined } from '@ant-design/icons';
import { Alert, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { LEADERSHIP_ROLE_LABELS } from '../../components/labels.ts';
import { useOrganisationNames } from '../../components/use-organisation-names.ts';
import { formatDate, formatDateTime, formatNumber } from '../../i18n/format.ts';
import { useI18n, type Translate } from '../../i18n/i18n.tsx';
import type { Locale } from '../../i18n/messages.ts';
import type { Proposal } from './actions/action-dialog.tsx';
import { Citation, Empty, Facts, Prose, SubHeading } from './case-bits.tsx';
import {
  CHOICE_LABELS,
  DECISION_LABELS,
  labelOf,
  MEETING_KIND_LABELS,
  OPINION_KIND_LABELS,
  OPINION_STATUS_LABELS,
  PLAN_CONDITIONS,
  PLAN_CONTENTS,
  PLAN_DECLARATIONS,
} from './case-labels.ts';
import { ballotCount } from './case-model.ts';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);

/** The plan as filed (ND73 Art. 7 contents, Art. 5(1) justifications, declarations), read-only. */
export function PlanSection({ proposal, editable }: { proposal: Proposal; editable: boolean }) {
  const { t } = useI18n();
  const plan = proposal.plan;
  const contents = isObject(plan['contents']) ? plan['contents'] : {};
  const conditions = isObject(plan['conditions']) ? plan['conditions'] : {};
  const declarations = isObject(plan['declarations']) ? plan['declarations'] : {};
  const related = Array.isArray(declarations['relatedParties']) ? declarations['relatedParties'].filter(isObject) : [];
  return (
    <div>
      {editable && (
        <p>
          <Link to={`/proposals/${proposal.id}/edit`}>
            <EditOutlined aria-hidden /> {t('case.edit_draft')}
          </Link>
        </p>
      )}
      {plan['pilotsLegalNormativeDocument'] === true && (
        <Alert type="warning" showIcon className="block-gap" title={t('case.plan.pilots_legal_document')} />
      )}
      <SubHeading>{t('case.plan.contents')}</SubHeading>
      <Facts items={PLAN_CONTENTS.map(([field, key]) => [t(key), <Prose key={field}>{str(contents[field]) ?? '—'}</Prose>] as const)} />
      <SubHeading>{t('case.plan.conditions')}</SubHeading>
      <Facts items={PLAN_CONDITIONS.map(([field, key]) => [t(key), <Prose key={field}>{str(conditions[field]) ?? '—'}</Prose>] as const)} />
      <SubHeading>{t('case.plan.declarations')}</SubHeading>
      <ul className="case-list">
        {PLAN_DECLARATIONS.map(([field, key]) => (
          <li key={field}>
            {declarations[field] === true ? <Tag color="green">{t('case.yes')}</Tag> : <Tag color="red">{t('case.no')}</Tag>} {t(key)}
          </li>
        ))}
        <li>
          {t('case.plan.related_parties')}:{' '}
          {related.length
            ? related.map((r) => `${str(r['name']) ?? ''} (${str(r['relation']) ?? ''})`).join('; ')
            : t('case.plan.no_related_parties')}
        </li>
      </ul>
    </div>
  );
}

export function OpinionsSection({ proposal }: { proposal: Proposal }) {
  const { t } = useI18n();
  const agencies = useOrganisationNames(proposal.opinions.map((o) => o.agencyId));
  if (proposal.opinions.length === 0) return <Empty>{t('case.opinion.none')}</Empty>;
  return (
    <ul className="case-records">
      {proposal.opinions.map((o) => (
        <li key={o.id}>
          <div className="case-record-head">
            <strong>{labelOf(t, OPINION_KIND_LABELS, o.kind)}</strong>
            <Tag color={o.status === 'answered' ? 'green' : o.status === 'lapsed' ? 'red' : 'blue'}>
              {labelOf(t, OPINION_STATUS_LABELS, o.status)}
            </Tag>
          </div>
          <Facts
            items={[
              [t('case.opinion.from'), o.agencyId ? (agencies[o.agencyId] ?? '—') : null],
              [t('case.opinion.requested_at'), formatDateTime(o.requestedAt)],
              [t('case.opinion.due_on'), o.dueOn ? formatDate(o.dueOn) : null],
              [t('case.opinion.answered_at'), o.answeredAt ? formatDateTime(o.answeredAt) : null],
              [t('case.opinion.text'), o.opinion ? <Prose key="o">{o.opinion}</Prose> : null],
            ]}
          />
        </li>
      ))}
    </ul>
  );
}

/** A tally as core computes it (voting.ts TallyResult), read from loose JSON. */
function TallyNote({ tally }: { tally: unknown }) {
  const { pick, t } = useI18n();
  if (!isObject(tally) || !isObject(tally['explanation'])) return null;
  const explanation = tally['explanation'];
  if (typeof explanation['vi'] !== 'string' || typeof explanation['en'] !== 'string') return null;
  const passed = tally['passed'] === true;
  const status = tally['tieRuleStatus'] === 'configurable' ? 'configurable' : 'confirmed';
  return (
    <p className="case-p">
      <Tag color={passed ? 'green' : 'red'}>{t(passed ? 'case.meeting.passed' : 'case.meeting.failed')}</Tag>
      {pick({ vi: explanation['vi'], en: explanation['en'] })}{' '}
      {typeof tally['citation'] === 'string' && <Citation citation={tally['citation']} status={status} />}
    </p>
  );
}

export function MeetingsSection({ proposal }: { proposal: Proposal }) {
  const { t, pick, locale } = useI18n();
  if (proposal.meetings.length === 0) return <Empty>{t('case.meeting.none')}</Empty>;
  // A closed meeting carries its tally; otherwise the decision taken on it does.
  const decisionTally = (kind: string): unknown =>
    kind === 'approval'
      ? proposal.decisions.find((d) => ['approval', 'override', 'rejection'].includes(d.kind) && d.details['tally'])?.details['tally']
      : undefined;
  return (
    <div>
      {proposal.meetings.map((m) => {
        const count = ballotCount(m);
        const ballots = new Map(m.ballots.map((b) => [b.personId, b]));
        return (
          <section key={m.id} className="case-meeting" aria-label={`${labelOf(t, MEETING_KIND_LABELS, m.kind)} ${formatDate(m.date)}`}>
            <SubHeading>
              {labelOf(t, MEETING_KIND_LABELS, m.kind)} — {formatDate(m.date)}
            </SubHeading>
            <p className="case-p">
              <Tag color={m.closed || count.notVoted.length === 0 ? 'default' : 'blue'}>
                {t(m.closed ? 'case.meeting.closed' : count.notVoted.length === 0 ? 'case.meeting.all_voted' : 'case.meeting.open')}
              </Tag>
            </p>
            <p className="case-tally" data-testid="tally">
              <span>
                {t('case.vote.for')}: <strong>{formatNumber(count.for, locale)}</strong>
              </span>
              <span>
                {t('case.vote.against')}: <strong>{formatNumber(count.against, locale)}</strong>
              </span>
              <span>
                {t('case.vote.abstain')}: <strong>{formatNumber(count.abstain, locale)}</strong>
              </span>
              <span>
                {t(m.closed ? 'case.vote.absent' : 'case.vote.not_yet')}: <strong>{formatNumber(count.notVoted.length, locale)}</strong>
              </span>
            </p>
            <TallyNote tally={m.tally ?? decisionTally(m.kind)} />
            <ul className="case-list">
              {m.members.map((member) => {
                const ballot = ballots.get(member.personId);
                return (
                  <li key={member.personId}>
                    <strong>{member.name}</strong> ({pick(LEADERSHIP_ROLE_LABELS[member.role])}):{' '}
                    {ballot ? (
                      <>
                        <Tag color={ballot.choice === 'for' ? 'green' : ballot.choice === 'against' ? 'red' : 'default'}>
                          {t(CHOICE_LABELS[ballot.choice])}
                        </Tag>
                        <span className="case-muted">{formatDateTime(ballot.castAt)}</span>
                        {ballot.reason && <Prose>{ballot.reason}</Prose>}
                      </>
                    ) : (
                      <span className="case-muted">{t(m.closed ? 'case.vote.absent' : 'case.vote.not_yet')}</span>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

/** What an adjust decision changed (core ScopeChanges), as short lines. */
function changeLines(changes: unknown, t: Translate, locale: Locale): string[] {
  if (!isObject(changes)) return [];
  const lines: string[] = [];
  const list = (value: unknown) =>
    Array.isArray(value) ? value.map((v) => (isObject(v) ? (str(v['text']) ?? '') : String(v))).join('; ') : '';
  if (typeof changes['pilotEndDate'] === 'string')
    lines.push(t('case.change.pilot_end_date', { value: formatDate(changes['pilotEndDate']) }));
  if (typeof changes['budgetCeiling'] === 'number')
    lines.push(t('case.change.budget_ceiling', { value: formatNumber(changes['budgetCeiling'], locale) }));
  if (changes['addAreas']) lines.push(t('case.change.add_areas', { value: list(changes['addAreas']) }));
  if (changes['removeAreas']) lines.push(t('case.change.remove_areas', { value: list(changes['removeAreas']) }));
  if (changes['addObjectives']) lines.push(t('case.change.add_objectives', { value: list(changes['addObjectives']) }));
  if (changes['removeObjectives']) lines.push(t('case.change.remove_objectives', { value: list(changes['removeObjectives']) }));
  if (changes['addSafeguards']) lines.push(t('case.change.add_safeguards', { value: list(changes['addSafeguards']) }));
  if (changes['removeSafeguards']) lines.push(t('case.change.remove_safeguards', { value: list(changes['removeSafeguards']) }));
  if (isObject(changes['kpiTargets'])) {
    const targets = Object.entries(changes['kpiTargets'])
      .map(([id, v]) => `${id}: ${typeof v === 'number' ? formatNumber(v, locale) : String(v)}`)
      .join('; ');
    lines.push(t('case.change.kpi_targets', { value: targets }));
  }
  return lines;
}

export function DecisionsSection({ proposal, people }: { proposal: Proposal; people: ReadonlyMap<string, string> }) {
  const { t, locale } = useI18n();
  if (proposal.decisions.length === 0) return <Empty>{t('case.decision.none')}</Empty>;
  return (
    <ul className="case-records">
      {proposal.decisions.map((d) => {
        const number = str(d.details['documentNumber']);
        const lines = changeLines(d.details['changes'], t, locale);
        return (
          <li key={d.id}>
            <div className="case-record-head">
              <strong>{labelOf(t, DECISION_LABELS, d.kind)}</strong>
              {d.personalResponsibility && (
                <Tag color="red" className="case-wrap-tag">
                  {t('case.approval.override')}
                </Tag>
              )}
            </div>
            <Facts
              items={[
                [t('case.decision.number'), number],
                [t('case.decision.decided_at'), formatDateTime(d.decidedAt)],
                [t('case.decision.decided_by'), d.decidedBy ? (people.get(d.decidedBy) ?? null) : null],
                [
                  t('case.decision.effective_date'),
                  typeof d.details['effectiveDate'] === 'string' ? formatDate(d.details['effectiveDate']) : null,
                ],
                [t('case.decision.reasons'), d.reasons ? <Prose key="r">{d.reasons}</Prose> : null],
                [
                  t('case.decision.changes'),
                  lines.length ? (
                    <ul key="c" className="case-list">
                      {lines.map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                  ) : null,
                ],
                [t('case.decision.ledger_index'), formatNumber(d.eventIndex, locale)],
              ]}
            />
            <TallyNote tally={d.details['tally']} />
          </li>
        );
      })}
    </ul>
  );
}
