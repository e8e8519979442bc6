import { BranchesOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Grid, Spin, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { ProcedureDefinition } from '@khien/core/procedure';
import { api, isApiError, unwrap, type JsonBody } from '../../../api/client.ts';
import { ND73_CATEGORY_LABELS } from '../../../components/labels.ts';
import { Page } from '../../../components/page.tsx';
import { useOrganisationNames } from '../../../components/use-organisation-names.ts';
import { useShowProblem } from '../../../components/use-problem.tsx';
import { formatNumber } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { useSession } from '../../../session/session.tsx';
import { useParameterValueText } from './parameter-value.tsx';
import { procedurePath } from './paths.ts';
import {
  parameterRows,
  parseDefinition,
  timerRows,
  transitionRows,
  type ParameterRow,
  type Text,
  type TimerRow,
  type TransitionRow,
} from './procedure-model.ts';
import { Citation, RuleBasis, RuleStatusTag } from './rule-status-tag.tsx';
import { DiagramLegend, StateDiagram } from './state-diagram.tsx';
import { VariantDrawer } from './variant-drawer.tsx';

type ProcedureItem = JsonBody<'/api/v1/procedures', 'get'>['items'][number];

const secondary = { color: '#595959', fontSize: 13 } as const;

/** Who may adopt a local variant: the server asks for "update" on the organisation (admin, or an officer below their scope root). */
function variantRights(roles: readonly string[]): { can: boolean; officerOnly: boolean } {
  const admin = roles.includes('system_admin');
  const officer = roles.includes('org_officer');
  return { can: admin || officer, officerOnly: !admin && officer };
}

/** One procedure as data: its legal basis, state diagram, steps, transitions, time limits and parameters. */
export function ProcedurePage() {
  const { id = '', version = '' } = useParams();
  const { t, pick } = useI18n();
  const { session } = useSession();
  const showProblem = useShowProblem();
  const [definition, setDefinition] = useState<ProcedureDefinition | null>(null);
  const [list, setList] = useState<ProcedureItem[]>([]);
  // What is known about the procedure at `for`; another address shows "loading" until its own answer.
  const [result, setResult] = useState<{ for: string; status: 'ready' | 'not_found' | 'invalid' | 'failed' } | null>(null);
  const key = `${id}@${version}`;
  const status = result?.for === key ? result.status : 'loading';
  const shownKey = useRef(key);
  shownKey.current = key;
  const [adopting, setAdopting] = useState(false);
  const rights = variantRights(session?.roles ?? []);
  const screens = Grid.useBreakpoint();

  const load = useCallback(async () => {
    const loading = `${id}@${version}`;
    const setStatus = (status: 'ready' | 'not_found' | 'invalid' | 'failed') => {
      if (shownKey.current === loading) setResult({ for: loading, status });
    };
    setResult(null);
    const versionNumber = Number(version);
    if (!Number.isInteger(versionNumber) || versionNumber < 1) {
      setStatus('not_found');
      return;
    }
    try {
      const [view, procedures] = await Promise.all([
        unwrap(api.GET('/api/v1/procedures/{id}/{version}', { params: { path: { id, version: versionNumber } } })),
        unwrap(api.GET('/api/v1/procedures')),
      ]);
      const parsed = parseDefinition(view.definition);
      if (shownKey.current !== loading) return;
      setList(procedures.items);
      setDefinition(parsed);
      setStatus(parsed ? 'ready' : 'invalid');
    } catch (error) {
      if (isApiError(error) && (error.status === 404 || error.status === 400)) setStatus('not_found');
      else {
        setStatus('failed');
        showProblem(error);
      }
    }
  }, [id, version, showProblem]);
  useEffect(() => {
    void load();
  }, [load]);

  const item = list.find((p) => p.id === id && p.version === Number(version));
  const names = useOrganisationNames([item?.organisationId]);

  if (status !== 'ready' || !definition) {
    return (
      <Page title={t('procedure.title')}>
        {status === 'loading' ? (
          <Spin size="large" className="page-spinner" description={t('common.loading')} />
        ) : (
          <Alert
            type={status === 'not_found' ? 'warning' : 'error'}
            showIcon
            title={t(status === 'not_found' ? 'procedure.not_found' : status === 'invalid' ? 'procedure.invalid' : 'procedure.load_failed')}
            action={<Link to="/admin/procedures">{t('procedure.back_to_list')}</Link>}
          />
        )}
      </Page>
    );
  }

  const derivedTitle = (ref: { id: string; version: number }) => {
    const found = list.find((p) => p.id === ref.id && p.version === ref.version);
    return found ? `${pick(found.title)} (${ref.id}@${ref.version})` : `${ref.id}@${ref.version}`;
  };
  const variants = list.filter((p) => p.derivedFrom?.id === definition.id && p.derivedFrom.version === definition.version);

  return (
    <Page
      title={pick(definition.title)}
      extra={
        rights.can && (
          <Button type="primary" icon={<BranchesOutlined />} onClick={() => setAdopting(true)}>
            {t('procedure.variant.open')}
          </Button>
        )
      }
    >
      <Typography.Paragraph>
        <Link to="/admin/procedures">{t('procedure.back_to_list')}</Link>
      </Typography.Paragraph>

      <Card title={<h2 className="card-title">{t('procedure.section.general')}</h2>} className="block-gap">
        <Descriptions column={{ xs: 1, md: 2 }} size="small" layout={screens.md ? 'horizontal' : 'vertical'}>
          <Descriptions.Item label={t('procedure.field.code')}>
            <code>
              {definition.id}@{definition.version}
            </code>
          </Descriptions.Item>
          <Descriptions.Item label={t('procedure.field.kind')}>
            {item && !item.builtIn ? (
              <Tag color="gold">{t('procedure.kind.variant')}</Tag>
            ) : (
              <Tag color="blue">{t('procedure.kind.built_in')}</Tag>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('procedure.field.applies_to')}>
            {item?.organisationId ? (names[item.organisationId] ?? t('common.loading')) : t('procedure.applies_everywhere')}
          </Descriptions.Item>
          <Descriptions.Item label={t('procedure.field.derived_from')}>
            {definition.derivedFrom ? <Link to={procedurePath(definition.derivedFrom)}>{derivedTitle(definition.derivedFrom)}</Link> : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('procedure.field.proposers')} span={{ xs: 1, md: 2 }}>
            <div>
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {definition.proposerCategories.categories.map((c) => (
                  <li key={c}>
                    {c in ND73_CATEGORY_LABELS
                      ? pick(ND73_CATEGORY_LABELS[c as keyof typeof ND73_CATEGORY_LABELS])
                      : t('procedure.category.party_body_leader')}
                  </li>
                ))}
              </ul>
              <div style={{ marginTop: 4 }}>
                <RuleStatusTag status={definition.proposerCategories.status} /> <Citation text={definition.proposerCategories.citation} />
              </div>
            </div>
          </Descriptions.Item>
          <Descriptions.Item label={t('procedure.field.legal_basis')} span={{ xs: 1, md: 2 }}>
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {definition.legalBasis.map((basis) => (
                <li key={basis.citation}>
                  <strong>{basis.citation}</strong>: {pick(basis.title)}
                </li>
              ))}
            </ul>
          </Descriptions.Item>
          {variants.length > 0 && (
            <Descriptions.Item label={t('procedure.field.variants')} span={{ xs: 1, md: 2 }}>
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {variants.map((v) => (
                  <li key={`${v.id}@${v.version}`}>
                    <Link to={procedurePath(v)}>
                      {v.id}@{v.version}
                    </Link>
                  </li>
                ))}
              </ul>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>

      <Card title={<h2 className="card-title">{t('procedure.section.diagram')}</h2>} className="block-gap">
        <Typography.Paragraph style={secondary}>{t('procedure.diagram.intro')}</Typography.Paragraph>
        <StateDiagram
          definition={definition}
          label={t('procedure.diagram.label', {
            title: pick(definition.title),
            states: definition.states.length,
            transitions: definition.transitions.length,
          })}
        />
        <DiagramLegend />
      </Card>

      <StatesCard definition={definition} />
      <TransitionsCard definition={definition} />
      <TimersCard definition={definition} />
      <ParametersCard definition={definition} canAdopt={rights.can} onAdopt={() => setAdopting(true)} />

      {rights.can && (
        <VariantDrawer
          base={definition}
          existing={list}
          officerOnly={rights.officerOnly}
          open={adopting}
          onClose={() => setAdopting(false)}
          onCreated={() => setAdopting(false)}
        />
      )}
    </Page>
  );
}

function TextList({ items }: { items: Text[] }) {
  const { pick } = useI18n();
  if (items.length === 0) return <>—</>;
  if (items.length === 1) return <>{pick(items[0]!)}</>;
  return (
    <ul style={{ margin: 0, paddingLeft: 18 }}>
      {items.map((item, i) => (
        <li key={i}>{pick(item)}</li>
      ))}
    </ul>
  );
}

function StatesCard({ definition }: { definition: ProcedureDefinition }) {
  const { t, pick } = useI18n();
  return (
    <Card title={<h2 className="card-title">{t('procedure.section.states')}</h2>} className="block-gap">
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: true }}
        dataSource={definition.states}
        columns={[
          {
            title: t('procedure.field.state'),
            key: 'label',
            render: (_: unknown, s: ProcedureDefinition['states'][number]) => pick(s.label),
          },
          {
            title: t('procedure.field.state_code'),
            dataIndex: 'id',
            key: 'id',
            responsive: ['md'],
            render: (v: string) => <code>{v}</code>,
          },
          {
            title: t('procedure.field.state_notes'),
            key: 'notes',
            render: (_: unknown, s: ProcedureDefinition['states'][number]) => (
              <>
                {s.id === definition.initialState && <Tag>{t('procedure.state.initial')}</Tag>}
                {s.terminal && <Tag>{t('procedure.state.terminal')}</Tag>}
                {s.readOnly && <Tag>{t('procedure.state.read_only')}</Tag>}
              </>
            ),
          },
        ]}
      />
    </Card>
  );
}

function TransitionsCard({ definition }: { definition: ProcedureDefinition }) {
  const { t, pick } = useI18n();
  const rows = useMemo(() => transitionRows(definition), [definition]);
  return (
    <Card title={<h2 className="card-title">{t('procedure.section.transitions')}</h2>} className="block-gap">
      <Typography.Paragraph style={secondary}>{t('procedure.transitions_intro')}</Typography.Paragraph>
      <Table<TransitionRow>
        rowKey="key"
        size="small"
        pagination={false}
        scroll={{ x: true }}
        dataSource={rows}
        expandable={{
          expandedRowRender: (r) => (
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('procedure.field.actors')}>
                <TextList items={r.actors} />
              </Descriptions.Item>
              <Descriptions.Item label={t('procedure.field.conditions')}>
                {r.guards.length === 0 ? (
                  '—'
                ) : (
                  <ul style={{ margin: 0, paddingLeft: 18 }}>
                    {r.guards.map((g, i) => (
                      <li key={i}>
                        {pick(g.text)}{' '}
                        <span style={secondary}>
                          ({g.citation}
                          {g.status === 'configurable' ? ', [U]' : ''})
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </Descriptions.Item>
              <Descriptions.Item label={t('procedure.field.documents')}>
                <TextList items={r.documents} />
              </Descriptions.Item>
            </Descriptions>
          ),
        }}
        columns={[
          {
            title: t('procedure.field.action'),
            key: 'action',
            render: (_, r) => (
              <>
                <strong>{pick(r.label)}</strong>
                <div style={secondary}>
                  <code>{r.id}</code>
                </div>
                {!r.enabled && r.enabledBy && (
                  <Tag style={{ marginTop: 4 }}>{t('procedure.transition.off', { parameter: pick(r.enabledBy.label) })}</Tag>
                )}
              </>
            ),
          },
          { title: t('procedure.field.from'), key: 'from', render: (_, r) => <TextList items={r.from} /> },
          { title: t('procedure.field.to'), key: 'to', render: (_, r) => (r.to ? pick(r.to) : <em>{t('procedure.transition.stays')}</em>) },
          {
            title: t('procedure.field.basis'),
            key: 'basis',
            render: (_, r) => <RuleBasis citation={r.citation} status={r.status} />,
          },
        ]}
      />
    </Card>
  );
}

function TimersCard({ definition }: { definition: ProcedureDefinition }) {
  const { t, pick, locale } = useI18n();
  const valueText = useParameterValueText();
  const rows = useMemo(() => timerRows(definition), [definition]);
  return (
    <Card title={<h2 className="card-title">{t('procedure.section.timers')}</h2>} className="block-gap">
      <Table<TimerRow>
        rowKey="key"
        size="small"
        pagination={false}
        scroll={{ x: true }}
        dataSource={rows}
        expandable={{
          expandedRowRender: (r) => (
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('procedure.field.holders')}>
                <TextList items={r.holders} />
              </Descriptions.Item>
              <Descriptions.Item label={t('procedure.field.reminders')}>
                {r.remindersBefore.length ? r.remindersBefore.map((n) => formatNumber(n, locale)).join(', ') : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('procedure.field.escalate_to')}>
                <TextList items={r.escalateTo} />
              </Descriptions.Item>
            </Descriptions>
          ),
        }}
        columns={[
          { title: t('procedure.field.timer'), key: 'label', render: (_, r) => <strong>{pick(r.label)}</strong> },
          { title: t('procedure.field.limit'), key: 'limit', render: (_, r) => valueText({ unit: r.unit }, r.value) },
          { title: t('procedure.field.starts_on'), key: 'start', responsive: ['md'], render: (_, r) => <TextList items={r.startsOn} /> },
          {
            title: t('procedure.field.basis'),
            key: 'basis',
            render: (_, r) => <RuleBasis citation={r.citation} status={r.status} />,
          },
        ]}
      />
    </Card>
  );
}

function ParametersCard({ definition, canAdopt, onAdopt }: { definition: ProcedureDefinition; canAdopt: boolean; onAdopt: () => void }) {
  const { t, pick } = useI18n();
  const valueText = useParameterValueText();
  const rows = useMemo(() => parameterRows(definition, true), [definition]);
  return (
    <Card title={<h2 className="card-title">{t('procedure.section.parameters')}</h2>} className="block-gap">
      <Typography.Paragraph style={secondary}>{t('procedure.parameters_intro')}</Typography.Paragraph>
      {canAdopt && (
        <Typography.Paragraph>
          <Button onClick={onAdopt}>{t('procedure.variant.open')}</Button>
        </Typography.Paragraph>
      )}
      <Table<ParameterRow>
        rowKey="key"
        size="small"
        pagination={false}
        scroll={{ x: true }}
        dataSource={rows}
        columns={[
          {
            title: t('procedure.field.parameter'),
            key: 'label',
            render: (_, r) => (
              <>
                {pick(r.label)}
                <div style={secondary}>
                  <code>{r.key}</code>
                </div>
              </>
            ),
          },
          {
            title: t('procedure.field.value'),
            key: 'value',
            render: (_, r) => (
              <>
                <strong>{valueText(r, r.value)}</strong>
                {r.overriddenBy && (
                  <div style={secondary}>{t('procedure.parameter.previous', { value: valueText(r, r.overriddenBy.previousValue) })}</div>
                )}
              </>
            ),
          },
          {
            title: t('procedure.field.basis'),
            key: 'basis',
            render: (_, r) => (
              <RuleBasis citation={r.citation} status={r.status}>
                {r.overriddenBy && (
                  <div style={secondary}>{t('procedure.parameter.overridden_by', { citation: r.overriddenBy.citation })}</div>
                )}
              </RuleBasis>
            ),
          },
        ]}
      />
    </Card>
  );
}
