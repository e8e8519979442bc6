import { CalculatorOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Form, InputNumber, Select, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { isoWeekday, type LocalDate } from '@khien/core/calendar';
import { api, unwrap, type JsonBody } from '../../../../api/client.ts';
import { useShowProblem } from '../../../../components/use-problem.tsx';
import { formatDate, formatNumber, isoDateInVietnam } from '../../../../i18n/format.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { deadlineQueryFrom, validateDeadlineForm, type DeadlineFormValues } from './calendar-model.ts';
import { WEEKDAY_KEYS } from './month-grid.tsx';

const DATE_FORMAT = 'DD/MM/YYYY';

type Deadline = JsonBody<'/api/v1/calendar/deadline', 'get'>;
type Values = Omit<DeadlineFormValues, 'from'> & { from?: Dayjs | null };

const plain = (values: Values): DeadlineFormValues => ({ ...values, from: values.from ? values.from.format('YYYY-MM-DD') : null });

/**
 * "Ngày bắt đầu + N ngày làm việc = ?" on the calendar in force (official schedules plus this
 * system's overrides), counted by the server exactly as case deadlines are.
 */
export function DeadlineTool() {
  const { t, locale } = useI18n();
  const showProblem = useShowProblem();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ deadline: Deadline; values: DeadlineFormValues } | null>(null);

  const weekdayOf = (date: string) => t(WEEKDAY_KEYS[isoWeekday(date as LocalDate) - 1]!);
  const fieldRule = (name: string) => ({
    validator: async () => {
      const problem = validateDeadlineForm(plain(form.getFieldsValue(true) as Values)).find((p) => p.name === name);
      if (problem) throw new Error(t(problem.key));
    },
  });

  async function compute(values: Values) {
    const current = plain(values);
    setBusy(true);
    try {
      const deadline = await unwrap(api.GET('/api/v1/calendar/deadline', { params: { query: deadlineQueryFrom(current) } }));
      setResult({ deadline, values: current });
    } catch (error) {
      setResult(null);
      showProblem(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Form<Values>
        form={form}
        layout="inline"
        name="deadline"
        onFinish={compute}
        initialValues={{ from: dayjs(isoDateInVietnam(new Date())), unit: 'workingDays', count: 7 }}
        style={{ rowGap: 12 }}
      >
        <Form.Item label={t('calendar.deadline.from')} name="from" required rules={[fieldRule('from')]}>
          <DatePicker format={DATE_FORMAT} allowClear={false} />
        </Form.Item>
        <Form.Item label={t('calendar.deadline.count')} name="count" required dependencies={['unit']} rules={[fieldRule('count')]}>
          <InputNumber min={0} precision={0} style={{ width: 110 }} />
        </Form.Item>
        <Form.Item label={t('calendar.deadline.unit')} name="unit">
          <Select
            style={{ minWidth: 190 }}
            options={[
              { value: 'workingDays', label: t('calendar.deadline.unit_working') },
              { value: 'calendarDays', label: t('calendar.deadline.unit_calendar') },
            ]}
          />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" icon={<CalculatorOutlined />} loading={busy}>
            {t('calendar.deadline.compute')}
          </Button>
        </Form.Item>
      </Form>
      <div aria-live="polite" style={{ marginTop: 16 }}>
        {result && (
          <Alert
            type="success"
            showIcon
            title={t('calendar.deadline.result', {
              weekday: weekdayOf(result.deadline.lastDay),
              date: formatDate(result.deadline.lastDay),
            })}
            description={
              <>
                <p style={{ margin: '0 0 6px' }}>
                  {t(result.values.unit === 'calendarDays' ? 'calendar.deadline.explain_calendar' : 'calendar.deadline.explain_working', {
                    count: formatNumber(result.values.count ?? 0, locale),
                    date: formatDate(result.deadline.triggeredOn),
                  })}
                </p>
                {result.deadline.extendedFrom && (
                  <p style={{ margin: '0 0 6px' }}>{t('calendar.deadline.extended', { date: formatDate(result.deadline.extendedFrom) })}</p>
                )}
                {result.deadline.countedDays.length > 0 && result.deadline.countedDays.length <= 60 && (
                  <div style={{ margin: '0 0 6px' }}>
                    <span>{t('calendar.deadline.counted')} </span>
                    {result.deadline.countedDays.map((d) => (
                      <Tag key={d} style={{ marginBottom: 4 }}>
                        {formatDate(d)}
                      </Tag>
                    ))}
                  </div>
                )}
                <p style={{ margin: 0, color: '#595959', fontSize: 13 }}>
                  {t('calendar.deadline.basis', { basis: result.deadline.legalBasis })}
                </p>
              </>
            }
          />
        )}
      </div>
    </>
  );
}
