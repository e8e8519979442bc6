/** Completion report, evaluation, protection, encouragement and the scope-conformance report. */
import { Alert, Tag } from 'antd';
import { encouragementKinds } from '@khien/core/procedure/encouragement';
import { formatDate, formatDateTime, formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Proposal } from './actions/action-dialog.tsx';
import { Citation, Empty, Facts, Prose, SubHeading } from './case-bits.tsx';
import { CAUSE_LABELS, EXTENT_LABELS, FINDING_LABELS, labelOf, OUTCOME_LABELS, PROTECTION_LABELS, PURPOSE_LABELS } from './case-labels.ts';
import { readKpiActuals } from './kpi-progress.ts';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);
const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const when = (value: unknown) => (typeof value === 'string' ? formatDateTime(value) : null);

interface Reason {
  code: string;
  vi: string;
  en: string;
  citation: string;
  status: 'confirmed' | 'configurable';
}

function reasons(value: unknown): Reason[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isObject).flatMap((r) =>
    typeof r['vi'] === 'string' && typeof r['en'] === 'string'
      ? [
          {
            code: str(r['code']) ?? '',
            vi: r['vi'],
            en: r['en'],
            citation: str(r['citation']) ?? '',
            status: r['status'] === 'configurable' ? ('configurable' as const) : ('confirmed' as const),
          },
        ]
      : [],
  );
}

function ReasonList({ items }: { items: Reason[] }) {
  const { pick } = useI18n();
  if (items.length === 0) return null;
  return (
    <ul className="case-list">
      {items.map((r, i) => (
        <li key={`${r.code}-${i}`}>
          {pick(r)} {r.citation && <Citation citation={r.citation} status={r.status} />}
        </li>
      ))}
    </ul>
  );
}

export function CompletionSection({ proposal }: { proposal: Proposal }) {
  const { t, locale } = useI18n();
  const report = proposal.completionReport;
  if (!report) return <Empty>{t('case.completion.none')}</Empty>;
  const actuals = readKpiActuals(report['kpiActuals']);
  const spending = Array.isArray(report['spending']) ? report['spending'].filter(isObject) : [];
  const spent = spending.reduce((sum, s) => sum + (num(s['amount']) ?? 0), 0);
  return (
    <Facts
      items={[
        [t('case.completion.actual_end_date'), typeof report['actualEndDate'] === 'string' ? formatDate(report['actualEndDate']) : null],
        [t('case.completion.reported_at'), when(report['reportedAt'])],
        [t('case.completion.results'), <Prose key="r">{str(report['results'])}</Prose>],
        [
          t('case.progress.kpi_actuals'),
          actuals.length ? actuals.map((a) => `${a.kpiId}: ${formatNumber(a.value, locale)}`).join('; ') : null,
        ],
        [t('case.progress.spending'), spending.length ? t('case.money', { amount: formatNumber(spent, locale) }) : null],
        [t('case.completion.deviations'), str(report['deviations']) ? <Prose key="d">{str(report['deviations'])}</Prose> : null],
      ]}
    />
  );
}

