import type { CSSProperties, ReactNode } from 'react';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { DueStatus } from '../../components/working-days.ts';

// The inbox is in the first download: Ant Design's Tag costs 2.5 KB gzip there, this costs nothing.
// Colours as antd's tags, text darkened for WCAG AA contrast (as styles.css does for .ant-tag).
const TONES = {
  red: { background: '#fff1f0', borderColor: '#ffa39e', color: '#820014' },
  gold: { background: '#fffbe6', borderColor: '#ffe58f', color: '#613400' },
  blue: { background: '#e6f4ff', borderColor: '#91caff', color: '#002c8c' },
} as const;

/** A small coloured label (like antd's Tag, without its code). */
export function Pill({ tone, children, style }: { tone: keyof typeof TONES; children: ReactNode; style?: CSSProperties }) {
  return (
    <span
      style={{
        display: 'inline-block',
        padding: '0 7px',
        fontSize: 12,
        lineHeight: '20px',
        border: '1px solid',
        borderRadius: 4,
        ...TONES[tone],
        ...style,
      }}
    >
      {children}
    </span>
  );
}

/** "Quá hạn", "Hạn chót hôm nay" or "Còn N ngày làm việc", coloured by urgency. */
export function DueTag({ status }: { status: DueStatus }) {
  const { t } = useI18n();
  if (status.kind === 'overdue') return <Pill tone="red">{t('inbox.due.overdue')}</Pill>;
  if (status.kind === 'today') return <Pill tone="gold">{t('inbox.due.today')}</Pill>;
  if (status.kind === 'left') return <Pill tone={status.days <= 2 ? 'gold' : 'blue'}>{t('inbox.due.left', { count: status.days })}</Pill>;
  return null;
}

/** The due date as dd/MM/yyyy with its tag. */
export function DueDate({ dueOn, status }: { dueOn: string; status: DueStatus }) {
  return (
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', alignItems: 'center', gap: 6 }}>
      <span>{formatDate(dueOn)}</span>
      <DueTag status={status} />
    </span>
  );
}
