/** The approved scope envelope with KPI progress, and what happened while it was carried out. */
import { Spin, Tag } from 'antd';
import { Component, lazy, Suspense, type ReactNode } from 'react';
import { formatDate, formatDateTime, formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Proposal } from './actions/action-dialog.tsx';
import { Empty, Facts, Prose, SubHeading } from './case-bits.tsx';
import { KPI_STATUS_LABELS, labelOf, RESOURCE_LABELS, SEVERITY_LABELS } from './case-labels.ts';
import { kpiProgress, latestActuals, readEnvelope, readKpiActuals, type Envelope, type KpiProgress } from './kpi-progress.ts';
import type { Conformance } from './use-case-data.ts';

const KpiChart = lazy(() => import('./kpi-chart.tsx').then((m) => ({ default: m.KpiChart })));

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);
const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** A chart that fails (a chunk that cannot load, a rendering error) leaves the table, not a broken page. */
class ChartBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

function Money({ amount }: { amount: number | null }) {
  const { t, locale } = useI18n();
  if (amount === null) return null;
  return <>{t('case.money', { amount: formatNumber(amount, locale) })}</>;
}

/**
 * The KPI figures as a plain table: the chart's text equivalent. On a phone it scrolls inside
 * its own box, which takes keyboard focus so it can be scrolled without a mouse.
 */
