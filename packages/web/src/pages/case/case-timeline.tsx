import { FileTextOutlined } from '@ant-design/icons';
import { Card, Switch, Tag, Timeline, Typography } from 'antd';
import { useId, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { formatDateTime, formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Proposal } from './actions/action-dialog.tsx';
import { actingPerson, eventLabel, seesLedger, stateChange, timelineTone, type DefinitionLabels, type Viewer } from './case-model.ts';

type Entry = Proposal['timeline'][number];

// Fixed colours: the theme's primary is red, which must stay for overdue steps only.
const TONE_COLOR = { document: '#1677ff', transition: '#389e0d', overdue: '#cf1322', redacted: '#8c8c8c', step: '#8c8c8c' } as const;

/**
 * Every ledger event of the case, oldest first (or newest first): what happened, who did it
 * and when (Vietnam time), the state it moved the case to, the document it produced with its
 * files, and its ledger index.
 */
export function CaseTimeline({
  proposal,
  labels,
  people,
  viewer,
}: {
  proposal: Proposal;
  labels: DefinitionLabels;
  people: ReadonlyMap<string, string>;
  viewer: Viewer;
}) {
  const { t, pick, locale } = useI18n();
  const [newestFirst, setNewestFirst] = useState(false);
  const switchId = useId();
  const who = useMemo(() => actingPerson(proposal.timeline), [proposal.timeline]);
  const documents = useMemo(() => new Map(proposal.documents.map((d) => [d.id, d])), [proposal.documents]);
  const ledgerLinks = seesLedger(viewer);
  const fileText = (f: { format: string; isSignedOriginal: boolean; role: string }) =>
    f.isSignedOriginal || f.role === 'signed_copy' ? t('case.file.signed', { format: f.format.toUpperCase() }) : f.format.toUpperCase();
  const stateName = (id: string) => {
    const label = labels.states.get(id);
    return label ? pick(label) : id === proposal.state ? pick(proposal.stateLabel) : id;
  };

  const item = (entry: Entry) => {
    const label = eventLabel(entry, labels);
    const title = label.kind === 'text' ? pick(label.text) : label.kind === 'key' ? t(label.key) : label.text;
    const personId = who(entry);
    const actor = personId ? (people.get(personId) ?? t('case.timeline.unnamed')) : t('case.timeline.system');
    const change = stateChange(entry);
    const doc = entry.document ? documents.get(entry.document.id) : undefined;
    const index = formatNumber(entry.index, locale);
    return {
      key: String(entry.index),
      color: TONE_COLOR[timelineTone(entry)],
      content: (
        <div className="case-event" data-ledger-index={entry.index}>
          <div className="case-event-head">
            <strong className="case-event-title">{title}</strong>
            {ledgerLinks ? (
              <Link to={`/ledger?index=${entry.index}`} className="case-ledger-index">
                {t('case.timeline.ledger_index', { index })}
              </Link>
            ) : (
              <span className="case-ledger-index">{t('case.timeline.ledger_index', { index })}</span>
            )}
          </div>
          <Typography.Text type="secondary" className="case-event-meta">
            {actor} · <time dateTime={entry.time}>{formatDateTime(entry.time)}</time>
          </Typography.Text>
          {change && (
            <div className="case-event-change">
              {change.from
                ? t('case.timeline.moved', { from: stateName(change.from), to: stateName(change.to) })
                : t('case.timeline.entered', { to: stateName(change.to) })}
            </div>
          )}
          {entry.redacted && (
            <Tag color="default" className="case-wrap-tag">
              {t('case.timeline.redacted')}
            </Tag>
          )}
          {entry.document && (
            <div className="case-event-document">
              <FileTextOutlined aria-hidden />{' '}
              <span>
                {t('case.timeline.document', { symbol: entry.document.symbol })} — {entry.document.title}
              </span>
              {doc && doc.files.length > 0 && (
                <span className="case-file-links">
                  {doc.files.map((f) => {
                    const visible = fileText(f);
                    return (
                      <a
                        key={f.id}
                        href={f.downloadUrl}
                        download={f.fileName}
                        aria-label={t('case.download_file_named', { file: visible, name: entry.document!.symbol })}
                      >
                        {visible}
                      </a>
                    );
                  })}
                </span>
              )}
            </div>
          )}
        </div>
      ),
    };
  };

  return (
    <Card
      title={<h2 className="card-title">{t('case.timeline')}</h2>}
      extra={
        <span className="case-switch">
          <Switch id={switchId} size="small" checked={newestFirst} onChange={setNewestFirst} />
          <label htmlFor={switchId}>{t('case.timeline.newest_first')}</label>
        </span>
      }
    >
      <Typography.Paragraph type="secondary">
        {t('case.timeline.intro', { count: formatNumber(proposal.timeline.length, locale) })}
      </Typography.Paragraph>
      <Timeline className="case-timeline" items={proposal.timeline.map(item)} reverse={newestFirst} />
    </Card>
  );
}
