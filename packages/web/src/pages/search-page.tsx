import { ApartmentOutlined, FileTextOutlined, UserOutlined } from '@ant-design/icons';
import { Card, Col, Empty, Input, List, Row, Spin, Tag, Typography } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api, unwrap, type Schemas } from '../api/client.ts';
import { ND73_CATEGORY_LABELS, ORGANISATION_KIND_LABELS } from '../components/labels.ts';
import { Page } from '../components/page.tsx';
import { useShowProblem } from '../components/use-problem.tsx';
import { formatNumber } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../session/session.tsx';

type OrgPage = Awaited<ReturnType<typeof searchOrganisations>>;
type PeoplePage = Awaited<ReturnType<typeof searchPeople>>;
type ProposalPage = Awaited<ReturnType<typeof searchProposals>>;
export type { Schemas };

const LIMIT = 20;
const searchOrganisations = (q: string) => unwrap(api.GET('/api/v1/organisations', { params: { query: { q, limit: LIMIT } } }));
const searchPeople = (q: string) => unwrap(api.GET('/api/v1/people', { params: { query: { q, limit: LIMIT } } }));
const searchProposals = (q: string) => unwrap(api.GET('/api/v1/proposals', { params: { query: { q, limit: LIMIT } } }));

/** One kind of result: an h2 with its count, then the matches (or "nothing found"). */
function ResultCard<T>({
  icon,
  heading,
  items,
  render,
}: {
  icon: ReactNode;
  heading: string;
  items: T[];
  render: (item: T) => { title: ReactNode; description: ReactNode };
}) {
  const { t } = useI18n();
  return (
    <Card
      title={
        <h2 className="card-title">
          {icon} {heading}
        </h2>
      }
    >
      <List
        dataSource={items}
        locale={{ emptyText: <Empty description={t('search.none')} /> }}
        renderItem={(item) => (
          <List.Item>
            <List.Item.Meta {...render(item)} />
          </List.Item>
        )}
      />
    </Card>
  );
}

/**
 * One box for proposals, organisations and people. Matching ignores diacritics and case on the
 * server ("de xuat" finds "đề xuất", "so noi vu" finds "Sở Nội vụ"), so a phone keyboard
 * without Vietnamese input works too. Each list shows what the account may see.
 */
export function SearchPage() {
  const { t, pick, locale } = useI18n();
  const { hasRole } = useSession();
  const showProblem = useShowProblem();
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const [draft, setDraft] = useState(query);
  const [orgs, setOrgs] = useState<OrgPage | null>(null);
  const [people, setPeople] = useState<PeoplePage | null>(null);
  const [proposals, setProposals] = useState<ProposalPage | null>(null);
  const [loading, setLoading] = useState(false);
  const directory = hasRole('system_admin') || hasRole('org_officer') || hasRole('inspector');

  useEffect(() => {
    const trimmed = query.trim();
    if (!trimmed) {
      setOrgs(null);
      setPeople(null);
      setProposals(null);
      return;
    }
    let live = true;
    setLoading(true);
    Promise.all([searchProposals(trimmed), searchOrganisations(trimmed), searchPeople(trimmed)])
      .then(([c, o, p]) => {
        if (!live) return;
        setProposals(c);
        setOrgs(o);
        setPeople(p);
      })
      .catch((error: unknown) => live && showProblem(error))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [query, showProblem]);

  // Typing searches after a short pause; Enter searches at once.
  useEffect(() => {
    if (draft === query) return;
    const timer = setTimeout(() => setParams(draft.trim() ? { q: draft } : {}, { replace: true }), 350);
    return () => clearTimeout(timer);
  }, [draft, query, setParams]);

  return (
    <Page title={t('search.title')}>
      <div role="search">
        <Input.Search
          size="large"
          allowClear
          value={draft}
          aria-label={t('search.label')}
          placeholder={t('search.placeholder')}
          enterButton={t('search.submit')}
          onChange={(e) => setDraft(e.target.value)}
          onSearch={(value) => setParams(value.trim() ? { q: value } : {}, { replace: true })}
        />
      </div>
      <Typography.Paragraph type="secondary" className="hint">
        {t('search.hint')}
      </Typography.Paragraph>
      <div aria-live="polite">
        {loading && <Spin description={t('common.loading')} />}
        {!loading && orgs && people && proposals && (
          <Row gutter={[16, 16]}>
            <Col xs={24}>
              <ResultCard
                icon={<FileTextOutlined aria-hidden />}
                heading={t('search.proposals', { count: formatNumber(proposals.total, locale) })}
                items={proposals.items}
                render={(c) => ({
                  title: <Link to={`/proposals/${c.id}`}>{c.title}</Link>,
                  description: (
                    <>
                      <Tag>{pick(c.stateLabel)}</Tag> {c.code} · {c.employingAgency.name}
                    </>
                  ),
                })}
              />
            </Col>
            <Col xs={24} lg={12}>
              <ResultCard
                icon={<ApartmentOutlined aria-hidden />}
                heading={t('search.organisations', { count: formatNumber(orgs.total, locale) })}
                items={orgs.items}
                render={(o) => ({
                  title: directory ? <Link to={`/admin/organisations?id=${o.id}`}>{o.name}</Link> : o.name,
                  description: (
                    <>
                      <Tag>{pick(ORGANISATION_KIND_LABELS[o.kind])}</Tag> {o.code}
                    </>
                  ),
                })}
              />
            </Col>
            <Col xs={24} lg={12}>
              <ResultCard
                icon={<UserOutlined aria-hidden />}
                heading={t('search.people', { count: formatNumber(people.total, locale) })}
                items={people.items}
                render={(p) => ({
                  title: p.fullName,
                  description: (
                    <>
                      {[p.positionTitle, p.organisationName].filter(Boolean).join(' · ')}
                      <br />
                      <Typography.Text type="secondary">{pick(ND73_CATEGORY_LABELS[p.nd73Category])}</Typography.Text>
                    </>
                  ),
                })}
              />
            </Col>
          </Row>
        )}
      </div>
    </Page>
  );
}
