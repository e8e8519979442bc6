import { Card, Collapse } from 'antd';
import { useState, type ReactNode } from 'react';
import { formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import type { Proposal } from './actions/action-dialog.tsx';
import { mayEditDraft } from './action-panel.tsx';
import { SubHeading } from './case-bits.tsx';
import { openSections, type SectionKey, type Viewer } from './case-model.ts';
import { DocumentsSection } from './documents-section.tsx';
import { DecisionsSection, MeetingsSection, OpinionsSection, PlanSection } from './plan-sections.tsx';
import { CompletionSection, ConformanceSection, EncouragementsSection, EvaluationSection, ProtectionSection } from './result-sections.tsx';
import { ImplementationSection, ScopeSection } from './scope-sections.tsx';
import type { Conformance } from './use-case-data.ts';

const TITLES: Record<SectionKey, MessageKey> = {
  plan: 'case.section.plan',
  opinions: 'case.section.opinions',
  meetings: 'case.section.meetings',
  decisions: 'case.section.decisions',
  scope: 'case.section.scope',
  implementation: 'case.section.implementation',
  results: 'case.section.results',
  conformance: 'case.section.conformance',
  documents: 'case.section.documents',
};

/**
 * Everything recorded on the case, in panels that open and close (one column, so they read
 * the same on a phone). Panels render when first opened; the KPI chart loads only then.
 */
export function CaseDetails({
  proposal,
  people,
  viewer,
  conformance,
}: {
  proposal: Proposal;
  people: ReadonlyMap<string, string>;
  viewer: Viewer;
  conformance: Conformance;
}) {
  const { t, locale } = useI18n();
  const [active, setActive] = useState<string[]>(() => openSections(proposal.state));
  const count = (n: number) => (n > 0 ? ` (${formatNumber(n, locale)})` : '');
  const implementationCount =
    proposal.resources.length + proposal.progressReports.length + proposal.incidents.length + proposal.inspections.length;
  const resultsCount =
    (proposal.completionReport ? 1 : 0) +
    (proposal.evaluation ? 1 : 0) +
    (proposal.protectionDetermination ? 1 : 0) +
    proposal.encouragements.length;

  const sections: Array<{ key: SectionKey; badge: string; body: ReactNode }> = [
    { key: 'plan', badge: '', body: <PlanSection proposal={proposal} editable={mayEditDraft(proposal, viewer)} /> },
    { key: 'opinions', badge: count(proposal.opinions.length), body: <OpinionsSection proposal={proposal} /> },
    { key: 'meetings', badge: count(proposal.meetings.length), body: <MeetingsSection proposal={proposal} /> },
    { key: 'decisions', badge: count(proposal.decisions.length), body: <DecisionsSection proposal={proposal} people={people} /> },
    { key: 'scope', badge: '', body: <ScopeSection proposal={proposal} conformance={conformance} /> },
    { key: 'implementation', badge: count(implementationCount), body: <ImplementationSection proposal={proposal} people={people} /> },
    {
      key: 'results',
      badge: count(resultsCount),
      body: (
        <div>
          <SubHeading>{t('case.completion.title')}</SubHeading>
          <CompletionSection proposal={proposal} />
          <SubHeading>{t('case.evaluation.title')}</SubHeading>
          <EvaluationSection proposal={proposal} />
          <SubHeading>{t('case.protection.title')}</SubHeading>
          <ProtectionSection proposal={proposal} />
          <SubHeading>{t('case.encouragement.title')}</SubHeading>
          <EncouragementsSection proposal={proposal} people={people} />
        </div>
      ),
    },
    {
      key: 'conformance',
      badge: '',
      body: <ConformanceSection proposal={proposal} report={conformance.report} loading={conformance.loading} />,
    },
    {
      key: 'documents',
      badge: count(proposal.documents.length + proposal.attachments.length),
      body: <DocumentsSection proposal={proposal} />,
    },
  ];

  return (
    <Card title={<h2 className="card-title">{t('case.details')}</h2>}>
      <Collapse
        className="case-collapse"
        activeKey={active}
        onChange={(keys) => setActive(Array.isArray(keys) ? keys.map(String) : [String(keys)])}
        items={sections.map((s) => ({
          key: s.key,
          label: `${t(TITLES[s.key])}${s.badge}`,
          children: s.body,
        }))}
      />
    </Card>
  );
}