function KpiTable({ rows }: { rows: readonly KpiProgress[] }) {
  const { t, locale } = useI18n();
  const n = (v: number | null) => (v === null ? '—' : formatNumber(v, locale));
  return (
    <div className="case-table-scroll" tabIndex={0} role="region" aria-label={t('case.kpi.table_label')}>
      <table className="case-table">
        <thead>
          <tr>
            <th scope="col">{t('case.kpi.name')}</th>
            <th scope="col">{t('case.kpi.baseline')}</th>
            <th scope="col">{t('case.kpi.target')}</th>
            <th scope="col">{t('case.kpi.actual')}</th>
            <th scope="col">{t('case.kpi.percent')}</th>
            <th scope="col">{t('case.kpi.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                {r.name} ({r.unit})
              </th>
              <td>{n(r.baseline)}</td>
              <td>{n(r.target)}</td>
              <td>
                {n(r.actual)}
                {r.actual !== null && r.asOf ? <span className="case-muted"> ({formatDate(r.asOf)})</span> : null}
              </td>
              <td>{r.percent === null ? '—' : `${n(r.percent)} %`}</td>
              <td>
                <Tag color={r.status === 'met' ? 'green' : r.status === 'notMet' ? 'orange' : 'default'}>
                  {labelOf(t, KPI_STATUS_LABELS, r.status)}
                </Tag>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function EnvelopeFacts({ envelope }: { envelope: Envelope }) {
  const { t } = useI18n();
  return (
    <Facts
      items={[
        [
          t('case.scope.objectives'),
          envelope.objectives.length ? (
            <ul key="o" className="case-list">
              {envelope.objectives.map((o) => (
                <li key={o.id}>
                  <span className="case-muted">{o.id}.</span> {o.text}
                </li>
              ))}
            </ul>
          ) : null,
        ],
        [t('case.scope.areas'), envelope.areas.length ? envelope.areas.join('; ') : null],
        [t('case.scope.pilot_end_date'), envelope.pilotEndDate ? formatDate(envelope.pilotEndDate) : null],
        [t('case.scope.budget_ceiling'), envelope.budgetCeiling === null ? null : <Money key="b" amount={envelope.budgetCeiling} />],
        [
          t('case.scope.safeguards'),
          envelope.safeguards.length ? (
            <ul key="s" className="case-list">
              {envelope.safeguards.map((s) => (
                <li key={s.id}>
                  <span className="case-muted">{s.id}.</span> {s.text}
                </li>
              ))}
            </ul>
          ) : (
            t('case.scope.no_safeguards')
          ),
        ],
      ]}
    />
  );
}

/** The envelope in force (after adjust decisions, from the conformance report) and KPI progress. */
export function ScopeSection({ proposal, conformance }: { proposal: Proposal; conformance: Conformance }) {
  const { t } = useI18n();
  const scope = proposal.scope;
  if (!scope) return <Empty>{t('case.scope.none')}</Empty>;
  const approved = readEnvelope(scope['envelope']);
  const envelope = conformance.envelope ?? approved;
  if (!envelope) return <Empty>{t('case.scope.none')}</Empty>;
  const adjusted = conformance.envelope !== null && JSON.stringify(conformance.envelope) !== JSON.stringify(approved);
  const rows = kpiProgress(envelope.kpis, latestActuals(proposal.progressReports, proposal.completionReport));
  return (
    <div>
      <Facts
        items={[
          [t('case.scope.approved_at'), typeof scope['approvedAt'] === 'string' ? formatDateTime(scope['approvedAt']) : null],
          [t('case.scope.version'), t(adjusted ? 'case.scope.adjusted' : 'case.scope.as_approved')],
        ]}
      />
      <EnvelopeFacts envelope={envelope} />
      <SubHeading>{t('case.kpi.title')}</SubHeading>
      {rows.length === 0 ? (
        <Empty>{t('case.kpi.none')}</Empty>
      ) : (
        <>
          {rows.some((r) => r.percent !== null) ? (
            <ChartBoundary>
              <Suspense fallback={<Spin description={t('common.loading')} />}>
                <KpiChart rows={rows} />
              </Suspense>
            </ChartBoundary>
          ) : (
            <Empty>{t('case.kpi.no_actuals')}</Empty>
          )}
          <KpiTable rows={rows} />
        </>
      )}
    </div>
  );
}

export function ImplementationSection({ proposal, people }: { proposal: Proposal; people: ReadonlyMap<string, string> }) {
  const { t, locale } = useI18n();
  const { resources, progressReports, incidents, inspections } = proposal;
  return (
    <div>
      <SubHeading>{t('case.resources.title')}</SubHeading>
      {resources.length === 0 ? (
        <Empty>{t('case.resources.none')}</Empty>
      ) : (
        <ul className="case-records">
          {resources.map((r, i) => (
            <li key={str(r['id']) ?? i}>
              <div className="case-record-head">
                <strong>{labelOf(t, RESOURCE_LABELS, str(r['kind']) ?? '')}</strong>
              </div>
              <Facts
                items={[
                  [t('case.resources.description'), str(r['description'])],
                  [t('case.resources.quantity'), num(r['quantity']) === null ? null : formatNumber(num(r['quantity'])!, locale)],
                  [t('case.resources.amount'), num(r['amount']) === null ? null : <Money key="a" amount={num(r['amount'])} />],
                  [t('case.resources.assigned_at'), typeof r['assignedAt'] === 'string' ? formatDateTime(r['assignedAt']) : null],
                ]}
              />
            </li>
          ))}
        </ul>
      )}

      <SubHeading>{t('case.progress.title')}</SubHeading>
      {progressReports.length === 0 ? (
        <Empty>{t('case.progress.none')}</Empty>
      ) : (
        <ul className="case-records">
          {progressReports.map((r, i) => {
            const actuals = readKpiActuals(r['kpiActuals']);
            const spending = Array.isArray(r['spending']) ? r['spending'].filter(isObject) : [];
            const spent = spending.reduce((sum, s) => sum + (num(s['amount']) ?? 0), 0);
            const by = str(r['reportedBy']);
            return (
              <li key={str(r['id']) ?? i}>
                <div className="case-record-head">
                  <strong>
                    {t('case.progress.period', { date: typeof r['periodEnd'] === 'string' ? formatDate(r['periodEnd']) : '—' })}
                  </strong>
                </div>
                <Facts
                  items={[
                    [t('case.progress.reported_at'), typeof r['reportedAt'] === 'string' ? formatDateTime(r['reportedAt']) : null],
                    [t('case.progress.reported_by'), by ? (people.get(by) ?? null) : null],
                    [
                      t('case.progress.kpi_actuals'),
                      actuals.length ? actuals.map((a) => `${a.kpiId}: ${formatNumber(a.value, locale)}`).join('; ') : null,
                    ],
                    [t('case.progress.spending'), spending.length ? <Money key="s" amount={spent} /> : null],
                    [t('case.progress.narrative'), str(r['narrative']) ? <Prose key="n">{str(r['narrative'])}</Prose> : null],
                  ]}
                />
              </li>
            );
          })}
        </ul>
      )}

      <SubHeading>{t('case.incidents.title')}</SubHeading>
      {incidents.length === 0 ? (
        <Empty>{t('case.incidents.none')}</Empty>
      ) : (
        <ul className="case-records">
          {incidents.map((r, i) => (
            <li key={str(r['id']) ?? i}>
              <div className="case-record-head">
                <strong>{typeof r['occurredOn'] === 'string' ? formatDate(r['occurredOn']) : '—'}</strong>
                <Tag color={r['severity'] === 'high' ? 'red' : r['severity'] === 'medium' ? 'orange' : 'default'}>
                  {labelOf(t, SEVERITY_LABELS, str(r['severity']) ?? '')}
                </Tag>
                {r['damage'] === true && <Tag color="red">{t('case.incidents.damage')}</Tag>}
              </div>
              <Facts
                items={[
                  [t('case.incidents.description'), <Prose key="d">{str(r['description'])}</Prose>],
                  [t('case.incidents.safeguard'), str(r['safeguardId'])],
                  [t('case.incidents.recorded_at'), typeof r['recordedAt'] === 'string' ? formatDateTime(r['recordedAt']) : null],
                ]}
              />
            </li>
          ))}
        </ul>
      )}

      <SubHeading>{t('case.inspections.title')}</SubHeading>
      {inspections.length === 0 ? (
        <Empty>{t('case.inspections.none')}</Empty>
      ) : (
        <ul className="case-records">
          {inspections.map((r, i) => {
            const inspector = str(r['inspectorId']);
            return (
              <li key={str(r['id']) ?? i}>
                <div className="case-record-head">
                  <strong>{typeof r['inspectedOn'] === 'string' ? formatDate(r['inspectedOn']) : '—'}</strong>
                </div>
                <Facts
                  items={[
                    [t('case.inspections.findings'), <Prose key="f">{str(r['findings'])}</Prose>],
                    [t('case.inspections.inspector'), inspector ? (people.get(inspector) ?? null) : null],
                    [t('case.incidents.recorded_at'), typeof r['recordedAt'] === 'string' ? formatDateTime(r['recordedAt']) : null],
                  ]}
                />
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
