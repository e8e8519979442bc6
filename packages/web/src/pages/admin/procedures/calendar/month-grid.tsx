import type { CSSProperties } from 'react';
import { useI18n } from '../../../../i18n/i18n.tsx';
import type { MessageKey } from '../../../../i18n/messages.ts';
import { monthGrid, type DayCell, type DayMark } from './calendar-model.ts';

/** Light backgrounds with dark text: every pair keeps WCAG AA contrast. */
export const DAY_STYLES: Record<DayCell['kind'], CSSProperties> = {
  workday: { background: '#ffffff', color: '#262626' },
  weekend: { background: '#f5f5f5', color: '#595959' },
  dayOff: { background: '#ffe7e6', color: '#a8071a', fontWeight: 600 },
  makeUp: { background: '#e6f4ff', color: '#003eb3', fontWeight: 600 },
};

export const WEEKDAY_KEYS: MessageKey[] = [
  'calendar.weekday.1',
  'calendar.weekday.2',
  'calendar.weekday.3',
  'calendar.weekday.4',
  'calendar.weekday.5',
  'calendar.weekday.6',
  'calendar.weekday.7',
];
const WEEKDAY_SHORT_KEYS: MessageKey[] = [
  'calendar.weekday_short.1',
  'calendar.weekday_short.2',
  'calendar.weekday_short.3',
  'calendar.weekday_short.4',
  'calendar.weekday_short.5',
  'calendar.weekday_short.6',
  'calendar.weekday_short.7',
];

export const OFF_KIND_KEYS: Record<string, MessageKey> = {
  holiday: 'calendar.kind.holiday',
  compensatory: 'calendar.kind.compensatory',
  swapped: 'calendar.kind.swapped',
  extra: 'calendar.kind.extra',
};

export function markKindKey(mark: Pick<DayMark, 'kind' | 'offKind'>): MessageKey {
  if (mark.kind === 'makeUp') return 'calendar.kind.make_up';
  return OFF_KIND_KEYS[mark.offKind ?? ''] ?? 'calendar.kind.holiday';
}

/** One month as a small table, Monday first; days off and make-up days say what they are to screen readers too. */
export function MonthTable({
  year,
  month,
  marks,
  today,
}: {
  year: number;
  month: number;
  marks: ReadonlyMap<string, DayMark>;
  today: string;
}) {
  const { t, pick } = useI18n();
  const weeks = monthGrid(year, month, marks);
  const headingId = `calendar-month-${year}-${month}`;
  return (
    <div className="calendar-month">
      <h3 id={headingId} style={{ fontSize: 15, fontWeight: 600, margin: '0 0 6px' }}>
        {t('calendar.month', { month, year })}
      </h3>
      <table
        aria-labelledby={headingId}
        style={{ borderCollapse: 'separate', borderSpacing: 2, width: '100%', tableLayout: 'fixed', fontSize: 13 }}
      >
        <thead>
          <tr>
            {WEEKDAY_SHORT_KEYS.map((key, i) => (
              <th key={key} scope="col" style={{ fontWeight: 500, color: i >= 5 ? '#595959' : '#262626', padding: '2px 0' }}>
                <abbr title={t(WEEKDAY_KEYS[i]!)} style={{ textDecoration: 'none' }}>
                  {t(key)}
                </abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, w) => (
            <tr key={w}>
              {week.map((cell, d) =>
                cell === null ? (
                  <td key={d} />
                ) : (
                  <td
                    key={d}
                    title={cell.mark ? `${t(markKindKey(cell.mark))}: ${pick(cell.mark.name)}` : undefined}
                    style={{
                      ...DAY_STYLES[cell.kind],
                      textAlign: 'center',
                      padding: '3px 0',
                      borderRadius: 4,
                      outline: cell.date === today ? '2px solid #1677ff' : undefined,
                      outlineOffset: -2,
                      border: cell.mark?.override ? '1px dashed currentColor' : '1px solid transparent',
                    }}
                  >
                    {cell.day}
                    {cell.mark && <span className="visually-hidden">{`, ${t(markKindKey(cell.mark))}: ${pick(cell.mark.name)}`}</span>}
                    {cell.date === today && <span className="visually-hidden">{`, ${t('calendar.today')}`}</span>}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CalendarLegend() {
  const { t } = useI18n();
  const swatch = (style: CSSProperties, extra?: CSSProperties) => (
    <span
      aria-hidden="true"
      style={{
        display: 'inline-block',
        width: 18,
        height: 14,
        borderRadius: 3,
        verticalAlign: 'middle',
        marginRight: 6,
        ...style,
        ...extra,
      }}
    />
  );
  return (
    <ul style={{ display: 'flex', flexWrap: 'wrap', gap: '4px 20px', listStyle: 'none', padding: 0, margin: '0 0 12px', fontSize: 13 }}>
      <li>
        {swatch(DAY_STYLES.dayOff)}
        {t('calendar.legend.day_off')}
      </li>
      <li>
        {swatch(DAY_STYLES.makeUp)}
        {t('calendar.legend.make_up')}
      </li>
      <li>
        {swatch(DAY_STYLES.weekend, { border: '1px solid #d9d9d9' })}
        {t('calendar.legend.weekend')}
      </li>
      <li>
        {swatch({ background: '#fff' }, { border: '1px dashed #a8071a' })}
        {t('calendar.legend.override')}
      </li>
      <li>
        {swatch({ background: '#fff' }, { outline: '2px solid #1677ff', outlineOffset: -2 })}
        {t('calendar.legend.today')}
      </li>
    </ul>
  );
}
