/**
 * The KPI progress chart: how far each KPI has moved from its baseline towards its target
 * (100 % = target reached). Loaded on its own (React.lazy) and only for a scope with KPIs,
 * so echarts never weighs on the first load. The same figures are in the table next to it,
 * which is what screen readers use.
 */
import { BarChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
// The ES build: the CommonJS one (lib/) reaches Vite as a module object, not a component.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { KpiProgress } from './kpi-progress.ts';

echarts.use([BarChart, GridComponent, TooltipComponent, MarkLineComponent, SVGRenderer]);

const STATUS_COLOR = { met: '#389e0d', notMet: '#d46b08', noData: '#8c8c8c' } as const;

export function KpiChart({ rows }: { rows: readonly KpiProgress[] }) {
  const { t, locale } = useI18n();
  const names = rows.map((r) => r.name);
  // A phone leaves ~300 px for the chart: narrower names, fewer ticks.
  const narrow = globalThis.matchMedia?.('(max-width: 575px)').matches ?? false;
  const option = {
    animation: false,
    grid: { left: 8, right: 48, top: 32, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v: unknown) => (typeof v === 'number' ? `${formatNumber(v, locale)} %` : t('case.kpi.status.no_data')),
    },
    xAxis: {
      type: 'value',
      min: (v: { min: number }) => Math.min(0, Math.floor(v.min / 10) * 10),
      max: (v: { max: number }) => Math.max(100, Math.ceil(v.max / 10) * 10),
      splitNumber: narrow ? 3 : 5,
      axisLabel: { formatter: (v: number) => `${formatNumber(v, locale)} %`, color: '#595959' },
    },
    yAxis: {
      type: 'category',
      data: names,
      inverse: true,
      axisLabel: { width: narrow ? 88 : 160, overflow: 'break', lineHeight: 15, fontSize: narrow ? 11 : 12, color: '#262626' },
    },
    series: [
      {
        type: 'bar',
        name: t('case.kpi.percent'),
        barMaxWidth: 28,
        data: rows.map((r) => ({ value: r.percent, itemStyle: { color: STATUS_COLOR[r.status] } })),
        label: {
          show: true,
          position: 'right',
          color: '#262626',
          formatter: (p: { value: unknown }) => (typeof p.value === 'number' ? `${formatNumber(p.value, locale)} %` : '—'),
        },
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { color: '#a8071a', type: 'dashed' },
          label: { formatter: t('case.kpi.target_line'), position: 'start', color: '#a8071a' },
          data: [{ xAxis: 100 }],
        },
      },
    ],
  };
  const height = Math.max(160, rows.length * 56 + 48);
  return (
    <div role="img" aria-label={t('case.kpi.chart_label')} className="case-kpi-chart">
      <ReactEChartsCore echarts={echarts} option={option} style={{ height, width: '100%' }} opts={{ renderer: 'svg' }} notMerge />
    </div>
  );
}