export function EvaluationSection({ proposal }: { proposal: Proposal }) {
  const { t } = useI18n();
  const evaluation = proposal.evaluation;
  if (!evaluation) return <Empty>{t('case.evaluation.none')}</Empty>;
  const findings = isObject(evaluation['findings']) ? evaluation['findings'] : null;
  const causes = Array.isArray(evaluation['causes']) ? evaluation['causes'].filter(isObject) : [];
  return (
    <div>
      <Facts
        items={[
          [t('case.field.outcome'), <strong key="o">{labelOf(t, OUTCOME_LABELS, str(evaluation['outcome']) ?? '')}</strong>],
          [t('case.evaluation.extent'), str(evaluation['extent']) ? labelOf(t, EXTENT_LABELS, str(evaluation['extent'])!) : null],
          [t('case.evaluation.evaluated_at'), when(evaluation['evaluatedAt'])],
          [t('case.evaluation.conclusion'), <Prose key="c">{str(evaluation['conclusion'])}</Prose>],
        ]}
      />
      {findings && (
        <>
          <SubHeading>{t('case.evaluation.findings')}</SubHeading>
          <ul className="case-list">
            {Object.keys(FINDING_LABELS).map((key) => (
              <li key={key}>
                {findings[key] === true ? (
                  <Tag color="green">{t('case.yes')}</Tag>
                ) : findings[key] === false ? (
                  <Tag color="red">{t('case.no')}</Tag>
                ) : (
                  <Tag>—</Tag>
                )}{' '}
                {labelOf(t, FINDING_LABELS, key)}
              </li>
            ))}
          </ul>
        </>
      )}
      <SubHeading>{t('case.evaluation.causes')}</SubHeading>
      {causes.length === 0 ? (
        <Empty>{t('case.evaluation.no_causes')}</Empty>
      ) : (
        <ul className="case-list">
          {causes.map((c, i) => (
            <li key={i}>
              <Tag>{labelOf(t, CAUSE_LABELS, str(c['kind']) ?? '')}</Tag> {str(c['description'])}
              {str(c['attributedTo']) && (
                <span className="case-muted"> — {t('case.evaluation.attributed_to', { who: str(c['attributedTo'])! })}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function ProtectionSection({ proposal }: { proposal: Proposal }) {
  const { t, pick } = useI18n();
  const p = proposal.protectionDetermination;
  if (!p) return <Empty>{t('case.protection.none')}</Empty>;
  const protection = str(p['protection']);
  const derived = str(p['derived']);
  const departure = isObject(p['departureReasons']) ? p['departureReasons'] : str(p['departureReasons']);
  const decree172 = isObject(p['decree172']) ? p['decree172'] : null;
  const note = decree172 && isObject(decree172['text']) ? decree172['text'] : null;
  return (
    <div>
      {p['abuse'] === true && <Alert type="error" showIcon className="block-gap" title={t('case.protection.abuse')} />}
      <Facts
        items={[
          [
            t('case.field.protection'),
            protection ? (
              <Tag key="p" color={protection === 'notProtected' ? 'red' : 'green'} className="case-wrap-tag">
                {labelOf(t, PROTECTION_LABELS, protection)}
              </Tag>
            ) : null,
          ],
          [t('case.protection.derived'), derived ? labelOf(t, PROTECTION_LABELS, derived) : null],
          [t('case.protection.confirmed'), t(p['confirmed'] === true ? 'case.protection.confirmed_yes' : 'case.protection.confirmed_no')],
          [t('case.protection.departure'), typeof departure === 'string' ? <Prose key="d">{departure}</Prose> : null],
          [t('case.protection.determined_at'), when(p['determinedAt'])],
        ]}
      />
      <SubHeading>{t('case.protection.reasons')}</SubHeading>
      <ReasonList items={reasons(p['derivedReasons'])} />
      {note && typeof note['vi'] === 'string' && typeof note['en'] === 'string' && (
        <Alert
          type="info"
          showIcon
          className="block-gap-top"
          title={t('case.protection.decree172')}
          description={
            <>
              {pick({ vi: note['vi'], en: note['en'] })}{' '}
              {typeof decree172?.['citation'] === 'string' && <Citation citation={decree172['citation']} />}
            </>
          }
        />
      )}
    </div>
  );
}

export function EncouragementsSection({ proposal, people }: { proposal: Proposal; people: ReadonlyMap<string, string> }) {
  const { t, pick, locale } = useI18n();
  if (proposal.encouragements.length === 0) return <Empty>{t('case.encouragement.none')}</Empty>;
  return (
    <ul className="case-records">
      {proposal.encouragements.map((e, i) => {
        const kind = encouragementKinds.find((k) => k.kind === e['kind']);
        const person = str(e['beneficiaryPersonId']);
        const purposes = Array.isArray(e['personnelPurposes'])
          ? e['personnelPurposes'].filter((x): x is string => typeof x === 'string')
          : [];
        const months = num(e['earlySalaryStepMonths']);
        return (
          <li key={str(e['id']) ?? i}>
            <div className="case-record-head">
              <strong>{kind ? pick(kind.label) : (str(e['kind']) ?? '—')}</strong>
            </div>
            <Facts
              items={[
                [
                  t('case.encouragement.beneficiary'),
                  person
                    ? (people.get(person) ?? null)
                    : e['beneficiaryKind'] === 'organisation'
                      ? t('case.encouragement.organisation')
                      : null,
                ],
                [t('case.encouragement.purposes'), purposes.length ? purposes.map((x) => labelOf(t, PURPOSE_LABELS, x)).join(', ') : null],
                [
                  t('case.encouragement.months'),
                  months === null ? null : t('case.encouragement.months_value', { months: formatNumber(months, locale) }),
                ],
                [t('case.encouragement.decision'), str(e['decision'])],
                [t('case.encouragement.recorded_at'), when(e['recordedAt'])],
              ]}
            />
          </li>
        );
      })}
    </ul>
  );
}

/** GET /proposals/{id}/conformance: each deviation from the envelope and whether a decision covered it. */
export function ConformanceSection({
  proposal,
  report,
  loading,
}: {
  proposal: Proposal;
  report: Record<string, unknown> | null;
  loading: boolean;
}) {
  const { t, pick } = useI18n();
  if (!proposal.scope) return <Empty>{t('case.scope.none')}</Empty>;
  if (!report) return <Empty>{t(loading ? 'common.loading' : 'case.conformance.none')}</Empty>;
  const deviations = Array.isArray(report['deviations']) ? report['deviations'].filter(isObject) : [];
  const within = report['withinApprovedScope'] === true;
  return (
    <div>
      <p className="case-p">
        <Tag color={within ? 'green' : 'red'} className="case-wrap-tag">
          {t(within ? 'case.conformance.within' : 'case.conformance.outside')}
        </Tag>{' '}
        {typeof report['citation'] === 'string' && <Citation citation={report['citation']} />}
      </p>
      <SubHeading>{t('case.conformance.deviations')}</SubHeading>
      {deviations.length === 0 ? (
        <Empty>{t('case.conformance.no_deviations')}</Empty>
      ) : (
        <ul className="case-records">
          {deviations.map((d, i) => {
            const text =
              isObject(d['text']) && typeof d['text']['vi'] === 'string' && typeof d['text']['en'] === 'string'
                ? { vi: d['text']['vi'], en: d['text']['en'] }
                : null;
            const covered = d['covered'] === true;
            const retro = Array.isArray(d['retroactiveDecisions']) ? d['retroactiveDecisions'].length : 0;
            return (
              <li key={i}>
                <div className="case-record-head">
                  <Tag color={covered ? 'green' : 'red'}>{t(covered ? 'case.conformance.covered' : 'case.conformance.not_covered')}</Tag>
                  {typeof d['since'] === 'string' && <span>{t('case.conformance.since', { date: formatDate(d['since']) })}</span>}
                </div>
                <p className="case-p">{text ? pick(text) : str(d['kind'])}</p>
                {retro > 0 && <p className="case-p case-muted">{t('case.conformance.retroactive')}</p>}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
