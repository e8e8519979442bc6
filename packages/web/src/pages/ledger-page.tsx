import { CheckCircleFilled, ClockCircleOutlined, CloseCircleFilled, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useCallback, useEffect, useState, type HTMLAttributes } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { OpenedCheckpoint } from '@khien/core/ledger';
import { api, isApiError, unwrap, type JsonBody } from '../api/client.ts';
import { Page } from '../components/page.tsx';
import { useShowProblem } from '../components/use-problem.tsx';
import { formatDateTime, formatNumber } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import type { MessageKey } from '../i18n/messages.ts';
import { checkEntry, mapLimited, openServerCheckpoint, type EntryCheck } from '../verify/ledger-check.ts';

type CheckpointView = JsonBody<'/api/v1/ledger/checkpoint', 'get'>;
type Entry = JsonBody<'/api/v1/ledger/entries', 'get'>['entries'][number];

const PAGE_SIZE = 50;

interface LoadedEntries {
  entries: Entry[];
  treeSize: number;
  proposal: { id: string; code: string; title: string } | null;
}

async function pageOfEntries(page: number): Promise<LoadedEntries> {
  const result = await unwrap(api.GET('/api/v1/ledger/entries', { params: { query: { from: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE } } }));
  return { ...result, proposal: null };
}

/** Every ledger entry of one case (its timeline's indexes), each fetched by index. */
async function caseEntries(id: string): Promise<LoadedEntries> {
  const proposal = await unwrap(api.GET('/api/v1/proposals/{id}', { params: { path: { id } } }));
  const indexes = [...new Set(proposal.timeline.map((e) => e.index))].sort((a, b) => a - b);
  const entries = await mapLimited(indexes, 6, (index) =>
    unwrap(api.GET('/api/v1/ledger/entries/{index}', { params: { path: { index } } })),
  );
  return {
    entries,
    treeSize: entries.length,
    proposal: { id: proposal.id, code: proposal.code, title: proposal.title },
  };
}

const REASONS: Record<NonNullable<EntryCheck['reason']>, MessageKey> = {
  leaf_mismatch: 'ledger.reason.leaf_mismatch',
  bad_envelope: 'ledger.reason.bad_envelope',
  proof_failed: 'ledger.reason.proof_failed',
  proof_unavailable: 'ledger.reason.proof_unavailable',
};

const fetchProof = async (index: number, size: number) =>
  (await unwrap(api.GET('/api/v1/ledger/proof/inclusion', { params: { query: { index, size } } }))).proof;

