import { Tag, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/i18n.tsx';

/**
 * [C] a rule confirmed from the legal text; [U] a configurable default (decree73.md: the UI says
 * "configurable default" next to every such rule). The tooltip explains; the text says it too.
 */
export function RuleStatusTag({ status }: { status: 'confirmed' | 'configurable' }) {
  const { t } = useI18n();
  return status === 'confirmed' ? (
    <Tooltip title={t('procedure.status.confirmed_hint')}>
      <Tag color="blue">{t('procedure.status.confirmed')}</Tag>
    </Tooltip>
  ) : (
    <Tooltip title={t('procedure.status.configurable_hint')}>
      <Tag color="gold">{t('procedure.status.configurable')}</Tag>
    </Tooltip>
  );
}

/** A citation as written in the definitions ("ND73/2023 Art. 8(1)"), kept on one line where it fits. */
export function Citation({ text }: { text: string }) {
  return <span style={{ whiteSpace: 'nowrap', fontSize: 13 }}>{text}</span>;
}

/** The "basis" cell of the definition tables: the citation, its [C]/[U] status below it, then any note. */
export function RuleBasis({
  citation,
  status,
  children,
}: {
  citation: string;
  status: 'confirmed' | 'configurable';
  children?: ReactNode;
}) {
  return (
    <>
      <Citation text={citation} />
      <div>
        <RuleStatusTag status={status} />
      </div>
      {children}
    </>
  );
}
