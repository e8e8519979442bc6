/** Small pieces the case page's cards share. */
import { Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';

/** [C] confirmed from the decree's text, [U] not confirmed: a configurable rule (domain/decree73.md). */
export function RuleStatusTag({ status }: { status: 'confirmed' | 'configurable' }) {
  const { t } = useI18n();
  const confirmed = status === 'confirmed';
  return (
    <Tag color={confirmed ? 'green' : 'gold'} className="rule-tag" title={t(confirmed ? 'case.rule.confirmed' : 'case.rule.configurable')}>
      <span aria-hidden>{confirmed ? '[C]' : '[U]'}</span>
      <span className="visually-hidden">{t(confirmed ? 'case.rule.confirmed' : 'case.rule.configurable')}</span>
    </Tag>
  );
}

/** A legal citation with its [C]/[U] status. */
export function Citation({ citation, status }: { citation: string; status?: 'confirmed' | 'configurable' }) {
  return (
    <span className="citation">
      <Typography.Text type="secondary">{citation}</Typography.Text>
      {status && <RuleStatusTag status={status} />}
    </span>
  );
}

export function SubHeading({ children }: { children: ReactNode }) {
  return <h3 className="case-subheading">{children}</h3>;
}

/** A label: value list that reads well on a phone (a <dl>, stacked under 576 px and when `stacked`). */
export function Facts({
  items,
  stacked = false,
}: {
  items: ReadonlyArray<readonly [string, ReactNode] | null | false>;
  stacked?: boolean;
}) {
  const shown = items.filter(
    (item): item is readonly [string, ReactNode] => !!item && item[1] !== null && item[1] !== undefined && item[1] !== '',
  );
  if (shown.length === 0) return null;
  return (
    <dl className={stacked ? 'case-facts case-facts-stacked' : 'case-facts'}>
      {shown.map(([label, value]) => (
        <div key={label} className="case-fact">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Free text as the person wrote it (line breaks kept). */
export function Prose({ children }: { children: string | null | undefined }) {
  if (!children) return null;
  return <div className="case-prose">{children}</div>;
}

export function Empty({ children }: { children: ReactNode }) {
  return (
    <Typography.Paragraph type="secondary" className="case-empty">
      {children}
    </Typography.Paragraph>
  );
}

/** A SHA-256 that wraps on a phone instead of widening the page. */
export function Hash({ value }: { value: string }) {
  return (
    <span className="case-hash">
      <span className="case-hash-label">SHA-256: </span>
      <code className="hash">{value}</code>
    </span>
  );
}
