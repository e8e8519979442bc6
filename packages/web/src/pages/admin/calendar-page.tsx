import { DeleteOutlined, LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Popconfirm, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR, createCalendar, isoWeekday, type LocalDate } from '@khien/core/calendar';
import { api, ifMatch, unwrap } from '../../api/client.ts';
import { Page } from '../../components/page.tsx';
import { useShowProblem } from '../../components/use-problem.tsx';
import { formatDate, isoDateInVietnam } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSession } from '../../session/session.tsx';
import {
  dayMarks,
  overridesOf,
  withOverrideRemoved,
  yearChoices,
  yearRows,
  type CalendarYear,
  type DayMark,
} from './procedures/calendar/calendar-model.ts';
import { DeadlineTool } from './procedures/calendar/deadline-tool.tsx';
import { CalendarLegend, markKindKey, MonthTable, WEEKDAY_KEYS } from './procedures/calendar/month-grid.tsx';
import { OverrideDialog } from './procedures/calendar/override-dialog.tsx';
import { RuleStatusTag } from './procedures/rule-status-tag.tsx';

type Row = { date: string } & DayMark;
const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/**
 * The working-day calendar deadlines are counted on: public holidays, compensatory and swapped
 * days off, make-up working days and the administrator's overrides of a year, as a list and as
 * twelve month grids; a deadline calculator. Everyone reads it; a system administrator edits the
 * overrides (the server refuses anyone else).
 */