export function LedgerPage() {
  const { t, locale } = useI18n();
  const showProblem = useShowProblem();
  const [checkpoint, setCheckpoint] = useState<CheckpointView | null>(null);
  const [opened, setOpened] = useState<OpenedCheckpoint | null>(null);
  const [checkpointBad, setCheckpointBad] = useState<string | null>(null);
  const [noCheckpoint, setNoCheckpoint] = useState(false);
  const [entries, setEntries] = useState<Entry[]>([]);
  const [treeSize, setTreeSize] = useState(0);
  // The case page links an event here as /ledger?index=N: open the page that holds it, marked.
  const [params] = useSearchParams();
  const wanted = /^\d+$/.test(params.get('index') ?? '') ? Number(params.get('index')) : null;
  const [page, setPage] = useState(wanted === null ? 1 : Math.floor(wanted / PAGE_SIZE) + 1);
  // One case's entries only (/ledger?proposal=ID, linked from the case page for inspectors).
  const proposalId = params.get('proposal');
  const [caseInfo, setCaseInfo] = useState<{ id: string; code: string; title: string } | null>(null);
  const [checks, setChecks] = useState<Record<number, EntryCheck>>({});
  const [loading, setLoading] = useState(false);
  const [signing, setSigning] = useState(false);

  const loadCheckpoint = useCallback(async () => {
    setCheckpointBad(null);
    try {
      const view = await unwrap(api.GET('/api/v1/ledger/checkpoint'));
      setCheckpoint(view);
      setNoCheckpoint(false);
      try {
        setOpened(await openServerCheckpoint(view));
      } catch (error) {
        setOpened(null);
        setCheckpointBad(error instanceof Error ? error.message : 'invalid');
      }
    } catch (error) {
      if (isApiError(error) && error.problem?.code === 'ledger.no_checkpoint') setNoCheckpoint(true);
      else showProblem(error);
    }
  }, [showProblem]);

  useEffect(() => {
    void loadCheckpoint();
  }, [loadCheckpoint]);

  useEffect(() => {
    let live = true;
    setLoading(true);
    const load = proposalId ? caseEntries(proposalId) : pageOfEntries(page);
    load
      .then((result) => {
        if (!live) return;
        setEntries(result.entries);
        setTreeSize(result.treeSize);
        setCaseInfo(result.proposal);
      })
      .catch((error: unknown) => live && showProblem(error))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [page, proposalId, showProblem]);

  // Verify the visible page against the checkpoint, in the browser.
  useEffect(() => {
    if (!opened || entries.length === 0) return;
    let live = true;
    setChecks({});
    void mapLimited(entries, 6, async (entry) => {
      const result = await checkEntry(entry, opened, fetchProof);
      if (live) setChecks((current) => ({ ...current, [entry.index]: result }));
      return result;
    });
    return () => {
      live = false;
    };
  }, [opened, entries]);

  async function signNow() {
    setSigning(true);
    try {
      await unwrap(api.POST('/api/v1/ledger/checkpoint'));
      await loadCheckpoint();
    } catch (error) {
      showProblem(error);
    } finally {
      setSigning(false);
    }
  }

  function badge(entry: Entry) {
    if (checkpointBad)
      return (
        <Tag color="red" icon={<CloseCircleFilled />}>
          {t('ledger.badge.failed')}
        </Tag>
      );
    const check = checks[entry.index];
    if (!opened || !check) return <Tag>{t('ledger.badge.checking')}</Tag>;
    if (check.status === 'verified')
      return (
        <Tag color="green" icon={<CheckCircleFilled />}>
          {t('ledger.badge.verified')}
        </Tag>
      );
    if (check.status === 'pending')
      return (
        <Tooltip title={t('ledger.badge.pending_hint')}>
          <Tag color="gold" icon={<ClockCircleOutlined />}>
            {t('ledger.badge.pending')}
          </Tag>
        </Tooltip>
      );
    return (
      <Space direction="vertical" size={0}>
        <Tag color="red" icon={<CloseCircleFilled />}>
          {t('ledger.badge.failed')}
        </Tag>
        {check.reason && (
          <Typography.Text type="danger" className="reason">
            {t(REASONS[check.reason])}
          </Typography.Text>
        )}
      </Space>
    );
  }

  return (
    <Page
      title={caseInfo ? t('ledger.case_title', { code: caseInfo.code }) : t('ledger.title')}
      extra={
        <Button icon={<ReloadOutlined />} onClick={signNow} loading={signing}>
          {t('ledger.sign_now')}
        </Button>
      }
    >
      <Typography.Paragraph>{t('ledger.intro')}</Typography.Paragraph>
      {caseInfo && (
        <Typography.Paragraph>
          {t('ledger.case_intro', { title: caseInfo.title })}{' '}
          <Link to={`/proposals/${caseInfo.id}`} className="inline-link">
            {t('ledger.case_back')}
          </Link>{' '}
          ·{' '}
          <Link to="/ledger" className="inline-link">
            {t('ledger.case_all')}
          </Link>
        </Typography.Paragraph>
      )}
      <Card title={<h2 className="card-title">{t('ledger.checkpoint')}</h2>} className="block-gap">
        {noCheckpoint && <Alert type="info" showIcon title={t('ledger.no_checkpoint')} />}
        {checkpointBad && (
          <Alert type="error" showIcon title={t('ledger.checkpoint_bad')} description={checkpointBad} className="block-gap" />
        )}
        {checkpoint && (
          <Descriptions column={{ xs: 1, md: 2 }} size="small">
            <Descriptions.Item label={t('verify.origin')}>{checkpoint.origin}</Descriptions.Item>
            <Descriptions.Item label={t('verify.tree_size')}>{formatNumber(checkpoint.size, locale)}</Descriptions.Item>
            <Descriptions.Item label={t('ledger.signed_at')}>{formatDateTime(checkpoint.createdAt)}</Descriptions.Item>
            <Descriptions.Item label={t('ledger.signature')}>
              {opened ? (
                <Tag color="green" icon={<CheckCircleFilled />}>
                  {t('ledger.signature_ok')}
                </Tag>
              ) : checkpointBad ? (
                <Tag color="red">{t('ledger.badge.failed')}</Tag>
              ) : (
                '…'
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('ledger.cosignatures')}>{formatNumber(checkpoint.cosignatures.length, locale)}</Descriptions.Item>
            <Descriptions.Item label={t('ledger.verifier_key')}>
              <code className="hash">{checkpoint.verifierKey}</code>
            </Descriptions.Item>
          </Descriptions>
        )}
        <Typography.Paragraph type="secondary" className="hint">
          {t('ledger.key_hint')}
        </Typography.Paragraph>
      </Card>
      <Table<Entry>
        rowKey="index"
        size="small"
        loading={loading}
        dataSource={entries}
        scroll={{ x: true }}
        pagination={{
          current: proposalId ? 1 : page,
          pageSize: proposalId ? Math.max(entries.length, 1) : PAGE_SIZE,
          total: treeSize,
          showSizeChanger: false,
          onChange: setPage,
          showTotal: (total) => t('ledger.total', { count: formatNumber(total, locale) }),
        }}
        rowClassName={(entry) => (entry.index === wanted ? 'ledger-row-wanted' : '')}
        onRow={(entry) =>
          ({
            'data-status': checks[entry.index]?.status ?? 'checking',
            ...(entry.index === wanted ? { 'aria-current': 'true' } : {}),
          }) as HTMLAttributes<HTMLElement>
        }
        columns={[
          { title: t('verify.col.index'), key: 'index', render: (_, e) => formatNumber(e.index, locale) },
          {
            title: t('verify.col.verdict'),
            key: 'badge',
            render: (_, e) => (
              <Space size={4} wrap>
                {badge(e)}
                {e.redacted && <Tag color="blue">{t('verify.event.redacted')}</Tag>}
              </Space>
            ),
          },
          { title: t('verify.col.time'), key: 'time', responsive: ['sm'], render: (_, e) => formatDateTime(e.time) },
          { title: t('verify.col.type'), key: 'type', render: (_, e) => <code>{e.type}</code> },
          {
            title: t('ledger.col.aggregate'),
            key: 'aggregate',
            responsive: ['xl'],
            render: (_, e) => <code className="hash">{e.aggregateId}</code>,
          },
          { title: t('verify.col.actor'), dataIndex: 'actor', key: 'actor', responsive: ['lg'] },
        ]}
      />
    </Page>
  );
}
