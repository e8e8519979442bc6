import { Alert, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, unwrap, type JsonBody } from '../../../api/client.ts';
import { Page } from '../../../components/page.tsx';
import { useOrganisationNames } from '../../../components/use-organisation-names.ts';
import { useShowProblem } from '../../../components/use-problem.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { procedurePath } from './paths.ts';

type ProcedureItem = JsonBody<'/api/v1/procedures', 'get'>['items'][number];

/** Built-in profiles (ND73, KL14) and the local variants agencies adopted, each with its basis. */
export function ProceduresPage() {
  const { t, pick } = useI18n();
  const showProblem = useShowProblem();
  const [items, setItems] = useState<ProcedureItem[]>([]);
  const [loading, setLoading] = useState(true);
  const [failed, setFailed] = useState(false);
  const names = useOrganisationNames(items.map((i) => i.organisationId));

  const load = useCallback(async () => {
    setLoading(true);
    try {
      setItems((await unwrap(api.GET('/api/v1/procedures'))).items);
      setFailed(false);
    } catch (error) {
      setFailed(true);
      showProblem(error);
    } finally {
      setLoading(false);
    }
  }, [showProblem]);
  useEffect(() => {
    void load();
  }, [load]);

  const titleOf = (ref: { id: string; version: number }) => {
    const found = items.find((i) => i.id === ref.id && i.version === ref.version);
    return found ? pick(found.title) : `${ref.id}@${ref.version}`;
  };

  const columns = [
    {
      title: t('procedure.field.title'),
      key: 'title',
      render: (_: unknown, p: ProcedureItem) => (
        <>
          <Link to={procedurePath(p)}>{pick(p.title)}</Link>
          <div style={{ color: '#595959', fontSize: 13 }}>
            <code>
              {p.id}@{p.version}
            </code>
          </div>
        </>
      ),
    },
    {
      title: t('procedure.field.kind'),
      key: 'kind',
      render: (_: unknown, p: ProcedureItem) =>
        p.builtIn ? <Tag color="blue">{t('procedure.kind.built_in')}</Tag> : <Tag color="gold">{t('procedure.kind.variant')}</Tag>,
    },
    {
      title: t('procedure.field.applies_to'),
      key: 'organisation',
      responsive: ['md' as const],
      render: (_: unknown, p: ProcedureItem) =>
        p.organisationId
          ? (names[p.organisationId] ?? <span style={{ color: '#595959' }}>{t('common.loading')}</span>)
          : t('procedure.applies_everywhere'),
    },
    {
      title: t('procedure.field.derived_from'),
      key: 'derivedFrom',
      responsive: ['lg' as const],
      render: (_: unknown, p: ProcedureItem) =>
        p.derivedFrom ? <Link to={procedurePath(p.derivedFrom)}>{titleOf(p.derivedFrom)}</Link> : '—',
    },
  ];

  return (
    <Page title={t('procedure.list_title')}>
      <Typography.Paragraph style={{ maxWidth: 820 }}>{t('procedure.list_intro')}</Typography.Paragraph>
      {failed && !loading && <Alert type="error" showIcon title={t('procedure.load_failed')} className="block-gap" />}
      <Table<ProcedureItem>
        rowKey={(p) => `${p.id}@${p.version}`}
        loading={loading}
        dataSource={items}
        columns={columns}
        pagination={false}
        scroll={{ x: true }}
      />
    </Page>
  );
}
