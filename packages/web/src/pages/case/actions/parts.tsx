/**
 * Building blocks shared by the action dialogs: date fields that hold ISO dates, money with
 * Vietnamese separators, the document-number field, the vote tally and the legal time limit.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Form, Input, InputNumber, Tag, Typography } from 'antd';
import type { FormItemProps } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState, type ReactNode } from 'react';
import { api, unwrap } from '../../../api/client.ts';
import { formatDate, formatNumber } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import type { MessageKey } from '../../../i18n/messages.ts';
import { ruleFrom } from '../../../validation/antd-rule.ts';
import type { TieRule } from '@khien/core/procedure/voting';
import { citationText, groupDigits, parseMoney } from './format.ts';
import { meetingTally } from './meeting-tally.ts';
import type { Proposal } from './types.ts';
import { LIMITS, optionalText, requiredText, type Check } from './validation.ts';

export const DATE_FORMAT = 'DD/MM/YYYY';

type ItemProps = Omit<FormItemProps, 'children' | 'rules'>;

/** A date picker whose form value is the ISO day ("2026-03-05"), shown as dd/MM/yyyy. */
export function DateItem({ check, disabledDate, ...item }: ItemProps & { check?: Check; disabledDate?: (iso: string) => boolean }) {
  const { t } = useI18n();
  return (
    <Form.Item
      {...item}
      rules={check ? [ruleFrom(check, t)] : undefined}
      getValueProps={(value: unknown) => ({ value: typeof value === 'string' && value ? dayjs(value) : null })}
      normalize={(value: dayjs.Dayjs | null) => (value ? value.format('YYYY-MM-DD') : null)}
    >
      <DatePicker
        format={DATE_FORMAT}
        style={{ width: '100%' }}
        disabledDate={disabledDate ? (d) => disabledDate(d.format('YYYY-MM-DD')) : undefined}
      />
    </Form.Item>
  );
}

/** Whole đồng, grouped the Vietnamese way while typing ("1.500.000"). */
export function MoneyInput(props: { value?: number | null; onChange?: (value: number | null) => void; id?: string }) {
  const { locale, t } = useI18n();
  return (
    <InputNumber<number>
      id={props.id}
      value={props.value ?? null}
      onChange={(v) => props.onChange?.(typeof v === 'number' ? v : null)}
      min={0}
      step={1_000_000}
      precision={0}
      formatter={(v) => groupDigits(v, locale)}
      parser={(text) => parseMoney(text) ?? (null as unknown as number)}
      suffix={t('action.unit.dong')}
      style={{ width: '100%' }}
      inputMode="numeric"
    />
  );
}

/** A measured value: decimals with the locale's separator. */
export function NumberInput(props: { value?: number | null; onChange?: (value: number | null) => void; id?: string; suffix?: string }) {
  const { locale } = useI18n();
  return (
    <InputNumber<number>
      id={props.id}
      value={props.value ?? null}
      onChange={(v) => props.onChange?.(typeof v === 'number' ? v : null)}
      decimalSeparator={locale === 'vi' ? ',' : '.'}
      suffix={props.suffix}
      style={{ width: '100%' }}
      inputMode="decimal"
    />
  );
}

export function TextItem({ check, rows, ...item }: ItemProps & { check: Check; rows?: number }) {
  const { t } = useI18n();
  return (
    <Form.Item {...item} rules={[ruleFrom(check, t)]}>
      {rows ? <Input.TextArea autoSize={{ minRows: rows, maxRows: 12 }} /> : <Input />}
    </Form.Item>
  );
}

/** Written reasons of a decision (required unless said otherwise). */
export function ReasonsItem({
  label,
  required = true,
  name = 'reasons',
  max = LIMITS.reasons,
}: {
  label: MessageKey;
  required?: boolean;
  name?: string;
  max?: number;
}) {
  const { t } = useI18n();
  return <TextItem name={name} label={t(label)} required={required} check={required ? requiredText(max) : optionalText(max)} rows={3} />;
}

/** The number and symbol of the written document, when it was issued on paper ("12/QĐ-SKHCN"). */
export function DocumentNumberItem() {
  const { t } = useI18n();
  return (
    <TextItem
      name="documentNumber"
      label={t('action.field.document_number')}
      extra={t('action.field.document_number_hint')}
      check={optionalText(LIMITS.documentNumber)}
    />
  );
}

export function AddButton({ onClick, label }: { onClick: () => void; label: string }) {
  return (
    <Button type="dashed" onClick={onClick} icon={<PlusOutlined />} block>
      {label}
    </Button>
  );
}

export function RemoveButton({ onClick, label }: { onClick: () => void; label: string }) {
  return <Button type="text" danger onClick={onClick} icon={<DeleteOutlined />} aria-label={label} title={label} />;
}

/** A framed group of fields (a list row, a section), with a heading for screen readers. */
export function Group({ title, extra, children }: { title: ReactNode; extra?: ReactNode; children: ReactNode }) {
  return (
    <fieldset
      className="action-group"
      style={{ border: '1px solid #d9d9d9', borderRadius: 8, padding: '8px 12px 0', marginBottom: 16, minWidth: 0 }}
    >
      <legend
        style={{
          fontSize: 14,
          fontWeight: 600,
          padding: '0 4px',
          width: 'auto',
          marginBottom: 4,
          display: 'flex',
          gap: 8,
          alignItems: 'center',
        }}
      >
        {title}
        {extra}
      </legend>
      {children}
    </fieldset>
  );
}

export function Citation({ citation }: { citation: string }) {
  const { locale } = useI18n();
  return <span style={{ color: '#595959' }}>{citationText(citation, locale)}</span>;
}

type Meeting = Proposal['meetings'][number];

