import { App, DatePicker, Form, Input, Radio, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { api, ifMatch, isApiError, unwrap } from '../../../../api/client.ts';
import { useShowProblem } from '../../../../components/use-problem.tsx';
import { useI18n } from '../../../../i18n/i18n.tsx';
import {
  overrideEntryFrom,
  overrideFieldOfPath,
  validateOverrideForm,
  withOverrideAdded,
  type CalendarYear,
  type DayMark,
  type OverrideFormValues,
  type YearOverrides,
} from './calendar-model.ts';
import { FormModal } from '../../../../components/form-modal.tsx';

const DATE_FORMAT = 'DD/MM/YYYY';

type Values = Omit<OverrideFormValues, 'date'> & { date?: Dayjs | null };

const plain = (values: Values): OverrideFormValues => ({ ...values, date: values.date ? values.date.format('YYYY-MM-DD') : null });

/**
 * Add a day off or a make-up working day to a year (system administrator). The whole list of the
 * year's overrides is sent with If-Match on its version: a concurrent edit gives 409 → reload.
 */
export function OverrideDialog({
  open,
  kind,
  view,
  overrides,
  marks,
  onClose,
  onSaved,
  onReload,
}: {
  open: boolean;
  kind: 'dayOff' | 'makeUp';
  view: CalendarYear;
  overrides: YearOverrides;
  marks: ReadonlyMap<string, DayMark>;
  onClose: () => void;
  onSaved: (view: CalendarYear) => void;
  onReload: () => void;
}) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const showProblem = useShowProblem();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const year = view.year;

  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldValue('kind', kind);
    }
  }, [open, kind, form]);

  const fieldRule = (name: string) => ({
    validator: async () => {
      const problem = validateOverrideForm(plain(form.getFieldsValue(true) as Values), year, marks).find((p) => p.name === name);
      if (problem) throw new Error(t(problem.key));
    },
  });

  async function save(values: Values) {
    const current = plain(values);
    setBusy(true);
    try {
      const body = withOverrideAdded(overrides, current.kind ?? kind, overrideEntryFrom(current));
      const saved = await unwrap(
        api.PUT('/api/v1/calendar/{year}/overrides', { params: { path: { year } }, headers: ifMatch(view.overridesVersion), body }),
      );
      void message.success(t('calendar.override.saved'));
      onSaved(saved);
    } catch (error) {
      const problem = isApiError(error) ? error.problem : null;
      if (problem) {
        const listed = problem.details?.['problems'];
        const paths = [
          ...(problem.errors ?? []).map((e) => e.path),
          ...(Array.isArray(listed) ? listed.filter((p): p is string => typeof p === 'string') : []),
        ];
        const fields = [...new Set(paths.map(overrideFieldOfPath).filter((f): f is string => f !== null))];
        if (fields.length) form.setFields(fields.map((name) => ({ name: name as never, errors: [pick(problem.messages)] })));
      }
      showProblem(error, { onReload });
    } finally {
      setBusy(false);
    }
  }

  const selectedKind = Form.useWatch('kind', form) ?? kind;

  return (
    <>
      <FormModal
        open={open}
        title={selectedKind === 'makeUp' ? t('calendar.override.add_make_up') : t('calendar.override.add_day_off')}
        destroyOnHidden
        form={form}
        busy={busy}
        onClose={onClose}
      >
        <Typography.Paragraph type="secondary">{t('calendar.override.hint', { year })}</Typography.Paragraph>
        <Form<Values> form={form} layout="vertical" name="calendar-override" onFinish={save} initialValues={{ kind }}>
          <Form.Item label={t('calendar.override.kind')} name="kind" required rules={[fieldRule('kind')]}>
            <Radio.Group
              options={[
                { value: 'dayOff', label: t('calendar.override.kind_day_off') },
                { value: 'makeUp', label: t('calendar.override.kind_make_up') },
              ]}
            />
          </Form.Item>
          <Form.Item
            label={t('calendar.override.date')}
            name="date"
            required
            dependencies={['kind']}
            rules={[fieldRule('date')]}
            extra={selectedKind === 'makeUp' ? t('calendar.override.date_make_up_hint') : t('calendar.override.date_day_off_hint')}
          >
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} defaultPickerValue={dayjs(`${year}-01-01`)} />
          </Form.Item>
          <Form.Item label={t('calendar.override.name_vi')} name="nameVi" required rules={[fieldRule('nameVi')]}>
            <Input placeholder={t('calendar.override.name_placeholder')} />
          </Form.Item>
          <Form.Item
            label={t('calendar.override.name_en')}
            name="nameEn"
            extra={t('calendar.override.name_en_hint')}
            rules={[fieldRule('nameEn')]}
          >
            <Input />
          </Form.Item>
          <Form.Item label={t('calendar.override.basis')} name="legalBasis" required rules={[fieldRule('legalBasis')]}>
            <Input placeholder={t('calendar.override.basis_placeholder')} />
          </Form.Item>
        </Form>
      </FormModal>
    </>
  );
}
