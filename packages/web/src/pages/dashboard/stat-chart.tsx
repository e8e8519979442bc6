/**
 * The dashboard's charts: echarts through its tree-shakable core (bar and line charts, grid,
 * tooltip, legend; the SVG renderer, which the case page's chart uses too, so the two share one
 * lazily loaded chunk) so that only those parts ship, never in the first load. A chart is an
 * image for assistive technology; the table next to it carries the figures.
 */
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useMemo } from 'react';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export function StatChart({
  option,
  label,
  height,
  onCategoryClick,
}: {
  option: object;
  /** What the chart shows, for screen readers (role="img"). */
  label: string;
  height: number;
  /** A click on a bar: the category's index (drill-down). */
  onCategoryClick?: (index: number) => void;
}) {
  const events = useMemo(() => {
    const handlers: Record<string, (params: { dataIndex?: number }) => void> = {};
    if (onCategoryClick) {
      handlers['click'] = (params) => {
        if (typeof params.dataIndex === 'number') onCategoryClick(params.dataIndex);
      };
    }
    return handlers;
  }, [onCategoryClick]);
  return (
    // Clipped: while echarts catches up with a narrower window, a stale canvas must not widen the page.
    <div role="img" aria-label={label} style={{ width: '100%', overflow: 'hidden' }}>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        lazyUpdate
        style={{ height, width: '100%' }}
        opts={{ renderer: 'svg' }}
        onEvents={events}
      />
    </div>
  );
}