/** The latest meeting of a kind (approval or evaluation). */
export function latestMeeting(proposal: Proposal, kind: 'approval' | 'evaluation'): Meeting | null {
  return proposal.meetings.filter((m) => m.kind === kind).at(-1) ?? null;
}

interface ProcedureFacts {
  /** Timer id → its limit ("07 ngày làm việc"). */
  limits: Record<string, { amount: number; unit: string }>;
  tieRule: TieRule;
}

const procedureFacts = new Map<string, Promise<ProcedureFacts | null>>();

/** What the dialogs need from the case's procedure definition, fetched once per procedure. */
function loadProcedureFacts(procedure: string): Promise<ProcedureFacts | null> {
  let pending = procedureFacts.get(procedure);
  if (!pending) {
    const at = procedure.lastIndexOf('@');
    const id = procedure.slice(0, at);
    const version = Number(procedure.slice(at + 1));
    pending =
      at <= 0 || !Number.isInteger(version)
        ? Promise.resolve(null)
        : unwrap(api.GET('/api/v1/procedures/{id}/{version}', { params: { path: { id, version } } }))
            .then((answer) => {
              const definition = answer.definition as {
                timers?: Array<{ id?: string; duration?: { parameter?: string } }>;
                parameters?: Record<string, { value?: unknown; unit?: string }>;
              };
              const limits: ProcedureFacts['limits'] = {};
              for (const timer of definition.timers ?? []) {
                const parameter = definition.parameters?.[timer.duration?.parameter ?? ''];
                if (timer.id && typeof parameter?.value === 'number') {
                  limits[timer.id] = { amount: parameter.value, unit: parameter.unit ?? 'workingDays' };
                }
              }
              const tie = definition.parameters?.['tieRule']?.value;
              const facts: ProcedureFacts = { limits, tieRule: tie === 'halfOfEntitled' ? 'halfOfEntitled' : 'equalForAndAgainst' };
              return facts;
            })
            .catch(() => {
              procedureFacts.delete(procedure);
              return null;
            });
    procedureFacts.set(procedure, pending);
  }
  return pending;
}

function useProcedureFacts(procedure: string): ProcedureFacts | null {
  const [facts, setFacts] = useState<ProcedureFacts | null>(null);
  useEffect(() => {
    let live = true;
    void loadProcedureFacts(procedure).then((loaded) => live && setFacts(loaded));
    return () => {
      live = false;
    };
  }, [procedure]);
  return facts;
}

/** The collective's vote: the server's tally once closed, core's count of the ballots before. */
export function TallySummary({ proposal, meeting }: { proposal: Proposal; meeting: Meeting | null }) {
  const { t, pick, locale } = useI18n();
  const facts = useProcedureFacts(proposal.procedure);
  if (!meeting) return null;
  const { result, final, cast } = meetingTally(meeting, proposal.proposer?.id ?? null, facts?.tieRule);
  const counts = result?.counts ?? { for: 0, against: 0, abstain: 0 };
  const description = t('action.tally.counts', {
    for: formatNumber(counts.for, locale),
    against: formatNumber(counts.against, locale),
    abstain: formatNumber(counts.abstain, locale),
    members: formatNumber(result?.base ?? meeting.members.length, locale),
  });
  return (
    <Alert
      type={final && result ? (result.passed ? 'success' : 'warning') : 'info'}
      showIcon
      style={{ marginBottom: 16 }}
      title={t(final ? 'action.tally.title' : 'action.tally.interim', { date: formatDate(meeting.date), cast: formatNumber(cast, locale) })}
      description={
        <>
          <div>{description}</div>
          {final && result && (
            <div>
              {pick(result.explanation)} (<Citation citation={result.citation} />)
            </div>
          )}
        </>
      }
    />
  );
}

/**
 * The legal time limits running for this step: "Xem xét, quyết định phê duyệt — hạn 07 ngày
 * làm việc: 12/03/2026 (khoản 1 Điều 8 Nghị định 73/2023/NĐ-CP)". Only open timers, the ones
 * named first; none → nothing.
 */
export function TimeLimits({ proposal, timerIds }: { proposal: Proposal; timerIds: readonly string[] }) {
  const { t, pick } = useI18n();
  const limits = useProcedureFacts(proposal.procedure)?.limits ?? {};
  const open = proposal.deadlines.filter((d) => d.status === 'open');
  const relevant = open.filter((d) => timerIds.includes(d.timerId));
  const shown = relevant.length ? relevant : open;
  if (shown.length === 0) return null;
  return (
    <Alert
      type={shown.some((d) => d.overdue) ? 'error' : 'info'}
      showIcon
      style={{ marginBottom: 16 }}
      title={t('action.deadline.title')}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {shown.map((d) => {
            const limit = limits[d.timerId];
            const amount = limit ? String(limit.amount).padStart(2, '0') : null;
            return (
              <li key={d.timerId}>
                {pick(d.label)} —{' '}
                {amount
                  ? t(limit!.unit === 'calendarDays' ? 'action.deadline.calendar_days' : 'action.deadline.working_days', {
                      days: amount,
                      date: formatDate(d.dueOn),
                    })
                  : t('action.deadline.due', { date: formatDate(d.dueOn) })}{' '}
                (<Citation citation={d.citation} />)
                {d.overdue && (
                  <Tag color="red" style={{ marginInlineStart: 8 }}>
                    {t('action.deadline.overdue')}
                  </Tag>
                )}
                {d.ruleStatus === 'configurable' && <Tag style={{ marginInlineStart: 8 }}>{t('action.configurable')}</Tag>}
              </li>
            );
          })}
        </ul>
      }
    />
  );
}

export function Hint({ children }: { children: ReactNode }) {
  return <Typography.Paragraph style={{ color: '#595959', marginTop: 0 }}>{children}</Typography.Paragraph>;
}
