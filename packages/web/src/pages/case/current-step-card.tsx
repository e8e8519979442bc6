import { ClockCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Card, Tag, Typography } from 'antd';
import { formatDate, formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Proposal } from './actions/action-dialog.tsx';
import { Citation, Empty, Facts, SubHeading } from './case-bits.tsx';
import { useCalendarFor } from './use-case-data.ts';
import { dueStatus } from './working-days.ts';

type Deadline = Proposal['deadlines'][number];

const names = (people: readonly { name: string }[]) => people.map((p) => p.name).join(', ');

/** "còn 3 ngày làm việc" / "hạn cuối hôm nay" / "quá hạn 2 ngày làm việc", as a tag. */
function DueTag({ step }: { step: Deadline }) {
  const { t } = useI18n();
  const { today, years } = useCalendarFor(step.dueOn);
  const status = years.length ? dueStatus(today, step.dueOn, years) : null;
  if (step.overdue || status?.kind === 'overdue') {
    const days = status?.kind === 'overdue' ? status.workingDays : 0;
    return (
      <Tag color="red" icon={<WarningOutlined aria-hidden />} className="case-wrap-tag">
        {days > 0 ? t('case.due.overdue_days', { days }) : t('case.due.overdue')}
      </Tag>
    );
  }
  if (!status) return null;
  if (status.kind === 'today') {
    return (
      <Tag color="orange" icon={<ClockCircleOutlined aria-hidden />}>
        {t('case.due.today')}
      </Tag>
    );
  }
  return (
    <Tag color={status.workingDays <= 2 ? 'orange' : 'blue'} icon={<ClockCircleOutlined aria-hidden />}>
      {t('case.due.left', { days: status.workingDays })}
    </Tag>
  );
}

function StepFacts({ step }: { step: Deadline }) {
  const { t } = useI18n();
  return (
    <Facts
      stacked
      items={[
        [t('case.step.basis'), <Citation key="c" citation={step.citation} status={step.ruleStatus} />],
        [
          t('case.step.due'),
          <span key="due" className="case-due">
            <strong>{formatDate(step.dueOn)}</strong> <DueTag step={step} />
          </span>,
        ],
        [t('case.step.holders'), step.holders.length ? names(step.holders) : t('case.step.no_holder')],
        [t('case.step.escalate_to'), step.escalateTo.length ? names(step.escalateTo) : null],
        [t('case.step.overdue_recorded'), step.overdueRecordedAt ? formatDateTime(step.overdueRecordedAt) : null],
      ]}
    />
  );
}

/** The step the case waits on: what, by when (working days), who holds it, who hears if it slips. */
export function CurrentStepCard({ proposal }: { proposal: Proposal }) {
  const { t, pick } = useI18n();
  const step = proposal.currentStep;
  const others = proposal.deadlines.filter((d) => d.status === 'open' && d.timerId !== step?.timerId);
  return (
    <Card title={<h2 className="card-title">{t('case.step.title')}</h2>} size="small">
      {step ? (
        <>
          <Typography.Paragraph className="case-step-label">
            <strong>{pick(step.label)}</strong>
          </Typography.Paragraph>
          <StepFacts step={step} />
        </>
      ) : (
        <Empty>{t(proposal.terminal ? 'case.step.none_terminal' : 'case.step.none')}</Empty>
      )}
      {others.length > 0 && (
        <>
          <SubHeading>{t('case.step.other_deadlines')}</SubHeading>
          <ul className="case-list">
            {others.map((d) => (
              <li key={d.timerId}>
                <Typography.Paragraph className="case-step-label">
                  <strong>{pick(d.label)}</strong>
                </Typography.Paragraph>
                <StepFacts step={d} />
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