export function CalendarPage() {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const { session } = useSession();
  const showProblem = useShowProblem();
  const [params, setParams] = useSearchParams();
  const today = isoDateInVietnam(new Date());
  const currentYear = Number(today.slice(0, 4));
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked >= CALENDAR_FIRST_YEAR && asked <= CALENDAR_LAST_YEAR ? asked : currentYear;
  const [view, setView] = useState<CalendarYear | null>(null);
  const [failed, setFailed] = useState(false);
  const [adding, setAdding] = useState<'dayOff' | 'makeUp' | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const isAdmin = session?.roles.includes('system_admin') ?? false;

  const load = useCallback(async () => {
    setFailed(false);
    try {
      setView(await unwrap(api.GET('/api/v1/calendar/{year}', { params: { path: { year } } })));
    } catch (error) {
      setFailed(true);
      showProblem(error);
    }
  }, [year, showProblem]);
  useEffect(() => {
    setView(null);
    void load();
  }, [load]);

  // The shipped schedule of the year, to tell the administrator's overrides apart (calendar-model.ts).
  const base = useMemo(() => createCalendar().yearPlan(year), [year]);
  const shown = view && view.year === year ? view : null;
  const overrides = useMemo(() => (shown ? overridesOf(shown, base) : { extraDaysOff: [], makeUpWorkdays: [] }), [shown, base]);
  const marks = useMemo(() => (shown ? dayMarks(shown, overrides) : new Map<string, DayMark>()), [shown, overrides]);
  const rows = useMemo(() => (shown ? yearRows(shown, overrides) : []), [shown, overrides]);

  const goTo = (next: number) => setParams(next === currentYear ? {} : { year: String(next) });

  async function remove(date: string) {
    if (!shown) return;
    setRemoving(date);
    try {
      const saved = await unwrap(
        api.PUT('/api/v1/calendar/{year}/overrides', {
          params: { path: { year } },
          headers: ifMatch(shown.overridesVersion),
          body: withOverrideRemoved(overrides, date),
        }),
      );
      setView(saved);
      void message.success(t('calendar.override.removed'));
    } catch (error) {
      showProblem(error, { onReload: () => void load() });
    } finally {
      setRemoving(null);
    }
  }

  const weekday = (date: string) => t(WEEKDAY_KEYS[isoWeekday(date as LocalDate) - 1]!);

  const columns = [
    {
      title: t('calendar.field.date'),
      key: 'date',
      render: (_: unknown, r: Row) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {formatDate(r.date)}
          <div style={{ color: '#595959', fontSize: 13 }}>{weekday(r.date)}</div>
        </span>
      ),
    },
    {
      title: t('calendar.field.kind'),
      key: 'kind',
      render: (_: unknown, r: Row) => (
        <>
          <Tag color={r.kind === 'makeUp' ? 'blue' : 'red'}>{t(markKindKey(r))}</Tag>
          {r.override && <Tag>{t('calendar.override.tag')}</Tag>}
        </>
      ),
    },
    { title: t('calendar.field.name'), key: 'name', render: (_: unknown, r: Row) => pick(r.name) },
    {
      title: t('calendar.field.basis'),
      key: 'basis',
      responsive: ['md' as const],
      render: (_: unknown, r: Row) => (
        <>
          <span style={{ fontSize: 13 }}>{r.legalBasis}</span>
          {r.kind === 'dayOff' && (
            <div>
              <RuleStatusTag status={r.status} />
            </div>
          )}
        </>
      ),
    },
    ...(isAdmin
      ? [
          {
            title: <span className="visually-hidden">{t('common.actions')}</span>,
            key: 'actions',
            render: (_: unknown, r: Row) =>
              r.override ? (
                <Popconfirm
                  title={t('calendar.override.remove_confirm', { date: formatDate(r.date) })}
                  okText={t('calendar.override.remove')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => remove(r.date)}
                >
                  <Button
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    loading={removing === r.date}
                    aria-label={`${t('calendar.override.remove')}: ${formatDate(r.date)}`}
                  >
                    {t('calendar.override.remove')}
                  </Button>
                </Popconfirm>
              ) : null,
          },
        ]
      : []),
  ];

  return (
    <Page
      title={t('calendar.title')}
      extra={
        <Space wrap>
          <Button
            icon={<LeftOutlined />}
            onClick={() => goTo(year - 1)}
            disabled={year <= CALENDAR_FIRST_YEAR}
            aria-label={t('calendar.previous_year')}
          />
          <Select
            aria-label={t('calendar.year')}
            value={year}
            onChange={goTo}
            options={yearChoices(currentYear, year).map((y) => ({ value: y, label: t('calendar.year_option', { year: y }) }))}
            style={{ minWidth: 120 }}
          />
          <Button
            icon={<RightOutlined />}
            onClick={() => goTo(year + 1)}
            disabled={year >= CALENDAR_LAST_YEAR}
            aria-label={t('calendar.next_year')}
          />
        </Space>
      }
    >
      <Typography.Paragraph style={{ maxWidth: 820 }}>{t('calendar.intro')}</Typography.Paragraph>
      {failed && (
        <Alert
          type="error"
          showIcon
          title={t('calendar.load_failed')}
          className="block-gap"
          action={<Button onClick={() => void load()}>{t('common.retry')}</Button>}
        />
      )}
      {!shown && !failed && <Spin size="large" className="page-spinner" description={t('common.loading')} />}
      {shown && (
        <>
          <Alert
            className="block-gap"
            type={shown.source === 'official' ? 'info' : 'warning'}
            showIcon
            title={t(shown.source === 'official' ? 'calendar.source.official' : 'calendar.source.computed', { year })}
            description={
              <>
                {shown.overridden && <p style={{ margin: '0 0 4px' }}>{t('calendar.source.overridden')}</p>}
                <span>{t('calendar.source.documents')} </span>
                {shown.sources.join('; ')}
              </>
            }
          />

          <Card title={<h2 className="card-title">{t('calendar.section.grid', { year })}</h2>} className="block-gap">
            <CalendarLegend />
            <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(210px, 1fr))', gap: 20 }}>
              {MONTHS.map((month) => (
                <MonthTable key={month} year={year} month={month} marks={marks} today={today} />
              ))}
            </div>
          </Card>

          <Card title={<h2 className="card-title">{t('calendar.section.list', { year })}</h2>} className="block-gap">
            {isAdmin ? (
              <Space wrap className="block-gap">
                <Button icon={<PlusOutlined />} onClick={() => setAdding('dayOff')}>
                  {t('calendar.override.add_day_off')}
                </Button>
                <Button icon={<PlusOutlined />} onClick={() => setAdding('makeUp')}>
                  {t('calendar.override.add_make_up')}
                </Button>
              </Space>
            ) : (
              <Typography.Paragraph style={{ color: '#595959', fontSize: 13 }}>{t('calendar.read_only_hint')}</Typography.Paragraph>
            )}
            <Table<Row> rowKey="date" size="small" dataSource={rows} columns={columns} pagination={false} scroll={{ x: true }} />
          </Card>

          <Card title={<h2 className="card-title">{t('calendar.section.deadline')}</h2>} className="block-gap">
            <Typography.Paragraph style={{ color: '#595959', fontSize: 13 }}>{t('calendar.deadline.intro')}</Typography.Paragraph>
            <DeadlineTool />
          </Card>

          {isAdmin && (
            <OverrideDialog
              open={adding !== null}
              kind={adding ?? 'dayOff'}
              view={shown}
              overrides={overrides}
              marks={marks}
              onClose={() => setAdding(null)}
              onSaved={(saved) => {
                setView(saved);
                setAdding(null);
              }}
              onReload={() => {
                setAdding(null);
                void load();
              }}
            />
          )}
        </>
      )}
    </Page>
  );
}
